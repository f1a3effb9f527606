using Microsoft.AspNetCore.Identity;
using Samplan.Data.Identity;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Audit;

/// <summary>Finds a professional's account by the user name they sign in with.</summary>
public sealed class UserLookup(UserManager<StaffUser> users)
{
    public async Task<UserLookupResult> FindAsync(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        // No account name holds a NUL or exceeds the name limit, and PostgreSQL refuses NUL in a
        // query: such input is answered as an unknown name without asking the database.
        var name = input.Trim();
        var user = name.Contains('\0', StringComparison.Ordinal) || name.Length > Infrastructure.Input.FieldLimitAttribute.Line
            ? null
            : await users.FindByNameAsync(name);
        return user is null
            ? new UserLookupResult(null, T("Ingen användare med det användarnamnet finns.", "No user with that user name exists."))
            : new UserLookupResult(user, null);
    }
}

public sealed record UserLookupResult(StaffUser? User, string? Error);
