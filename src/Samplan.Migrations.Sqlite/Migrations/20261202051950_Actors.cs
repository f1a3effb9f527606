using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samplan.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Actors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every history line before actors were recorded was a professional's for their unit;
            // audit rows keep null (= professional) so the rows already sealed keep their hash.
            migrationBuilder.AlterColumn<Guid>(
                name: "ActorUnitId",
                table: "CaseHistory",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<string>(
                name: "ActorKind",
                table: "CaseHistory",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Professional");

            migrationBuilder.AddColumn<Guid>(
                name: "OnBehalfOfIndividualId",
                table: "CaseHistory",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProxyRelation",
                table: "CaseHistory",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ActorKind",
                table: "AuditEvents",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OnBehalfOfIndividualId",
                table: "AuditEvents",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ActorKind",
                table: "CaseHistory");

            migrationBuilder.DropColumn(
                name: "OnBehalfOfIndividualId",
                table: "CaseHistory");

            migrationBuilder.DropColumn(
                name: "ProxyRelation",
                table: "CaseHistory");

            migrationBuilder.DropColumn(
                name: "ActorKind",
                table: "AuditEvents");

            migrationBuilder.DropColumn(
                name: "OnBehalfOfIndividualId",
                table: "AuditEvents");

            migrationBuilder.AlterColumn<Guid>(
                name: "ActorUnitId",
                table: "CaseHistory",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
