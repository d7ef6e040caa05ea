import XCTest
@testable import StorylineModel

/// The expressions the event builder relies on, against 2023-11-15 (a Wednesday in ISO week 46) unless stated.
final class TimeTaggerTests: XCTestCase {
    let ref = TimeTestSupport.november15

    // MARK: Bare months and tense

    func testBareMonthInPastSentencesTakesTheMostRecentSuchMonth() {
        assertTimes("The talks followed a visit by the minister to Pyongyang in July.", ref, ["July=2023-07"])
        assertTimes("Since Shoigu's visit in July, the two countries have deepened military ties.", ref, ["July=2023-07"])
        assertTimes("The topic was broached during a visit in July by the defense minister.", ref, ["July=2023-07"])
        // A month after the reference month belongs to the previous year.
        assertTimes("The treaty was signed in December.", ref, ["December=2022-12"])
        // The reference month itself counts as "not after".
        assertTimes("Prices rose sharply in November.", ref, ["November=2023-11"])
    }

    func testBareMonthInFutureSentencesTakesTheNextSuchMonth() {
        assertTimes("The minister will visit Pyongyang in July.", ref, ["July=2024-07"])
        assertTimes("The summit is scheduled for December.", ref, ["December=2023-12"])
        assertTimes("The company plans to open the plant in March.", ref, ["March=2024-03"])
        assertTimes("Elections are set to take place in February.", ref, ["February=2024-02"])
    }

    func testBareMonthInPresentSentencesTakesTheNearest() {
        assertTimes("The festival in July draws large crowds.", ref, ["July=2023-07"])
        assertTimes("The season in January is the busiest.", ref, ["January=2024-01"])
    }

    func testBareMonthAroundTheYearBoundary() {
        assertTimes("The attack happened in December.", SimpleDate(year: 2024, month: 1, day: 10), ["December=2023-12"])
        assertTimes("The new law will take effect in January.", SimpleDate(year: 2023, month: 12, day: 20), ["January=2024-01"])
    }

    func testReportingVerbDoesNotOutweighTheClauseVerb() {
        assertTimes("The minister will visit Pyongyang in July, officials said.", ref, ["July=2024-07"])
        assertTimes("Officials said the minister visited Pyongyang in July.", ref, ["July=2023-07"])
    }

    func testAVerbInTheSameClauseOutweighsATrailingReportingVerb() {
        // The reporting verb is nearer to "Monday" but across a comma; "will" is in Monday's own clause.
        assertTimes("Trams will run every ten minutes until late on Monday, the operator said.", ref, ["every ten minutes=PT10M", "Monday=2023-11-20"])
        assertTimes("The museum will stay shut through March, a spokesman said.", ref, ["March=2024-03"])
    }

    func testClauseTenseIsTheNearestVerb() {
        assertTimes("The minister, who visited Pyongyang in July, will return next month.", ref,
                    ["July=2023-07", "next month=2023-12"])
    }

    func testReportingClauseKeepsItsOwnDay() {
        assertTimes("Trump said on Monday that he will visit in June.", ref, ["Monday=2023-11-13", "June=2024-06"])
    }

    func testPresentScheduleTakesTheNearestDate() {
        assertTimes("The plan was announced last Tuesday and takes effect on Jan. 1.", ref,
                    ["last Tuesday=2023-11-14", "Jan. 1=2024-01-01"])
        assertTimes("Kim's visit to Russia is expected in July.", ref, ["July=2024-07"])
    }

    func testMonthsWithARelativeYear() {
        assertTimes("Negotiations, which began in August last year, will continue in January.", ref,
                    ["August last year=2022-08", "January=2024-01"])
        assertTimes("The deal expires on March 1 next year.", ref, ["March 1 next year=2024-03-01"])
    }

    func testMonthRangesDoNotRunBackwards() {
        assertTimes("The season ran from November to March.", ref, ["November=2023-11", "March=2024-03"])
        assertTimes("The season runs from April to October.", ref, ["April=2024-04", "October=2024-10"])
    }

    func testShortPastForms() {
        assertTimes("He died on Saturday at the age of 96.", ref, ["Saturday=2023-11-11"])
    }

    func testPassiveParticiplesAreNotPast() {
        assertTimes("The referendum is to be held in March.", ref, ["March=2024-03"])
    }

    // MARK: Relative months, years, weeks, days

    func testRelativeMonthsAndYears() {
        assertTimes("Prices fell this month.", ref, ["this month=2023-11"])
        assertTimes("A decision is expected later this month.", ref, ["later this month=2023-11"])
        assertTimes("Exports dropped last month.", ref, ["last month=2023-10"])
        assertTimes("The vote is due next month.", ref, ["next month=2023-12"])
        assertTimes("Growth slowed this year after a boom last year, and will recover next year.", ref,
                    ["this year=2023", "last year=2022", "next year=2024"])
        assertTimes("Earlier this year the ban was lifted.", ref, ["Earlier this year=2023"])
    }

    func testRelativeMonthsAcrossTheYearBoundary() {
        let january = SimpleDate(year: 2024, month: 1, day: 10)
        assertTimes("Sales collapsed last month.", january, ["last month=2023-12"])
        let december = SimpleDate(year: 2023, month: 12, day: 20)
        assertTimes("Talks resume next month.", december, ["next month=2024-01"])
    }

    func testRelativeWeeks() {
        assertTimes("The envoy arrived last week.", ref, ["last week=2023-W45"])
        assertTimes("Talks continue this week.", ref, ["this week=2023-W46"])
        assertTimes("A vote is planned for next week.", ref, ["next week=2023-W47"])
        assertTimes("Markets rallied after last week's announcement.", ref, ["last week=2023-W45"])
        assertTimes("This past week the envoy met Kim twice.", ref, ["This past week=2023-W45"])
    }

    func testRelativeWeeksAcrossTheYearBoundary() {
        // 2021-01-03 is a Sunday in 2020-W53.
        let sunday = SimpleDate(year: 2021, month: 1, day: 3)
        assertTimes("Cases rose this week.", sunday, ["this week=2020-W53"])
        assertTimes("Cases rose last week.", sunday, ["last week=2020-W52"])
        assertTimes("Schools reopen next week.", sunday, ["next week=2021-W01"])
    }

    func testDeicticDays() {
        assertTimes("The two sides exchanged fire yesterday.", ref, ["yesterday=2023-11-14"])
        assertTimes("Parliament votes today.", ref, ["today=2023-11-15"])
        assertTimes("The results are due tomorrow.", ref, ["tomorrow=2023-11-16"])
        assertTimes("The president speaks tonight.", ref, ["tonight=2023-11-15"])
        assertTimes("The storm hit yesterday afternoon.", ref, ["yesterday afternoon=2023-11-14"])
        assertTimes("Stocks fell last night.", ref, ["last night=2023-11-14"])
        assertTimes("The minister spoke this morning.", ref, ["this morning=2023-11-15"])
    }

    func testPartsOfTheDayKeepTheDayAndCarryTheirTIMEX3Code() {
        let cases: [(String, String, String, String)] = [
            ("The convoy left at dawn on Sunday morning.", "Sunday morning", "2023-11-12", "2023-11-12TMO"),
            ("The fire broke out yesterday afternoon.", "yesterday afternoon", "2023-11-14", "2023-11-14TAF"),
            ("The pumps failed last night.", "last night", "2023-11-14", "2023-11-14TNI"),
            ("The mayor speaks tonight.", "tonight", "2023-11-15", "2023-11-15TNI"),
            ("The mayor spoke this evening.", "this evening", "2023-11-15", "2023-11-15TEV"),
        ]
        for (sentence, text, day, timex) in cases {
            guard let mention = TimeTagger().tag(sentence, reference: ref).first(where: { $0.text == text }) else {
                XCTFail("no \(text) in: \(sentence)")
                continue
            }
            XCTAssertEqual(mention.value, day, sentence)
            XCTAssertEqual(mention.timex.value, timex, sentence)
            XCTAssertEqual(mention.timex.type, .time, sentence)
        }
        // Without a known day there is nothing to add the part to.
        XCTAssertEqual(TimeTagger().tag("The pumps failed last night.", reference: nil).first?.timex.value, "PAST_REF")
        XCTAssertNil(TimeTagger().tag("The pumps failed on Monday.", reference: ref).first?.partOfDay)
    }

    func testDeicticDaysAcrossMonthAndLeapDay() {
        assertTimes("It snowed yesterday.", SimpleDate(year: 2024, month: 3, day: 1), ["yesterday=2024-02-29"])
        assertTimes("It snowed yesterday.", SimpleDate(year: 2023, month: 3, day: 1), ["yesterday=2023-02-28"])
        assertTimes("The year ends tomorrow.", SimpleDate(year: 2023, month: 12, day: 31), ["tomorrow=2024-01-01"])
    }

    func testWeekdays() {
        assertTimes("The talks ended on Thursday.", ref, ["Thursday=2023-11-09"])
        assertTimes("The talks will resume on Thursday.", ref, ["Thursday=2023-11-16"])
        assertTimes("Troops crossed the border Thursday afternoon.", ref, ["Thursday afternoon=2023-11-09"])
        assertTimes("Protesters gathered last Friday.", ref, ["last Friday=2023-11-10"])
        assertTimes("The court rules next Monday.", ref, ["next Monday=2023-11-20"])
        assertTimes("The court rules next Wednesday.", ref, ["next Wednesday=2023-11-22"])
        assertTimes("The court rules this Friday.", ref, ["this Friday=2023-11-17"])
        assertTimes("The court ruled this Monday.", ref, ["this Monday=2023-11-13"])
        assertTimes("The shop is closed on Mondays.", ref, ["Mondays=XXXX-WXX-1"])
    }

    func testPresentTenseWeekdayIsUpcoming() {
        assertTimes("Argentina votes on Sunday in a runoff.", ref, ["Sunday=2023-11-19"])
    }

    func testWeekdayOfTheReferenceDayItself() {
        // Wire style: "said on Wednesday" in a Wednesday dispatch is the same day.
        assertTimes("The ministry confirmed the test on Wednesday.", ref, ["Wednesday=2023-11-15"])
    }

    func testKoreaThursdayAfternoon() {
        let friday = SimpleDate(year: 2015, month: 8, day: 21)
        assertTimes("War maniacs of the South Korean puppet military made another grave provocation to the DPRK "
                    + "in the central western sector of the front on Thursday afternoon.", friday,
                    ["Thursday afternoon=2015-08-20"])
    }

    // MARK: Absolute dates

    func testYears() {
        assertTimes("Talks have been stalled since 2019.", ref, ["2019=2019"])
        assertTimes("The Soviet Union collapsed in 1991.", ref, ["1991=1991"])
        assertTimes("Russia invaded Ukraine in February 2022.", ref, ["February 2022=2022-02"])
        assertTimes("February 2022 changed everything.", ref, ["February 2022=2022-02"])
        assertTimes("The 2014 protests shook the city.", ref, ["2014=2014"])
        assertTimes("Between 2010 and 2014 the population doubled.", ref, ["2010=2010", "2014=2014"])
        assertTimes("Taxes owed from 2004 to 2009 remain unpaid.", ref, ["2004=2004", "2009=2009"])
        assertTimes("In 1999, 2000 and 2001, the river flooded.", ref, ["1999=1999", "2000=2000", "2001=2001"])
        assertTimes("In 1999, 2000 people fled.", ref, ["1999=1999"])
        assertTimes("The company reported results for fiscal 2022.", ref, ["2022=2022"])
        assertTimes("North Korea conducted its sixth nuclear test in September 2017.", ref, ["September 2017=2017-09"])
        assertTimes("He was born on 4 July 1976 in Boston.", ref, ["4 July 1976=1976-07-04"])
        assertTimes("Emissions must fall by 2050.", ref, ["2050=2050"])
        assertTimes("The ban lasted until mid-2021.", ref, ["mid-2021=2021"])
        assertTimes("Sales peaked in late 2019.", ref, ["late 2019=2019"])
        assertTimes("2015 was the hottest year on record.", ref, ["2015=2015"])
        assertTimes("The EU's 2030 climate targets are ambitious.", ref, ["2030=2030"])
        assertTimes("The company's 2016's results disappointed.", ref, ["2016=2016"])
    }

    func testMonthDays() {
        let friday = SimpleDate(year: 2015, month: 8, day: 21)
        assertTimes("The broadcasts began on August 10.", friday, ["August 10=2015-08-10"])
        assertTimes("The broadcasts began on Aug. 10.", friday, ["Aug. 10=2015-08-10"])
        assertTimes("The broadcasts began on 10 August 2015.", friday, ["10 August 2015=2015-08-10"])
        assertTimes("The broadcasts began on August 10, 2015.", friday, ["August 10, 2015=2015-08-10"])
        assertTimes("The broadcasts began on 2015-08-10.", friday, ["2015-08-10=2015-08-10"])
        assertTimes("The broadcasts began on the 10th of August.", friday, ["10th of August=2015-08-10"])
        assertTimes("The broadcasts began on August 10th.", friday, ["August 10th=2015-08-10"])
        // Past tense: a later day of the year is last year's.
        assertTimes("The broadcasts began on August 30.", friday, ["August 30=2014-08-30"])
        // Future tense: the next such day.
        assertTimes("The broadcasts will end on August 30.", friday, ["August 30=2015-08-30"])
        assertTimes("Talks will resume on January 5.", SimpleDate(year: 2023, month: 12, day: 20), ["January 5=2024-01-05"])
        // A future range may start a few days before the reference.
        assertTimes("The exhibit is to run from January 23 through March 9.", SimpleDate(year: 2014, month: 1, day: 28),
                    ["January 23=2014-01-23", "March 9=2014-03-09"])
    }

    func testLeapDays() {
        assertTimes("The law passed on February 29, 2024.", ref, ["February 29, 2024=2024-02-29"])
        // No 29 February in 2023: not a date.
        assertTimes("The law passed on February 29, 2023.", ref, [])
        assertTimes("The deadline falls on February 29.", SimpleDate(year: 2024, month: 1, day: 10), ["February 29=2024-02-29"])
        assertTimes("The rally was held on 2024-02-29.", ref, ["2024-02-29=2024-02-29"])
    }

    func testFullDatelines() {
        assertTimes("Friday, August 21, 2015", nil, ["Friday, August 21, 2015=2015-08-21"])
        assertTimes("Sunday, January 20, 2008", ref, ["Sunday, January 20, 2008=2008-01-20"])
        // A dateline run into the text: the year still belongs to the date.
        assertTimes("Saturday, September 12, 2015 pilgrims at the Grand Mosque", ref,
                    ["Saturday, September 12, 2015=2015-09-12"])
    }

    func testDecadesCenturiesQuarters() {
        assertTimes("The economy boomed in the 1990s.", ref, ["the 1990s=199"])
        assertTimes("The economy boomed in the '90s.", ref, ["the '90s=199"])
        assertTimes("He was famous in the sixties.", ref, ["the sixties=196"])
        assertTimes("Such cars were common in the early 1980s.", ref, ["early 1980s=198"])
        assertTimes("It was the art of the 20th century.", ref, ["the 20th century=19"])
        assertTimes("Profits rose in 2016's first quarter.", ref, ["2016's first quarter=2016-Q1"])
        assertTimes("Profits rose in the first quarter of 2023.", ref, ["the first quarter of 2023=2023-Q1"])
        assertTimes("Profits fell in the third quarter.", ref, ["the third quarter=2023-Q3"])
        assertTimes("Profits fell last quarter.", ref, ["last quarter=2023-Q3"])
        assertTimes("Profits fell in the last quarter.", SimpleDate(year: 2024, month: 2, day: 1), ["last quarter=2023-Q4"])
        assertTimes("Profits grew in Q2 2022.", ref, ["Q2 2022=2022-Q2"])
        assertTimes("Growth slowed in the first half of 2023.", ref, ["the first half of 2023=2023-H1"])
        assertTimes("The harvest failed in the summer of 2022.", ref, ["the summer of 2022=2022-SU"])
        assertTimes("Prices rose last summer.", ref, ["last summer=2023-SU"])
        assertTimes("Prices rose last summer.", SimpleDate(year: 2023, month: 7, day: 1), ["last summer=2022-SU"])
        assertTimes("Prices will rise next spring.", ref, ["next spring=2024-SP"])
    }

    func testEndsAndBeginnings() {
        assertTimes("Guidelines are due by the end of the year.", ref, ["the end of the year=2023"])
        assertTimes("The plant closes at the end of the month.", ref, ["the end of the month=2023-11"])
        assertTimes("The war began at the beginning of 2022.", ref, ["the beginning of 2022=2022"])
        assertTimes("The site was down by the end of the day Saturday.", ref, ["the end of the day Saturday=2023-11-11"])
    }

    // MARK: Reference points

    func testPresentPastAndFutureReferences() {
        assertTimes("The site is now unreachable.", ref, ["now=PRESENT_REF"])
        assertTimes("The site is currently unreachable.", ref, ["currently=PRESENT_REF"])
        assertTimes("At present, no talks are planned.", ref, ["At present=PRESENT_REF"])
        assertTimes("The treasury recently imposed sanctions.", ref, ["recently=PAST_REF"])
        assertTimes("He previously served as envoy.", ref, ["previously=PAST_REF"])
        assertTimes("Such talks failed in the past.", ref, ["the past=PAST_REF"])
        assertTimes("The base was formerly a prison.", ref, ["formerly=PAST_REF"])
        assertTimes("Kim may visit Russia soon.", ref, ["soon=FUTURE_REF"])
        assertTimes("They tried the remedy but soon dropped it.", ref, ["soon=PAST_REF"])
        assertTimes("More donations may come in the future.", ref, ["the future=FUTURE_REF"])
        assertTimes("A deal may be signed in the coming weeks.", ref, ["the coming weeks=FUTURE_REF"])
        assertTimes("Attacks have risen in recent years.", ref, ["recent years=PAST_REF"])
        assertTimes("Nobody can say what the future of the mine will be.", ref, ["the future=FUTURE_REF"])
        assertTimes("Prices should ease in the near future.", ref, ["the near future=FUTURE_REF"])
        assertTimes("The future king opened the bridge.", ref, [])
    }

    // MARK: Ago and durations

    func testAgo() {
        assertTimes("The talks began two weeks ago.", ref, ["two weeks ago=2023-W44"])
        assertTimes("The talks began three days ago.", ref, ["three days ago=2023-11-12"])
        assertTimes("The talks began two years ago.", ref, ["two years ago=2021"])
        assertTimes("The talks began six months ago.", ref, ["six months ago=2023-05"])
        assertTimes("The browser shipped nearly a decade ago.", ref, ["nearly a decade ago=201"])
        assertTimes("More than 2,000 years ago, Romans built the road.", ref, ["More than 2,000 years ago=0023"])
        assertTimes("The talks began 11 months ago.", SimpleDate(year: 2024, month: 1, day: 10), ["11 months ago=2023-02"])
        assertTimes("The talks began many years ago.", ref, ["many years ago=PAST_REF"])
    }

    func testDurations() {
        assertTime("Relations have worsened over the past two years.", ref, text: "the past two years", value: "P2Y", type: .duration)
        assertTime("Relations have worsened over the last two years.", ref, text: "the last two years", value: "P2Y", type: .duration)
        assertTime("Stop the broadcasts within 48 hours.", ref, text: "48 hours", value: "PT48H", type: .duration)
        assertTime("The broadcasts resumed after an 11-year lull.", ref, text: "11-year", value: "P11Y", type: .duration)
        assertTime("He was held for three months.", ref, text: "three months", value: "P3M", type: .duration)
        assertTime("The vote took half an hour.", ref, text: "half an hour", value: "PT30M", type: .duration)
        assertTime("The siege lasted twenty-five days.", ref, text: "twenty-five days", value: "P25D", type: .duration)
        assertTime("Prices rose over the past few days.", ref, text: "the past few days", value: "PXD", type: .duration)
        assertTime("The feud has gone on for decades.", ref, text: "decades", value: "PXY", type: .duration)
        assertTime("Milk has been the main source for at least four decades.", ref, text: "at least four decades", value: "P40Y", type: .duration)
        assertTime("He sat there for the next 30 hours.", ref, text: "the next 30 hours", value: "PT30H", type: .duration)
        assertTime("The standoff lasted a week.", ref, text: "a week", value: "P1W", type: .duration)
    }

    func testInAnAmountAheadIsADateInFutureClauses() {
        assertTimes("The plant will be finished in two years.", ref, ["two years=2025"])
        assertTimes("The results will be known in three days.", ref, ["three days=2023-11-18"])
        assertTimes("Talks will resume in two weeks.", ref, ["two weeks=2023-W48"])
        assertTimes("Prices will fall in six months.", ref, ["six months=2024-05"])
        // Past clauses and "the first time in" keep the length.
        assertTimes("This is the first time in two years that the leaders will meet.", ref, ["two years=P2Y"])
        assertTimes("The plant was finished in two years.", ref, ["two years=P2Y"])
        assertTimes("Prices will rise in the next two years.", ref, ["the next two years=P2Y"])
        assertTimes("The plant will be finished in two years.", nil, ["two years=P2Y"])
    }

    func testSets() {
        assertTime("Pilgrims arrive in Mecca each year.", ref, text: "each year", value: "P1Y", type: .set)
        assertTime("The market opens every Monday.", ref, text: "every Monday", value: "XXXX-WXX-1", type: .set)
        assertTime("Photographs are shown every ten years.", ref, text: "every ten years", value: "P10Y", type: .set)
        assertTime("Reports are filed annually.", ref, text: "annually", value: "P1Y", type: .set)
        assertTime("Inspectors visit once a month.", ref, text: "a month", value: "P1M", type: .set)
    }

    func testFrequencyWordsAndPerAreSets() {
        assertTime("The ferry crosses the strait daily.", ref, text: "daily", value: "P1D", type: .set)
        assertTime("Growers are paid on a monthly basis.", ref, text: "monthly", value: "P1M", type: .set)
        assertTime("Each guard works nine hours per day.", ref, text: "per day", value: "P1D", type: .set)
        assertTimes("The column first ran in the Daily Chronicle.", ref, [])
        assertTimes("The lorry was doing 90 miles per hour.", ref, [])
        assertNoTime("Farmers worry about every day life in the valley.", ref, covering: "every day")
    }

    // MARK: TIMEX3 span conventions

    func testApproximatorsAreInsideTheMention() {
        assertTime("The ceremony was delayed by nearly half an hour.", ref, text: "nearly half an hour", value: "PT30M", type: .duration)
        assertTime("The rebels have held the pass for almost 15 years.", ref, text: "almost 15 years", value: "P15Y")
        assertTime("The leak started just over 24 hours ago.", ref, text: "just over 24 hours ago", value: "2023-11-14")
        assertTime("Repairs took about three weeks.", ref, text: "about three weeks", value: "P3W")
        assertTime("He faces up to ten years in prison.", ref, text: "up to ten years", value: "P10Y")
        // A bare "over" stays out: it is as often "during".
        assertTime("Sales doubled over two years.", ref, text: "two years", value: "P2Y")
    }

    func testUnhyphenatedCompoundDurations() {
        assertTime("The station is a 15 minute walk from the pier.", ref, text: "15 minute", value: "PT15M", type: .duration)
        assertTime("The calendar follows a 60 year cycle.", ref, text: "60 year", value: "P60Y", type: .duration)
        assertTimes("The town keeps a 300 year old custom.", ref, [])
        assertTimes("A 19 year old student was hurt.", ref, [])
    }

    func testNowAndThenIsNotThePresent() {
        assertTimes("Every now and then the valley floods.", ref, [])
        assertTimes("Now and again a ship calls at the port.", ref, [])
    }

    func testUnitBeforeOrAfterCountsFromTheReference() {
        assertTimes("Exports fell compared with the year before.", ref, ["the year before=2022"])
        assertTimes("Support had been higher the month before, when the party led.", ref, ["the month before=2023-10"])
        assertTimes("The ferry had sunk the day before.", ref, ["the day before=2023-11-14"])
        // Counted from a named event, not from the article date: left alone.
        assertTimes("Ballots were printed the day before the vote.", ref, [])
    }

    func testTheNextWeekdayKeepsTheDeterminer() {
        // 2023-11-15 is a Wednesday.
        assertTimes("We returned the next Friday night.", ref, ["the next Friday night=2023-11-17"])
    }

    // MARK: Cases the project's issue asks for, in its own words

    func testIssueExamples() {
        let january10 = SimpleDate(year: 2024, month: 1, day: 10)  // a Wednesday in 2024-W02
        assertTimes("The factory closed in December.", january10, ["December=2023-12"])
        assertTimes("The strike began last week.", january10, ["last week=2024-W01"])
        assertTimes("The minister resigned on Monday.", january10, ["Monday=2024-01-08"])
        assertTimes("The minister will resign on Monday.", january10, ["Monday=2024-01-15"])
        let june = SimpleDate(year: 2024, month: 6, day: 3)
        assertTime("Output is expected to recover in the third quarter.", june, text: "the third quarter", value: "2024-Q3")
        assertTime("Prices have doubled over the past two years.", june, text: "the past two years", value: "P2Y", type: .duration)
        assertTime("The bakery is now closed.", june, text: "now", value: "PRESENT_REF")
        assertTimes("A 22-year-old cyclist won the stage.", june, [])
    }

    // MARK: Clock times

    func testClockTimes() {
        let friday = SimpleDate(year: 2016, month: 9, day: 9)
        assertTimes("After the polls closed at 22:30, the last ballot was cast at 2:30 the next day.", friday,
                    ["22:30=2016-09-09T22:30", "2:30 the next day=2016-09-10T02:30"])
        assertTimes("She worked from 6:00am to midnight.", friday, ["6:00am=2016-09-09T06:00", "midnight=2016-09-09T24:00"])
        assertTimes("As of 15:11 GMT the site was accessible.", friday, ["15:11 GMT=2016-09-09T15:11"])
        assertTimes("The polls close at 8 p.m. on Sunday.", friday, ["8 p.m.=2016-09-11T20:00", "Sunday=2016-09-11"])
        assertTimes("The rally began Saturday at 10am.", friday, ["Saturday=2016-09-03", "10am=2016-09-03T10:00"])
        assertTimes("The meeting starts at 12 pm.", friday, ["12 pm=2016-09-09T12:00"])
        assertTimes("Polls open at 7 a.m. and close at 8 p.m. on Nov. 7.", friday,
                    ["7 a.m.=2016-11-07T07:00", "8 p.m.=2016-11-07T20:00", "Nov. 7=2016-11-07"])
        assertTimes("The meeting starts at 12 a.m.", friday, ["12 a.m.=2016-09-09T00:00"])
    }

    func testTypes() {
        let mentions = TimeTestSupport.tag("On Thursday at 22:30, after 48 hours of talks held every Monday, they agreed.", ref)
        XCTAssertEqual(mentions.map(\.type), [.date, .time, .duration, .set])
        XCTAssertEqual(mentions.map(\.value), ["2023-11-09", "2023-11-09T22:30", "PT48H", "XXXX-WXX-1"])
        XCTAssertEqual(TimexType(rawValue: "duration"), .duration)
    }

    // MARK: Not time expressions

    func testAgesAreNotDates() {
        assertTimes("A 22-year-old man was arrested.", ref, [])
        assertTimes("The victim, aged 45, died in hospital.", ref, [])
        assertTimes("She was 45 years old.", ref, [])
        assertTimes("Children aged 8 – 10 years were tested.", ref, [])
        assertTimes("Eczema developed at the age of four months.", ref, [])
        assertTimes("She was sent to the ship aged eighteen for two weeks.", ref, ["two weeks=P2W"])
        assertTimes("The lanterns continue a 2000 year old tradition.", ref, [])
    }

    func testCountsAreNotDates() {
        assertTimes("The party won 84,121 votes.", ref, [])
        assertTimes("Shells fell near posts 542 and 543.", ref, [])
        assertTimes("Some 2 million voters stayed home.", ref, [])
        assertTimes("Turnout reached 58% as 36 shells fell.", ref, [])
        assertTimes("Police said 2015 people were detained.", ref, [])
        assertTimes("More than 2000 votes were cast.", ref, [])
        assertTimes("Flight 1549 landed in the Hudson.", ref, [])
        assertTimes("The bill cost $2014 in fees.", ref, [])
        assertTimes("Room 2019 was booked.", ref, [])
        assertTimes("From 2019 to 2021, the number of cases rose by 2000.", ref, ["2019=2019", "2021=2021"])
        assertTimes("The first half ended 1-0.", ref, [])
        assertTimes("The 1,500-strong force arrived in 2,023 vehicles.", ref, [])
        assertTimes("Police said the man, in his 40s, was detained.", ref, [])
        assertTimes("In May 2 people died.", ref, ["May=2023-05"])
        assertTimes("The rate of 5.25% has held since July.", ref, ["July=2023-07"])
        assertTimes("A crowd of over 2000 people gathered.", ref, [])
    }

    func testMayAndMarchAsWords() {
        assertTimes("Kim may be making a trip to Russia.", ref, [])
        assertTimes("May I ask a question?", ref, [])
        assertTimes("Theresa May met the envoy.", ref, [])
        assertTimes("The March on Washington drew thousands.", ref, [])
        assertTimes("Protesters march on the capital.", ref, [])
        assertTimes("The ministry reported the figures in May.", ref, ["May=2023-05"])
        assertTimes("In March, a bundle of blueprints was found.", ref, ["March=2023-03"])
        assertTimes("Riots broke out in March and May.", ref, ["March=2023-03", "May=2023-05"])
        assertTimes("The vote on May 5 was close.", ref, ["May 5=2023-05-05"])
        assertTimes("April Ryan asked the question.", ref, [])
    }

    func testOrdinalSecondIsNotADuration() {
        assertTimes("A second delegation arrived in Pyongyang.", ref, [])
        assertTimes("She is a second year student.", ref, [])
    }

    func testEmptyAndPlainSentences() {
        assertTimes("", ref, [])
        assertTimes("   ", ref, [])
        assertTimes("North Korea fired artillery rounds at a loudspeaker.", ref, [])
    }

    // MARK: Undated articles

    func testUndatedReferenceLeavesRelativeExpressionsUnresolved() {
        assertTimes("The minister visited Pyongyang in July.", nil, ["July=XXXX-07"])
        assertTimes("The minister visited Pyongyang on July 14.", nil, ["July 14=XXXX-07-14"])
        assertTimes("The minister visited Pyongyang on Thursday.", nil, ["Thursday=XXXX-WXX-4"])
        assertTimes("The envoy arrived last week.", nil, ["last week=PAST_REF"])
        assertTimes("The envoy arrives next week.", nil, ["next week=FUTURE_REF"])
        assertTimes("The envoy arrived last Thursday.", nil, ["last Thursday=PAST_REF"])
        assertTimes("The envoy arrives next Thursday.", nil, ["next Thursday=FUTURE_REF"])
        assertTimes("The envoy arrives this Thursday.", nil, ["this Thursday=XXXX-WXX-4"])
        assertTimes("The market opens every Monday.", nil, ["every Monday=XXXX-WXX-1"])
        assertTimes("Prices fell this month.", nil, ["this month=PRESENT_REF"])
        assertTimes("The two sides exchanged fire yesterday.", nil, ["yesterday=PAST_REF"])
        assertTimes("Parliament votes today.", nil, ["today=PRESENT_REF"])
        assertTimes("Results come tomorrow.", nil, ["tomorrow=FUTURE_REF"])
        assertTimes("The talks began two years ago.", nil, ["two years ago=PAST_REF"])
        assertTimes("The polls closed at 22:30.", nil, ["22:30=XXXX-XX-XXT22:30"])
        // Absolute expressions need no reference.
        assertTimes("Russia invaded Ukraine in February 2022.", nil, ["February 2022=2022-02"])
        assertTimes("Talks have been stalled since 2019.", nil, ["2019=2019"])
        assertTimes("The economy boomed in the 1990s.", nil, ["the 1990s=199"])
    }

    func testPartialReferences() {
        let yearOnly = SimpleDate(year: 2023)
        assertTimes("The minister visited Pyongyang in July.", yearOnly, ["July=2023-07"])
        assertTimes("Growth slowed last year.", yearOnly, ["last year=2022"])
        assertTimes("The envoy arrived yesterday.", yearOnly, ["yesterday=PAST_REF"])
        let monthOnly = SimpleDate(year: 2023, month: 11)
        assertTimes("The minister visited Pyongyang in December.", monthOnly, ["December=2022-12"])
        assertTimes("Exports dropped last month.", monthOnly, ["last month=2023-10"])
        // An impossible reference day is ignored, the month kept.
        assertTimes("Exports dropped last month.", SimpleDate(year: 2023, month: 2, day: 30), ["last month=2023-01"])
    }

    // MARK: Offsets

    func testOffsetsAreUnicodeScalarOffsets() {
        let sentence = "Après la visite de Shoïgou 🇷🇺 en juillet, Kim l’a reçu le 14 July 2023 à Pyongyang."
        let mentions = TimeTestSupport.tag(sentence, ref)
        XCTAssertEqual(mentions.map(\.value), ["2023-07-14"])
        XCTAssertEqual(mentions.first?.text, "14 July 2023")
        let scalars = Array(sentence.unicodeScalars)
        let start = scalars.firstIndex(of: "1")!
        XCTAssertEqual(mentions.first?.range, start..<(start + 12))
    }

    func testCurlyApostrophesAndDashes() {
        assertTimes("Markets rallied after last week’s announcement.", ref, ["last week=2023-W45"])
        assertTimes("Since Shoigu’s visit in July, ties have deepened.", ref, ["July=2023-07"])
        assertTimes("Yields were studied over 2000–2050.", ref, ["2000=2000", "2050=2050"])
    }
}

/// Shared helpers for the time tagger tests.
enum TimeTestSupport {
    /// 2023-11-15, a Wednesday in ISO week 46.
    static let november15 = SimpleDate(year: 2023, month: 11, day: 15)

    /// Tags a sentence and checks that every mention's text is the substring at its range.
    static func tag(_ sentence: String, _ reference: SimpleDate?, file: StaticString = #filePath, line: UInt = #line) -> [TimeMention] {
        let mentions = TimeTagger().tag(sentence, reference: reference)
        let scalars = Array(sentence.unicodeScalars)
        for mention in mentions {
            XCTAssertTrue(mention.range.lowerBound >= 0 && mention.range.upperBound <= scalars.count,
                          "range \(mention.range) outside the sentence", file: file, line: line)
            guard mention.range.upperBound <= scalars.count else { continue }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[mention.range])
            XCTAssertEqual(String(view), mention.text, "text differs from the substring at its range", file: file, line: line)
        }
        return mentions
    }
}
extension XCTestCase {
    /// Asserts the sentence's mentions, in order, as `text=value` pairs.
    func assertTimes(_ sentence: String, _ reference: SimpleDate?, _ expected: [String],
                     file: StaticString = #filePath, line: UInt = #line) {
        let mentions = TimeTestSupport.tag(sentence, reference, file: file, line: line)
        XCTAssertEqual(mentions.map { "\($0.text)=\($0.value)" }, expected, sentence, file: file, line: line)
    }

    /// Asserts that the sentence has a mention with this text, value and (optionally) type.
    func assertTime(_ sentence: String, _ reference: SimpleDate?, text: String, value: String, type: TimexType? = nil,
                    file: StaticString = #filePath, line: UInt = #line) {
        let mentions = TimeTestSupport.tag(sentence, reference, file: file, line: line)
        guard let mention = mentions.first(where: { $0.text == text }) else {
            XCTFail("no mention \"\(text)\" in \(mentions.map { "\($0.text)=\($0.value)" }) for: \(sentence)", file: file, line: line)
            return
        }
        XCTAssertEqual(mention.value, value, sentence, file: file, line: line)
        if let type { XCTAssertEqual(mention.type, type, sentence, file: file, line: line) }
    }

    /// Asserts that no mention covers `fragment`.
    func assertNoTime(_ sentence: String, _ reference: SimpleDate?, covering fragment: String,
                      file: StaticString = #filePath, line: UInt = #line) {
        let mentions = TimeTestSupport.tag(sentence, reference, file: file, line: line)
        for mention in mentions where mention.text.contains(fragment) || fragment.contains(mention.text) {
            XCTFail("unexpected mention \(mention.text)=\(mention.value) in: \(sentence)", file: file, line: line)
        }
    }

    func testNamesThatSpellPastVerbsMarkNoTense() {
        // 2023-11-15 is a Wednesday: the Thursday ahead, not the one before ("Hung" and "Won" are names here).
        assertTimes("She is scheduled to meet Prime Minister Tran Quoc Hung on Thursday.", TimeTestSupport.november15, ["Thursday=2023-11-16"])
        assertTimes("Coach Lee Sang Won plays Busan on Thursday.", TimeTestSupport.november15, ["Thursday=2023-11-16"])
    }

    func testPlainVerbsOfSchedulesLookAhead() {
        assertTimes("The new duties take effect on Friday.", TimeTestSupport.november15, ["Friday=2023-11-17"])
    }
}
