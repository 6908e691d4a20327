using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MmdPortal.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Lifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "Requests",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "ChangeToken",
                table: "Devices",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ClaimAttempts",
                table: "Devices",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClaimExpiresAt",
                table: "Devices",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PrimaryUser",
                table: "Devices",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CatalogModels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    Manufacturer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    MachineTypes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AddedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    AddedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogModels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CatalogModels_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeviceTransitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    DeviceId = table.Column<long>(type: "bigint", nullable: false),
                    FromStatus = table.Column<int>(type: "integer", nullable: true),
                    ToStatus = table.Column<int>(type: "integer", nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Cause = table.Column<int>(type: "integer", nullable: false),
                    Error = table.Column<int>(type: "integer", nullable: true),
                    Detail = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RequestId = table.Column<long>(type: "bigint", nullable: true),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviceTransitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeviceTransitions_Devices_DeviceId",
                        column: x => x.DeviceId,
                        principalTable: "Devices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LicensedUsers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganizationId = table.Column<int>(type: "integer", nullable: false),
                    UserPrincipalName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AddedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    AddedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LicensedUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LicensedUsers_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReleaseRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequesterOrganizationId = table.Column<int>(type: "integer", nullable: false),
                    RequesterDeviceId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerOrganizationId = table.Column<int>(type: "integer", nullable: false),
                    OwnerDeviceId = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReleaseRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReleaseRequests_Devices_OwnerDeviceId",
                        column: x => x.OwnerDeviceId,
                        principalTable: "Devices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReleaseRequests_Devices_RequesterDeviceId",
                        column: x => x.RequesterDeviceId,
                        principalTable: "Devices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Devices_ChangeToken",
                table: "Devices",
                column: "ChangeToken");

            migrationBuilder.CreateIndex(
                name: "IX_Devices_Status_LastSeenAt",
                table: "Devices",
                columns: new[] { "Status", "LastSeenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogModels_OrganizationId_Manufacturer_Model",
                table: "CatalogModels",
                columns: new[] { "OrganizationId", "Manufacturer", "Model" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeviceTransitions_DeviceId_Id",
                table: "DeviceTransitions",
                columns: new[] { "DeviceId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_DeviceTransitions_RequestId",
                table: "DeviceTransitions",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_LicensedUsers_OrganizationId_UserPrincipalName",
                table: "LicensedUsers",
                columns: new[] { "OrganizationId", "UserPrincipalName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReleaseRequests_OwnerDeviceId",
                table: "ReleaseRequests",
                column: "OwnerDeviceId");

            migrationBuilder.CreateIndex(
                name: "IX_ReleaseRequests_OwnerOrganizationId_Status",
                table: "ReleaseRequests",
                columns: new[] { "OwnerOrganizationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ReleaseRequests_RequesterDeviceId",
                table: "ReleaseRequests",
                column: "RequesterDeviceId");

            migrationBuilder.CreateIndex(
                name: "IX_ReleaseRequests_RequesterOrganizationId_Status",
                table: "ReleaseRequests",
                columns: new[] { "RequesterOrganizationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ReleaseRequests_RequestId",
                table: "ReleaseRequests",
                column: "RequestId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CatalogModels");

            migrationBuilder.DropTable(
                name: "DeviceTransitions");

            migrationBuilder.DropTable(
                name: "LicensedUsers");

            migrationBuilder.DropTable(
                name: "ReleaseRequests");

            migrationBuilder.DropIndex(
                name: "IX_Devices_ChangeToken",
                table: "Devices");

            migrationBuilder.DropIndex(
                name: "IX_Devices_Status_LastSeenAt",
                table: "Devices");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "ChangeToken",
                table: "Devices");

            migrationBuilder.DropColumn(
                name: "ClaimAttempts",
                table: "Devices");

            migrationBuilder.DropColumn(
                name: "ClaimExpiresAt",
                table: "Devices");

            migrationBuilder.DropColumn(
                name: "PrimaryUser",
                table: "Devices");
        }
    }
}
