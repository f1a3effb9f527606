using Samplan.Web.Features.Account;
using Samplan.Web.Features.Cases;

namespace Samplan.Web.Features;

public static class FeatureServices
{
    public static IServiceCollection AddSamplanFeatures(this IServiceCollection services)
    {
        services.AddScoped<SignInService>();
        services.AddScoped<SignInAudit>();
        services.AddScoped<SecondFactor>();
        services.AddScoped<CaseListQuery>();
        services.AddSingleton<Audit.SampleDrawSeal>();
        services.AddScoped<OtherOpenCaseQuery>();
        services.AddScoped<Inbox.InboxQuery>();
        services.AddScoped<Inbox.MessageActions>();
        services.AddScoped<Invitations.InvitationAnswering>();
        services.AddScoped<Todo.TodoQuery>();
        return services;
    }
}
