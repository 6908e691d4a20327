using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MmdPortal.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class GuidedDelivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Devices_RequestId_Status",
                table: "Devices");

            migrationBuilder.AddColumn<DateTime>(
                name: "DeliveredAt",
                table: "Devices",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeliveredTo",
                table: "Devices",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Image",
                table: "Devices",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Devices_RequestId_Status_Image_DeliveredAt",
                table: "Devices",
                columns: new[] { "RequestId", "Status", "Image", "DeliveredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Devices_RequestId_Status_Image_DeliveredAt",
                table: "Devices");

            migrationBuilder.DropColumn(
                name: "DeliveredAt",
                table: "Devices");

            migrationBuilder.DropColumn(
                name: "DeliveredTo",
                table: "Devices");

            migrationBuilder.DropColumn(
                name: "Image",
                table: "Devices");

            migrationBuilder.CreateIndex(
                name: "IX_Devices_RequestId_Status",
                table: "Devices",
                columns: new[] { "RequestId", "Status" });
        }
    }
}
