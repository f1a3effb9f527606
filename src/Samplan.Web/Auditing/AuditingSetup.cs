namespace Samplan.Web.Auditing;

public static class AuditingSetup
{
    public static IServiceCollection AddSamplanAuditing(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AuditOptions>(configuration.GetSection(AuditOptions.Section));
        services.AddSingleton<AuditKey>();
        services.AddSingleton<AuditChain>();
        services.AddSingleton<AnonymousAuditCollapser>();
        services.AddSingleton<AuditAppender>();
        services.AddScoped<AuditLog>();
        services.AddScoped<AuditSealer>();
        services.AddScoped<AuditSealStatus>();
        services.AddScoped<AuditSealHorizon>();
        services.AddScoped<AuditVerifier>();
        return services;
    }
}
