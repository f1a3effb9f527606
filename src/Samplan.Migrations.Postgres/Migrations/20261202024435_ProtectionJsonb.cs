using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samplan.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    // Hand-edited like Jsonb: the protection mark came in a migration made beside it, so its
    // column is cast to jsonb here (USING), which the scaffold leaves out.
    public partial class ProtectionJsonb : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE \"Cases\" ALTER COLUMN \"Protection\" TYPE jsonb USING \"Protection\"::jsonb;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE \"Cases\" ALTER COLUMN \"Protection\" TYPE text USING \"Protection\"::text;");
        }
    }
}
