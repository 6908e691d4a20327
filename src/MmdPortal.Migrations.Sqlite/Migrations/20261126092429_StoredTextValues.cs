using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MmdPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StoredTextValues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "WarningArgs",
                table: "Requests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ErrorDetailArgs",
                table: "RequestRows",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DetailArgs",
                table: "DeviceTransitions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ErrorDetailArgs",
                table: "Devices",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HashProblemArgs",
                table: "Devices",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DetailArgs",
                table: "AuditEntries",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WarningArgs",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "ErrorDetailArgs",
                table: "RequestRows");

            migrationBuilder.DropColumn(
                name: "DetailArgs",
                table: "DeviceTransitions");

            migrationBuilder.DropColumn(
                name: "ErrorDetailArgs",
                table: "Devices");

            migrationBuilder.DropColumn(
                name: "HashProblemArgs",
                table: "Devices");

            migrationBuilder.DropColumn(
                name: "DetailArgs",
                table: "AuditEntries");
        }
    }
}
