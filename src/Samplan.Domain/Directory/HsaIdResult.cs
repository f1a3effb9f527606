namespace Samplan.Domain.Directory;

public sealed record HsaIdResult(HsaId? Value, HsaIdError? Error)
{
    public bool IsValid => Value is not null;

    public static HsaIdResult Ok(HsaId value) => new(value, null);

    public static HsaIdResult Fail(HsaIdError error) => new(null, error);
}
