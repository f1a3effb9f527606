using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samplan.Data.Identity;
using Samplan.Web.Data;
using Samplan.Web.Tests.Infrastructure;

namespace Samplan.Web.Tests.Health;

/// <summary>Demo seeding hashes the shared demo password once and stores that hash for every demo
/// user (a PBKDF2 run per user cost seconds at the first start). The stored hash must still be the
/// one the app's own hasher accepts as current: verifying succeeds without a rehash, for everyone.</summary>
[Collection(SamplanCollection.Name)]
public sealed class DemoPasswordHashTests(SamplanFactory factory)
{
    [Fact]
    public async Task Every_demo_user_has_a_current_hash_of_the_demo_password()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        // Other tests in the collection may invite further users; only the demo staff are checked.
        var demoNames = DemoDirectory.Staff.Select(s => s.UserName).ToList();
        var seeded = await users.Users.Where(u => demoNames.Contains(u.UserName!)).ToListAsync();

        Assert.Equal(demoNames.Order(), seeded.Select(u => u.UserName!).Order());
        Assert.All(seeded, user =>
        {
            Assert.Equal(PasswordVerificationResult.Success, users.PasswordHasher.VerifyHashedPassword(user, user.PasswordHash!, Demo.Password));
            Assert.NotEqual(PasswordVerificationResult.Success, users.PasswordHasher.VerifyHashedPassword(user, user.PasswordHash!, Demo.Password + "x"));
            Assert.False(string.IsNullOrEmpty(user.SecurityStamp));
        });
    }
}
