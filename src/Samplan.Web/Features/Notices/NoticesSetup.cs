using Samplan.Web.Jobs;

namespace Samplan.Web.Features.Notices;

public static class NoticesSetup
{
    /// <summary>Notices by e-mail: the settings, the outbox's writer (an interceptor every save
    /// passes, added to the context in DatabaseSetup), the sender and the reminders as jobs.</summary>
    public static IServiceCollection AddSamplanNotices(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.AddSingleton<NoticeWriter>();
        services.AddSingleton<ReminderSchedule>();
        services.AddScoped<IJob, NoticeSender>();
        services.AddScoped<IJob, ReminderJob>();
        services.AddScoped<OutboxQuery>();
        return services;
    }
}
