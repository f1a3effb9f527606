using System.Globalization;
using Samplan.Domain.Calendar;
using Samplan.Domain.Cases;
using Samplan.Domain.Directory;
using Samplan.Domain.People;

namespace Samplan.Web.Localization;

/// <summary>Names of the domain's states and choices in the user's language, from
/// Localization/Resources/EnumNames.resx (Swedish) and EnumNames.{culture}.resx, keyed
/// "EnumType.Value". Every value of every enum named here needs an entry in each
/// (EnumNameCoverageTests).</summary>
public static class EnumText
{
    public static string Of(CasePhase phase) => Name(phase);

    public static string Of(CaseAction action) => Name(action);

    public static string Of(ConsentKind kind) => Name(kind);

    public static string Of(AttitudeSourceKind kind) => Name(kind);

    public static string Of(Samplan.Domain.Actors.ProxyRelation relation) => Name(relation);

    public static string Of(Samplan.Domain.Actors.ActorKind kind) => Name(kind);

    public static string Of(ConsentMethod method) => Name(method);

    public static string Of(ParticipationMode mode) => Name(mode);

    public static string Of(MeetingForm form) => Name(form);

    public static string Of(InviteeKind kind) => Name(kind);

    public static string Of(InvitationAnswer answer) => Name(answer);

    public static string Of(NeedDomain domain) => Name(domain);

    public static string Of(ResponsibleKind kind) => Name(kind);

    public static string Of(ApprovalMethod method) => Name(method);

    public static string Of(GoalFulfilment fulfilment) => Name(fulfilment);

    public static string Of(FollowUpOutcome outcome) => Name(outcome);

    public static string Of(CloseReason reason) => Name(reason);

    public static string Of(CaseEventKind kind) => Name(kind);

    public static string Of(CaseUnitRole role) => Name(role);

    public static string Of(Domain.Messages.MessageKind kind) => Name(kind);

    public static string Of(Domain.Messages.MessagePurpose purpose) => Name(purpose);

    public static string Of(Domain.Deviations.DeviationKind kind) => Name(kind);

    public static string Of(Domain.Distribution.PlanCopyMethod method) => Name(method);

    public static string Of(OrganisationKind kind) => Name(kind);

    public static string Of(RelationKind kind) => Name(kind);

    public static string Of(PersonnummerError error) => Name(error);

    /// <summary>What a case's next date is for, as the label in front of the date.</summary>
    public static string Of(DueKind kind) => Name(kind);

    public static string Of(SwedishHoliday holiday) => Name(holiday);

    /// <summary>The value itself when a name is missing, so a gap shows as "CasePhase.X"-like
    /// text rather than an error page; the coverage test keeps that from shipping.</summary>
    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        ResourceTexts.EnumNames.GetString($"{typeof(TEnum).Name}.{value}", CultureInfo.CurrentUICulture) ?? value.ToString();
}
