using System.Net;
using Npgsql;

// One endpoint: GET /unit/{id} does one primary-key SELECT on "Units" and renders a small HTML
// page. Connection string from ONEROW_POSTGRES (the bench's throwaway database).
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var connectionString = Environment.GetEnvironmentVariable("ONEROW_POSTGRES")
    ?? throw new InvalidOperationException("ONEROW_POSTGRES is not set.");
var dataSource = NpgsqlDataSource.Create(connectionString);
var app = builder.Build();

app.MapGet("/health", () => Results.Text("ok"));
app.MapGet("/unit/{id:guid}", async (Guid id, CancellationToken cancel) =>
{
    await using var command = dataSource.CreateCommand("SELECT \"Name\", \"HsaId\" FROM \"Units\" WHERE \"Id\" = $1");
    command.Parameters.AddWithValue(id);
    await using var reader = await command.ExecuteReaderAsync(cancel);
    if (!await reader.ReadAsync(cancel))
    {
        return Results.NotFound();
    }

    var name = WebUtility.HtmlEncode(reader.GetString(0));
    var hsa = WebUtility.HtmlEncode(reader.GetString(1));
    var html = $"<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>{name}</title></head>"
        + $"<body><main><h1>{name}</h1><p>HSA-id: {hsa}</p></main></body></html>";
    return Results.Content(html, "text/html; charset=utf-8");
});

app.Run();
