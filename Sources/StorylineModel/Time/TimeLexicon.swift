import Foundation

/// What a word can start, for the scanner's dispatch.
enum WordTrigger {
    case month(Int), weekday(Int), weekdays(Int), deicticDay, relative, the, modifier, reference(String), right, at
    case `in`, `for`, every, frequency(String), per, clockWord(Int), quarterCode, half, quantity, season(String)
}

/// Word lists for the time tagger, built once.
enum TimeLexicon {
    /// Every word that can start a time expression.
    static let triggers: [String: WordTrigger] = {
        var table: [String: WordTrigger] = [:]
        for word in numberWords.keys { table[word] = .quantity }
        for word in vagueQuantities { table[word] = .quantity }
        table["a"] = .quantity
        table["an"] = .quantity
        for (word, season) in seasons { table[word] = .season(season) }
        for (word, month) in months { table[word] = .month(month) }
        for (word, month) in monthAbbreviations { table[word] = .month(month) }
        for (word, day) in weekdays {
            table[word] = .weekday(day)
            table[word + "s"] = .weekdays(day)
        }
        for word in ["yesterday", "today", "tomorrow", "tonight"] { table[word] = .deicticDay }
        for word in ["last", "this", "next", "coming", "past", "previous"] { table[word] = .relative }
        for word in ["early", "mid", "late", "earlier", "later"] { table[word] = .modifier }
        for word in ["now", "currently", "presently", "nowadays"] { table[word] = .reference("PRESENT_REF") }
        for word in ["recently", "previously", "formerly", "lately"] { table[word] = .reference("PAST_REF") }
        table["soon"] = .reference("FUTURE_REF")
        table["the"] = .the
        table["right"] = .right
        table["at"] = .at
        table["in"] = .in
        table["for"] = .for
        table["every"] = .every
        table["each"] = .every
        for (word, value) in frequencyWords { table[word] = .frequency(value) }
        table["per"] = .per
        table["midnight"] = .clockWord(24)
        table["noon"] = .clockWord(12)
        table["midday"] = .clockWord(12)
        table["q"] = .quarterCode
        table["half"] = .half
        return table
    }()

    /// `triggers` looked up by a cheap hash of an ASCII word's bytes.
    static let triggerMap = WordMap(triggers)

    /// Tells most words that are no trigger ("the", "a", "in" and the like pass) by the hash of their lower case,
    /// which `TimeTokenizer` makes as it reads a word (`TimeToken.mayBeTrigger`).
    static let triggerFilter = WordFilter(triggers.keys)

    /// Words one of which (or a number) every time expression holds, whichever rule finds it: the words that name a
    /// time, a part or a unit of it. The other triggers ("the", "a", "in", "last", "early", "every"…) start an
    /// expression only before one of these, so a sentence with none of them and no number holds no expression
    /// (`TimeTokenizer.mayHoldTimeExpression`).
    static let timeWords: WordSet = {
        var words = Set(TimeUnit.words.keys).union(decadeWords.keys).union(partsOfDay).union(partOfDayCodes.keys)
        for (word, trigger) in triggers {
            switch trigger {
            case .month, .weekday, .weekdays, .deicticDay, .reference, .frequency, .clockWord, .quarterCode, .season:
                words.insert(word)
            case .relative, .the, .modifier, .right, .at, .in, .for, .every, .per, .half, .quantity:
                break
            }
        }
        // "the future", "the weekend", "last quarter", "at present", "in the past", "in recent times", "the first half".
        words.formUnion(["future", "weekend", "quarter", "present", "past", "recent", "times", "half"])
        return WordSet(words)
    }()

    static let timeWordFilter = WordFilter(timeWords)

    /// The words after "the" that a rule of the scanner's `theRule` can start with (numbers aside): decades,
    /// ordinals of quarters and halves, "future", units counted from the reference ("the year before"), span
    /// openers, boundaries, seasons, "weekend" and the apostrophe of "the '90s".
    static let wordsAfterThe = WordFilter(
        Array(decadeWords.keys) + Array(ordinals.keys) + ["future", "near", "distant", "foreseeable"]
            + ["year", "month", "week", "day"] + Array(spanOpeners) + Array(boundaryNouns) + Array(seasons.keys)
            + ["weekend", "'"]
    )

    /// Between two years of a list or range: "1999, 2000 and 2001", "2000-2050".
    static let yearListConnectors: WordSet = ["-", "to", "and", "or", "through", "until", ",", "/"]
    /// After "the": "the past two years", "the next 30 hours", "the coming weeks".
    static let spanOpeners: WordSet = ["past", "last", "next", "previous", "coming", "following", "first"]
    /// "the end of the year", "the beginning of 2023".
    static let boundaryNouns: WordSet = ["end", "beginning", "start", "middle", "turn"]
    static let pluralCalendarUnits: WordSet = ["days", "weeks", "months", "years"]
    /// Words that make "a second" a duration rather than an ordinal.
    static let afterSecond: WordSet = ["ago", "later", "earlier", "before", "after", "longer"]
    static let currencySigns: WordSet = ["$", "€", "£", "#", "¥", "₩", "₹"]
    /// Between the two ends of a range: "from April to October".
    static let rangeConnectors: WordSet = ["to", "-", "through", "until", "till"]
    static let ordinalSuffixes: WordSet = ["st", "nd", "rd", "th"]
    static let timeZones: WordSet = ["gmt", "utc", "est", "edt", "pst", "pdt", "cet", "cest", "bst", "kst", "jst", "msk"]

    static let months: WordMap<Int> = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
        "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    ]
    /// Abbreviations; they count as months only before a day or year, or with a period after a preposition.
    static let monthAbbreviations: WordMap<Int> = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
        "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
    /// Month names that are also common words or first names; alone they need a date context ("in May").
    static let ambiguousMonths: Set<Int> = [3, 4, 5, 6, 8]

    static let weekdays: WordMap<Int> = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]

    /// Parts of the day that may follow a day ("Thursday afternoon", "yesterday morning").
    static let partsOfDay: WordSet = ["morning", "afternoon", "evening", "night", "midday", "noon"]
    /// TIMEX3 codes of the parts of the day that have one ("noon" is a clock time, `T12:00`).
    static let partOfDayCodes: WordMap<String> = ["morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"]

    static let seasons: WordMap<String> = [
        "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
    ]

    /// First and last month of each season; winter is counted from its December, so it never "ends" in a year.
    static let seasonMonths: [String: (Int, Int)] = ["SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 12)]

    static let numberWords: WordMap<Int> = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    ]

    static let ordinals: WordMap<Int> = [
        "first": 1, "second": 2, "third": 3, "fourth": 4,
    ]

    /// Decade words after "the": "the sixties" → 196.
    static let decadeWords: WordMap<Int> = [
        "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
        "eighties": 8, "nineties": 9,
    ]

    /// Adverbs and adjectives of frequency: sets ("a daily basis", "meets weekly").
    static let frequencyWords: WordMap<String> = [
        "annually": "P1Y", "yearly": "P1Y", "monthly": "P1M", "weekly": "P1W", "daily": "P1D", "hourly": "PT1H",
    ]

    /// Before a duration or an "ago", words that TIMEX3 keeps inside the mention (its `mod`): "nearly half an
    /// hour", "at least four decades", "just over 24 hours ago". A bare "over" is left out: "over two years"
    /// is as often "during" as "more than".
    static let approximators: WordSet = ["nearly", "almost", "about", "around", "approximately", "roughly", "some"]
    static let approximatorPairs: WordSet = [
        "at least", "at most", "more than", "less than", "fewer than", "just over", "just under", "well over", "up to",
    ]

    /// Words after "the future" that leave it a noun ("the future of", "the future looks"); any other word makes
    /// "future" an adjective ("the future king").
    static let afterFuture: WordSet = [
        "of", "and", "or", "but", "is", "was", "will", "would", "may", "might", "looks", "remains", "holds", "that",
        "for", "in", "at", "as", "with", "than", "to",
    ]

    /// Vague quantities: a duration of "X" units ("several years" → PXY).
    static let vagueQuantities: WordSet = ["several", "few", "many", "some", "numerous", "countless"]

    /// Words before a number that make a 4-digit number a year.
    static let yearPrepositions: WordSet = [
        "in", "since", "by", "until", "till", "til", "from", "before", "after", "of", "during", "around", "early",
        "late", "mid", "year", "through", "throughout", "circa", "c", "between", "spring", "summer", "autumn",
        "fall", "winter", "as", "for", "ca", "to", "and", "or", "fiscal", "fy",
    ]
    /// Of those, the ones that also precede counts ("to 2000 people", "for 1500 dollars") are weak.
    static let weakYearPrepositions: WordSet = ["to", "and", "or", "for", "of", "as", "around", "by"]

    /// Words before a bare month that make it a date ("in May", "until March").
    static let monthPrepositions: WordSet = [
        "in", "since", "by", "until", "till", "til", "from", "before", "after", "during", "through", "throughout",
        "between", "early", "late", "mid", "around", "circa", "of",
    ]

    /// Verbs of change before "by": "rose by 2000" is an amount, not a deadline.
    static let changeVerbs: WordSet = [
        "rose", "rise", "rises", "risen", "fell", "fall", "falls", "fallen", "increased", "increase", "increases",
        "decreased", "decrease", "decreases", "grew", "grow", "grows", "grown", "dropped", "drop", "drops", "up",
        "down", "cut", "cuts", "reduced", "reduce", "climbed", "jumped", "declined", "shrank", "gained", "lost",
        "raised", "lowered", "exceeded", "outnumbered", "won", "lead", "leads", "led", "trailed", "beat",
    ]

    /// Determiners before an adjectival year ("the 2014 protests").
    static let determiners: WordSet = [
        "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those", "my", "your", "'s",
    ]

    /// Words after a number that mark it as a count or measure, not a year.
    static let countNouns: WordSet = [
        "people", "persons", "person", "votes", "vote", "voters", "men", "women", "children", "kids", "soldiers",
        "troops", "police", "officers", "residents", "students", "members", "cases", "deaths", "dead",
        "casualties", "victims", "units", "shells", "rounds", "homes", "houses", "buildings", "jobs", "copies",
        "km", "kilometres", "kilometers", "miles", "metres", "meters", "feet", "ft", "tons", "tonnes", "kg",
        "kilograms", "dollars", "euros", "pounds", "yen", "won", "yuan", "rubles", "roubles", "rupees", "years",
        "days", "hours", "minutes", "seconds", "weeks", "months", "times", "points", "seats", "participants",
        "workers", "employees", "signatures", "supporters", "protesters", "protestors", "pilgrims", "refugees",
        "migrants", "patients", "users", "visitors", "tourists", "fans", "prisoners", "inmates", "words",
        "pages", "acres", "hectares", "percent", "per", "more", "others", "pieces", "items", "vehicles", "cars",
        "missiles", "bombs", "rockets", "aircraft", "planes", "ships", "tanks", "guns", "weapons", "arrests",
        "staff", "delegates", "candidates", "families", "households", "companies", "firms", "schools", "villages",
        "hospitals", "beds", "cattle", "animals", "birds", "trees", "barrels", "litres", "liters", "gallons",
        "square", "cubic", "year", "month", "week", "day", "hour", "minute", "second", "mph", "kph", "mw", "gw", "kw", "degrees", "calories", "bn", "m", "million",
        "billion", "thousand", "hundred", "mb", "gb", "kb", "bytes", "ballots", "respondents", "citizens",
        "civilians", "fighters", "militants", "rebels", "officials", "individuals", "passengers", "teams",
        "games", "matches", "goals", "runs", "medals", "entries", "posts", "messages", "emails", "tweets",
        "articles", "books", "films", "songs", "cells", "doses", "tests", "samples", "stores", "shops",
        "lives", "hostages", "detainees", "applicants", "subscribers", "viewers", "readers", "listeners",
    ]

    /// Words before a number that make it an identifier, not a year ("No. 2014", "flight 1549").
    static let identifierWords: WordSet = [
        "no", "number", "nos", "page", "pages", "route", "flight", "post", "posts", "room", "article", "section",
        "model", "version", "chapter", "rule", "resolution", "bill", "act", "code", "highway", "interstate",
        "apartment", "suite", "unit", "platform", "gate", "bus", "line", "item", "exhibit", "case", "patent",
        "windows", "office", "iphone", "series", "ward", "district", "precinct", "box", "lot", "pier", "hall",
    ]

    /// Words after a sentence-initial year that make it a year ("2015 was the hottest year").
    static let yearSubjectVerbs: WordSet = ["was", "is", "saw", "has", "had", "will", "marks", "marked", "brought", "began"]
}
