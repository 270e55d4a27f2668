using Newsgraph.Core.Pipeline;
using Newsgraph.Core.Text;
using Newsgraph.Core.Time;

namespace Newsgraph.Core.Tests.Time;

public sealed class TimexTaggerTests
{
    /// <summary>A Wednesday, in ISO week 30.</summary>
    private static readonly DateOnly Published = new(2014, 7, 23);

    private static readonly NewsPipeline Pipeline = new PipelineBuilder()
        .Add(new Tokenizer())
        .Add(new SentenceSplitter())
        .Add(new TimexTagger())
        .Build();

    private static (string Text, TimexType Type, string Value)[] Tag(string text, DateOnly? published)
    {
        var document = Pipeline.Process(text, published: published);
        return [.. document.Timexes.Select(t => (document.TextOf(t.Span), t.Type, t.Value))];
    }

    /// <summary>Asserts the text holds exactly one timex, with this span text and value.</summary>
    private static void AssertOnly(string text, string expectedSpan, string expectedValue, DateOnly? published = null, TimexType? type = null)
    {
        var timex = Assert.Single(Tag(text, published ?? Published));
        Assert.Equal(expectedSpan, timex.Text);
        Assert.Equal(expectedValue, timex.Value);
        if (type is { } expectedType) Assert.Equal(expectedType, timex.Type);
    }

    private static void AssertNone(string text) => Assert.Empty(Tag(text, Published));

    [Fact]
    public void BareWeekdayOnThePublicationDayIsThatDay() =>
        AssertOnly("The council voted on Wednesday to close the bridge.", "Wednesday", "2014-07-23");

    [Fact]
    public void BareWeekdayInAPastSentenceLooksBack() =>
        AssertOnly("The mayor resigned on Monday after a long dispute.", "Monday", "2014-07-21");

    [Fact]
    public void BareWeekdayAfterThePublicationDayInAPastSentenceIsLastWeeks() =>
        AssertOnly("Police said the fire started on Friday.", "Friday", "2014-07-18");

    [Fact]
    public void BareWeekdayInAFutureSentenceLooksAhead() =>
        AssertOnly("The committee will meet on Friday to review the plan.", "Friday", "2014-07-25");

    [Fact]
    public void ExpectedToMakesASentenceFutureOriented() =>
        AssertOnly("The bill is expected to pass Monday.", "Monday", "2014-07-28");

    [Fact]
    public void LastWeekdayIsStrictlyBefore() =>
        AssertOnly("She arrived in the capital last Friday.", "last Friday", "2014-07-18");

    [Fact]
    public void LastWeekdaySameAsPublicationDayIsAWeekBack() =>
        AssertOnly("The ruling came last Wednesday.", "last Wednesday", "2014-07-16");

    [Fact]
    public void NextWeekdayIsStrictlyAfter() =>
        AssertOnly("Talks resume next Monday in the capital.", "next Monday", "2014-07-28");

    [Fact]
    public void ThisWeekdayIsInThePublicationWeek() =>
        AssertOnly("The results arrive this Thursday.", "this Thursday", "2014-07-24");

    [Fact]
    public void WeekdayWithPartOfDay() =>
        AssertOnly("Gunfire was heard Monday night near the port.", "Monday night", "2014-07-21TNI", type: TimexType.Time);

    [Fact]
    public void Today() => AssertOnly("The minister spoke today in parliament.", "today", "2014-07-23");

    [Fact]
    public void Yesterday() => AssertOnly("Shares fell sharply yesterday.", "yesterday", "2014-07-22");

    [Fact]
    public void Tomorrow() => AssertOnly("The court rules tomorrow.", "tomorrow", "2014-07-24");

    [Fact]
    public void Tonight() => AssertOnly("The band plays tonight at the arena.", "tonight", "2014-07-23TNI", type: TimexType.Time);

    [Fact]
    public void ThisMorning() => AssertOnly("Traffic stopped this morning on the ring road.", "this morning", "2014-07-23TMO");

    [Fact]
    public void LastNightIsYesterdayNight() => AssertOnly("Storms hit the coast last night.", "last night", "2014-07-22TNI");

    [Fact]
    public void YesterdayAfternoon() => AssertOnly("He left yesterday afternoon.", "yesterday afternoon", "2014-07-22TAF");

    [Fact]
    public void LastWeekIsThePreviousIsoWeek() => AssertOnly("Prices rose last week.", "last week", "2014-W29");

    [Fact]
    public void ThisWeek() => AssertOnly("Voting ends this week.", "this week", "2014-W30");

    [Fact]
    public void NextWeek() => AssertOnly("The report is due next week.", "next week", "2014-W31");

    [Fact]
    public void LastMonth() => AssertOnly("Exports slowed last month.", "last month", "2014-06");

    [Fact]
    public void LastYear() => AssertOnly("The plant closed last year.", "last year", "2013");

    [Fact]
    public void ThisYear() => AssertOnly("Growth will slow this year.", "this year", "2014");

    [Fact]
    public void NextYear() => AssertOnly("The tunnel opens next year.", "next year", "2015");

    [Fact]
    public void LastWeekend() => AssertOnly("Crowds gathered last weekend.", "last weekend", "2014-W29-WE");

    [Fact]
    public void FullDateMonthFirst() => AssertOnly("The treaty was signed on July 23, 2014, in Geneva.", "July 23, 2014", "2014-07-23");

    [Fact]
    public void FullDateDayFirst() => AssertOnly("The treaty was signed on 23 July 2014.", "23 July 2014", "2014-07-23");

    [Fact]
    public void DateWithoutYearTakesThePublicationYear() => AssertOnly("The strike began on March 3.", "March 3", "2014-03-03");

    [Fact]
    public void MonthAndYear() => AssertOnly("The factory opened in July 2012.", "July 2012", "2012-07");

    [Fact]
    public void YearAfterIn() => AssertOnly("The law was passed in 2009.", "2009", "2009");

    [Fact]
    public void AbbreviatedMonth() => AssertOnly("Filing closes Jan. 5 at the registry.", "Jan. 5", "2014-01-05");

    [Fact]
    public void SlashDate() => AssertOnly("The form is dated 7/23/2014.", "7/23/2014", "2014-07-23");

    [Fact]
    public void IsoDate() => AssertOnly("The log entry reads 2014-07-23.", "2014-07-23", "2014-07-23");

    [Fact]
    public void WeekdayAndDateAreOneExpression() => AssertOnly("It happened on Tuesday, July 22, 2014.", "Tuesday, July 22, 2014", "2014-07-22");

    [Fact]
    public void DecadeLeavesOutTheDeterminer() => AssertOnly("The town grew in the 1990s.", "1990s", "199");

    [Fact]
    public void LastSummerIsTheYearBeforeDuringSummer() => AssertOnly("The lake dried up last summer.", "last summer", "2013-SU");

    [Fact]
    public void LastSpringIsThisYearsAfterItEnds() => AssertOnly("The bridge reopened last spring.", "last spring", "2014-SP");

    [Fact]
    public void SeasonWithYear() => AssertOnly("The vote was held in the summer of 2010.", "summer of 2010", "2010-SU");

    [Fact]
    public void ClockTimeFallsOnThePublicationDay() =>
        AssertOnly("The blast happened at 3 p.m. near the station.", "3 p.m.", "2014-07-23T15:00", type: TimexType.Time);

    [Fact]
    public void ClockTimeWithMinutes() => AssertOnly("Doors open at 3:30 pm sharp.", "3:30 pm", "2014-07-23T15:30");

    [Fact]
    public void ClockTimeWrittenTogether() => AssertOnly("The polls close at 8pm sharp.", "8pm", "2014-07-23T20:00");

    [Fact]
    public void ClockTimeNextToAWeekdayFallsOnThatDay()
    {
        var timexes = Tag("The plane landed Monday at 9 a.m. in the rain.", Published);
        Assert.Equal([("Monday", TimexType.Date, "2014-07-21"), ("9 a.m.", TimexType.Time, "2014-07-21T09:00")], timexes);
    }

    [Fact]
    public void Now() => AssertOnly("The region is now calm.", "now", "PRESENT_REF");

    [Fact]
    public void Currently() => AssertOnly("Ten people are currently in hospital.", "currently", "PRESENT_REF");

    [Fact]
    public void AtPresentIsOnePhrase() => AssertOnly("At present there is no cure.", "At present", "PRESENT_REF");

    [Fact]
    public void RecentlyIsPast() => AssertOnly("The museum was recently renovated.", "recently", "PAST_REF");

    [Fact]
    public void FormerIsNotTemporal() => AssertNone("The former minister declined to comment.");

    [Fact]
    public void TheFutureLeavesOutTheDeterminer() => AssertOnly("Nobody can predict the future with certainty.", "future", "FUTURE_REF");

    [Fact]
    public void FutureAsAdjectiveIsNotTagged() => AssertNone("Future plans include a second runway.");

    [Fact]
    public void DurationInHours() => AssertOnly("Rescuers worked for 24 hours without rest.", "24 hours", "PT24H", type: TimexType.Duration);

    [Fact]
    public void BoundedStretchKeepsTheDeterminer() => AssertOnly("Rain fell throughout the last 24 hours.", "the last 24 hours", "PT24H");

    [Fact]
    public void DurationInNumberWords() => AssertOnly("The siege lasted three days.", "three days", "P3D");

    [Fact]
    public void DurationInWeeks() => AssertOnly("The trial will last two weeks.", "two weeks", "P2W");

    [Fact]
    public void DecadeDurationCountsYears() => AssertOnly("The feud lasted a decade.", "a decade", "P10Y");

    [Fact]
    public void VagueDuration() => AssertOnly("Negotiations took several months.", "several months", "PXM");

    [Fact]
    public void CompoundNumberWord() => AssertOnly("The vigil lasted twenty-four hours.", "twenty-four hours", "PT24H");

    [Fact]
    public void AgoGivesADate() => AssertOnly("The mine closed three days ago.", "three days ago", "2014-07-20", type: TimexType.Date);

    [Fact]
    public void EveryWeekIsASet() => AssertOnly("The board meets every week.", "every week", "P1W", type: TimexType.Set);

    [Fact]
    public void MayAsModalIsNotTagged() => AssertNone("May the best team win, and it may rain.");

    [Fact]
    public void MayAfterInIsTheMonth() => AssertOnly("The election was held in May.", "May", "2014-05");

    [Fact]
    public void MayWithDayIsTheMonth() => AssertOnly("Nominations close May 30.", "May 30", "2014-05-30");

    [Fact]
    public void MarchAsVerbIsNotTagged() => AssertNone("Thousands plan to march through the city. March organisers expect calm.");

    [Fact]
    public void SunNewspaperIsNotTagged() => AssertNone("The Sun reported the story first.");

    [Fact]
    public void SundayNewspaperIsNotTagged() => AssertNone("He wrote for the Sunday Times for years.");

    [Fact]
    public void SecondAsOrdinalIsNotTagged() => AssertNone("She won a second term in the race.");

    [Fact]
    public void LoneNumberIsNotAYear() => AssertNone("The company employs 2014 people in 1200 offices.");

    [Fact]
    public void NumberOutsideYearRangeAfterInIsNotAYear() => AssertNone("The stock rose in 2500 trades.");

    [Fact]
    public void UsaTodayIsNotADate() => AssertNone("The poll was run by USA Today in the state.");

    [Fact]
    public void WithoutPublicationDateRelativeDayIsUnderspecified()
    {
        var timex = Assert.Single(Tag("The ship sank yesterday.", null));
        Assert.Equal(("yesterday", TimexType.Date, "XXXX-XX-XX"), timex);
    }

    [Fact]
    public void WithoutPublicationDateWeekdayKeepsItsDay()
    {
        var timex = Assert.Single(Tag("The ship sank on Friday.", null));
        Assert.Equal(("Friday", TimexType.Date, "XXXX-WXX-5"), timex);
    }

    [Fact]
    public void WithoutPublicationDateLastWeekIsUnderspecified() =>
        Assert.Equal("XXXX-WXX", Assert.Single(Tag("Sales fell last week.", null)).Value);

    [Fact]
    public void WithoutPublicationDateDateWithoutYearKeepsMonthAndDay() =>
        Assert.Equal("XXXX-03-03", Assert.Single(Tag("The strike began on March 3.", null)).Value);

    [Fact]
    public void WithoutPublicationDateAbsoluteDateKeepsItsValue() =>
        Assert.Equal("2014-07-23", Assert.Single(Tag("It was signed on July 23, 2014.", null)).Value);

    [Fact]
    public void EarlyYearKeepsTheYearAndMarksTheStart()
    {
        var timex = Assert.Single(Pipeline.Process("The plant opened in early 2012.", published: Published).Timexes);
        Assert.Equal(("2012", TimexModifier.Start), (timex.Value, timex.Modifier));
        Assert.Equal("early 2012", "The plant opened in early 2012."[timex.Span.Start..timex.Span.End]);
    }

    [Fact]
    public void LateMonthAfterPreposition() => AssertOnly("The dam burst in late May.", "late May", "2014-05");

    [Fact]
    public void MidMonthIsOneToken()
    {
        var timex = Assert.Single(Pipeline.Process("Harvest starts mid-September.", published: Published).Timexes);
        Assert.Equal(("2014-09", TimexModifier.Mid), (timex.Value, timex.Modifier));
    }

    [Fact]
    public void LateAsAdjectiveIsNotTagged() => AssertNone("The late senator left a library.");

    [Fact]
    public void ArticleAfterARateIsASet() => AssertOnly("The nurses visit twice a week.", "a week", "P1W", type: TimexType.Set);

    [Fact]
    public void LastAsAVerbStaysOutOfTheDuration() => AssertOnly("The hearings could last three days.", "three days", "P3D");

    [Fact]
    public void NextMonth() => AssertOnly("Rates rise next month.", "next month", "2014-08");

    [Fact]
    public void ThisWeekend() => AssertOnly("The fair opens this weekend.", "this weekend", "2014-W30-WE");

    [Fact]
    public void LastMonthNameBeforeThePublicationMonthIsThisYears() => AssertOnly("Sales peaked last April.", "last April", "2014-04");

    [Fact]
    public void LastMonthNameAfterThePublicationMonthIsLastYears() => AssertOnly("Sales peaked last October.", "last October", "2013-10");

    [Fact]
    public void NextWinterStartsInDecember() => AssertOnly("The line opens next winter.", "next winter", "2014-WI");

    [Fact]
    public void WeeksAgoGivesAnIsoWeek() => AssertOnly("The deal fell apart two weeks ago.", "two weeks ago", "2014-W28");

    [Fact]
    public void VagueAgoIsPastRef() => AssertOnly("Fighting resumed a few days ago.", "a few days ago", "PAST_REF");

    [Theory]
    [InlineData("The settlement was founded 9000 years ago.", "9000 years ago")]
    [InlineData("The river cut the gorge 900 centuries ago.", "900 centuries ago")]
    [InlineData("The calendar began 2014 years ago.", "2014 years ago")] // year 0: before TIMEX3's 0001
    public void AgoBeforeYearOneIsPastRef(string text, string span) => AssertOnly(text, span, "PAST_REF");

    [Fact]
    public void AgoToYearOneKeepsTheYear() => AssertOnly("The calendar began 2013 years ago.", "2013 years ago", "0001");

    [Fact]
    public void OnlyTheModifierNextToThePeriodBelongsToIt() => AssertOnly("They met late late Tuesday.", "late Tuesday", "2014-07-22");

    [Fact]
    public void LongRunOfModifiersNeitherRecursesNorRescans()
    {
        // Recursing once per word overflowed the stack (a process crash) and rescanned the run from every word.
        var text = string.Concat(Enumerable.Repeat("late ", 200_000));

        Assert.Empty(Tag(text, Published));
    }

    [Fact]
    public void PluralWeekdayIsASet() => AssertOnly("The market opens on Saturdays.", "Saturdays", "XXXX-WXX-6", type: TimexType.Set);

    [Fact]
    public void TheNearFuture() => AssertOnly("Prices will rise in the near future.", "near future", "FUTURE_REF");

    [Fact]
    public void NoonIsAClockTime() => AssertOnly("The vote closes at noon.", "noon", "2014-07-23T12:00");

    [Fact]
    public void TodayStartingASentenceIsTagged() => AssertOnly("Today the court ruled against the firm.", "Today", "2014-07-23");

    [Fact]
    public void ModalMayAndVerbFallAreNotTagged() => AssertNone("Prices may fall further.");

    [Fact]
    public void BareMonthWithoutContextIsNotTagged() => AssertNone("April Ross won the final.");

    [Fact]
    public void WithoutPublicationDateClockTimeHasAnUnknownDay() =>
        Assert.Equal("XXXX-XX-XXT15:00", Assert.Single(Tag("The blast came at 3 p.m.", null)).Value);

    [Fact]
    public void WithoutPublicationDateDurationIsUnchanged() =>
        Assert.Equal("P3D", Assert.Single(Tag("The siege lasted three days.", null)).Value);

    [Fact]
    public void WithoutPublicationDateSeasonIsUnderspecified() =>
        Assert.Equal("XXXX-SU", Assert.Single(Tag("The lake dried up last summer.", null)).Value);

    [Fact]
    public void OutputIsDeterministic()
    {
        const string text = "On Friday, two days after the vote, the mayor said the works will end next year.";
        Assert.Equal(Tag(text, Published), Tag(text, Published));
    }

    [Fact]
    public void QuotedShowTitleIsNotADate() => AssertNone("She told NBC’s “Today” that the plan had failed.");

    [Fact]
    public void QuotedSentenceStartingWithTodayIsADate() => AssertOnly("“Today, the fighting stopped,” he said.", "Today", "2014-07-23");

    [Fact]
    public void CapitalisedNowInsideATitleIsNotTagged() => AssertNone("The crowd sang All Right Now at the rally.");

    [Fact]
    public void NamedDayIsNotAnchoredToThePublicationWeek() => AssertNone("Turnout on Super Tuesday broke records.");

    [Fact]
    public void ThisPastWeekendIsTheLastOne() => AssertOnly("Fans queued this past weekend.", "this past weekend", "2014-W29-WE");

    [Fact]
    public void TheNextDayIsLeftForEventAnchoring() => AssertNone("The minister resigned the next day.");

    [Fact]
    public void ThePastYearIsADuration() => AssertOnly("Rents doubled over the past year.", "the past year", "P1Y", type: TimexType.Duration);

    [Fact]
    public void ModifierAtTheEndOfASentenceDoesNotReachIntoTheNext()
    {
        Assert.Equal([("Tuesday", TimexType.Date, "2014-07-22")], Tag("The shops closed early. Tuesday was quiet.", Published));
        Assert.Empty(Tag("The shops closed early", Published));
    }

    [Fact]
    public void SpansRoundTripAndAreSortedWithoutOverlap()
    {
        const string text = "On Monday, the governor said the floods of last summer cost three years of growth.\n"
            + "Since 2009 the dam has failed twice, most recently on July 4, and repairs will take the next six months.\n"
            + "Officials will meet again next Tuesday at 10 a.m. and every week after that until December.";
        var document = Pipeline.Process(text, published: Published);
        var timexes = document.Timexes;
        Assert.True(timexes.Count >= 10, $"Only {timexes.Count} timexes.");
        for (var k = 0; k < timexes.Count; k++)
        {
            var span = timexes[k].Span;
            Assert.Equal(text[span.Start..span.End], document.TextOf(span));
            Assert.False(char.IsWhiteSpace(text[span.Start]) || char.IsWhiteSpace(text[span.End - 1]));
            if (k > 0) Assert.True(timexes[k - 1].Span.End <= span.Start, $"{timexes[k - 1].Span} overlaps {span}.");
        }
    }
}
