using System.Net;
using Microsoft.EntityFrameworkCore;
using Samplan.Web.Auditing;
using Samplan.Web.Tests.Auditing;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Admin;

/// <summary>Administration needs the UnitAdmin role and reaches only the administrator's own
/// organisation: another organisation's people and units are not found (404), and the probe is logged.</summary>
[Collection(AdminAppCollection.Name)]
public sealed class AdminScopeTests(AuditedAppFactory factory)
{
    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/staff")]
    [InlineData("/admin/units")]
    [InlineData("/admin/staff/{anna}")]
    public async Task Staff_without_the_admin_role_are_denied_every_admin_page(string url)
    {
        using var anna = await factory.SignedInAsync(Demo.Anna);
        var target = url.Replace("{anna}", Uri.EscapeDataString(await factory.UserIdAsync(Demo.Anna)), StringComparison.Ordinal);

        using var response = await anna.GetAsync(new Uri(target, UriKind.Relative));

        await anna.AssertDeniedAsync(response, url);
    }

    [Fact]
    public async Task An_auditor_without_the_admin_role_is_denied_admin_pages()
    {
        using var ulla = await factory.SignedInAsync(AuditTrail.Ulla);

        using var response = await ulla.GetAsync(new Uri("/admin/staff", UriKind.Relative));

        await ulla.AssertDeniedAsync(response, "/admin/staff");
    }

    [Fact]
    public async Task An_administrator_of_another_organisation_gets_404_for_the_regions_staff_and_the_probe_is_logged()
    {
        using var hanna = await factory.SignedInAsync(AuditTrail.Hanna);
        var hannaId = await factory.UserIdAsync(AuditTrail.Hanna);
        var annaId = await factory.UserIdAsync(Demo.Anna);
        var token = (await hanna.GetPageAsync("/admin/staff")).Form()[HtmlForm.AntiforgeryField]!;
        var start = await factory.HeadAsync();

        using var view = await hanna.GetAsync(new Uri(AdminSteps.StaffUrl(annaId), UriKind.Relative));
        using var unlock = await hanna.PostAsync(new Uri(AdminSteps.StaffUrl(annaId) + "?handler=Unlock", UriKind.Relative),
            new FormUrlEncodedContent([new(HtmlForm.AntiforgeryField, token)]));
        using var add = await hanna.PostAsync(new Uri(AdminSteps.StaffUrl(annaId) + "?handler=Add", UriKind.Relative), new FormUrlEncodedContent(
        [
            new(HtmlForm.AntiforgeryField, token),
            new("NewAssignment.UnitId", Demo.Units.Bistand.ToString()),
            new("NewAssignment.Title", "Handläggare"),
        ]));

        Assert.Equal(HttpStatusCode.NotFound, view.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unlock.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, add.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.StaffAssignments.AnyAsync(a => a.UserId == annaId && a.UnitId == Demo.Units.Bistand)));
        var probes = await factory.EventsAfterAsync(start, e => e.UserId == hannaId);
        Assert.Equal(3, probes.Count);
        Assert.All(probes, e =>
        {
            Assert.Equal((int)AuditAction.AccessRefused, e.Code);
            Assert.Equal(AuditOutcome.Denied, e.Outcome);
            Assert.Equal(AuditTrail.UppsalaKommun, e.OrganisationId);
        });
        Assert.Empty(await factory.EventsAfterAsync(start, e => e.Code == (int)AuditAction.StaffChanged));
    }

    [Fact]
    public async Task Posting_another_organisations_unit_as_an_assignment_answers_404_and_adds_nothing()
    {
        using var nils = await factory.SignedInAsync(AuditTrail.Nils);
        var nilsId = await factory.UserIdAsync(AuditTrail.Nils);
        var staff = await nils.CreateStaffAsync(Demo.Units.Psykiatri);
        var start = await factory.HeadAsync();

        using var response = await nils.AddAssignmentAsync(staff.UserId, Demo.Units.Bistand);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.StaffAssignments.AnyAsync(a => a.UserId == staff.UserId && a.UnitId == Demo.Units.Bistand)));
        var logged = Assert.Single(await factory.EventsAfterAsync(start, e => e.UserId == nilsId));
        Assert.Equal((int)AuditAction.AccessRefused, logged.Code);
        Assert.Equal("admin: unit not in organisation", logged.Detail);
    }

    [Fact]
    public async Task Creating_an_account_for_another_organisations_unit_answers_404_and_creates_nobody()
    {
        using var nils = await factory.SignedInAsync(AuditTrail.Nils);
        var userName = "test." + Guid.NewGuid().ToString("N")[..8];

        using var response = await nils.SubmitFormAsync("/admin/staff", form => form
            .Set("Input.DisplayName", "Olle Obehörig")
            .Set("Input.UserName", userName)
            .Set("Input.Password", AdminSteps.TemporaryPassword)
            .Set("Input.UnitId", Demo.Units.Bistand.ToString())
            .Set("Input.Title", "Handläggare"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == userName)));
    }
}
