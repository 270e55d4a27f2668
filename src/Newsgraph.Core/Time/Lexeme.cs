namespace Newsgraph.Core.Time;

/// <summary>What a word can contribute to a temporal expression.</summary>
internal enum LexemeKind : byte
{
    None,
    Month,
    Weekday,
    WeekdayPlural,
    /// <summary>today, yesterday, tomorrow (Value: the <see cref="Deixis"/>).</summary>
    DayWord,
    Tonight,
    PartOfDay,
    Season,
    /// <summary>last, this, next (Value: the <see cref="Deixis"/>).</summary>
    Deictic,
    /// <summary>past, previous, coming, recent: they bound a stretch ("the past 24 hours") but name no instance.</summary>
    Stretch,
    Unit,
    NumberWord,
    /// <summary>several, few, many: an unspecified count (TIMEX3 "X").</summary>
    VagueCount,
    Article,
    The,
    Hundred,
    Ago,
    Every,
    Meridiem,
    /// <summary>noon, midnight (Value: minutes since midnight).</summary>
    ClockWord,
    /// <summary>now, currently, recently (Value: the <see cref="TemporalReference"/>).</summary>
    Reference,
    Present,
    Future,
    Near,
    At,
    /// <summary>A preposition that introduces a year or a month (Value: <see cref="TimeLexicon"/> context flags).</summary>
    Preposition,
    Of,
    /// <summary>early, mid, late (Value: the <see cref="TimexModifier"/>).</summary>
    Modifier,
}

/// <summary>A word's temporal meaning: its kind and a kind-specific value (month number, ISO weekday, unit...).</summary>
internal readonly record struct Lexeme(LexemeKind Kind, int Value);
