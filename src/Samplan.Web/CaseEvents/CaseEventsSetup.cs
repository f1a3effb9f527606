using Samplan.Web.Auditing;

namespace Samplan.Web.CaseEvents;

public static class CaseEventsSetup
{
    /// <summary>The handlers every saved case change passes through, in this order. The history
    /// needs none: its rows belong to the case and are saved with it.</summary>
    public static IServiceCollection AddSamplanCaseEvents(this IServiceCollection services)
    {
        services.AddScoped<ICaseEventHandler, AuditCaseEventHandler>();
        services.AddScoped<ICaseEventHandler, OutboxCaseEventHandler>();
        services.AddScoped<ICaseEventHandler, CaseNoticeHandler>();
        services.AddScoped<ICaseEventHandler, InvitationReplyHandler>();
        return services;
    }
}
