using Microsoft.EntityFrameworkCore;
using Samplan.Web.Auditing;
using Samplan.Web.Tests.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Admin;

/// <summary>A unit administrator (nils.strom, Region Uppsala) creates accounts, adds and removes
/// assignments and unlocks accounts; each change is logged as 6001 with ids only.</summary>
[Collection(AdminAppCollection.Name)]
public sealed class StaffAdminTests(AuditedAppFactory factory)
{
    [Fact]
    public async Task A_created_account_signs_in_with_the_temporary_password_and_acts_for_the_chosen_unit()
    {
        using var nils = await factory.SignedInAsync(AuditTrail.Nils);
        var start = await factory.HeadAsync();

        var staff = await nils.CreateStaffAsync(Demo.Units.Psykiatri, "Kurator");
        using var person = factory.NewClient();
        await person.SignInAsync(staff.UserName, staff.Password);

        Assert.Equal("Psykiatrisk öppenvård Uppsala", await person.ActingForAsync());
        var signIn = Assert.Single(await factory.EventsAfterAsync(start, e => e.UserId == staff.UserId && e.Code == (int)AuditAction.SignInSucceeded));
        Assert.Equal(Demo.Units.Psykiatri, signIn.UnitId);
        Assert.Equal(AuditTrail.RegionUppsala, signIn.OrganisationId);
        var page = await nils.GetPageAsync(AdminSteps.StaffUrl(staff.UserId));
        Assert.Contains(page.Rows(), r => r[0] == "Psykiatrisk öppenvård Uppsala" && r[2] == "Kurator");
        await AssertLoggedAsync(start, staff, "staff created", Demo.Units.Psykiatri);
    }

    [Fact]
    public async Task An_added_assignment_can_be_acted_for_and_removing_it_ends_that_session_at_once()
    {
        using var nils = await factory.SignedInAsync(AuditTrail.Nils);
        var staff = await nils.CreateStaffAsync(Demo.Units.Psykiatri);
        var start = await factory.HeadAsync();

        using var added = await nils.AddAssignmentAsync(staff.UserId, Demo.Units.Medicinavdelning);
        AssertPage.Redirects(added, AdminSteps.StaffUrl(staff.UserId));
        using var person = factory.NewClient();
        await person.SignInForUnitAsync(staff.UserName, staff.Password, "medicinavdelning 30D");
        Assert.Equal("Akademiska sjukhuset, medicinavdelning 30D", await person.ActingForAsync());

        using var removed = await nils.RemoveAssignmentAsync(staff.UserId, "Akademiska sjukhuset, medicinavdelning 30D");
        AssertPage.Redirects(removed, AdminSteps.StaffUrl(staff.UserId));
        using var after = await person.GetAsync(new Uri("/cases/new", UriKind.Relative));

        AssertPage.Redirects(after, "/account/login");
        await person.SignInAsync(staff.UserName, staff.Password);
        Assert.Equal("Psykiatrisk öppenvård Uppsala", await person.ActingForAsync());
        await AssertLoggedAsync(start, staff, "assignment added", Demo.Units.Medicinavdelning);
        await AssertLoggedAsync(start, staff, "assignment removed", Demo.Units.Medicinavdelning);
    }

    [Fact]
    public async Task A_session_ends_when_its_assignment_disappears_even_without_a_new_security_stamp()
    {
        using var nils = await factory.SignedInAsync(AuditTrail.Nils);
        var staff = await nils.CreateStaffAsync(Demo.Units.Psykiatri);
        using var person = factory.NewClient();
        await person.SignInAsync(staff.UserName, staff.Password);
        Assert.Equal("Psykiatrisk öppenvård Uppsala", await person.ActingForAsync());

        // As a directory sync or another node would: the row goes, the person's stamp stays.
        await factory.WithDbAsync(db => db.StaffAssignments.Where(a => a.UserId == staff.UserId).ExecuteDeleteAsync());
        using var after = await SessionEnd.AfterChangeInDatabaseAsync(factory, person, "/cases/new");

        AssertPage.Redirects(after, "/account/login");
    }

    [Fact]
    public async Task A_locked_out_account_is_shown_as_locked_and_can_sign_in_once_unlocked()
    {
        using var nils = await factory.SignedInAsync(AuditTrail.Nils);
        var staff = await nils.CreateStaffAsync(Demo.Units.Psykiatri);
        using var person = factory.NewClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await person.TrySignInAsync(staff.UserName, "Fel-losenord-123");
        }

        var locked = await HtmlPage.ReadAsync(await person.TrySignInAsync(staff.UserName, staff.Password));
        AssertPage.HasError(locked, "Kontot är tillfälligt låst");
        var page = await nils.GetPageAsync(AdminSteps.StaffUrl(staff.UserId));
        Assert.Contains("Låst till", page.MainText, StringComparison.Ordinal);
        var start = await factory.HeadAsync();

        using var unlocked = await page.Form("form[action*='handler=Unlock']").PostAsync(nils);

        AssertPage.Redirects(unlocked, AdminSteps.StaffUrl(staff.UserId));
        Assert.DoesNotContain("Låst till", (await nils.GetPageAsync(AdminSteps.StaffUrl(staff.UserId))).MainText, StringComparison.Ordinal);
        await person.SignInAsync(staff.UserName, staff.Password);
        await AssertLoggedAsync(start, staff, "account unlocked", null);
    }

    [Fact]
    public async Task The_staff_list_shows_only_people_with_assignments_in_the_administrators_organisation()
    {
        using var nils = await factory.SignedInAsync(AuditTrail.Nils);

        var page = await nils.GetPageAsync("/admin/staff");

        AssertPage.Ok(page);
        var names = page.Rows().Select(r => r[0]).ToList();
        Assert.Contains("Anna Lind", names);
        Assert.Contains("Eva Strand", names);
        Assert.DoesNotContain("Lena Berg", names);
        Assert.DoesNotContain("Hanna Wik", names);
        Assert.DoesNotContain("Per Holm", names);
    }

    /// <summary>Exactly one 6001 entry by nils for the change, naming the person and unit by id only.</summary>
    private async Task AssertLoggedAsync(long after, NewStaff staff, string what, Guid? unitId)
    {
        var nilsId = await factory.UserIdAsync(AuditTrail.Nils);
        var entries = await factory.EventsAfterAsync(after, e => e.UserId == nilsId && e.Code == (int)AuditAction.StaffChanged);
        var entry = Assert.Single(entries, e => e.Detail!.StartsWith(what + " ", StringComparison.Ordinal));
        Assert.Equal(AuditOutcome.Success, entry.Outcome);
        Assert.Equal(AuditTrail.Regionkontoret, entry.UnitId);
        Assert.Equal(AuditTrail.RegionUppsala, entry.OrganisationId);
        Assert.Equal(AuditedAppFactory.ClientAddress.ToString(), entry.ClientAddress);
        Assert.Contains($"user={staff.UserId}", entry.Detail, StringComparison.Ordinal);
        Assert.Contains($"unit={(unitId is { } id ? id.ToString() : "-")}", entry.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(staff.DisplayName, entry.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(staff.UserName, entry.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Testberg", entry.Detail, StringComparison.OrdinalIgnoreCase);
    }
}
