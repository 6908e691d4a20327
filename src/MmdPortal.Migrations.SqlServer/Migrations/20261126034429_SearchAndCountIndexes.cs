using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MmdPortal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class SearchAndCountIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Devices_OrganizationId_Status_Id",
                table: "Devices");

            migrationBuilder.AddColumn<string>(
                name: "SerialNumberSearch",
                table: "Devices",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true,
                computedColumnSql: "UPPER([SerialNumber]) COLLATE Latin1_General_100_BIN2",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "IX_Devices_OrganizationId_SerialNumberSearch",
                table: "Devices",
                columns: new[] { "OrganizationId", "SerialNumberSearch" });

            migrationBuilder.CreateIndex(
                name: "IX_Devices_OrganizationId_Status_Id_Live",
                table: "Devices",
                columns: new[] { "OrganizationId", "Status", "Id", "DeregisteredAt", "AssignedUser" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Devices_OrganizationId_SerialNumberSearch",
                table: "Devices");

            migrationBuilder.DropIndex(
                name: "IX_Devices_OrganizationId_Status_Id_Live",
                table: "Devices");

            migrationBuilder.DropColumn(
                name: "SerialNumberSearch",
                table: "Devices");

            migrationBuilder.CreateIndex(
                name: "IX_Devices_OrganizationId_Status_Id",
                table: "Devices",
                columns: new[] { "OrganizationId", "Status", "Id" });
        }
    }
}
