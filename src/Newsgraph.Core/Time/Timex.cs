namespace Newsgraph.Core.Time;

public enum TimexType : byte
{
    Date,
    Time,
    Duration,
    Set,
}

/// <summary>TIMEX3's mod attribute, for the part of a period a modifier picks ("early 2014" → Start).</summary>
public enum TimexModifier : byte
{
    None,
    Start,
    Mid,
    End,
}

/// <summary>A temporal expression and its TIMEX3 value ("2014-07-23", "2014-W30", "P3D", "PRESENT_REF").</summary>
public sealed record Timex(TextSpan Span, TimexType Type, string Value, TimexModifier Modifier = TimexModifier.None);
