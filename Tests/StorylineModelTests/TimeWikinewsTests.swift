import XCTest
@testable import StorylineModel

/// Sentences from Wikinews articles (Wikinews, CC BY 2.5), tagged against each article's own date.
final class TimeWikinewsTests: XCTestCase {
    func testClockArticle() {
        // Wikinews, CC BY 2.5
        let tuesday = SimpleDate(year: 2015, month: 9, day: 22)
        assertTimes("Yesterday Mohamed received VIP attention at Google headquarters in California at the Google Science Fair "
                    + "— and tomorrow he plans to meet international dignitaries at the United Nations headquarters in New York.",
                    tuesday, ["Yesterday=2015-09-21", "tomorrow=2015-09-23"])
        // Wikinews, CC BY 2.5
        assertTimes("Mohamed brought the digital clock he made to school on September 14, and a teacher mistakenly thought "
                    + "it resembled a bomb.", tuesday, ["September 14=2015-09-14"])
        // Wikinews, CC BY 2.5
        assertTimes("News of police response to a boy's digital clock in Texas last week has inspired a global social "
                    + "movement in support of the youth.", tuesday, ["last week=2015-W38"])
    }

    func testElectionArticle() {
        // Wikinews, CC BY 2.5
        let friday = SimpleDate(year: 2016, month: 9, day: 9)
        assertTimes("At a polling station in Taikoo of the Hong Kong Island constituency, after the polls closed at 22:30, "
                    + "with the long queues outside the station the last ballot there was cast at 2:30 the next day, "
                    + "four hours after the last person was allowed to join the queue.", friday,
                    ["22:30=2016-09-09T22:30", "2:30 the next day=2016-09-10T02:30", "four hours=PT4H"])
        // Wikinews, CC BY 2.5
        assertTimes("The previous general legislative election in Hong Kong was before the 2014 protests.", friday, ["2014=2014"])
    }

    func testKoreaArticle() {
        let friday = SimpleDate(year: 2015, month: 8, day: 21)
        // Wikinews, CC BY 2.5
        assertTimes("South Korea had recently started to broadcast propaganda from loudspeakers after an 11-year lull.",
                    friday, ["recently=PAST_REF", "11-year=P11Y"])
        // Wikinews, CC BY 2.5
        assertTimes("The broadcasts began on August 10 and South Korea says the broadcasts will continue.", friday,
                    ["August 10=2015-08-10"])
        // Wikinews, CC BY 2.5
        assertTimes("They perpetrated such reckless action as firing 36 shells at KPA civil police posts under the absurd "
                    + "pretext that the KPA fired one shell at the south side.", friday, [])
        // Wikinews, CC BY 2.5
        assertTimes("Six shells of them hit the area near KPA civil police posts 542 and 543 and other 15 shells fell near "
                    + "KPA civil police posts 250 and 251 ", friday, [])
        // Wikinews, CC BY 2.5
        assertTimes("After the exchange of fire, North Korea stated it would attack any loudspeakers broadcasting propaganda "
                    + "and would respond, militarily, within 48 hours if the broadcasts do not stop.", friday, ["48 hours=PT48H"])
    }

    func testImprisonedArticle() {
        let thursday = SimpleDate(year: 2015, month: 5, day: 7)
        // Wikinews, CC BY 2.5
        assertTimes("On board the Freewinds, Paris claims that she was working from 6:00am to midnight and due to lack of "
                    + "sleep ended up being a walking zombie.", thursday,
                    ["6:00am=2015-05-07T06:00", "midnight=2015-05-07T24:00"])
        // Wikinews, CC BY 2.5
        assertTimes("She also claims that in 1997 and 1998, she was tasked with removal of asbestos from the ship.", thursday,
                    ["1997=1997", "1998=1998"])
    }

    func testHackersArticle() {
        let sunday = SimpleDate(year: 2008, month: 1, day: 20)
        // Wikinews, CC BY 2.5
        assertTimes("As of 15:11 GMT the site was accessible again, but only loads at relatively slow speeds, and by the "
                    + "end of the day Saturday the site was not loading at all.", sunday,
                    ["15:11 GMT=2008-01-20T15:11", "the end of the day Saturday=2008-01-19"])
    }

    func testWarholArticle() {
        let tuesday = SimpleDate(year: 2014, month: 1, day: 28)
        // Wikinews, CC BY 2.5
        assertTimes("USI's exhibit, which is located in Evansville, Indiana, is to run from January 23 through March 9.",
                    tuesday, ["January 23=2014-01-23", "March 9=2014-03-09"])
        // Wikinews, CC BY 2.5
        assertTimes("The Andy Warhol Foundation for the Visual Arts made two donations to USI Art Collections, in 2007 "
                    + "and a second recently.", tuesday, ["2007=2007", "recently=PAST_REF"])
        // Wikinews, CC BY 2.5
        assertTimes("So even back in the sixties, he was very aware of this part of our culture.", tuesday, ["the sixties=196"])
    }

    func testOtherArticles() {
        // Wikinews, CC BY 2.5
        assertTimes("The study was published in journal Nature Climate Change yesterday.", SimpleDate(year: 2014, month: 7, day: 28),
                    ["yesterday=2014-07-27"])
        // Wikinews, CC BY 2.5
        assertTimes("Last Year over 4 million visitors attended the event and this year the city expects about 6 million "
                    + "visitors according to the event website.", SimpleDate(year: 2007, month: 3, day: 5),
                    ["Last Year=2006", "this year=2007"])
        // Wikinews, CC BY 2.5
        assertTimes("In May, Maxime Bernier was forced to resign as Foreign Affairs minister after it became known that he "
                    + "left sensitive documents at the apartment of his then-girlfriend Julie Couillard who had ties to the "
                    + "Hells Angels biker gang.", SimpleDate(year: 2008, month: 8, day: 15), ["May=2008-05"])
        // Wikinews, CC BY 2.5
        assertTimes("Space Shuttle Challenger was lost when it exploded 73 seconds after liftoff back on January 28, 1986 "
                    + "killing all six aboard.", SimpleDate(year: 2011, month: 4, day: 13),
                    ["73 seconds=PT73S", "January 28, 1986=1986-01-28"])
        // Wikinews, CC BY 2.5
        assertTimes("Space Shuttle Endeavour, which will launch on STS-134 at the end of the month on April 29, will be sent "
                    + "to the California Science Center in Los Angeles, California following its retirement.",
                    SimpleDate(year: 2011, month: 4, day: 13), ["the end of the month=2011-04", "April 29=2011-04-29"])
        // Wikinews, CC BY 2.5
        assertTimes("The first referendum is to be held from November 20 to December 11, selecting a single new flag design "
                    + "out of about four finalists.", SimpleDate(year: 2015, month: 5, day: 7),
                    ["November 20=2015-11-20", "December 11=2015-12-11"])
        // Wikinews, CC BY 2.5
        assertTimes("The 22nd Fan Expo Canada took place at the Metro Toronto Convention Centre this weekend, attracting "
                    + "thousands to the event, one of the most popular in North America.", SimpleDate(year: 2016, month: 9, day: 7),
                    ["this weekend=2016-W35-WE"])
        // Wikinews, CC BY 2.5
        assertTimes("IE6 shipped with Windows XP, nearly a decade ago.", SimpleDate(year: 2011, month: 3, day: 8), ["nearly a decade ago=200"])
        // Wikinews, CC BY 2.5
        assertTimes("Iodine released from these chemicals into milk has been the major source of dietary iodine in Australia "
                    + "for at least four decades, but is now declining.", SimpleDate(year: 2006, month: 2, day: 23),
                    ["at least four decades=P40Y", "now=PRESENT_REF"])
    }
}
