namespace Newsgraph.Core.Time;

/// <summary>The shape of a recognised expression, which decides how it is normalised.</summary>
internal enum TimexForm : byte
{
    /// <summary>An explicit date: Month, Day (0 for a whole month), Year (0 when the text omits it).</summary>
    CalendarDate,
    Year,
    /// <summary>"the 1990s": Year holds the decade's first year.</summary>
    Decade,
    /// <summary>"last July": Month with a Deixis.</summary>
    DeicticMonth,
    /// <summary>"Wednesday", "last Friday": Weekday (ISO 1-7) with a Deixis.</summary>
    Weekday,
    /// <summary>today (This), yesterday (Last), tomorrow (Next).</summary>
    DayOffset,
    /// <summary>"last week", "this year": Unit with a Deixis.</summary>
    DeicticPeriod,
    /// <summary>"last summer", "summer 2014": Season with a Deixis or a Year.</summary>
    Season,
    Reference,
    /// <summary>"three days": Quantity (0 when vague) of Unit.</summary>
    Duration,
    /// <summary>"three days ago": a date Quantity Units before the anchor.</summary>
    Ago,
    /// <summary>"every week" (Quantity of Unit) or "every Monday" (Weekday).</summary>
    Set,
    /// <summary>"3:30 p.m.", "noon": Hour and Minute on the anchor day.</summary>
    TimeOfDay,
}

/// <summary>A recognised temporal expression: its tokens [FirstToken, EndToken) and the fields its form uses.</summary>
internal readonly record struct TimexCandidate(int FirstToken, int EndToken, TimexForm Form)
{
    public int Year { get; init; }

    public int Month { get; init; }

    public int Day { get; init; }

    public int Weekday { get; init; }

    public Deixis Deixis { get; init; }

    public TimeUnit Unit { get; init; }

    /// <summary>The count of units; 0 means unspecified ("several days" → PXD).</summary>
    public int Quantity { get; init; }

    public Season Season { get; init; }

    public PartOfDay PartOfDay { get; init; }

    public int Hour { get; init; }

    public int Minute { get; init; }

    public TemporalReference Reference { get; init; }

    public TimexModifier Modifier { get; init; }

    /// <summary>
    /// For a clock time next to a day expression ("Monday at 3 p.m."): the offset (-1 or +1) of that candidate in
    /// the sentence's list, whose day the time falls on; 0 when the time stands alone and falls on the anchor day.
    /// </summary>
    public int DayNeighbour { get; init; }

    /// <summary>True for forms that name one day, which a following "night" or a nearby clock time can refine.</summary>
    public bool NamesDay => Form is TimexForm.Weekday or TimexForm.DayOffset || (Form == TimexForm.CalendarDate && Day > 0);
}
