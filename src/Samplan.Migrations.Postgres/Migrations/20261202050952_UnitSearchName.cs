using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samplan.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class UnitSearchName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                table: "Units",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            // Existing units get the same text Unit.SearchText gives a new one: lower case, single spaces.
            migrationBuilder.Sql("""
                UPDATE "Units" SET "SearchName" = lower(regexp_replace(btrim("Name"), '\s+', ' ', 'g'));
                """);

            // Hand-written: text_pattern_ops lets LIKE 'term%' use the index whatever the
            // database's collation; the model knows it as a plain index on SearchName.
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Units_SearchName" ON "Units" ("SearchName" text_pattern_ops);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Units_SearchName",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "SearchName",
                table: "Units");
        }
    }
}
