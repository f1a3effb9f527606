using Microsoft.AspNetCore.DataProtection;
using Samplan.Web.Auditing;
using Samplan.Web.Authorization;
using Samplan.Web.CaseEvents;
using Samplan.Web.Data;
using Samplan.Web.Features;
using Samplan.Web.Features.Api;
using Samplan.Web.Features.Notices;
using Samplan.Web.Infrastructure;
using Samplan.Web.Infrastructure.Input;
using Samplan.Web.Jobs;
using Samplan.Web.Localization;

var builder = WebApplication.CreateBuilder(args);

builder.Services.Configure<SamplanOptions>(builder.Configuration.GetSection(SamplanOptions.Section));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<SwedishClock>();
builder.Services.AddHttpContextAccessor();
// Swedish letters are written as themselves, not as numeric entities; markup is still encoded.
builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
    options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
builder.Services.AddSamplanDatabase(builder.Configuration, builder.Environment);
builder.Services.AddDataProtection().PersistKeysToDbContext<Samplan.Data.SamplanDbContext>().SetApplicationName("Samplan");
builder.Services.AddSamplanIdentity(builder.Environment);
builder.Services.AddSignInRateLimit();
builder.Services.AddSamplanOidc(builder.Configuration);
builder.Services.AddScoped<CurrentStaff>();
builder.Services.AddScoped<CaseRepository>();
builder.Services.AddSamplanCaseEvents();
builder.Services.AddScoped<CaseAuthorizer>();
builder.Services.AddScoped<CaseOperationGate>();
builder.Services.AddScoped<DemoData>();
builder.Services.AddScoped<UnitDirectory>();
builder.Services.AddSamplanAuditing(builder.Configuration);
builder.Services.AddSamplanJobs(builder.Configuration);
builder.Services.AddSamplanFeatures();
builder.Services.AddSamplanNotices(builder.Configuration);
builder.Services.AddSamplanApi();
builder.Services.AddRazorPages(options => options.RootDirectory = "/Features")
    .AddMvcOptions(options =>
    {
        options.ModelBindingMessageProvider.UseSamplanMessages();
        options.UseSamplanInputLimits();
    });

var app = builder.Build();

if (args is ["migrate"])
{
    return await app.MigrateOnlyAsync();
}

app.EnsureRequiredSettings();
await app.PrepareDatabaseAsync();

// Behind a TLS-terminating proxy the audit log must record the client's address, not the
// proxy's; trusted proxies are listed under ForwardedHeaders:KnownProxies. First, so that HSTS
// and the HTTPS redirect see the scheme the client used, not the proxy's plain HTTP.
app.UseSamplanForwardedHeaders(builder.Configuration);
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseSamplanSecurityHeaders();
app.UseStatusCodePagesWithReExecute("/status/{0}");
app.UseSamplanApiErrors();
app.UseStaticFiles();
app.UseSamplanCultures();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.MapSamplanHealth();
app.MapUnitSearch();
app.MapSamplanApi();
app.MapRazorPages();

await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
