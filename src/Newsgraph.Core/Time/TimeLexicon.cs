using System.Collections.Frozen;

namespace Newsgraph.Core.Time;

/// <summary>
/// The words of temporal expressions: month and weekday names, number words, units, deictic words and the
/// prepositions that license a bare year or month. Lookups take the token's characters and allocate nothing.
/// </summary>
internal static class TimeLexicon
{
    /// <summary>Context flag: the preposition may introduce a bare year ("in 2014").</summary>
    public const int IntroducesYear = 1;

    /// <summary>Context flag: the preposition may introduce a bare month name ("until July").</summary>
    public const int IntroducesMonth = 2;

    /// <summary>Context flag: strong enough to read "May" as the month rather than the modal verb.</summary>
    public const int IntroducesMay = 4;

    /// <summary>Set on a unit's value when the word is plural ("days").</summary>
    public const int Plural = 0x100;

    private static readonly FrozenDictionary<string, Lexeme> Words = Build();

    private static readonly FrozenDictionary<string, Lexeme>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Longer than any lexicon word: such tokens skip the lookup.</summary>
    public const int MaxWordLength = 10;

    public static Lexeme Find(ReadOnlySpan<char> word) =>
        word.Length <= MaxWordLength && Lookup.TryGetValue(word, out var lexeme) ? lexeme : default;

    /// <summary>The value of "twenty-four" style compounds, or 0.</summary>
    public static int CompoundNumber(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        if (hyphen <= 0) return 0;
        var tens = Find(word[..hyphen]);
        var units = Find(word[(hyphen + 1)..]);
        var isTens = tens.Kind == LexemeKind.NumberWord && tens.Value is >= 20 and <= 90 && tens.Value % 10 == 0;
        var isUnit = units.Kind == LexemeKind.NumberWord && units.Value is >= 1 and <= 9;
        return isTens && isUnit ? tens.Value + units.Value : 0;
    }

    private static FrozenDictionary<string, Lexeme> Build()
    {
        var words = new Dictionary<string, Lexeme>(StringComparer.OrdinalIgnoreCase);
        void Add(LexemeKind kind, int value, params string[] forms)
        {
            foreach (var form in forms) words.Add(form, new Lexeme(kind, value));
        }

        string[] months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        for (var m = 0; m < months.Length; m++) Add(LexemeKind.Month, m + 1, months[m]);

        // Abbreviations only with their full stop: "Jan" and "Jun" alone are names more often than months.
        Add(LexemeKind.Month, 1, "Jan.");
        Add(LexemeKind.Month, 2, "Feb.");
        Add(LexemeKind.Month, 3, "Mar.");
        Add(LexemeKind.Month, 4, "Apr.");
        Add(LexemeKind.Month, 6, "Jun.");
        Add(LexemeKind.Month, 7, "Jul.");
        Add(LexemeKind.Month, 8, "Aug.");
        Add(LexemeKind.Month, 9, "Sep.", "Sept.");
        Add(LexemeKind.Month, 10, "Oct.");
        Add(LexemeKind.Month, 11, "Nov.");
        Add(LexemeKind.Month, 12, "Dec.");

        // Full weekday names only: "Sun" and "Mon" are newspapers and names far more often than days.
        string[] weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
        for (var d = 0; d < weekdays.Length; d++)
        {
            Add(LexemeKind.Weekday, d + 1, weekdays[d]);
            Add(LexemeKind.WeekdayPlural, d + 1, weekdays[d] + "s");
        }

        Add(LexemeKind.DayWord, (int)Deixis.This, "today");
        Add(LexemeKind.DayWord, (int)Deixis.Last, "yesterday");
        Add(LexemeKind.DayWord, (int)Deixis.Next, "tomorrow");
        Add(LexemeKind.Tonight, 0, "tonight");
        Add(LexemeKind.PartOfDay, (int)PartOfDay.Morning, "morning");
        Add(LexemeKind.PartOfDay, (int)PartOfDay.Afternoon, "afternoon");
        Add(LexemeKind.PartOfDay, (int)PartOfDay.Evening, "evening");
        Add(LexemeKind.PartOfDay, (int)PartOfDay.Night, "night");
        Add(LexemeKind.Season, (int)Season.Spring, "spring");
        Add(LexemeKind.Season, (int)Season.Summer, "summer");
        Add(LexemeKind.Season, (int)Season.Fall, "autumn", "fall");
        Add(LexemeKind.Season, (int)Season.Winter, "winter");

        Add(LexemeKind.Deictic, (int)Deixis.Last, "last");
        Add(LexemeKind.Deictic, (int)Deixis.This, "this");
        Add(LexemeKind.Deictic, (int)Deixis.Next, "next");
        Add(LexemeKind.Stretch, 0, "past", "previous", "coming", "recent");

        AddUnit(words, TimeUnit.Second, "second", "seconds");
        AddUnit(words, TimeUnit.Minute, "minute", "minutes");
        AddUnit(words, TimeUnit.Hour, "hour", "hours");
        AddUnit(words, TimeUnit.Day, "day", "days");
        AddUnit(words, TimeUnit.Week, "week", "weeks");
        AddUnit(words, TimeUnit.Weekend, "weekend", "weekends");
        AddUnit(words, TimeUnit.Month, "month", "months");
        AddUnit(words, TimeUnit.Year, "year", "years");
        AddUnit(words, TimeUnit.Decade, "decade", "decades");
        AddUnit(words, TimeUnit.Century, "century", "centuries");

        string[] units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
        for (var n = 0; n < units.Length; n++) Add(LexemeKind.NumberWord, n + 1, units[n]);
        string[] tens = ["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var t = 0; t < tens.Length; t++) Add(LexemeKind.NumberWord, (t + 3) * 10, tens[t]);
        Add(LexemeKind.Hundred, 100, "hundred");
        Add(LexemeKind.VagueCount, 0, "several", "few", "many");
        Add(LexemeKind.Article, 1, "a", "an");
        Add(LexemeKind.The, 0, "the");

        Add(LexemeKind.Ago, 0, "ago");
        Add(LexemeKind.Every, 0, "every", "each");
        Add(LexemeKind.Meridiem, 0, "a.m.", "a.m", "am");
        Add(LexemeKind.Meridiem, 12, "p.m.", "p.m", "pm");
        Add(LexemeKind.ClockWord, 12 * 60, "noon");
        Add(LexemeKind.ClockWord, 24 * 60, "midnight");

        Add(LexemeKind.Reference, (int)TemporalReference.Present, "now", "currently");
        Add(LexemeKind.Reference, (int)TemporalReference.Past, "recently");
        Add(LexemeKind.Present, 0, "present");
        Add(LexemeKind.Future, 0, "future");
        Add(LexemeKind.Near, 0, "near");
        Add(LexemeKind.At, 0, "at");
        Add(LexemeKind.Of, IntroducesYear | IntroducesMonth, "of");

        Add(LexemeKind.Modifier, (int)TimexModifier.Start, "early");
        Add(LexemeKind.Modifier, (int)TimexModifier.Mid, "mid");
        Add(LexemeKind.Modifier, (int)TimexModifier.End, "late");

        const int all = IntroducesYear | IntroducesMonth | IntroducesMay;
        const int yearAndMonth = IntroducesYear | IntroducesMonth;
        Add(LexemeKind.Preposition, all, "in", "since", "until", "till");
        Add(LexemeKind.Preposition, yearAndMonth, "by", "from", "to", "before", "after", "during");
        Add(LexemeKind.Preposition, IntroducesMonth, "through");

        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static void AddUnit(Dictionary<string, Lexeme> words, TimeUnit unit, string singular, string plural)
    {
        words.Add(singular, new Lexeme(LexemeKind.Unit, (int)unit));
        words.Add(plural, new Lexeme(LexemeKind.Unit, (int)unit | Plural));
    }
}
