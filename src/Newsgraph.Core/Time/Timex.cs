namespace Newsgraph.Core.Time;

public enum TimexType : byte
{
    Date,
    Time,
    Duration,
    Set,
}

/// <summary>A temporal expression and its TIMEX3 value ("2014-07-23", "2014-W30", "P3D", "PRESENT_REF").</summary>
public sealed record Timex(TextSpan Span, TimexType Type, string Value);
