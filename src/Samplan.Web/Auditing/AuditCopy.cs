using Npgsql;
using NpgsqlTypes;
using Samplan.Data.Auditing;

namespace Samplan.Web.Auditing;

/// <summary>
/// On PostgreSQL a batch of audit rows goes in with one binary COPY: one statement and one commit
/// for the whole batch, without the change tracker, SQL generation and RETURNING of an EF insert,
/// which on a busy two-core host cost more than the commit itself (docs/benchmarks.md). The rows
/// are inserted unsealed, exactly as the EF insert would; the table's append-only trigger fires
/// for COPY as for INSERT.
/// </summary>
internal static class AuditCopy
{
    /// <summary>Every column an append sets, in the order written below; the seal columns and the
    /// identity are left to the database and the sealer (<c>AuditCopyColumnsTests</c> checks this
    /// against the model, so a column added later cannot be left out silently).</summary>
    internal static readonly string[] Columns =
    [
        "Code", "At", "UserId", "UserName", "UnitId", "OrganisationId", "IndividualId", "CaseId",
        "SubjectOrganisationId", "SubjectIndividualId", "ClientAddress", "Outcome", "Detail", "Repeats",
        "ActorKind", "OnBehalfOfIndividualId",
    ];

    private static readonly string Command =
        $"COPY \"AuditEvents\" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)";

    public static async Task InsertAsync(NpgsqlConnection connection, IEnumerable<AuditEvent> rows)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var import = await connection.BeginBinaryImportAsync(Command);
        foreach (var e in rows)
        {
            await import.StartRowAsync();
            await import.WriteAsync(e.Code, NpgsqlDbType.Integer);
            await import.WriteAsync(e.At.ToUniversalTime(), NpgsqlDbType.TimestampTz);
            await WriteAsync(import, e.UserId);
            await WriteAsync(import, e.UserName);
            await WriteAsync(import, e.UnitId);
            await WriteAsync(import, e.OrganisationId);
            await WriteAsync(import, e.IndividualId);
            await WriteAsync(import, e.CaseId);
            await WriteAsync(import, e.SubjectOrganisationId);
            await WriteAsync(import, e.SubjectIndividualId);
            await WriteAsync(import, e.ClientAddress);
            await import.WriteAsync(e.Outcome, NpgsqlDbType.Varchar);
            await WriteAsync(import, e.Detail);
            await import.WriteAsync(e.Repeats, NpgsqlDbType.Integer);
            await WriteAsync(import, e.ActorKind);
            await WriteAsync(import, e.OnBehalfOfIndividualId);
        }

        await import.CompleteAsync();
    }

    private static Task WriteAsync(NpgsqlBinaryImporter import, string? value) =>
        value is null ? import.WriteNullAsync() : import.WriteAsync(value, NpgsqlDbType.Varchar);

    private static Task WriteAsync(NpgsqlBinaryImporter import, Guid? value) =>
        value is { } id ? import.WriteAsync(id, NpgsqlDbType.Uuid) : import.WriteNullAsync();
}
