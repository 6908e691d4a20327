using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MmdPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LeanerStatusIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Devices_HashKey_Live",
                table: "Devices");

            migrationBuilder.DropIndex(
                name: "IX_Devices_RequestId_Status_Image_DeliveredAt",
                table: "Devices");

            migrationBuilder.DropIndex(
                name: "IX_Devices_SerialKey_Live",
                table: "Devices");

            migrationBuilder.DropIndex(
                name: "IX_Devices_Status_Id",
                table: "Devices");

            migrationBuilder.DropIndex(
                name: "IX_Devices_Status_LastSeenAt",
                table: "Devices");

            migrationBuilder.CreateIndex(
                name: "IX_Devices_Active_LastSeenAt",
                table: "Devices",
                column: "LastSeenAt",
                filter: "\"Status\" = 3");

            migrationBuilder.CreateIndex(
                name: "IX_Devices_HashKey_Live",
                table: "Devices",
                column: "HashKey",
                unique: true,
                filter: "\"Error\" IS NULL AND \"DeregisteredAt\" IS NULL AND \"HashKey\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Devices_Pending",
                table: "Devices",
                column: "Id",
                filter: "\"Status\" = 0");

            migrationBuilder.CreateIndex(
                name: "IX_Devices_RequestId",
                table: "Devices",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_Devices_RequestId_Pending",
                table: "Devices",
                column: "RequestId",
                filter: "\"Status\" = 0");

            migrationBuilder.CreateIndex(
                name: "IX_Devices_SerialKey_Live",
                table: "Devices",
                column: "SerialKey",
                unique: true,
                filter: "\"Error\" IS NULL AND \"DeregisteredAt\" IS NULL AND \"SerialKey\" IS NOT NULL");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Devices_ErrorMeansFailed",
                table: "Devices",
                sql: "(\"Status\" = 1 AND \"Error\" IS NOT NULL) OR (\"Status\" <> 1 AND \"Error\" IS NULL)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Devices_Active_LastSeenAt",
                table: "Devices");

            migrationBuilder.DropIndex(
                name: "IX_Devices_HashKey_Live",
                table: "Devices");

            migrationBuilder.DropIndex(
                name: "IX_Devices_Pending",
                table: "Devices");

            migrationBuilder.DropIndex(
                name: "IX_Devices_RequestId",
                table: "Devices");

            migrationBuilder.DropIndex(
                name: "IX_Devices_RequestId_Pending",
                table: "Devices");

            migrationBuilder.DropIndex(
                name: "IX_Devices_SerialKey_Live",
                table: "Devices");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Devices_ErrorMeansFailed",
                table: "Devices");

            migrationBuilder.CreateIndex(
                name: "IX_Devices_HashKey_Live",
                table: "Devices",
                column: "HashKey",
                unique: true,
                filter: "\"Status\" <> 1 AND \"DeregisteredAt\" IS NULL AND \"HashKey\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Devices_RequestId_Status_Image_DeliveredAt",
                table: "Devices",
                columns: new[] { "RequestId", "Status", "Image", "DeliveredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Devices_SerialKey_Live",
                table: "Devices",
                column: "SerialKey",
                unique: true,
                filter: "\"Status\" <> 1 AND \"DeregisteredAt\" IS NULL AND \"SerialKey\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Devices_Status_Id",
                table: "Devices",
                columns: new[] { "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Devices_Status_LastSeenAt",
                table: "Devices",
                columns: new[] { "Status", "LastSeenAt" });
        }
    }
}
