using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MmdPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DecodedHashFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "HashManufacturer",
                table: "Devices",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HashModel",
                table: "Devices",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HashSerialNumber",
                table: "Devices",
                type: "TEXT",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HashManufacturer",
                table: "Devices");

            migrationBuilder.DropColumn(
                name: "HashModel",
                table: "Devices");

            migrationBuilder.DropColumn(
                name: "HashSerialNumber",
                table: "Devices");
        }
    }
}
