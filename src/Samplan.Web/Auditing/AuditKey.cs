using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Samplan.Web.Infrastructure;

namespace Samplan.Web.Auditing;

/// <summary>The secret key of the audit chain's HMAC. Production must configure
/// <c>Samplan:Audit:Key</c> (base64, at least 32 bytes) outside the database; demo mode keeps a
/// generated key in a file under the content root.</summary>
public sealed class AuditKey
{
    public AuditKey(IConfiguration configuration, IOptions<SamplanOptions> options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = configuration["Samplan:Audit:Key"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            try
            {
                Bytes = Convert.FromBase64String(configured.Trim());
            }
            catch (FormatException ex)
            {
                throw new InvalidOperationException("Samplan:Audit:Key is not valid base64 (give 32 random bytes or more, e.g. `openssl rand -base64 32`).", ex);
            }
        }
        else if (options.Value.DemoMode)
        {
            Bytes = DemoKey(Path.Combine(environment.ContentRootPath, "data", "audit.key"));
        }
        else
        {
            throw new InvalidOperationException("Samplan:Audit:Key must be configured (base64, 32 bytes or more) outside demo mode.");
        }

        if (Bytes.Length < 32)
        {
            throw new InvalidOperationException("Samplan:Audit:Key must be at least 32 bytes.");
        }
    }

    public byte[] Bytes { get; }

    private static byte[] DemoKey(string path)
    {
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        var key = RandomNumberGenerator.GetBytes(32);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Convert.ToBase64String(key));
        return key;
    }
}
