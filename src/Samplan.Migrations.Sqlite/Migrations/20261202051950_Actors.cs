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
            // By hand: EF Core refuses these column drops on SQLite here; SQLite (3.35+) drops a
            // column itself. ActorUnitId stays nullable: the rows of the individual and of proxies
            // have none, and the older model reads a null as no unit.
            migrationBuilder.Sql("""ALTER TABLE "CaseHistory" DROP COLUMN "ActorKind";""");
            migrationBuilder.Sql("""ALTER TABLE "CaseHistory" DROP COLUMN "OnBehalfOfIndividualId";""");
            migrationBuilder.Sql("""ALTER TABLE "CaseHistory" DROP COLUMN "ProxyRelation";""");
            migrationBuilder.Sql("""ALTER TABLE "AuditEvents" DROP COLUMN "ActorKind";""");
            migrationBuilder.Sql("""ALTER TABLE "AuditEvents" DROP COLUMN "OnBehalfOfIndividualId";""");
        }
    }
}
