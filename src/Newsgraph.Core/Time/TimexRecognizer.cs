using Newsgraph.Core.Text;

namespace Newsgraph.Core.Time;

/// <summary>
/// Finds temporal expressions in a sentence's tokens, left to right, taking the longest pattern that starts at each
/// token, so the results are sorted and never overlap. Each result records its form and fields; the
/// <see cref="TimexNormalizer"/> turns them into TIMEX3 values.
/// </summary>
/// <remarks>
/// Span choices: a leading preposition is left out ("on [Wednesday]", "in [2014]"), and so is a determiner ("the
/// [1990s]", "the [future]"), except where it belongs to a bounded stretch ("[the past 24 hours]") and in the fixed
/// adverbial "[at present]". Deictic words belong to the span ("[last week]"), as do "ago", "every" and the
/// modifiers early/mid/late ("[early 2014]", recorded as TIMEX3 mod START/MID/END).
/// Ambiguous words need context: a month name needs a day or year next to it or a preposition before it (for
/// "May", only in/since/until/till or last/next/this); "fall" is a season only with last/this/next or a year; a
/// lone four-digit number is a year only in 1800-2100 and after a preposition such as in/since/by/of.
/// </remarks>
internal static class TimexRecognizer
{
    public static void Recognize(string text, ReadOnlySpan<Token> tokens, Sentence sentence, List<TimexCandidate> found)
    {
        var words = new SentenceWords(text, tokens, sentence.FirstToken, sentence.EndToken);
        var firstFound = found.Count;
        var i = sentence.FirstToken;
        while (i < sentence.EndToken)
        {
            if (TryMatch(words, i, out var candidate))
            {
                found.Add(candidate);
                i = candidate.EndToken;
            }
            else
            {
                i++;
            }
        }

        LinkTimesToDays(words, found, firstFound);
    }

    private static bool TryMatch(SentenceWords w, int i, out TimexCandidate c)
    {
        c = default;
        if (!w.Has(i) || w.KindOf(i) is not (TokenKind.Word or TokenKind.Number)) return false;
        var chars = w.Chars(i);
        if (char.IsAsciiDigit(chars[0])) return TryNumeric(w, i, chars, out c);
        var lex = w.Lex(i);
        switch (lex.Kind)
        {
            case LexemeKind.Month:
                return TryMonthFirst(w, i, lex.Value, out c);
            case LexemeKind.Weekday:
                return TryWeekday(w, i, lex.Value, out c);
            case LexemeKind.WeekdayPlural:
                return Found(w.IsCapitalized(i), new TimexCandidate(i, i + 1, TimexForm.Set) { Weekday = lex.Value }, out c);
            case LexemeKind.DayWord:
                return TryDayWord(w, i, (Deixis)lex.Value, out c);
            case LexemeKind.Tonight:
                return Found(!IsTitle(w, i), new TimexCandidate(i, i + 1, TimexForm.DayOffset) { Deixis = Deixis.This, PartOfDay = PartOfDay.Night }, out c);
            case LexemeKind.Deictic:
                return TryDeictic(w, i, (Deixis)lex.Value, out c);
            case LexemeKind.Stretch:
                return TryStretch(w, i, i, out c);
            case LexemeKind.The:
                return w.Lex(i + 1).Kind is LexemeKind.Deictic or LexemeKind.Stretch && TryStretch(w, i, i + 1, out c);
            case LexemeKind.NumberWord or LexemeKind.VagueCount or LexemeKind.Article:
                return TryQuantityOfUnits(w, i, i, out c);
            case LexemeKind.None when chars.StartsWith("mid-", StringComparison.OrdinalIgnoreCase):
                return TryMidMonth(w, i, chars, out c);
            case LexemeKind.None when chars.Contains('-'):
                return TryQuantityOfUnits(w, i, i, out c);
            case LexemeKind.Modifier:
                return TryModified(w, i, (TimexModifier)lex.Value, out c);
            case LexemeKind.Season:
                return TrySeason(w, i, (Season)lex.Value, out c);
            case LexemeKind.Every:
                return TryEvery(w, i, out c);
            case LexemeKind.ClockWord:
                return Found(true, new TimexCandidate(i, i + 1, TimexForm.TimeOfDay) { Hour = lex.Value / 60, Minute = lex.Value % 60 }, out c);
            case LexemeKind.Reference:
                return Found(!IsTitle(w, i), new TimexCandidate(i, i + 1, TimexForm.Reference) { Reference = (TemporalReference)lex.Value }, out c);
            case LexemeKind.At:
                return Found(w.Lex(i + 1).Kind == LexemeKind.Present, new TimexCandidate(i, i + 2, TimexForm.Reference) { Reference = TemporalReference.Present }, out c);
            case LexemeKind.Future:
                // "the future", not the adjective in "future plans".
                return Found(w.Lex(i - 1).Kind == LexemeKind.The, new TimexCandidate(i, i + 1, TimexForm.Reference) { Reference = TemporalReference.Future }, out c);
            case LexemeKind.Near:
                var nearFuture = w.Lex(i - 1).Kind == LexemeKind.The && w.Lex(i + 1).Kind == LexemeKind.Future;
                return Found(nearFuture, new TimexCandidate(i, i + 2, TimexForm.Reference) { Reference = TemporalReference.Future }, out c);
            default:
                return false;
        }
    }

    private static bool Found(bool matches, TimexCandidate candidate, out TimexCandidate c)
    {
        c = matches ? candidate : default;
        return matches;
    }

    /// <summary>Tokens that start with a digit: dates, decades, clock times, counts of units and years.</summary>
    private static bool TryNumeric(SentenceWords w, int i, ReadOnlySpan<char> chars, out TimexCandidate c)
    {
        if (TryCompactDate(chars, out var year, out var month, out var day))
            return Found(true, new TimexCandidate(i, i + 1, TimexForm.CalendarDate) { Year = year, Month = month, Day = day }, out c);
        if (chars.Length == 5 && chars[4] == 's' && SentenceWords.ParseDigits(chars[..4]) is var decade and >= 1800 and <= 2090 && decade % 10 == 0)
            return Found(true, new TimexCandidate(i, i + 1, TimexForm.Decade) { Year = decade }, out c);
        if (TryClockTime(w, i, chars, out c)) return true;
        if (TryDayFirst(w, i, out c)) return true;
        if (TryQuantityOfUnits(w, i, i, out c)) return true;
        var lone = w.Year(i);
        var before = w.Lex(i - 1);
        var licensed = before.Kind is LexemeKind.Preposition or LexemeKind.Of && (before.Value & TimeLexicon.IntroducesYear) != 0;
        return Found(lone > 0 && licensed, new TimexCandidate(i, i + 1, TimexForm.Year) { Year = lone }, out c);
    }

    /// <summary>"7/23/2014" (month first, or day first when the first part cannot be a month) and "2014-07-23".</summary>
    private static bool TryCompactDate(ReadOnlySpan<char> chars, out int year, out int month, out int day)
    {
        year = month = day = 0;
        Span<Range> parts = stackalloc Range[4];
        if (chars.Length == 10 && chars[4] == '-' && chars.Split(parts, '-') == 3)
        {
            year = SentenceWords.ParseDigits(chars[parts[0]]);
            month = SentenceWords.ParseDigits(chars[parts[1]]);
            day = SentenceWords.ParseDigits(chars[parts[2]]);
        }
        else if (chars.Contains('/') && chars.Split(parts, '/') == 3 && chars[parts[2]].Length == 4)
        {
            var first = SentenceWords.ParseDigits(chars[parts[0]]);
            var second = SentenceWords.ParseDigits(chars[parts[1]]);
            year = SentenceWords.ParseDigits(chars[parts[2]]);
            (month, day) = first > 12 ? (second, first) : (first, second);
        }

        return IsValidDate(year, month, day);
    }

    private static bool IsValidDate(int year, int month, int day) =>
        year is >= 1800 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>A day that fits its month; with no year, 29 February is allowed (a leap year may be meant).</summary>
    private static bool FitsMonth(int year, int month, int day) =>
        day >= 1 && day <= DateTime.DaysInMonth(year > 0 ? year : 2000, month);

    /// <summary>"3 p.m.", "3:30 pm", "3pm", "11:05a.m.": the hour 1-12 needs its a.m./p.m.</summary>
    private static bool TryClockTime(SentenceWords w, int i, ReadOnlySpan<char> chars, out TimexCandidate c)
    {
        c = default;
        var digits = 0;
        while (digits < chars.Length && char.IsAsciiDigit(chars[digits])) digits++;
        var hour = SentenceWords.ParseDigits(chars[..digits]);
        if (hour is < 1 or > 12 || digits > 2) return false;
        var rest = chars[digits..];
        var minute = 0;
        if (rest.Length >= 3 && rest[0] == ':')
        {
            minute = SentenceWords.ParseDigits(rest[1..3]);
            if (minute is < 0 or > 59) return false;
            rest = rest[3..];
        }

        var end = i + 1;
        var meridiem = TimeLexicon.Find(rest);
        if (rest.IsEmpty)
        {
            meridiem = w.Lex(i + 1);
            end = i + 2;
        }

        if (meridiem.Kind != LexemeKind.Meridiem) return false;
        c = new TimexCandidate(i, end, TimexForm.TimeOfDay) { Hour = hour % 12 + meridiem.Value, Minute = minute };
        return true;
    }

    /// <summary>"23 July", "23rd July 2014": a day number right before a month name.</summary>
    private static bool TryDayFirst(SentenceWords w, int i, out TimexCandidate c)
    {
        c = default;
        var day = w.DayNumber(i);
        var month = w.Lex(i + 1);
        if (day == 0 || month.Kind != LexemeKind.Month || !w.IsCapitalized(i + 1)) return false;
        var year = w.Year(i + 2);
        var end = year > 0 ? i + 3 : i + 2;
        if (!FitsMonth(year, month.Value, day)) return false;
        c = new TimexCandidate(i, end, TimexForm.CalendarDate) { Year = year, Month = month.Value, Day = day };
        return true;
    }

    /// <summary>"July 23", "July 23, 2014", "July 2014", and a bare month after a preposition ("since March").</summary>
    private static bool TryMonthFirst(SentenceWords w, int i, int month, out TimexCandidate c) =>
        TryMonthFirst(w, i, month, i - 1, out c);

    /// <param name="licenseAt">The word that must license a bare month: the one before it, or before its modifier.</param>
    private static bool TryMonthFirst(SentenceWords w, int i, int month, int licenseAt, out TimexCandidate c)
    {
        c = default;
        if (!w.IsCapitalized(i)) return false;
        var day = w.DayNumber(i + 1);
        if (day > 0)
        {
            var yearAt = w.Chars(i + 2) is "," ? i + 3 : i + 2;
            var dayYear = w.Year(yearAt);
            if (!FitsMonth(dayYear, month, day)) return false;
            c = new TimexCandidate(i, dayYear > 0 ? yearAt + 1 : i + 2, TimexForm.CalendarDate) { Year = dayYear, Month = month, Day = day };
            return true;
        }

        var year = w.Year(i + 1);
        if (year > 0)
        {
            c = new TimexCandidate(i, i + 2, TimexForm.CalendarDate) { Year = year, Month = month };
            return true;
        }

        var before = w.Lex(licenseAt);
        var needed = month == 5 ? TimeLexicon.IntroducesMay : TimeLexicon.IntroducesMonth;
        var licensed = before.Kind is LexemeKind.Preposition or LexemeKind.Of && (before.Value & needed) != 0;
        return Found(licensed, new TimexCandidate(i, i + 1, TimexForm.CalendarDate) { Month = month }, out c);
    }

    /// <summary>
    /// "early 2014", "in late May", "the early 1990s", "late last year", "late Tuesday": a period with the part of
    /// it the modifier picks. A bare year or month needs its licensing preposition before the modifier.
    /// </summary>
    private static bool TryModified(SentenceWords w, int i, TimexModifier modifier, out TimexCandidate c)
    {
        c = default;
        var k = i + 1;
        var before = w.Lex(i - 1);
        var year = w.Year(k);
        var licensesYear = before.Kind is LexemeKind.Preposition or LexemeKind.Of && (before.Value & TimeLexicon.IntroducesYear) != 0;
        var next = w.Lex(k);
        // One modifier per expression: matching a following modifier would recurse once per word of a run like
        // "late late late ...", overflowing the stack on long input and rescanning the run from every word.
        var matched = year > 0 && licensesYear
            ? Found(true, new TimexCandidate(k, k + 1, TimexForm.Year) { Year = year }, out c)
            : next.Kind == LexemeKind.Month
                ? TryMonthFirst(w, k, next.Value, i - 1, out c)
                : next.Kind != LexemeKind.Modifier && TryMatch(w, k, out c)
                    && c.Form is not (TimexForm.Duration or TimexForm.Ago or TimexForm.Set or TimexForm.Reference or TimexForm.TimeOfDay);
        c = matched ? c with { FirstToken = i, Modifier = modifier } : default;
        return matched;
    }

    /// <summary>"mid-July", "mid-July 2014": one token for the modifier and the month.</summary>
    private static bool TryMidMonth(SentenceWords w, int i, ReadOnlySpan<char> chars, out TimexCandidate c)
    {
        var rest = chars[4..];
        var month = TimeLexicon.Find(rest);
        var year = w.Year(i + 1);
        var matched = month.Kind == LexemeKind.Month && char.IsUpper(rest[0]);
        c = matched
            ? new TimexCandidate(i, year > 0 ? i + 2 : i + 1, TimexForm.CalendarDate) { Year = year, Month = month.Value, Modifier = TimexModifier.Mid }
            : default;
        return matched;
    }

    private static bool TryWeekday(SentenceWords w, int i, int weekday, out TimexCandidate c)
    {
        c = default;
        if (!w.IsCapitalized(i)) return false;

        // "the Sunday Times": a weekday between "the" and a capitalised word names a newspaper or an event.
        if (w.Lex(i - 1).Kind == LexemeKind.The && w.IsCapitalized(i + 1) && w.KindOf(i + 1) == TokenKind.Word) return false;

        // "Super Tuesday", "Black Friday", "Good Friday": named days, not the publication week's.
        if (w.IsCapitalized(i - 1) && IsNamedDayPrefix(w.Chars(i - 1))) return false;

        // "Wednesday, July 23": the weekday and the date it names are one expression.
        var dateAt = w.Chars(i + 1) is "," ? i + 2 : i + 1;
        if (w.Has(dateAt) && TryExplicitDay(w, dateAt, out var date))
        {
            c = date with { FirstToken = i };
            return true;
        }

        c = WithPartOfDay(w, new TimexCandidate(i, i + 1, TimexForm.Weekday) { Weekday = weekday });
        return true;
    }

    private static bool IsNamedDayPrefix(ReadOnlySpan<char> word)
    {
        ReadOnlySpan<string> prefixes = ["Super", "Black", "Cyber", "Good", "Easter", "Palm", "Ash", "Holy", "Maundy", "Giving"];
        foreach (var prefix in prefixes)
        {
            if (word.SequenceEqual(prefix)) return true;
        }

        return false;
    }

    private static bool TryExplicitDay(SentenceWords w, int k, out TimexCandidate date)
    {
        var lex = w.Lex(k);
        var matched = lex.Kind == LexemeKind.Month ? TryMonthFirst(w, k, lex.Value, out date) : TryDayFirst(w, k, out date);
        return matched && date.Day > 0;
    }

    private static bool TryDayWord(SentenceWords w, int i, Deixis deixis, out TimexCandidate c)
    {
        return Found(!IsTitle(w, i), WithPartOfDay(w, new TimexCandidate(i, i + 1, TimexForm.DayOffset) { Deixis = deixis }), out c);
    }

    /// <summary>
    /// A capitalised "Today", "Tonight" or "Now" inside a sentence, or quoted on its own, is a title ("USA Today",
    /// NBC's “Today”, "All Right Now"); at the start of a sentence or a quotation it is the ordinary word.
    /// </summary>
    private static bool IsTitle(SentenceWords w, int i)
    {
        if (!w.IsCapitalized(i) || i == w.First) return false;
        if (w.KindOf(i - 1) != TokenKind.QuoteMark) return true;
        var next = w.Has(i + 1) && w.KindOf(i + 1) == TokenKind.Punctuation ? i + 2 : i + 1;
        return w.Has(next) && w.KindOf(next) == TokenKind.QuoteMark;
    }

    /// <summary>"Monday night", "yesterday morning": a part of the day right after a day.</summary>
    private static TimexCandidate WithPartOfDay(SentenceWords w, TimexCandidate day)
    {
        var next = w.Lex(day.EndToken);
        return next.Kind == LexemeKind.PartOfDay
            ? day with { EndToken = day.EndToken + 1, PartOfDay = (PartOfDay)next.Value }
            : day;
    }

    /// <summary>last/this/next + weekday, month, season, week/month/year..., part of day, or a stretch of units.</summary>
    private static bool TryDeictic(SentenceWords w, int i, Deixis deixis, out TimexCandidate c)
    {
        c = default;
        var k = i + 1;
        var lex = w.Lex(k);
        switch (lex.Kind)
        {
            case LexemeKind.Weekday when w.IsCapitalized(k):
                c = WithPartOfDay(w, new TimexCandidate(i, k + 1, TimexForm.Weekday) { Weekday = lex.Value, Deixis = deixis });
                return true;
            case LexemeKind.Month when w.IsCapitalized(k):
                c = new TimexCandidate(i, k + 1, TimexForm.DeicticMonth) { Month = lex.Value, Deixis = deixis };
                return true;
            case LexemeKind.Season:
                c = new TimexCandidate(i, k + 1, TimexForm.Season) { Season = (Season)lex.Value, Deixis = deixis };
                return true;
            case LexemeKind.Unit when TryPeriod(w, k, out var period):
                c = new TimexCandidate(i, k + 1, TimexForm.DeicticPeriod) { Unit = period, Deixis = deixis };
                return true;
            case LexemeKind.Stretch when deixis == Deixis.This && TryPeriod(w, k + 1, out var unit):
                // "this past weekend" is the last one, "this coming week" the next one.
                var pointsBack = w.IsWord(k, "past") || w.IsWord(k, "previous");
                c = new TimexCandidate(i, k + 2, TimexForm.DeicticPeriod) { Unit = unit, Deixis = pointsBack ? Deixis.Last : Deixis.Next };
                return true;
            case LexemeKind.PartOfDay:
                // "last night" is yesterday's; "this morning" is today's; "next morning" is left alone.
                var lastNight = deixis == Deixis.Last && (PartOfDay)lex.Value is PartOfDay.Night or PartOfDay.Evening;
                var dayDeixis = lastNight ? Deixis.Last : Deixis.This;
                var partOfDay = new TimexCandidate(i, k + 1, TimexForm.DayOffset) { Deixis = dayDeixis, PartOfDay = (PartOfDay)lex.Value };
                return Found(lastNight || deixis == Deixis.This, partOfDay, out c);
            default:
                return deixis != Deixis.This && !IsVerbLast(w, i) && TryStretch(w, i, i, out c);
        }
    }

    /// <summary>A singular calendar period that "last"/"this"/"next" can pick: week, weekend, month, year, decade, century.</summary>
    private static bool TryPeriod(SentenceWords w, int k, out TimeUnit unit)
    {
        var lex = w.Lex(k);
        unit = (TimeUnit)lex.Value;
        return lex.Kind == LexemeKind.Unit && (lex.Value & TimeLexicon.Plural) == 0 && unit >= TimeUnit.Week;
    }

    /// <summary>"will last two weeks": "last" after an auxiliary or "to" is the verb, so the span starts at the count.</summary>
    private static bool IsVerbLast(SentenceWords w, int i)
    {
        if (!w.IsWord(i, "last")) return false;
        var before = w.Chars(i - 1);
        ReadOnlySpan<string> auxiliaries = ["will", "would", "could", "should", "might", "may", "can", "must", "to", "did", "does", "do", "not"];
        foreach (var auxiliary in auxiliaries)
        {
            if (before.Equals(auxiliary, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return before.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || before.EndsWith("’t", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("'ll", StringComparison.OrdinalIgnoreCase) || before.EndsWith("’ll", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A bounded stretch: "the past 24 hours", "the next three days", "last few years", "the past year" (one unit),
    /// "in recent years" (an unspecified count). <paramref name="bound"/> is the past/last/next... word.
    /// </summary>
    private static bool TryStretch(SentenceWords w, int start, int bound, out TimexCandidate c)
    {
        if (TryQuantityOfUnits(w, start, bound + 1, out c)) return true;
        var unit = w.Lex(bound + 1);
        if (unit.Kind != LexemeKind.Unit) return false;
        var plural = (unit.Value & TimeLexicon.Plural) != 0;
        var oneUnit = !plural && (start != bound || w.Lex(bound).Kind == LexemeKind.Stretch);

        // "the next day", "the previous day" name a day relative to an event, which this stage cannot resolve.
        var eventRelativeDay = oneUnit && (TimeUnit)unit.Value == TimeUnit.Day && !w.IsWord(bound, "past");
        var stretch = new TimexCandidate(start, bound + 2, TimexForm.Duration) { Unit = (TimeUnit)(unit.Value & 0xFF), Quantity = oneUnit ? 1 : 0 };
        return Found((plural || oneUnit) && !eventRelativeDay, stretch, out c);
    }

    /// <summary>
    /// "24 hours", "three days", "a decade", "several months", "two hundred years"; "three days ago" (a date);
    /// "twice a week" (a set).
    /// </summary>
    private static bool TryQuantityOfUnits(SentenceWords w, int start, int k, out TimexCandidate c)
    {
        c = default;
        if (!TryQuantity(w, k, out var quantity, out var unitAt, out var byArticle)) return false;
        var unit = w.Lex(unitAt);
        if (unit.Kind != LexemeKind.Unit) return false;
        var timeUnit = (TimeUnit)(unit.Value & 0xFF);

        // "a second" is almost always the ordinal ("a second term").
        if (byArticle && timeUnit == TimeUnit.Second) return false;
        var ago = w.Lex(unitAt + 1).Kind == LexemeKind.Ago;
        var form = ago ? TimexForm.Ago : byArticle && IsRate(w, start - 1) ? TimexForm.Set : TimexForm.Duration;
        c = new TimexCandidate(start, ago ? unitAt + 2 : unitAt + 1, form) { Unit = timeUnit, Quantity = quantity };
        return true;
    }

    /// <summary>"twice a week", "$4 billion a year", "15 dollars an hour": after these, "a"/"an" + unit means "per".</summary>
    private static bool IsRate(SentenceWords w, int k)
    {
        if (!w.Has(k)) return false;
        if (w.KindOf(k) == TokenKind.Number) return true;
        var before = w.Chars(k);
        ReadOnlySpan<string> amounts = ["once", "twice", "times", "percent", "thousand", "million", "billion", "trillion", "dollars", "cents"];
        foreach (var amount in amounts)
        {
            if (before.Equals(amount, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    /// <summary>A count before a unit: digits, number words (with "hundred"), "a"/"an", or a vague count (0).</summary>
    private static bool TryQuantity(SentenceWords w, int k, out int quantity, out int next, out bool byArticle)
    {
        next = k + 1;
        byArticle = false;
        quantity = w.Number(k);
        if (quantity > 0) return true;
        var lex = w.Lex(k);
        var following = w.Lex(k + 1);
        switch (lex.Kind)
        {
            case LexemeKind.NumberWord or LexemeKind.Article when following.Kind == LexemeKind.Hundred:
                quantity = lex.Value * 100;
                next = k + 2;
                return true;
            case LexemeKind.NumberWord:
                quantity = lex.Value;
                return true;
            case LexemeKind.Article when following.Kind == LexemeKind.VagueCount && w.IsWord(k + 1, "few"):
                quantity = 0;
                next = k + 2;
                return true;
            case LexemeKind.Article:
                quantity = 1;
                byArticle = true;
                return true;
            case LexemeKind.VagueCount:
                quantity = 0;
                return true;
            default:
                quantity = TimeLexicon.CompoundNumber(w.Chars(k));
                return quantity > 0;
        }
    }

    /// <summary>"summer 2014", "summer of 2014", "in summer", "the winter" ("fall" only with a year).</summary>
    private static bool TrySeason(SentenceWords w, int i, Season season, out TimexCandidate c)
    {
        var ofYear = w.Lex(i + 1).Kind == LexemeKind.Of ? w.Year(i + 2) : 0;
        var year = ofYear > 0 ? ofYear : w.Year(i + 1);
        if (year > 0)
        {
            c = new TimexCandidate(i, ofYear > 0 ? i + 3 : i + 2, TimexForm.Season) { Season = season, Year = year };
            return true;
        }

        var before = w.Lex(i - 1);
        var licensed = before.Kind == LexemeKind.The || (before.Kind == LexemeKind.Preposition && (before.Value & TimeLexicon.IntroducesMonth) != 0);
        var named = season != Season.Fall && licensed && w.Lex(i + 1).Kind != LexemeKind.Of;
        return Found(named, new TimexCandidate(i, i + 1, TimexForm.Season) { Season = season, Deixis = Deixis.This }, out c);
    }

    /// <summary>"every week", "each year", "every two weeks", "every Monday".</summary>
    private static bool TryEvery(SentenceWords w, int i, out TimexCandidate c)
    {
        var next = w.Lex(i + 1);
        if (next.Kind == LexemeKind.Weekday && w.IsCapitalized(i + 1))
            return Found(true, new TimexCandidate(i, i + 2, TimexForm.Set) { Weekday = next.Value }, out c);
        if (next.Kind == LexemeKind.Unit && (next.Value & TimeLexicon.Plural) == 0)
            return Found(true, new TimexCandidate(i, i + 2, TimexForm.Set) { Unit = (TimeUnit)next.Value, Quantity = 1 }, out c);
        var counted = TryQuantityOfUnits(w, i, i + 1, out c) && c.Form == TimexForm.Duration && c.Quantity > 0;
        c = counted ? c with { Form = TimexForm.Set } : default;
        return counted;
    }

    /// <summary>Points each clock time at a day expression beside it ("Monday at 3 p.m.", "3 p.m. on Monday").</summary>
    private static void LinkTimesToDays(SentenceWords w, List<TimexCandidate> found, int firstFound)
    {
        for (var k = firstFound; k < found.Count; k++)
        {
            var time = found[k];
            if (time.Form != TimexForm.TimeOfDay) continue;
            if (k > firstFound && found[k - 1].NamesDay && Adjacent(w, found[k - 1].EndToken, time.FirstToken))
                found[k] = time with { DayNeighbour = -1 };
            else if (k + 1 < found.Count && found[k + 1].NamesDay && Adjacent(w, time.EndToken, found[k + 1].FirstToken))
                found[k] = time with { DayNeighbour = 1 };
        }
    }

    private static bool Adjacent(SentenceWords w, int end, int start) =>
        start == end || (start == end + 1 && (w.Chars(end) is "," || w.IsWord(end, "at") || w.IsWord(end, "on")));
}
