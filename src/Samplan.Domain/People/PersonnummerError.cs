namespace Samplan.Domain.People;

/// <summary>Each way an identity number can be wrong, so the form can say which.</summary>
public enum PersonnummerError
{
    Empty,
    InvalidCharacters,
    WrongLength,
    InvalidDate,
    BirthDateInFuture,
    InvalidChecksum,
}
