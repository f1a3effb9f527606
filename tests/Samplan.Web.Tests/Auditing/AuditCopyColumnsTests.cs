using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Data.Auditing;
using Samplan.Web.Auditing;

namespace Samplan.Web.Tests.Auditing;

/// <summary>The PostgreSQL COPY path writes every column an append sets: a column added to
/// <see cref="AuditEvent"/> later must be added to <see cref="AuditCopy"/> too, or its value
/// would be lost on PostgreSQL only.</summary>
public sealed class AuditCopyColumnsTests
{
    [Fact]
    public void Copy_writes_every_mapped_column_but_the_identity_and_the_seal()
    {
        var options = new DbContextOptionsBuilder<SamplanDbContext>().UseNpgsql("Host=127.0.0.1").Options;
        using var db = new SamplanDbContext(options);
        var mapped = db.Model.FindEntityType(typeof(AuditEvent))!.GetProperties().Select(p => p.GetColumnName())
            .Except([nameof(AuditEvent.Id)]);

        Assert.Equal(mapped.Order(), AuditCopy.Columns.Order());
    }
}
