using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MmdPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BladeSorting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Devices_OrganizationId_SerialNumber",
                table: "Devices");

            migrationBuilder.CreateIndex(
                name: "IX_Devices_OrganizationId_AssignedUser_Id",
                table: "Devices",
                columns: new[] { "OrganizationId", "AssignedUser", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Devices_OrganizationId_GroupTag_Id",
                table: "Devices",
                columns: new[] { "OrganizationId", "GroupTag", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Devices_OrganizationId_LastSeenAt_Id",
                table: "Devices",
                columns: new[] { "OrganizationId", "LastSeenAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Devices_OrganizationId_Manufacturer_Id",
                table: "Devices",
                columns: new[] { "OrganizationId", "Manufacturer", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Devices_OrganizationId_Model_Id",
                table: "Devices",
                columns: new[] { "OrganizationId", "Model", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Devices_OrganizationId_RegisteredAt",
                table: "Devices",
                columns: new[] { "OrganizationId", "RegisteredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Devices_OrganizationId_SerialNumber_Id",
                table: "Devices",
                columns: new[] { "OrganizationId", "SerialNumber", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Devices_OrganizationId_AssignedUser_Id",
                table: "Devices");

            migrationBuilder.DropIndex(
                name: "IX_Devices_OrganizationId_GroupTag_Id",
                table: "Devices");

            migrationBuilder.DropIndex(
                name: "IX_Devices_OrganizationId_LastSeenAt_Id",
                table: "Devices");

            migrationBuilder.DropIndex(
                name: "IX_Devices_OrganizationId_Manufacturer_Id",
                table: "Devices");

            migrationBuilder.DropIndex(
                name: "IX_Devices_OrganizationId_Model_Id",
                table: "Devices");

            migrationBuilder.DropIndex(
                name: "IX_Devices_OrganizationId_RegisteredAt",
                table: "Devices");

            migrationBuilder.DropIndex(
                name: "IX_Devices_OrganizationId_SerialNumber_Id",
                table: "Devices");

            migrationBuilder.CreateIndex(
                name: "IX_Devices_OrganizationId_SerialNumber",
                table: "Devices",
                columns: new[] { "OrganizationId", "SerialNumber" });
        }
    }
}
