namespace Samplan.Domain.Directory;

/// <summary>Each way an HSA id can be wrong, so a form or an import report can say which.</summary>
public enum HsaIdError
{
    Empty,
    TooLong,
    WrongFormat,
}
