using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MmdPortal.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class EntraTenants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EntraTenantId",
                table: "Organizations",
                type: "character varying(36)",
                maxLength: 36,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_EntraTenantId",
                table: "Organizations",
                column: "EntraTenantId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Organizations_EntraTenantId",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "EntraTenantId",
                table: "Organizations");
        }
    }
}
