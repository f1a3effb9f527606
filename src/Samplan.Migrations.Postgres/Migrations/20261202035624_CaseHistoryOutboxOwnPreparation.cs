using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samplan.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CaseHistoryOutboxOwnPreparation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Entity splitting makes the own-preparation table the principal EF Core names for the
            // case's owned tables; every case has its row there, so the constraints follow the model.
            migrationBuilder.DropForeignKey(
                name: "FK_CaseUnits_Cases_CaseId",
                table: "CaseUnits");

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OwnPreparations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnPreparation = table.Column<string>(type: "jsonb", nullable: true),
                    OwnVersion = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OwnPreparations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OwnPreparations_Cases_Id",
                        column: x => x.Id,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseHistory",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ActorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ActorUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseHistory", x => new { x.CaseId, x.Position, x.Id });
                    table.ForeignKey(
                        name: "FK_CaseHistory_OwnPreparations_CaseId",
                        column: x => x.CaseId,
                        principalTable: "OwnPreparations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedAt_CreatedAt",
                table: "OutboxMessages",
                columns: new[] { "ProcessedAt", "CreatedAt" });

            // The individual's own preparation moves out of the professional's JSON into its own row;
            // every case gets a row, as entity splitting expects.
            migrationBuilder.Sql("""
                INSERT INTO "OwnPreparations" ("Id", "OwnPreparation", "OwnVersion")
                SELECT "Id", NULLIF("Preparation" -> 'own', 'null'::jsonb), 0 FROM "Cases";
                UPDATE "Cases" SET "Preparation" = "Preparation" - 'own' WHERE "Preparation" IS NOT NULL;
                """);

            // The history's JSON lines become rows, in their order.
            migrationBuilder.Sql("""
                INSERT INTO "CaseHistory" ("CaseId", "Position", "Id", "At", "Kind", "ActorName", "ActorUnitId", "Detail")
                SELECT c."Id", e.ord::int, gen_random_uuid(), (e.value ->> 'at')::timestamptz, e.value ->> 'kind',
                       left(e.value ->> 'actorName', 200), (e.value ->> 'actorUnitId')::uuid, left(e.value ->> 'detail', 500)
                FROM "Cases" c CROSS JOIN LATERAL jsonb_array_elements(c."History") WITH ORDINALITY AS e(value, ord);
                """);

            migrationBuilder.DropColumn(
                name: "History",
                table: "Cases");

            migrationBuilder.AddForeignKey(
                name: "FK_CaseUnits_OwnPreparations_CaseId",
                table: "CaseUnits",
                column: "CaseId",
                principalTable: "OwnPreparations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Before the own-preparation table goes: dropping it must not cascade to the units.
            migrationBuilder.DropForeignKey(
                name: "FK_CaseUnits_OwnPreparations_CaseId",
                table: "CaseUnits");

            migrationBuilder.AddForeignKey(
                name: "FK_CaseUnits_Cases_CaseId",
                table: "CaseUnits",
                column: "CaseId",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddColumn<string>(
                name: "History",
                table: "Cases",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.Sql("""
                UPDATE "Cases" c SET "History" = COALESCE((
                    SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object('at', h."At", 'kind', h."Kind", 'actorName', h."ActorName", 'actorUnitId', h."ActorUnitId", 'detail', h."Detail")) ORDER BY h."Position", h."At")
                    FROM "CaseHistory" h WHERE h."CaseId" = c."Id"), '[]'::jsonb);
                UPDATE "Cases" c SET "Preparation" = c."Preparation" || jsonb_build_object('own', COALESCE(o."OwnPreparation", '{}'::jsonb))
                FROM "OwnPreparations" o WHERE o."Id" = c."Id" AND c."Preparation" IS NOT NULL;
                """);

            migrationBuilder.DropTable(
                name: "CaseHistory");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "OwnPreparations");
        }
    }
}
