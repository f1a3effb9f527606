namespace Samplan.Domain.Calendar;

/// <summary>The Swedish public holidays (allmänna helgdagar, lag 1989:253) and the eves that are
/// de facto non-working days for the units a SIP involves.</summary>
public enum SwedishHoliday
{
    Nyarsdagen,
    TrettondedagJul,
    Langfredagen,

    /// <summary>Not a public holiday by law, but de facto a non-working day.</summary>
    Paskafton,
    Paskdagen,
    AnnandagPask,
    ForstaMaj,
    KristiHimmelsfardsdag,
    Pingstdagen,
    Nationaldagen,

    /// <summary>Not a public holiday by law, but de facto a non-working day.</summary>
    Midsommarafton,
    Midsommardagen,
    AllaHelgonsDag,

    /// <summary>Not a public holiday by law, but de facto a non-working day.</summary>
    Julafton,
    Juldagen,
    AnnandagJul,

    /// <summary>Not a public holiday by law, but de facto a non-working day.</summary>
    Nyarsafton,
}
