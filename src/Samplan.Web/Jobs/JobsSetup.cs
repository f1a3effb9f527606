using Samplan.Web.Auditing;

namespace Samplan.Web.Jobs;

public static class JobsSetup
{
    public static IServiceCollection AddSamplanJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<JobOptions>(configuration.GetSection(JobOptions.Section));
        services.AddScoped<JobLeases>();
        services.AddScoped<IJob, AuditSealer>();
        services.AddSingleton<JobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<JobRunner>());
        return services;
    }
}
