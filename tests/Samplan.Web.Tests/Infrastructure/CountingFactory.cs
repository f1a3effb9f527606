using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samplan.Data;

namespace Samplan.Web.Tests.Infrastructure;

/// <summary>An app whose database statements are recorded, as text, in <see cref="Statements"/>.
/// Jobs are off: the sealer's statements run beside the request and are not what a test counts.</summary>
public class CountingFactory(TestDatabase database) : SamplanFactory(null, database)
{
    public StatementLog Statements { get; } = new();

    protected override IEnumerable<KeyValuePair<string, string>> Settings => [KeyValuePair.Create("Samplan:Jobs:Enabled", "false")];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.ConfigureDbContext<SamplanDbContext>(o => o.AddInterceptors(Statements)));
    }
}
