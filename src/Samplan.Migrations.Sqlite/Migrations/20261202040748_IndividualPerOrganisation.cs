using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samplan.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IndividualPerOrganisation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Individuals_Personnummer",
                table: "Individuals");

            migrationBuilder.AddColumn<Guid>(
                name: "OrganisationId",
                table: "Individuals",
                type: "TEXT",
                nullable: true);

            // Each organisation keeps its own record of a person. A record gets the organisation
            // whose unit started the person's first SIP; a SIP another organisation started gets
            // a copy of the record in that organisation's register (its id is that organisation's
            // first such case id: unique, and the same on both providers), and points at it.
            migrationBuilder.Sql("""
                UPDATE "Individuals" SET "OrganisationId" = (
                    SELECT u."OrganisationId" FROM "Cases" c JOIN "Units" u ON u."Id" = c."InitiatingUnitId"
                    WHERE c."IndividualId" = "Individuals"."Id" ORDER BY c."CreatedAt", c."Id" LIMIT 1);
                """);
            migrationBuilder.Sql("""
                INSERT INTO "Individuals" ("Id", "OrganisationId", "Personnummer", "GivenName", "FamilyName", "HasProtectedIdentity", "Phone", "SearchText", "Relations")
                SELECT (SELECT c2."Id" FROM "Cases" c2 JOIN "Units" u2 ON u2."Id" = c2."InitiatingUnitId"
                        WHERE c2."IndividualId" = p."IndividualId" AND u2."OrganisationId" = p."OrganisationId"
                        ORDER BY c2."CreatedAt", c2."Id" LIMIT 1),
                       p."OrganisationId", i."Personnummer", i."GivenName", i."FamilyName", i."HasProtectedIdentity", i."Phone", i."SearchText", i."Relations"
                FROM (SELECT DISTINCT c."IndividualId", u."OrganisationId"
                      FROM "Cases" c JOIN "Units" u ON u."Id" = c."InitiatingUnitId") p
                JOIN "Individuals" i ON i."Id" = p."IndividualId"
                WHERE p."OrganisationId" <> i."OrganisationId";
                """);
            migrationBuilder.Sql("""
                UPDATE "Cases" SET "IndividualId" = (
                    SELECT n."Id" FROM "Individuals" o
                    JOIN "Individuals" n ON n."Personnummer" = o."Personnummer"
                    JOIN "Units" u ON u."OrganisationId" = n."OrganisationId"
                    WHERE o."Id" = "Cases"."IndividualId" AND u."Id" = "Cases"."InitiatingUnitId")
                WHERE EXISTS (
                    SELECT 1 FROM "Individuals" o JOIN "Units" u ON u."Id" = "Cases"."InitiatingUnitId"
                    WHERE o."Id" = "Cases"."IndividualId" AND o."OrganisationId" <> u."OrganisationId");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Individuals_OrganisationId_Personnummer",
                table: "Individuals",
                columns: new[] { "OrganisationId", "Personnummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Individuals_Personnummer",
                table: "Individuals",
                column: "Personnummer");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Individuals_OrganisationId_Personnummer",
                table: "Individuals");

            migrationBuilder.DropIndex(
                name: "IX_Individuals_Personnummer",
                table: "Individuals");

            migrationBuilder.DropColumn(
                name: "OrganisationId",
                table: "Individuals");

            migrationBuilder.CreateIndex(
                name: "IX_Individuals_Personnummer",
                table: "Individuals",
                column: "Personnummer",
                unique: true);
        }
    }
}
