using Microsoft.AspNetCore.Identity;
using static Samplan.Web.Localization.L;

namespace Samplan.Web.Features.Admin.Staff;

/// <summary>Identity's refusals, in the user's language and next to the field they concern.</summary>
public static class IdentityErrorText
{
    public const string UserNameField = "Input.UserName";

    public const string PasswordField = "Input.Password";

    public static (string Field, string Message) For(IdentityError error, PasswordOptions password)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(password);
        return error.Code switch
        {
            nameof(IdentityErrorDescriber.DuplicateUserName) => (UserNameField, T("Användarnamnet används redan. Välj ett annat.", "The user name is already taken. Choose another.")),
            nameof(IdentityErrorDescriber.InvalidUserName) => (UserNameField, T("Användarnamnet får bara innehålla bokstäverna a–z, siffror och tecknen . - _ @ +", "The user name may only contain the letters a–z, digits and the characters . - _ @ +")),
            nameof(IdentityErrorDescriber.PasswordTooShort) => (PasswordField, T($"Lösenordet måste ha minst {password.RequiredLength} tecken.", $"The password must have at least {password.RequiredLength} characters.")),
            nameof(IdentityErrorDescriber.PasswordRequiresDigit) => (PasswordField, T("Lösenordet måste innehålla en siffra.", "The password must contain a digit.")),
            nameof(IdentityErrorDescriber.PasswordRequiresLower) => (PasswordField, T("Lösenordet måste innehålla en liten bokstav (a–z).", "The password must contain a lower-case letter (a–z).")),
            nameof(IdentityErrorDescriber.PasswordRequiresUpper) => (PasswordField, T("Lösenordet måste innehålla en stor bokstav (A–Z).", "The password must contain an upper-case letter (A–Z).")),
            nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => (PasswordField, T("Lösenordet måste innehålla ett tecken som inte är bokstav eller siffra, till exempel - eller !.", "The password must contain a character that is neither letter nor digit, such as - or !.")),
            nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => (PasswordField, T($"Lösenordet måste innehålla minst {password.RequiredUniqueChars} olika tecken.", $"The password must contain at least {password.RequiredUniqueChars} different characters.")),
            _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => (PasswordField, error.Description),
            _ => (string.Empty, error.Description),
        };
    }

    /// <summary>The rules as a hint under the password field, so nobody has to guess them.</summary>
    public static string PasswordHint(PasswordOptions password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var sv = new List<string> { $"minst {password.RequiredLength} tecken" };
        var en = new List<string> { $"at least {password.RequiredLength} characters" };
        if (password.RequireUppercase) { sv.Add("en stor bokstav"); en.Add("an upper-case letter"); }
        if (password.RequireLowercase) { sv.Add("en liten bokstav"); en.Add("a lower-case letter"); }
        if (password.RequireDigit) { sv.Add("en siffra"); en.Add("a digit"); }
        if (password.RequireNonAlphanumeric) { sv.Add("ett specialtecken"); en.Add("a special character"); }
        return T($"Tillfälligt lösenord som du lämnar till personen: {string.Join(", ", sv)}.", $"A temporary password you hand to the person: {string.Join(", ", en)}.");
    }
}
