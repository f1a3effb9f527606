using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Samplan.Data;
using Samplan.Data.Identity;
using Samplan.Domain.People;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Data;

/// <summary>Loads the demo: Region Uppsala, Uppsala kommun, Försäkringskassan and a school's
/// elevhälsa, their staff, and individuals with cases in several phases. Demo mode only (R-ID-2).</summary>
public sealed class DemoData(SamplanDbContext db, UserManager<StaffUser> users, SwedishClock clock)
{
    public async Task<bool> SeedIfEmptyAsync()
    {
        if (await db.Organisations.AnyAsync())
        {
            return false;
        }

        // One transaction: a first start that stops half-way leaves no half-seeded demo (which the
        // check above would take for a seeded one), and the dozen saves below (one per demo user,
        // as UserManager saves) share one commit instead of a disk flush each.
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Organisations.AddRange(DemoDirectory.Organisations);
        db.Units.AddRange(DemoDirectory.Units);
        await db.SaveChangesAsync();

        // All demo staff share one published password; hashing it once instead of per user saves
        // a PBKDF2 run (100,000 iterations) per user at the first start. Same format and
        // iterations as UserManager would write, so sign-in and rehash behave as before.
        var passwordHash = users.PasswordHasher.HashPassword(new StaffUser(), DemoDirectory.Password);
        foreach (var staff in DemoDirectory.Staff)
        {
            var user = new StaffUser { UserName = staff.UserName, DisplayName = staff.Name, Email = $"{staff.UserName}@demo.invalid", PasswordHash = passwordHash };
            var result = await users.CreateAsync(user);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("Demo user could not be created: " + string.Join(", ", result.Errors.Select(e => e.Code)));
            }

            foreach (var assignment in staff.Assignments)
            {
                var id = Guid.NewGuid();
                db.StaffAssignments.Add(new StaffAssignment { Id = id, UserId = user.Id, UnitId = assignment.Unit.Id, Title = assignment.Title });
                db.StaffAssignmentRoles.AddRange((assignment.Roles ?? []).Select(role => new StaffAssignmentRole { AssignmentId = id, Role = role }));
            }
        }

        var people = DemoPeople.Create();
        var cases = DemoCases.Create(people, clock.Now).ToList();
        var messages = DemoMessages.Create(cases, clock.Now).ToList();
        var organisationOf = DemoDirectory.Units.ToDictionary(u => u.Id, u => u.OrganisationId);
        foreach (var sipCase in cases.OrderBy(c => c.CreatedAt))
        {
            var person = people.All.Single(p => p.Id == sipCase.IndividualId);
            if (person.OrganisationId is null)
            {
                person.KeepIn(organisationOf[sipCase.InitiatingUnitId]);
            }
        }

        // A demo person without a SIP (Tolvan, whose protected identity the region was told of)
        // is in Region Uppsala's register.
        foreach (var person in people.All.Where(p => p.OrganisationId is null))
        {
            person.KeepIn(DemoDirectory.RegionUppsala.Id);
        }

        db.Individuals.AddRange(people.All);
        db.Cases.AddRange(cases);
        db.Messages.AddRange(messages);
        db.InvitationReplies.AddRange(DemoMessages.Replies(cases));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return true;
    }

    public static void PrintSignInHints(ICollection<string> urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var lines = new List<string>
        {
            string.Empty,
            "Samplan is running (demo mode) at: " + string.Join(", ", urls),
            $"Demo sign-ins (password for all: {DemoDirectory.Password}):",
        };
        lines.AddRange(DemoDirectory.Staff.Select(s => $"  {s.UserName,-16} {s.Name}, {string.Join(" / ", s.Assignments.Select(a => a.Label))}"));
        lines.Add(string.Empty);
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }
}
