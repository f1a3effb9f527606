using System.Net;
using Samplan.Web.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Transactions;

/// <summary>
/// A change, its history line, its audit event and its outbox message are written in one
/// transaction: when any statement of the save fails at the database, after the others have run,
/// none of it is stored. Before, the audit event was appended after the change had committed, and
/// a crash in between left a change nobody could see in the log.
/// </summary>
public sealed class OneTransactionTests(FaultInjectingFactory factory) : IClassFixture<FaultInjectingFactory>
{
    [Fact]
    public async Task When_the_audit_insert_fails_the_change_is_not_stored_either()
    {
        using var client = await PreparingCaseAsync();
        var caseId = _caseId;
        var before = await CaseStore.ReadAsync(factory.Services, caseId);

        factory.Fault.Arm("INSERT INTO \"AuditEvents\"", caseId);
        await PostIgnoringFailureAsync(() => client.SavePreparationAsync(caseId, "Syfte som inte får sparas", "Mål"));

        Assert.True(factory.Fault.Failed, "The audit insert of the save never ran.");
        var after = await CaseStore.ReadAsync(factory.Services, caseId);
        Assert.Equal(before, after with { Audit = before.Audit });
        Assert.Null(after.Purpose);
        Assert.Equal(0, after.Audited(AuditAction.PreparationSaved));

        // The same save without the fault stores all four together.
        await CaseSteps.ExpectSavedAsync(await client.SavePreparationAsync(caseId, "Syfte som sparas", "Mål"), caseId, "Preparation");
        var saved = await CaseStore.ReadAsync(factory.Services, caseId);
        Assert.Equal(("Syfte som sparas", before.Version + 1, before.HistoryLines + 1, before.Outbox + 1), (saved.Purpose, saved.Version, saved.HistoryLines, saved.Outbox));
        Assert.Equal(1, saved.Audited(AuditAction.PreparationSaved));
        Assert.Equal([(1, "Initiated"), (2, "ConsentRecorded"), (3, "PreparationSaved")], await CaseStore.HistoryAsync(factory.Services, caseId));
    }

    [Fact]
    public async Task A_failure_after_the_change_and_its_audit_event_ran_rolls_both_back()
    {
        using var client = await PreparingCaseAsync();
        var caseId = _caseId;
        var before = await CaseStore.ReadAsync(factory.Services, caseId);

        // The outbox message is the last statement of the save: the crash comes after the case
        // update and the audit insert have run, before the commit.
        factory.Fault.Arm("INSERT INTO \"OutboxMessages\"", caseId);
        await PostIgnoringFailureAsync(() => client.SavePreparationAsync(caseId, "Syfte som inte får sparas", "Mål"));

        Assert.True(factory.Fault.Failed, "The outbox insert of the save never ran.");
        Assert.Contains(factory.Fault.RanBeforeFailure, s => s.StartsWith("UPDATE \"Cases\"", StringComparison.Ordinal));
        Assert.Contains(factory.Fault.RanBeforeFailure, s => s.StartsWith("INSERT INTO \"AuditEvents\"", StringComparison.Ordinal));
        var after = await CaseStore.ReadAsync(factory.Services, caseId);
        Assert.Equal(before, after with { Audit = before.Audit });
        Assert.Null(after.Purpose);
        Assert.Equal(0, after.Audited(AuditAction.PreparationSaved));
    }

    [Fact]
    public async Task When_the_case_update_fails_after_the_audit_insert_ran_no_audit_event_is_left_for_it()
    {
        using var client = await PreparingCaseAsync();
        var caseId = _caseId;
        var before = await CaseStore.ReadAsync(factory.Services, caseId);

        factory.Fault.Arm("UPDATE \"Cases\"", caseId);
        await PostIgnoringFailureAsync(() => client.SavePreparationAsync(caseId, "Syfte som inte får sparas", "Mål"));

        Assert.True(factory.Fault.Failed, "The case update of the save never ran.");
        Assert.Contains(factory.Fault.RanBeforeFailure, s => s.StartsWith("INSERT INTO \"AuditEvents\"", StringComparison.Ordinal));
        var after = await CaseStore.ReadAsync(factory.Services, caseId);
        Assert.Equal(before, after with { Audit = before.Audit });
        Assert.Equal(0, after.Audited(AuditAction.PreparationSaved));
    }

    [Fact]
    public async Task When_the_own_preparation_update_fails_neither_it_nor_its_history_or_audit_is_stored()
    {
        using var client = await PreparingCaseAsync();
        var caseId = _caseId;
        var before = await CaseStore.ReadAsync(factory.Services, caseId);

        factory.Fault.Arm("UPDATE \"OwnPreparations\"", caseId);
        await PostIgnoringFailureAsync(() => client.SubmitFormAsync($"/cases/{caseId}/preparation/own", f => f.Set("Input.MyExperience", "Får inte sparas")));

        Assert.True(factory.Fault.Failed, "The own preparation update never ran.");
        var after = await CaseStore.ReadAsync(factory.Services, caseId);
        Assert.Equal(before, after with { Audit = before.Audit });
        Assert.Equal(0, after.Audited(AuditAction.OwnPreparationSaved));
    }

    private Guid _caseId;

    private async Task<HttpClient> PreparingCaseAsync()
    {
        factory.Fault.Disarm();
        var client = factory.NewClient();
        await client.SignInAsync(Demo.Anna);
        _caseId = await client.StartCaseAsync(TestPersonnummer.NewAdult());
        await CaseSteps.ExpectSavedAsync(await client.RecordConsentAsync(_caseId, "Test Testperson", factory.Today), _caseId, "Consent");
        return client;
    }

    /// <summary>The failed save answers with the error page (or, without one, the exception).</summary>
    private async Task PostIgnoringFailureAsync(Func<Task<HttpResponseMessage>> post)
    {
        try
        {
            using var response = await post();
            Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            // The test server passes the app's exception on when no error page caught it.
        }
        finally
        {
            factory.Fault.Disarm();
        }
    }
}
