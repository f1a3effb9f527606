using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samplan.Migrations.Sqlite.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OwnPreparations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnPreparation = table.Column<string>(type: "TEXT", nullable: true),
                    OwnVersion = table.Column<int>(type: "INTEGER", nullable: false)
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
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ActorUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
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
                SELECT "Id", json_extract("Preparation", '$.own'), 0 FROM "Cases";
                UPDATE "Cases" SET "Preparation" = json_remove("Preparation", '$.own') WHERE "Preparation" IS NOT NULL;
                """);

            // The history's JSON lines become rows, in their order; times as UTC ticks, as the
            // converter stores them, and ids as EF writes GUIDs on SQLite (upper-case text).
            migrationBuilder.Sql("""
                INSERT INTO "CaseHistory" ("CaseId", "Position", "Id", "At", "Kind", "ActorName", "ActorUnitId", "Detail")
                SELECT c."Id", CAST(e.key AS INTEGER) + 1,
                       upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89AB', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
                       CAST(round(unixepoch(json_extract(e.value, '$.at'), 'subsec') * 1000) AS INTEGER) * 10000 + 621355968000000000,
                       json_extract(e.value, '$.kind'), json_extract(e.value, '$.actorName'), upper(json_extract(e.value, '$.actorUnitId')), json_extract(e.value, '$.detail')
                FROM "Cases" c, json_each(c."History") e;
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
            // Before the own-preparation table goes, the units point at the cases again: dropping it
            // must not cascade to them. By hand, because EF Core would rebuild the table only at the end.
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_CaseUnits" (
                    "CaseId" TEXT NOT NULL,
                    "UnitId" TEXT NOT NULL,
                    "Role" TEXT NOT NULL,
                    CONSTRAINT "PK_CaseUnits" PRIMARY KEY ("CaseId", "UnitId", "Role"),
                    CONSTRAINT "FK_CaseUnits_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE CASCADE);
                INSERT INTO "ef_temp_CaseUnits" ("CaseId", "UnitId", "Role") SELECT "CaseId", "UnitId", "Role" FROM "CaseUnits";
                DROP TABLE "CaseUnits";
                ALTER TABLE "ef_temp_CaseUnits" RENAME TO "CaseUnits";
                CREATE INDEX "IX_CaseUnits_UnitId" ON "CaseUnits" ("UnitId");
                """);

            migrationBuilder.AddColumn<string>(
                name: "History",
                table: "Cases",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.Sql("""
                UPDATE "Cases" SET "History" = COALESCE((
                    SELECT json_group_array(json(x.line)) FROM (
                        SELECT json_object('at', strftime('%Y-%m-%dT%H:%M:%fZ', (h."At" - 621355968000000000) / 10000000.0, 'unixepoch'), 'kind', h."Kind", 'actorName', h."ActorName", 'actorUnitId', lower(h."ActorUnitId"), 'detail', h."Detail") AS line
                        FROM "CaseHistory" h WHERE h."CaseId" = "Cases"."Id" ORDER BY h."Position", h."At") x), '[]');
                UPDATE "Cases" SET "Preparation" = json_set("Preparation", '$.own', json(COALESCE((SELECT o."OwnPreparation" FROM "OwnPreparations" o WHERE o."Id" = "Cases"."Id"), '{}')))
                WHERE "Preparation" IS NOT NULL;
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
