namespace Samplan.Domain.People;

public sealed record PersonnummerResult(Personnummer? Value, PersonnummerError? Error)
{
    public bool IsValid => Value is not null;

    public static PersonnummerResult Ok(Personnummer value) => new(value, null);

    public static PersonnummerResult Fail(PersonnummerError error) => new(null, error);
}
