using Samplan.Domain.Actors;
using Samplan.Domain.Cases;
using Samplan.Domain.Common;
using Samplan.Domain.People;
using Samplan.Domain.Tests.Support;

namespace Samplan.Domain.Tests.Actors;

/// <summary>Who may do the transitions the individual or a proxy does in reality: their own
/// preparation, the approval of the plan and the consent; and that the history says who acted
/// and for whom.</summary>
public class ActorRulesTests
{
    private static readonly Personnummer GuardianNumber = TestData.Pnr(TestData.Fictitious(new DateOnly(1980, 3, 14), 248));

    private static Actor Self(Individual individual) => Actor.TheIndividual(individual.Id, individual.FullName);

    private static Actor Proxy(Individual individual, ProxyRelation relation, string name = "Karin Nilsson") =>
        Actor.ProxyFor(individual.Id, name, GuardianNumber, relation);

    [Fact]
    public void A_StaffRef_is_a_professional_actor_for_its_unit()
    {
        Actor actor = TestData.KommunOfficer;

        Assert.Equal(ActorKind.Professional, actor.Kind);
        Assert.Equal(TestData.KommunUnitId, actor.UnitId);
        Assert.Null(actor.IndividualId);
        Assert.Equal(TestData.KommunOfficer, actor.Staff);
    }

    [Fact]
    public void R_PREP_4_The_individual_saves_their_own_preparation_and_the_history_says_so()
    {
        var b = CaseBuilder.Initiated().Consented();

        b.Case.SaveOwnPreparation(TestData.OwnPreparation(), b.Individual, Self(b.Individual), TestData.Now);

        var e = b.Case.History[^1];
        Assert.Equal(CaseEventKind.OwnPreparationSaved, e.Kind);
        Assert.Equal(ActorKind.Individual, e.ActorKind);
        Assert.Equal(b.Individual.Id, e.OnBehalfOfIndividualId);
        Assert.Null(e.ActorUnitId);
        Assert.Null(e.ProxyRelation);
        Assert.Equal(b.Individual.Id, b.Case.PendingEvents[^1].Event.OnBehalfOfIndividualId);
    }

    [Fact]
    public void R_CONSENT_6_A_guardian_saves_the_own_preparation_of_a_child()
    {
        var b = CaseBuilder.Initiated(TestData.Child10()).Consented(TestData.GuardianConsent(childAlsoConsented: false));

        b.Case.SaveOwnPreparation(TestData.OwnPreparation(), b.Individual, Proxy(b.Individual, ProxyRelation.Guardian), TestData.Now);

        var e = b.Case.History[^1];
        Assert.Equal(ActorKind.Proxy, e.ActorKind);
        Assert.Equal(ProxyRelation.Guardian, e.ProxyRelation);
        Assert.Equal(b.Individual.Id, e.OnBehalfOfIndividualId);
        Assert.Equal("Karin Nilsson", e.ActorName);
    }

    [Fact]
    public void R_CONSENT_6_A_guardian_of_an_adult_is_refused()
    {
        var b = CaseBuilder.Initiated().Consented();

        Refusal.Exactly(b.Case, () => b.Case.SaveOwnPreparation(TestData.OwnPreparation(), b.Individual, Proxy(b.Individual, ProxyRelation.Guardian), TestData.Now), "actor.guardian-of-adult");
        Assert.Null(b.Case.OwnPreparation);
    }

    [Fact]
    public void R_CONSENT_4_A_representative_the_adult_appointed_saves_the_own_preparation()
    {
        var b = CaseBuilder.Initiated().Consented();

        b.Case.SaveOwnPreparation(TestData.OwnPreparation(), b.Individual, Proxy(b.Individual, ProxyRelation.AppointedRepresentative, "Per Andersson"), TestData.Now);

        Assert.Equal(ProxyRelation.AppointedRepresentative, b.Case.History[^1].ProxyRelation);
    }

    [Fact]
    public void R_CONSENT_4_A_proxy_for_another_individual_is_refused()
    {
        var b = CaseBuilder.Initiated().Consented();
        var someoneElse = TestData.Child10();

        Refusal.Exactly(b.Case, () => b.Case.SaveOwnPreparation(TestData.OwnPreparation(), b.Individual, Proxy(someoneElse, ProxyRelation.GodMan), TestData.Now), "actor.proxy-for-another-individual");
    }

    [Fact]
    public void R_CONSENT_4_Another_individual_cannot_act_as_the_individual()
    {
        var b = CaseBuilder.Initiated().Consented();

        Refusal.Exactly(b.Case, () => b.Case.SaveOwnPreparation(TestData.OwnPreparation(), b.Individual, Self(TestData.Child10()), TestData.Now), "actor.not-the-individual");
    }

    [Fact]
    public void R_PLAN_10_The_individual_approves_the_plan_themselves()
    {
        var b = CaseBuilder.InPhase(CasePhase.Invited).MeetingHeld().DraftSaved();

        b.Case.AgreePlan(TestData.Approval(), b.Individual, Self(b.Individual), TestData.AtMeeting);

        Assert.Equal(CasePhase.Active, b.Case.Phase);
        Assert.Null(b.Case.AgreedPlan!.AgreedBy);
        Assert.Equal(ActorKind.Individual, b.Case.History[^1].ActorKind);
    }

    [Fact]
    public void R_PLAN_10_A_guardian_of_an_adult_cannot_approve_the_plan()
    {
        var b = CaseBuilder.InPhase(CasePhase.Invited).MeetingHeld().DraftSaved();

        Refusal.Of(b.Case, () => b.Case.AgreePlan(TestData.Approval(), b.Individual, Proxy(b.Individual, ProxyRelation.Guardian), TestData.AtMeeting), "actor.guardian-of-adult");
        Assert.Equal(CasePhase.PlanDraft, b.Case.Phase);
    }

    [Fact]
    public void R_PLAN_10_A_proxy_for_another_individual_cannot_approve_the_plan()
    {
        var b = CaseBuilder.InPhase(CasePhase.Invited).MeetingHeld().DraftSaved();

        Refusal.Of(b.Case, () => b.Case.AgreePlan(TestData.Approval(), b.Individual, Proxy(TestData.Adult(), ProxyRelation.Forvaltare), TestData.AtMeeting), "actor.proxy-for-another-individual");
    }

    [Fact]
    public void R_CONSENT_2_The_adult_records_their_own_consent()
    {
        var b = CaseBuilder.Initiated();

        b.Case.RecordConsent(TestData.AdultConsent(), b.Individual, Self(b.Individual), TestData.Now);

        Assert.Equal(CasePhase.Preparing, b.Case.Phase);
        Assert.Null(b.Case.Consent!.RecordedBy);
        Assert.Equal(ActorKind.Individual, b.Case.History[^1].ActorKind);
    }

    [Fact]
    public void R_CONSENT_6_A_guardian_records_the_guardians_consent_for_a_child()
    {
        var b = CaseBuilder.Initiated(TestData.Child10());

        b.Case.RecordConsent(TestData.GuardianConsent(childAlsoConsented: false) with { GuardianPersonnummer = [GuardianNumber.Value] }, b.Individual, Proxy(b.Individual, ProxyRelation.Guardian), TestData.Now);

        Assert.Equal([GuardianNumber.Value], b.Case.Consent!.GuardianPersonnummer);
        Assert.Equal(ProxyRelation.Guardian, b.Case.History[^1].ProxyRelation);
    }

    [Fact]
    public void R_CONSENT_6_A_guardian_cannot_record_an_adults_own_consent()
    {
        var b = CaseBuilder.Initiated();

        Refusal.Of(b.Case, () => b.Case.RecordConsent(TestData.AdultConsent(), b.Individual, Proxy(b.Individual, ProxyRelation.Guardian), TestData.Now), "actor.guardian-of-adult", "actor.consent-not-theirs");
        Assert.Null(b.Case.Consent);
    }

    [Fact]
    public void R_CONSENT_3_A_god_man_gives_the_account_for_someone_who_cannot_consent_but_cannot_consent_for_them()
    {
        var refused = CaseBuilder.Initiated();
        Refusal.Exactly(refused.Case, () => refused.Case.RecordConsent(TestData.AdultConsent(), refused.Individual, Proxy(refused.Individual, ProxyRelation.GodMan), TestData.Now), "actor.consent-not-theirs");

        var b = CaseBuilder.Initiated();
        b.Case.RecordConsent(TestData.CannotConsent(), b.Individual, Proxy(b.Individual, ProxyRelation.GodMan, "God man Göran"), TestData.Now);
        Assert.Equal(ConsentKind.CannotConsent, b.Case.Consent!.Kind);
    }

    [Fact]
    public void R_CONSENT_6_The_child_cannot_record_the_guardians_consent_as_themselves()
    {
        var b = CaseBuilder.Initiated(TestData.Child16());

        Refusal.Exactly(b.Case, () => b.Case.RecordConsent(TestData.GuardianConsent(childAlsoConsented: true), b.Individual, Self(b.Individual), TestData.Now), "actor.consent-not-theirs");
    }

    [Fact]
    public void R_CALL_1_The_individual_or_a_proxy_cannot_send_the_invitation()
    {
        var b = CaseBuilder.Initiated().Consented().Prepared();

        Refusal.Exactly(b.Case, () => b.Case.SendInvitation(TestData.Invitation(), Self(b.Individual), TestData.Now), "actor.professional-only");
        Refusal.Exactly(b.Case, () => b.Case.SendInvitation(TestData.Invitation(), Proxy(b.Individual, ProxyRelation.Forvaltare), TestData.Now), "actor.professional-only");
        Assert.Equal(CasePhase.Preparing, b.Case.Phase);
    }

    [Fact]
    public void A_proxy_needs_a_name()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Actor.ProxyFor(Guid.NewGuid(), " ", GuardianNumber, ProxyRelation.GodMan));

        Assert.True(ex.Has("actor.name-missing"));
    }
}
