namespace Newsgraph.Core.Time;

/// <summary>A calendar or clock unit, as named in text ("hours", "week", "decade").</summary>
internal enum TimeUnit : byte
{
    None,
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Year,
    Decade,
    Century,
}

/// <summary>A part of the day; TIMEX3 writes it after the date as TMO, TAF, TEV or TNI.</summary>
internal enum PartOfDay : byte
{
    None,
    Morning,
    Afternoon,
    Evening,
    Night,
}

/// <summary>A season; TIMEX3 writes it after the year as SP, SU, FA or WI.</summary>
internal enum Season : byte
{
    None,
    Spring,
    Summer,
    Fall,
    Winter,
}

/// <summary>Which instance a deictic word picks: "last", "this", "next", or none for a bare name.</summary>
internal enum Deixis : byte
{
    None,
    Last,
    This,
    Next,
}

/// <summary>The TIMEX3 reference tokens for the vague present, past and future.</summary>
internal enum TemporalReference : byte
{
    None,
    Present,
    Past,
    Future,
}
