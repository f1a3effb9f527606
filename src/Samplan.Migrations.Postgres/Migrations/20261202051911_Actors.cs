using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samplan.Migrations.Postgres.Migrations
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
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<string>(
                name: "ActorKind",
                table: "CaseHistory",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Professional");

            migrationBuilder.AddColumn<Guid>(
                name: "OnBehalfOfIndividualId",
                table: "CaseHistory",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProxyRelation",
                table: "CaseHistory",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ActorKind",
                table: "AuditEvents",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OnBehalfOfIndividualId",
                table: "AuditEvents",
                type: "uuid",
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
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}
