using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samplan.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class InvitationAnswerBy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AnswerBy",
                table: "InvitationReplies",
                type: "date",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvitationReplies_Answer_AnswerBy",
                table: "InvitationReplies",
                columns: new[] { "Answer", "AnswerBy" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InvitationReplies_Answer_AnswerBy",
                table: "InvitationReplies");

            migrationBuilder.DropColumn(
                name: "AnswerBy",
                table: "InvitationReplies");
        }
    }
}
