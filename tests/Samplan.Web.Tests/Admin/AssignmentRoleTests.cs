using System.Net;
using Microsoft.EntityFrameworkCore;
using Samplan.Data.Identity;
using Samplan.Web.Auditing;
using Samplan.Web.Tests.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Admin;

/// <summary>A role is held through an assignment and acts in that assignment's organisation only:
/// an auditor (or administrator) of Region Uppsala who also works for a kommun unit is neither while
/// acting for the kommun. Roles are granted and revoked per assignment by the organisation's own
/// administrator, and a revoked role is gone from the person's open session at the next request.</summary>
[Collection(AdminAppCollection.Name)]
public sealed class AssignmentRoleTests(AuditedAppFactory factory)
{
    private const string RegionUnit = "Regionkontoret";
    private const string KommunUnit = "Socialförvaltningens kansli";

    [Fact]
    public async Task An_auditor_of_the_region_is_no_auditor_while_acting_for_a_kommun_unit()
    {
        var person = await RegionAndKommunStaffAsync("Auditor");

        using var asRegion = factory.NewClient();
        await asRegion.SignInForUnitAsync(person.UserName, person.Password, RegionUnit);
        using var asKommun = factory.NewClient();
        await asKommun.SignInForUnitAsync(person.UserName, person.Password, KommunUnit);

        using var regionAudit = await asRegion.GetAsync(new Uri("/audit", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, regionAudit.StatusCode);
        Assert.Contains("/audit", await NavLinksAsync(asRegion));
        using var kommunAudit = await asKommun.GetAsync(new Uri("/audit", UriKind.Relative));
        await asKommun.AssertDeniedAsync(kommunAudit, "/audit acting for the kommun");
        Assert.DoesNotContain("/audit", await NavLinksAsync(asKommun));
    }

    [Fact]
    public async Task An_administrator_of_the_region_is_no_administrator_while_acting_for_a_kommun_unit()
    {
        var person = await RegionAndKommunStaffAsync("UnitAdmin");

        using var asRegion = factory.NewClient();
        await asRegion.SignInForUnitAsync(person.UserName, person.Password, RegionUnit);
        using var asKommun = factory.NewClient();
        await asKommun.SignInForUnitAsync(person.UserName, person.Password, KommunUnit);

        using var regionAdmin = await asRegion.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, regionAdmin.StatusCode);
        Assert.Contains("/admin", await NavLinksAsync(asRegion));
        foreach (var url in new[] { "/admin", "/admin/staff" })
        {
            using var kommunAdmin = await asKommun.GetAsync(new Uri(url, UriKind.Relative));
            await asKommun.AssertDeniedAsync(kommunAdmin, url + " acting for the kommun");
        }

        Assert.DoesNotContain("/admin", await NavLinksAsync(asKommun));
    }

    [Fact]
    public async Task A_role_held_on_one_assignment_applies_to_every_unit_of_the_same_organisation()
    {
        using var nils = await factory.SignedInAsync(AuditTrail.Nils);
        var staff = await nils.CreateStaffAsync(AuditTrail.Regionkontoret, "Logggranskare");
        await ExpectRedirectAsync(await nils.AddAssignmentAsync(staff.UserId, Demo.Units.Vardcentral, "Sjuksköterska"));
        await ExpectRedirectAsync(await nils.ClickRoleAsync(staff.UserId, "Grant", "Auditor", RegionUnit));

        using var person = factory.NewClient();
        await person.SignInForUnitAsync(staff.UserName, staff.Password, "Vårdcentralen Gottsunda");

        using var audit = await person.GetAsync(new Uri("/audit", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, audit.StatusCode);
    }

    [Fact]
    public async Task A_role_revoked_on_the_assignment_is_gone_at_the_next_request_and_the_session_lives_on()
    {
        using var nils = await factory.SignedInAsync(AuditTrail.Nils);
        var staff = await nils.CreateStaffAsync(AuditTrail.Regionkontoret, "Logggranskare");
        await ExpectRedirectAsync(await nils.ClickRoleAsync(staff.UserId, "Grant", "Auditor", RegionUnit));
        using var person = factory.NewClient();
        await person.SignInAsync(staff.UserName, staff.Password);
        using (var before = await person.GetAsync(new Uri("/audit", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        var start = await factory.HeadAsync();
        await ExpectRedirectAsync(await nils.ClickRoleAsync(staff.UserId, "Revoke", "Auditor", RegionUnit));

        using var after = await person.GetAsync(new Uri("/audit", UriKind.Relative));
        await person.AssertDeniedAsync(after, "/audit after the role was revoked");
        Assert.DoesNotContain("/audit", await NavLinksAsync(person));
        Assert.False(await factory.WithDbAsync(db => db.StaffAssignmentRoles.AnyAsync(r => db.StaffAssignments.Any(a => a.Id == r.AssignmentId && a.UserId == staff.UserId))));
        var logged = Assert.Single(await factory.EventsAfterAsync(start, e => e.Code == (int)AuditAction.StaffChanged));
        Assert.Equal($"role revoked Auditor user={staff.UserId} unit={AuditTrail.Regionkontoret}", logged.Detail);
        Assert.Equal(await factory.UserIdAsync(AuditTrail.Nils), logged.UserId);
    }

    [Fact]
    public async Task A_role_granted_on_the_assignment_applies_at_the_next_request_and_is_audited()
    {
        using var nils = await factory.SignedInAsync(AuditTrail.Nils);
        var staff = await nils.CreateStaffAsync(AuditTrail.Regionkontoret, "Systemförvaltare");
        using var person = factory.NewClient();
        await person.SignInAsync(staff.UserName, staff.Password);
        using (var before = await person.GetAsync(new Uri("/admin", UriKind.Relative)))
        {
            await person.AssertDeniedAsync(before, "/admin before the role was granted");
        }

        var start = await factory.HeadAsync();
        await ExpectRedirectAsync(await nils.ClickRoleAsync(staff.UserId, "Grant", "UnitAdmin", RegionUnit));

        using var after = await person.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        var logged = Assert.Single(await factory.EventsAfterAsync(start, e => e.Code == (int)AuditAction.StaffChanged));
        Assert.Equal($"role granted UnitAdmin user={staff.UserId} unit={AuditTrail.Regionkontoret}", logged.Detail);
    }

    [Fact]
    public async Task A_kommun_administrator_cannot_grant_a_role_on_the_persons_region_assignment()
    {
        var person = await RegionAndKommunStaffAsync(role: null);
        using var hanna = await factory.SignedInAsync(AuditTrail.Hanna);
        var hannaId = await factory.UserIdAsync(AuditTrail.Hanna);
        var page = await hanna.GetPageAsync(AdminSteps.StaffUrl(person.UserId));
        Assert.DoesNotContain(page.Rows(), r => r[0].Contains(RegionUnit, StringComparison.Ordinal));
        var start = await factory.HeadAsync();

        using var response = await page.Form("form[action*='handler=Grant']")
            .Set("assignmentId", person.RegionAssignment.ToString())
            .Set("role", "Auditor")
            .PostAsync(hanna);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.StaffAssignmentRoles.AnyAsync(r => r.AssignmentId == person.RegionAssignment)));
        var refused = Assert.Single(await factory.EventsAfterAsync(start, e => e.UserId == hannaId));
        Assert.Equal((int)AuditAction.AccessRefused, refused.Code);
        Assert.Equal("admin: assignment not in organisation", refused.Detail);
    }

    [Fact]
    public async Task The_kommun_administrator_grants_on_the_kommun_assignment_and_it_applies_only_there()
    {
        var person = await RegionAndKommunStaffAsync(role: null);
        using var hanna = await factory.SignedInAsync(AuditTrail.Hanna);

        await ExpectRedirectAsync(await hanna.ClickRoleAsync(person.UserId, "Grant", "Auditor", KommunUnit));

        using var asKommun = factory.NewClient();
        await asKommun.SignInForUnitAsync(person.UserName, person.Password, KommunUnit);
        using var asRegion = factory.NewClient();
        await asRegion.SignInForUnitAsync(person.UserName, person.Password, RegionUnit);
        using var kommunAudit = await asKommun.GetAsync(new Uri("/audit", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, kommunAudit.StatusCode);
        using var regionAudit = await asRegion.GetAsync(new Uri("/audit", UriKind.Relative));
        await asRegion.AssertDeniedAsync(regionAudit, "/audit acting for the region");
    }

    [Fact]
    public async Task An_administrator_cannot_revoke_their_own_administrator_role()
    {
        using var nils = await factory.SignedInAsync(AuditTrail.Nils);
        var nilsId = await factory.UserIdAsync(AuditTrail.Nils);
        var page = await nils.GetPageAsync(AdminSteps.StaffUrl(nilsId));
        Assert.Empty(page.Document.QuerySelectorAll("form[action*='handler=Revoke'] input[name=role][value=UnitAdmin]"));
        var token = page.Form("form[action*='handler=Grant']")[HtmlForm.AntiforgeryField]!;
        var assignment = await factory.WithDbAsync(db => db.StaffAssignments.Where(a => a.UserId == nilsId && a.UnitId == AuditTrail.Regionkontoret).Select(a => a.Id).SingleAsync());

        using var response = await nils.PostAsync(new Uri(AdminSteps.StaffUrl(nilsId) + "?handler=Revoke", UriKind.Relative), new FormUrlEncodedContent(
        [
            new(HtmlForm.AntiforgeryField, token),
            new("assignmentId", assignment.ToString()),
            new("role", "UnitAdmin"),
        ]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.StaffAssignmentRoles.AnyAsync(r => r.AssignmentId == assignment && r.Role == "UnitAdmin")));
    }

    /// <summary>A new person with an assignment at Regionkontoret (created by the region's
    /// administrator, who grants <paramref name="role"/> on it) and one at the kommun's kansli,
    /// added directly: no administrator can add an assignment in another organisation.</summary>
    private async Task<RegionAndKommunStaff> RegionAndKommunStaffAsync(string? role)
    {
        using var nils = await factory.SignedInAsync(AuditTrail.Nils);
        var staff = await nils.CreateStaffAsync(AuditTrail.Regionkontoret, "Logggranskare");
        if (role is not null)
        {
            await ExpectRedirectAsync(await nils.ClickRoleAsync(staff.UserId, "Grant", role, RegionUnit));
        }

        var regionAssignment = await factory.WithDbAsync(db => db.StaffAssignments.Where(a => a.UserId == staff.UserId).Select(a => a.Id).SingleAsync());
        await factory.WithDbAsync(async db =>
        {
            db.StaffAssignments.Add(new StaffAssignment { Id = Guid.NewGuid(), UserId = staff.UserId, UnitId = AuditTrail.Kommunkansli, Title = "Samordnare" });
            return await db.SaveChangesAsync();
        });
        return new RegionAndKommunStaff(staff.UserId, staff.UserName, staff.Password, regionAssignment);
    }

    private static async Task<IReadOnlyList<string>> NavLinksAsync(HttpClient client)
    {
        var page = await client.GetPageAsync("/cases/new");
        AssertPage.Ok(page);
        return [.. page.Document.QuerySelectorAll("header nav a").Select(a => a.GetAttribute("href") ?? string.Empty)];
    }

    private static async Task ExpectRedirectAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect, got {(int)response.StatusCode}: {await HtmlPage.ReadAsync(response)}");
        }
    }

    private sealed record RegionAndKommunStaff(string UserId, string UserName, string Password, Guid RegionAssignment);
}
