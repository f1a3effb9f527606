namespace Samplan.Web.Auditing;

public static class AuditingSetup
{
    public static IServiceCollection AddSamplanAuditing(this IServiceCollection services)
    {
        services.AddSingleton<AuditKey>();
        services.AddSingleton<AuditChain>();
        services.AddScoped<AuditLog>();
        services.AddScoped<AuditVerifier>();
        return services;
    }
}
