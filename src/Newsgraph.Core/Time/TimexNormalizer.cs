using System.Globalization;

namespace Newsgraph.Core.Time;

/// <summary>
/// Turns a recognised expression into its TIMEX3 type and value, anchored to the publication date.
/// </summary>
/// <remarks>
/// <para>Weekdays: a bare weekday is the nearest such day on or before the anchor, or on or after it when the
/// sentence is future-oriented (<see cref="FutureCues"/>); "last Friday" is the nearest Friday strictly before the
/// anchor, "next Monday" the nearest Monday strictly after it, and "this Thursday" the Thursday of the anchor's ISO
/// week.</para>
/// <para>A date without a year ("July 23", "in July") takes the anchor's year. "last July" is the latest July
/// before the anchor's month, "next July" the earliest after it. "last summer" is the latest summer that ended
/// before the anchor; "next summer" the earliest that starts after it; seasons are named by the year they start in
/// (Dec-Feb is winter).</para>
/// <para>Without an anchor, absolute expressions keep their value and relative ones get TIMEX3's underspecified
/// forms, with X for each unknown digit: "XXXX-XX-XX" for a day, "XXXX-WXX-3" for a weekday (keeping which day),
/// "XXXX-07-23" for a date without a year, "XXXX-WXX" for a week, "XXXX-XX" for a month, "XXXX" for a year,
/// "XXXX-SU" for a season. Durations and references do not depend on the anchor.</para>
/// </remarks>
internal static class TimexNormalizer
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <param name="c">The expression.</param>
    /// <param name="anchor">The publication date, if known.</param>
    /// <param name="futureOriented">Whether the sentence speaks of the future (for bare weekdays).</param>
    /// <param name="day">For a clock time, the day expression it is attached to, if any.</param>
    public static (TimexType Type, string Value) Normalize(TimexCandidate c, DateOnly? anchor, bool futureOriented, TimexCandidate? day)
    {
        return c.Form switch
        {
            TimexForm.CalendarDate when c.Day > 0 => DayValue(c, ResolveDay(c, anchor, futureOriented)),
            TimexForm.CalendarDate => (TimexType.Date, MonthValue(c.Year > 0 ? c.Year : anchor?.Year, c.Month)),
            TimexForm.Weekday or TimexForm.DayOffset => DayValue(c, ResolveDay(c, anchor, futureOriented)),
            TimexForm.Year => (TimexType.Date, Format($"{c.Year:D4}")),
            TimexForm.Decade => (TimexType.Date, Format($"{c.Year / 10}")),
            TimexForm.DeicticMonth => (TimexType.Date, MonthValue(DeicticMonthYear(c, anchor), c.Month)),
            TimexForm.DeicticPeriod => (TimexType.Date, PeriodValue(c, anchor)),
            TimexForm.Season => (TimexType.Date, SeasonValue(c, anchor)),
            TimexForm.Reference => (TimexType.Date, ReferenceValue(c.Reference)),
            TimexForm.Duration => (TimexType.Duration, DurationValue(c.Unit, c.Quantity)),
            TimexForm.Ago => (TimexType.Date, AgoValue(c, anchor)),
            TimexForm.Set => (TimexType.Set, c.Weekday > 0 ? Format($"XXXX-WXX-{c.Weekday}") : DurationValue(c.Unit, c.Quantity)),
            TimexForm.TimeOfDay => (TimexType.Time, ClockValue(c, anchor, futureOriented, day)),
            _ => throw new InvalidOperationException($"Unknown timex form {c.Form}."),
        };
    }

    /// <summary>The day a day-naming expression falls on, or null when it needs an anchor that is missing.</summary>
    private static DateOnly? ResolveDay(TimexCandidate c, DateOnly? anchor, bool futureOriented)
    {
        if (c.Form == TimexForm.CalendarDate)
        {
            var year = c.Year > 0 ? c.Year : anchor?.Year ?? 0;
            return year > 0 && c.Day <= DateTime.DaysInMonth(year, c.Month) ? new DateOnly(year, c.Month, c.Day) : null;
        }

        if (anchor is not { } a) return null;
        if (c.Form == TimexForm.DayOffset) return a.AddDays(Offset(c.Deixis));

        var today = IsoWeekday(a);
        var back = (today - c.Weekday + 7) % 7;
        var ahead = (c.Weekday - today + 7) % 7;
        var days = c.Deixis switch
        {
            Deixis.Last => back == 0 ? -7 : -back,
            Deixis.Next => ahead == 0 ? 7 : ahead,
            Deixis.This => c.Weekday - today,
            _ => futureOriented ? ahead : -back,
        };
        return a.AddDays(days);
    }

    private static (TimexType, string) DayValue(TimexCandidate c, DateOnly? day)
    {
        var date = DayPrefix(c, day);
        return c.PartOfDay == PartOfDay.None
            ? (TimexType.Date, date)
            : (TimexType.Time, date + "T" + PartOfDayCode(c.PartOfDay));
    }

    private static string DayPrefix(TimexCandidate c, DateOnly? day)
    {
        if (day is { } d) return d.ToString("yyyy-MM-dd", Invariant);
        return c.Form switch
        {
            TimexForm.Weekday => Format($"XXXX-WXX-{c.Weekday}"),
            TimexForm.CalendarDate when c.Year == 0 => Format($"XXXX-{c.Month:D2}-{c.Day:D2}"),
            _ => "XXXX-XX-XX",
        };
    }

    private static string ClockValue(TimexCandidate c, DateOnly? anchor, bool futureOriented, TimexCandidate? day)
    {
        var date = day is { } d ? DayPrefix(d, ResolveDay(d, anchor, futureOriented)) : anchor?.ToString("yyyy-MM-dd", Invariant) ?? "XXXX-XX-XX";
        return Format($"{date}T{c.Hour:D2}:{c.Minute:D2}");
    }

    private static string MonthValue(int? year, int month) =>
        year is { } y ? Format($"{y:D4}-{month:D2}") : Format($"XXXX-{month:D2}");

    private static int? DeicticMonthYear(TimexCandidate c, DateOnly? anchor) =>
        anchor is not { } a ? null : c.Deixis switch
        {
            Deixis.Last => c.Month < a.Month ? a.Year : a.Year - 1,
            Deixis.Next => c.Month > a.Month ? a.Year : a.Year + 1,
            _ => a.Year,
        };

    private static string PeriodValue(TimexCandidate c, DateOnly? anchor)
    {
        if (anchor is not { } a)
        {
            return c.Unit switch
            {
                TimeUnit.Week => "XXXX-WXX",
                TimeUnit.Weekend => "XXXX-WXX-WE",
                TimeUnit.Month => "XXXX-XX",
                TimeUnit.Decade => "XXX",
                TimeUnit.Century => "XX",
                _ => "XXXX",
            };
        }

        var offset = Offset(c.Deixis);
        return c.Unit switch
        {
            TimeUnit.Week => WeekValue(a.AddDays(7 * offset)),
            TimeUnit.Weekend => WeekValue(a.AddDays(7 * offset)) + "-WE",
            TimeUnit.Month => a.AddMonths(offset).ToString("yyyy-MM", Invariant),
            TimeUnit.Decade => Format($"{a.Year / 10 + offset}"),
            TimeUnit.Century => Format($"{a.Year / 100 + offset}"),
            _ => Format($"{a.Year + offset:D4}"),
        };
    }

    private static string SeasonValue(TimexCandidate c, DateOnly? anchor)
    {
        var code = c.Season switch
        {
            Season.Spring => "SP",
            Season.Summer => "SU",
            Season.Fall => "FA",
            _ => "WI",
        };
        if (c.Year > 0) return Format($"{c.Year:D4}-{code}");
        if (anchor is not { } a) return "XXXX-" + code;

        var startMonth = c.Season switch
        {
            Season.Spring => 3,
            Season.Summer => 6,
            Season.Fall => 9,
            _ => 12,
        };
        DateOnly Start(int year) => new(year, startMonth, 1);
        DateOnly End(int year) => Start(year).AddMonths(3).AddDays(-1);
        var year = c.Deixis switch
        {
            Deixis.Last => a.Year,
            Deixis.Next => a.Year - 1,
            _ => c.Season == Season.Winter && a.Month <= 2 ? a.Year - 1 : a.Year,
        };
        if (c.Deixis == Deixis.Last) while (End(year) >= a) year--;
        if (c.Deixis == Deixis.Next) while (Start(year) <= a) year++;
        return Format($"{year:D4}-{code}");
    }

    private static string AgoValue(TimexCandidate c, DateOnly? anchor)
    {
        if (c.Quantity == 0) return "PAST_REF";
        var n = c.Quantity;
        if (anchor is not { } a)
        {
            return c.Unit switch
            {
                TimeUnit.Week => "XXXX-WXX",
                TimeUnit.Weekend => "XXXX-WXX-WE",
                TimeUnit.Month => "XXXX-XX",
                TimeUnit.Year or TimeUnit.Decade or TimeUnit.Century => "XXXX",
                _ => "XXXX-XX-XX",
            };
        }

        return c.Unit switch
        {
            TimeUnit.Day => a.AddDays(-n).ToString("yyyy-MM-dd", Invariant),
            TimeUnit.Week => WeekValue(a.AddDays(-7 * n)),
            TimeUnit.Weekend => WeekValue(a.AddDays(-7 * n)) + "-WE",
            TimeUnit.Month => a.AddMonths(-n).ToString("yyyy-MM", Invariant),
            TimeUnit.Year => YearAgoValue(a.Year - n),
            TimeUnit.Decade => YearAgoValue(a.Year - 10 * n),
            TimeUnit.Century => YearAgoValue(a.Year - 100 * n),
            _ => a.ToString("yyyy-MM-dd", Invariant), // hours, minutes, seconds ago: the same day, near enough
        };
    }

    /// <summary>A TIMEX3 year has four digits from 0001; one before that ("9000 years ago") is only known to be past.</summary>
    private static string YearAgoValue(int year) => year >= 1 ? Format($"{year:D4}") : "PAST_REF";

    private static string DurationValue(TimeUnit unit, int quantity)
    {
        var n = quantity > 0 ? quantity.ToString(Invariant) : "X";
        return unit switch
        {
            TimeUnit.Second => "PT" + n + "S",
            TimeUnit.Minute => "PT" + n + "M",
            TimeUnit.Hour => "PT" + n + "H",
            TimeUnit.Day => "P" + n + "D",
            TimeUnit.Week => "P" + n + "W",
            TimeUnit.Weekend => "P" + n + "WE",
            TimeUnit.Month => "P" + n + "M",
            TimeUnit.Decade => quantity > 0 ? Format($"P{quantity * 10}Y") : "PXDE",
            TimeUnit.Century => quantity > 0 ? Format($"P{quantity * 100}Y") : "PXCE",
            _ => "P" + n + "Y",
        };
    }

    private static string ReferenceValue(TemporalReference reference) => reference switch
    {
        TemporalReference.Past => "PAST_REF",
        TemporalReference.Future => "FUTURE_REF",
        _ => "PRESENT_REF",
    };

    private static string PartOfDayCode(PartOfDay partOfDay) => partOfDay switch
    {
        PartOfDay.Morning => "MO",
        PartOfDay.Afternoon => "AF",
        PartOfDay.Evening => "EV",
        _ => "NI",
    };

    private static string WeekValue(DateOnly day)
    {
        var dateTime = day.ToDateTime(TimeOnly.MinValue);
        return Format($"{ISOWeek.GetYear(dateTime):D4}-W{ISOWeek.GetWeekOfYear(dateTime):D2}");
    }

    private static int IsoWeekday(DateOnly day) => day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek;

    private static int Offset(Deixis deixis) => deixis switch
    {
        Deixis.Last => -1,
        Deixis.Next => 1,
        _ => 0,
    };

    private static string Format(FormattableString value) => value.ToString(Invariant);
}
