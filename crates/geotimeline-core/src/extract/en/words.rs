//! English date words, one table per word class. The rules' regex alternations
//! and the lookups of values are both derived from these tables, so a word is
//! written once: `month_number` reads the table the `{MONTH}` alternation is built from.

use crate::extract::dates::calendar::LunarCalendar;
use crate::extract::dates::Unit;
use crate::model::{MonthPart, Season};
use chrono::Weekday;
use std::collections::HashMap;
use std::sync::LazyLock;

pub struct Month {
    pub number: u32,
    pub name: &'static str,
    /// As newspapers and tables write them ("Jan.", "Sept."); a final dot is optional.
    pub abbreviations: &'static [&'static str],
}

pub const MONTHS: [Month; 12] = [
    Month { number: 1, name: "january", abbreviations: &["jan"] },
    Month { number: 2, name: "february", abbreviations: &["feb"] },
    Month { number: 3, name: "march", abbreviations: &["mar"] },
    Month { number: 4, name: "april", abbreviations: &["apr"] },
    Month { number: 5, name: "may", abbreviations: &[] },
    Month { number: 6, name: "june", abbreviations: &["jun"] },
    Month { number: 7, name: "july", abbreviations: &["jul"] },
    Month { number: 8, name: "august", abbreviations: &["aug"] },
    Month { number: 9, name: "september", abbreviations: &["sept", "sep"] },
    Month { number: 10, name: "october", abbreviations: &["oct"] },
    Month { number: 11, name: "november", abbreviations: &["nov"] },
    Month { number: 12, name: "december", abbreviations: &["dec"] },
];

pub struct WeekdayWord {
    pub day: Weekday,
    pub name: &'static str,
    pub abbreviations: &'static [&'static str],
}

pub const WEEKDAYS: [WeekdayWord; 7] = [
    WeekdayWord { day: Weekday::Mon, name: "monday", abbreviations: &["mon"] },
    WeekdayWord { day: Weekday::Tue, name: "tuesday", abbreviations: &["tues", "tue"] },
    WeekdayWord { day: Weekday::Wed, name: "wednesday", abbreviations: &["wed"] },
    WeekdayWord { day: Weekday::Thu, name: "thursday", abbreviations: &["thurs", "thur", "thu"] },
    WeekdayWord { day: Weekday::Fri, name: "friday", abbreviations: &["fri"] },
    WeekdayWord { day: Weekday::Sat, name: "saturday", abbreviations: &["sat"] },
    WeekdayWord { day: Weekday::Sun, name: "sunday", abbreviations: &["sun"] },
];

/// Cardinal numbers in words, up to the last day of a month.
pub const NUMBERS: &[(&str, u32)] = &[
    ("a", 1),
    ("an", 1),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("twenty-one", 21),
    ("twenty-two", 22),
    ("twenty-three", 23),
    ("twenty-four", 24),
    ("twenty-five", 25),
    ("twenty-six", 26),
    ("twenty-seven", 27),
    ("twenty-eight", 28),
    ("twenty-nine", 29),
    ("thirty", 30),
    ("thirty-one", 31),
];

/// Ordinals in words and figures ("the first Monday", "the 3rd quarter", "June 20th").
pub const ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("twenty-first", 21),
    ("twenty-second", 22),
    ("twenty-third", 23),
    ("twenty-fourth", 24),
    ("twenty-fifth", 25),
    ("twenty-sixth", 26),
    ("twenty-seventh", 27),
    ("twenty-eighth", 28),
    ("twenty-ninth", 29),
    ("thirtieth", 30),
    ("thirty-first", 31),
];

/// The suffixes of ordinals in figures ("1st", "22nd", "3rd", "20th").
pub const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];

/// The last of a series ("the last Friday of June").
pub const LAST: &[&str] = &["last", "final"];

pub const UNITS: &[(&str, Unit)] = &[
    ("day", Unit::Day),
    ("days", Unit::Day),
    ("week", Unit::Week),
    ("weeks", Unit::Week),
    ("month", Unit::Month),
    ("months", Unit::Month),
    ("year", Unit::Year),
    ("years", Unit::Year),
    // As tables and notes abbreviate them ("3 wks", "6 mos", "2 yrs").
    ("wk", Unit::Week),
    ("wks", Unit::Week),
    ("mo", Unit::Month),
    ("mos", Unit::Month),
    ("yr", Unit::Year),
    ("yrs", Unit::Year),
];

pub const SEASONS: &[(&str, Season)] = &[
    ("spring", Season::Spring),
    ("summer", Season::Summer),
    ("autumn", Season::Autumn),
    ("fall", Season::Autumn),
    ("winter", Season::Winter),
];

/// Parts of a month or year ("early May", "mid-June", "late 2024", "the end of March").
pub const MONTH_PARTS: &[(&str, MonthPart)] = &[
    ("early", MonthPart::Early),
    ("beginning of", MonthPart::Early),
    ("start of", MonthPart::Early),
    ("mid", MonthPart::Middle),
    ("middle of", MonthPart::Middle),
    ("late", MonthPart::Late),
    ("end of", MonthPart::Late),
];

/// Parts of a year named as its beginning or end ("the end of 2012", "the beginning of the year",
/// "EOY"): the months they span, as Duckling reads them. ("Early 2024", "late 2023" stay the year:
/// news uses them loosely, and TimeML annotates them as the year.)
pub const YEAR_PARTS: &[(&str, u32, u32)] = &[("beginning of", 1, 3), ("start of", 1, 3), ("boy", 1, 3), ("end of", 9, 12), ("eoy", 9, 12)];

/// Days named by their distance from today; a part of today ("this morning", "tonight") is today.
pub const DAYS_FROM_TODAY: &[(&str, i64)] = &[
    ("the day before yesterday", -2),
    ("yesterday", -1),
    // The night before the day of publication, as news writes it the next morning.
    ("last night", -1),
    ("yesterday morning", -1),
    ("yesterday afternoon", -1),
    ("yesterday evening", -1),
    ("tomorrow morning", 1),
    ("tomorrow afternoon", 1),
    ("tomorrow evening", 1),
    ("today", 0),
    ("this morning", 0),
    ("this afternoon", 0),
    ("this evening", 0),
    ("tonight", 0),
    ("tomorrow", 1),
    ("the day after tomorrow", 2),
];

/// Fixed-date holidays: a pattern (several spellings) and the month and day.
pub const HOLIDAYS: &[(&str, u32, u32)] = &[
    // A longer name before the one it starts with: alternatives are tried in order.
    (r"christmas\s+eve", 12, 24),
    (r"christmas(?:\s+day)?|xmas", 12, 25),
    (r"new\s+year['’]?s?\s+day", 1, 1),
    (r"new\s+year['’]?s?\s+eve", 12, 31),
    (r"(?:st\.?|saint)\s+valentine['’]?s?\s+day|valentine['’]?s?\s+day", 2, 14),
    (r"halloween", 10, 31),
    (r"independence\s+day|(?:the\s+)?fourth\s+of\s+july", 7, 4),
    (r"veterans['’]?\s+day", 11, 11),
    (r"armistice\s+day", 11, 11),
    (r"boxing\s+day", 12, 26),
    (r"(?:st\.?|saint)\s+patrick['’]?s\s+day", 3, 17),
    (r"may\s+day", 5, 1),
    (r"(?:the\s+)?ides\s+of\s+march", 3, 15),
    (r"(?:st\.?|saint)\s+paddy['’]?s\s+day", 3, 17),
    (r"world\s+vegan\s+day", 11, 1),
];

/// Fixed-date holidays moved off a weekend: pattern, month, day, the shift when it falls on
/// a Saturday, on a Sunday (Boss's Day to the nearest weekday; King's Day to the Saturday).
pub const MOVED_HOLIDAYS: &[(&str, u32, u32, i64, i64)] =
    &[(r"boss['’]?s?\s+day", 10, 16, -1, 1), (r"koningsdag|king['’]?s\s+day", 4, 27, 0, -1)];

/// Holidays on the nth weekday of a month (US federal): pattern, month, weekday, nth (None: the last).
pub const WEEKDAY_HOLIDAYS: &[(&str, u32, Weekday, Option<u32>)] = &[
    (r"thanksgiving(?:\s+day)?", 11, Weekday::Thu, Some(4)),
    (r"memorial\s+day", 5, Weekday::Mon, None),
    (r"labou?r\s+day", 9, Weekday::Mon, Some(1)),
    (r"(?:martin\s+luther\s+king|mlk)(?:['’]?s)?(?:\s+jr\.?)?\s+day|civil\s+rights\s+day", 1, Weekday::Mon, Some(3)),
    (r"presidents['’]?\s+day|washington['’]s\s+birthday", 2, Weekday::Mon, Some(3)),
    (r"columbus\s+day", 10, Weekday::Mon, Some(2)),
    (r"mother['’]?s\s+day", 5, Weekday::Sun, Some(2)),
    (r"father['’]?s\s+day", 6, Weekday::Sun, Some(3)),
];

/// Holidays counted from Easter Sunday (the Gregorian computus): pattern, days after Easter.
pub const EASTER_HOLIDAYS: &[(&str, i64)] = &[
    (r"easter\s+mon(?:day)?", 1),
    (r"easter(?:\s+sunday)?", 0),
    (r"good\s+friday", -2),
    (r"maundy\s+thursday|holy\s+thursday", -3),
    (r"palm\s+sunday|branch\s+sunday", -7),
    (r"ash\s+wednesday", -46),
    (r"shrove\s+tuesday|mardi\s+gras|pancake\s+day", -47),
    (r"ascension\s+day", 39),
    (r"pentecost|whit\s*sunday|white\s+sunday", 49),
    (r"whit\s*monday|monday\s+of\s+the\s+holy\s+spirit", 50),
    (r"trinity\s+sunday", 56),
];

/// Holidays counted from the Orthodox Easter Sunday (the Julian computus): pattern, days after it.
pub const ORTHODOX_HOLIDAYS: &[(&str, i64)] = &[
    (r"orthodox\s+easter(?:\s+sunday)?", 0),
    (r"orthodox\s+(?:good|great)\s+friday", -2),
    (r"lazarus\s+saturday", -8),
    (r"clean\s+monday", -48),
];

/// Holidays of the Hijri, Hebrew and Chinese calendars: pattern, calendar, month (Hijri: from
/// Muharram; Hebrew: from Tishrei), day, how many days (`None`: the whole month).
pub const LUNAR_HOLIDAYS: &[(&str, LunarCalendar, u8, u8, Option<u8>)] = &[
    (r"ramadh?an", LunarCalendar::Hijri, 9, 1, None),
    (r"(?:eid|id)\s+(?:al|ul|el)[\s-]fitr", LunarCalendar::Hijri, 10, 1, Some(1)),
    (
        r"(?:eid|id)\s+(?:al|ul|el)[\s-]adha|bakr\s+id|sacrifice\s+feast|feast\s+of\s+(?:the\s+)?sacrifice",
        LunarCalendar::Hijri,
        12,
        10,
        Some(1),
    ),
    (r"(?:islamic|hijri)\s+new\s+year|amun\s+jadid", LunarCalendar::Hijri, 1, 1, Some(1)),
    (r"(?:the\s+)?day\s+of\s+ashura|ashura", LunarCalendar::Hijri, 1, 10, Some(1)),
    (r"mawlid(?:\s+al[\s-]nabawi)?", LunarCalendar::Hijri, 3, 12, Some(1)),
    (r"laylat\s+al[\s-][kq]adr|(?:the\s+)?night\s+of\s+(?:power|measures)", LunarCalendar::Hijri, 9, 27, Some(1)),
    (r"rosh\s+hashann?ah?", LunarCalendar::Hebrew, 1, 1, Some(2)),
    (r"yom\s+kippur", LunarCalendar::Hebrew, 1, 10, Some(1)),
    (r"sukkot|succos|feast\s+of\s+(?:the\s+)?(?:tabernacles|ingathering)", LunarCalendar::Hebrew, 1, 15, Some(7)),
    (r"c?hann?ukk?ah|chanukk?ah", LunarCalendar::Hebrew, 3, 25, Some(8)),
    (r"passover|pesach", LunarCalendar::Hebrew, 7, 15, Some(8)),
    (r"shavuot", LunarCalendar::Hebrew, 9, 6, Some(2)),
    (r"(?:chinese|lunar)\s+(?:lunar\s+)?new\s+year(?:['’]?s?\s+day|['’]s)?|spring\s+festival", LunarCalendar::Chinese, 1, 1, Some(1)),
];

/// Counts in words that are no number ("a few days", "a couple of weeks", "several months"): about three, two.
pub const VAGUE_COUNTS: &[(&str, i64)] = &[("a few", 3), ("few", 3), ("several", 3), ("a couple of", 2), ("a couple", 2), ("couple of", 2)];

/// Slash forms that name something, not a day ("24/7" coverage, the "9/11" attacks).
pub const SLASH_NAMES: &[(u32, u32)] = &[(24, 7), (9, 11)];

/// Eras after a year ("345 BC", "2014 A.D.", "2555 BE"): the years they add to the Christian era's
/// (BC: counted back, as year -n; the Buddhist era: 543 years ahead). Written in capitals, or with dots.
pub const ERAS: &[(&str, i32, i32)] = &[
    ("bce", -1, 0),
    ("bc", -1, 0),
    ("b.c.e.", -1, 0),
    ("b.c.", -1, 0),
    ("ad", 1, 0),
    ("a.d.", 1, 0),
    ("ce", 1, 0),
    ("c.e.", 1, 0),
    ("be", 1, -543),
    ("b.e.", 1, -543),
];

/// Verbs and phrases that make a clause look ahead ("will sign", "is due to", "plans to").
pub const FUTURE_WORDS: &[&str] = &[
    "will",
    "won't",
    "won’t",
    "shall",
    "'ll",
    "’ll",
    "would",
    "is due to",
    "are due to",
    "is set to",
    "are set to",
    "is expected",
    "are expected",
    "is supposed to",
    "are supposed to",
    "is scheduled to",
    "are scheduled to",
    "is scheduled for",
    "are scheduled for",
    "is going to",
    "are going to",
    "is to",
    "are to",
    // A headline's "Sanctions package to be adopted on Feb 24".
    "to be",
    "plans to",
    "plan to",
    "planned for",
    "scheduled for",
    "intends to",
    "upcoming",
    "next",
    "coming",
];

/// Verbs whose base form after "agreed to", "decided to", "vowed to" is the infinitive of what is
/// committed to (a list, as "to" is a preposition too: "agreed to new sanctions on Monday").
pub const COMMITTED_INFINITIVES: &[&str] = &[
    "meet",
    "hold",
    "start",
    "begin",
    "resume",
    "open",
    "reopen",
    "close",
    "end",
    "halt",
    "stop",
    "cease",
    "release",
    "free",
    "return",
    "hand",
    "send",
    "withdraw",
    "pull",
    "leave",
    "visit",
    "travel",
    "host",
    "attend",
    "sign",
    "ratify",
    "lift",
    "impose",
    "extend",
    "implement",
    "observe",
    "respect",
    "allow",
    "let",
    "restore",
    "recognise",
    "recognize",
    "transfer",
    "deliver",
    "supply",
    "provide",
    "pay",
    "cut",
    "reduce",
    "raise",
    "vote",
    "call",
    "talk",
    "discuss",
    "negotiate",
    "launch",
    "deploy",
    "exchange",
    "swap",
    "form",
    "create",
    "establish",
    "set",
    "announce",
    "pardon",
    "elect",
    "appoint",
    "dissolve",
    "suspend",
    "resign",
    "step",
    "sit",
    "join",
    "seal",
    "finalise",
    "finalize",
    "reach",
    "conclude",
    "submit",
    "present",
    "unveil",
    "publish",
    "introduce",
    "enforce",
    "apply",
    "continue",
];

/// Auxiliaries of the perfect and the passive ("has signed", "had left", "was killed").
pub const PAST_AUXILIARIES: &[&str] = &["has", "have", "had", "was", "were"];

/// Prepositions that, right after the first word of a compound noun, make that word its head:
/// the one that takes the plural ("calls with", "guests of honour").
pub const PREPOSITIONS_AFTER_A_HEAD: &[&str] = &["of", "with", "for", "to", "on", "in", "at", "by", "from", "against"];
/// Adverbs between the auxiliary and the participle ("has already signed", "was also seen").
pub const ADVERBS: &[&str] =
    &["already", "also", "just", "not", "never", "since", "recently", "finally", "previously", "reportedly", "allegedly", "been"];
/// Past forms that do not end in "-ed" ("met", "said", "took").
/// Verbs of saying in the past: what follows them is the clause they report, with or
/// without "that" ("said it would proceed").
pub const REPORTING_VERBS_PAST: &[&str] = &[
    "said",
    "announced",
    "added",
    "warned",
    "stated",
    "declared",
    "confirmed",
    "insisted",
    "pledged",
    "promised",
    "vowed",
    "noted",
    "wrote",
    "tweeted",
    "posted",
    "claimed",
    "argued",
    "explained",
    "acknowledged",
    "conceded",
    "cautioned",
];

pub const IRREGULAR_PAST: &[&str] = &[
    "was",
    "were",
    "did",
    "said",
    "met",
    "went",
    "came",
    "took",
    "retook",
    "made",
    "gave",
    "told",
    "saw",
    "found",
    "left",
    "held",
    "began",
    "won",
    "lost",
    "sent",
    "spoke",
    "wrote",
    "led",
    "fell",
    "rose",
    "fought",
    "brought",
    "bought",
    "sought",
    "thought",
    "struck",
    "stood",
    "felt",
    "kept",
    "paid",
    "ran",
    "set",
    "shot",
    "hit",
    "put",
    "quit",
    "knew",
    "grew",
    "flew",
    "drew",
    "threw",
    "chose",
    "broke",
    "woke",
    "became",
    "became",
    "got",
    "built",
    "spent",
    "meant",
    "heard",
    "sold",
    "won",
    "swore",
    "overtook",
    "withdrew",
    "undertook",
    "forgot",
];
/// Words ending in "-ed" that are no past verbs ("need", "speed", "Ahmed"…), lower case.
pub const NOT_PAST: &[&str] = &[
    "united", "armed", "based", "related", "limited", "advanced", "need", "speed", "seed", "feed", "bed", "red", "shed", "hundred",
    "ahmed", "mohammed", "muhammad", "led",
];

/// After these a date is a deadline or a starting point ("until June 30", "by Friday").
pub const DEADLINE_WORDS: &[&str] =
    &["until", "till", "through", "thru", "by", "before", "after", "since", "from", "no later than", "starting"];

/// Modals of plans ("would visit"): the English conditional is a word, not an ending.
pub const CONDITIONAL_ENDINGS: &[&str] = &[];
pub const NOT_PLANS: &[&str] = &[];

/// Pronouns that carry the previous sentence's subject, and what may open a sentence before them.
pub const SUBJECT_WORDS: crate::extract::locale::SubjectWords = crate::extract::locale::SubjectWords {
    pronouns: &["he", "she"],
    possessives: &["his", "her"],
    connectives: &["then", "but", "and", "later", "also", "meanwhile", "since", "as", "while", "whereas"],
    // "It" stands for no one ("it is", "it seems"): English third-person pronouns
    // for people are "he"/"she" only, so no verb list is needed to exclude them.
    impersonal: &[],
    inverted: &[],
    opening_words: 4,
    titles: &[
        ("the army chief", false),
        ("the chancellor", true),
        ("the colonel", false),
        ("the crown prince", false),
        ("the defence minister", false),
        ("the defense minister", false),
        ("the diplomat", false),
        ("the emir", true),
        ("the foreign minister", false),
        ("the general", false),
        ("the head of state", true),
        ("the incumbent", true),
        ("the incumbent president", true),
        ("the king", true),
        ("the leader", false),
        ("the minister", false),
        ("the monarch", true),
        ("the new president", true),
        ("the outgoing president", true),
        ("the pope", false),
        ("the premier", true),
        ("the president", true),
        ("the president-elect", true),
        ("the prime minister", true),
        ("the queen", true),
        ("the secretary", false),
        ("the secretary general", false),
        ("the secretary of state", false),
        ("the secretary-general", false),
        ("the spokesman", false),
        ("the spokesperson", false),
        ("the spokeswoman", false),
        ("the top diplomat", false),
    ],
    agent_markers: &["by"],
};

/// A regex alternation of words (escaped, longest first so "twenty-one" wins over "twenty").
pub fn alternation<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let mut words: Vec<&str> = words.into_iter().collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    words.dedup();
    // Words of several parts ("twenty-first", "end of") match with a hyphen, spaces or neither between them.
    let parts = |w: &str| w.split([' ', '-']).map(regex::escape).collect::<Vec<_>>().join(r"(?:-|\s+)?");
    words.iter().map(|w| parts(w)).collect::<Vec<_>>().join("|")
}

/// A word lower-cased, without dots, with straight apostrophes and one space for a hyphen or spaces.
fn folded(word: &str) -> String {
    let lower: String = word.trim().to_lowercase().chars().filter(|&c| c != '.').map(|c| if c == '’' { '\'' } else { c }).collect();
    lower.split(|c: char| c.is_whitespace() || c == '-').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// Month names and abbreviations (an abbreviation may end with a dot).
pub fn months_pattern() -> String {
    // "May" is a month only capitalised: "may" is a verb ("May I help you?" is caught
    // elsewhere: a month needs a day, a year or a preposition).
    let names = alternation(MONTHS.iter().map(|m| m.name)).replace("may", "(?-i:May|MAY)");
    let abbreviations = MONTHS.iter().flat_map(|m| m.abbreviations.iter().copied());
    let abbreviations = alternation(abbreviations).split('|').map(|a| format!("{a}\\.?")).collect::<Vec<_>>().join("|");
    format!("{names}|{abbreviations}")
}

pub fn weekdays_pattern() -> String {
    alternation(WEEKDAYS.iter().map(|w| w.name))
}

pub fn weekday_abbreviations_pattern() -> String {
    let abbreviations = alternation(WEEKDAYS.iter().flat_map(|w| w.abbreviations.iter().copied()));
    abbreviations.split('|').map(|a| format!("{a}\\.?")).collect::<Vec<_>>().join("|")
}

/// A day of the month in figures ("20", "20th") or words ("twentieth", "first").
pub fn day_pattern() -> String {
    format!(r"(?:\d{{1,2}}(?:{})?|{})", alternation(ORDINAL_SUFFIXES.iter().copied()), alternation(ORDINALS.iter().map(|(w, _)| *w)))
}

/// A count in words or figures ("three", "15").
pub fn number_pattern() -> String {
    format!(r"(?:{}|\d{{1,3}})", alternation(NUMBERS.iter().map(|(w, _)| *w)))
}

pub fn unit_pattern() -> String {
    alternation(UNITS.iter().map(|(w, _)| *w))
}

/// Ordinals in words or figures ("third", "3rd").
pub fn ordinal_pattern() -> String {
    format!(r"(?:{}|\d{{1,2}}(?:st|nd|rd|th))", alternation(ORDINALS.iter().map(|(w, _)| *w)))
}

pub fn season_pattern() -> String {
    alternation(SEASONS.iter().map(|(w, _)| *w))
}

pub fn month_part_pattern() -> String {
    alternation(MONTH_PARTS.iter().map(|(w, _)| *w))
}

pub fn days_from_today_pattern() -> String {
    alternation(DAYS_FROM_TODAY.iter().map(|(w, _)| *w))
}

pub fn holidays_pattern() -> String {
    HOLIDAYS
        .iter()
        .map(|(p, _, _)| *p)
        .chain(WEEKDAY_HOLIDAYS.iter().map(|(p, ..)| *p))
        .chain(EASTER_HOLIDAYS.iter().map(|(p, _)| *p))
        .chain(ORTHODOX_HOLIDAYS.iter().map(|(p, _)| *p))
        .chain(MOVED_HOLIDAYS.iter().map(|(p, ..)| *p))
        .chain(std::iter::once(BLACK_FRIDAY))
        .chain(LUNAR_HOLIDAYS.iter().map(|(p, ..)| *p))
        .collect::<Vec<_>>()
        .join("|")
}

/// The day after Thanksgiving.
pub const BLACK_FRIDAY: &str = r"black\s+friday";

pub fn year_part_pattern() -> String {
    alternation(YEAR_PARTS.iter().filter(|(w, ..)| w.contains(' ')).map(|(w, ..)| *w))
}

/// The first and last months of a part of a year ("end of": September to December).
pub fn year_part(words: &str) -> Option<(u32, u32)> {
    let words = folded(words);
    YEAR_PARTS.iter().find(|(w, ..)| *w == words).map(|&(_, first, last)| (first, last))
}

/// Vague counts ("a few", "a couple of").
pub fn vague_count_pattern() -> String {
    alternation(VAGUE_COUNTS.iter().map(|(w, _)| *w))
}

pub fn vague_count(words: &str) -> Option<i64> {
    static LOOKUP: LazyLock<Lookup<i64>> = LazyLock::new(|| Lookup::new(VAGUE_COUNTS.iter().copied()));
    LOOKUP.get(words)
}

/// Eras: the plain letters only in capitals ("AD", not the word "ad"), the dotted ones in any case.
pub fn era_pattern() -> String {
    let plain = ERAS.iter().filter(|(w, ..)| !w.contains('.')).map(|(w, ..)| w.to_uppercase()).collect::<Vec<_>>();
    let dotted = ERAS.iter().filter(|(w, ..)| w.contains('.')).map(|(w, ..)| *w);
    format!(r"(?:(?-i:{})\b|(?:{}))", alternation(plain.iter().map(|s| s.as_str())), alternation(dotted))
}

/// The year of the Christian era (astronomical, BC as negative) that `year` of `era` names.
pub fn era_year(year: i32, era: &str) -> Option<i32> {
    let era = era.trim().to_lowercase();
    ERAS.iter().find(|(w, ..)| *w == era).map(|&(_, sign, shift)| sign * year + shift)
}

/// A lookup of words, built once from a table, compared folded.
struct Lookup<T>(HashMap<String, T>);

impl<T: Copy> Lookup<T> {
    fn new<'a>(entries: impl IntoIterator<Item = (&'a str, T)>) -> Self {
        Lookup(entries.into_iter().map(|(w, v)| (folded(w), v)).collect())
    }

    fn get(&self, word: &str) -> Option<T> {
        self.0.get(&folded(word)).copied()
    }
}

pub fn month_number(word: &str) -> Option<u32> {
    static LOOKUP: LazyLock<Lookup<u32>> = LazyLock::new(|| {
        Lookup::new(MONTHS.iter().flat_map(|m| std::iter::once(m.name).chain(m.abbreviations.iter().copied()).map(|w| (w, m.number))))
    });
    LOOKUP.get(word)
}

/// Whether a word names a day or its part, so that a clock time after it is that day's
/// ("Friday at 3 p.m.", "May 3 at 8 a.m.", "tomorrow night at 8 p.m.").
pub fn names_a_day(word: &str) -> bool {
    let word = word.trim_end_matches([',', ';']).to_lowercase();
    weekday(&word).is_some()
        || month_number(&word).is_some()
        || word.chars().any(|c| c.is_ascii_digit())
        || matches!(
            word.as_str(),
            "tomorrow" | "yesterday" | "today" | "tonight" | "night" | "morning" | "afternoon" | "evening" | "noon" | "midnight"
        )
}

pub fn weekday(word: &str) -> Option<Weekday> {
    static LOOKUP: LazyLock<Lookup<Weekday>> = LazyLock::new(|| {
        Lookup::new(WEEKDAYS.iter().flat_map(|w| std::iter::once((w.name, w.day)).chain(w.abbreviations.iter().map(|&a| (a, w.day)))))
    });
    LOOKUP.get(word)
}

/// A day of the month from figures ("20", "20th") or ordinal words ("twentieth").
pub fn day_number(word: &str) -> Option<u32> {
    let word = word.trim();
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let day = match digits.parse() {
        Ok(n) if !digits.is_empty() => n,
        _ => ordinal(word)?,
    };
    (1..=31).contains(&day).then_some(day)
}

/// A count from figures or words.
pub fn number(word: &str) -> Option<i64> {
    static LOOKUP: LazyLock<Lookup<u32>> = LazyLock::new(|| Lookup::new(NUMBERS.iter().copied()));
    match word.trim().parse() {
        Ok(n) => Some(n),
        Err(_) => LOOKUP.get(word).map(i64::from),
    }
}

/// An ordinal from words ("third") or figures ("3rd").
pub fn ordinal(word: &str) -> Option<u32> {
    static LOOKUP: LazyLock<Lookup<u32>> = LazyLock::new(|| Lookup::new(ORDINALS.iter().copied()));
    let digits = word.trim().trim_end_matches(|c: char| c.is_ascii_alphabetic());
    match digits.parse() {
        Ok(n) if !digits.is_empty() => Some(n),
        _ => LOOKUP.get(word),
    }
}

pub fn is_last(word: &str) -> bool {
    LAST.contains(&folded(word).as_str())
}

pub fn unit(word: &str) -> Option<Unit> {
    static LOOKUP: LazyLock<Lookup<Unit>> = LazyLock::new(|| Lookup::new(UNITS.iter().copied()));
    LOOKUP.get(word)
}

pub fn season(word: &str) -> Option<Season> {
    static LOOKUP: LazyLock<Lookup<Season>> = LazyLock::new(|| Lookup::new(SEASONS.iter().copied()));
    LOOKUP.get(word)
}

pub fn month_part(word: &str) -> Option<MonthPart> {
    static LOOKUP: LazyLock<Lookup<MonthPart>> = LazyLock::new(|| Lookup::new(MONTH_PARTS.iter().copied()));
    let word = folded(word);
    let word = word.strip_prefix("the ").unwrap_or(&word);
    LOOKUP.get(word.trim_end_matches(" the"))
}

pub fn days_from_today(word: &str) -> Option<i64> {
    static LOOKUP: LazyLock<Lookup<i64>> = LazyLock::new(|| Lookup::new(DAYS_FROM_TODAY.iter().copied()));
    LOOKUP.get(word)
}

/// What a holiday named by `words` falls on: a fixed month and day, or the nth weekday of a month.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Holiday {
    Fixed(u32, u32),
    NthWeekday(u32, Weekday, Option<u32>),
    /// Days after Easter Sunday.
    Easter(i64),
    /// Days after the Orthodox Easter Sunday.
    OrthodoxEaster(i64),
    /// A fixed month and day, moved by the given days when on a Saturday, on a Sunday.
    Moved(u32, u32, i64, i64),
    /// Days after the nth weekday of a month (Black Friday: the day after Thanksgiving).
    AfterNthWeekday(u32, Weekday, Option<u32>, i64),
    /// A day of another calendar, and how many days from it (`None`: to its month's end).
    Lunar(LunarCalendar, u8, u8, Option<u8>),
}

pub fn holiday(words: &str) -> Option<Holiday> {
    static LOOKUP: LazyLock<Vec<(regex::Regex, Holiday)>> = LazyLock::new(|| {
        let exact = |p: &str| regex::Regex::new(&format!("(?i)^(?:{p})$")).expect("holiday");
        HOLIDAYS
            .iter()
            .map(|&(p, m, d)| (exact(p), Holiday::Fixed(m, d)))
            .chain(WEEKDAY_HOLIDAYS.iter().map(|&(p, m, w, n)| (exact(p), Holiday::NthWeekday(m, w, n))))
            .chain(EASTER_HOLIDAYS.iter().map(|&(p, d)| (exact(p), Holiday::Easter(d))))
            .chain(ORTHODOX_HOLIDAYS.iter().map(|&(p, d)| (exact(p), Holiday::OrthodoxEaster(d))))
            .chain(MOVED_HOLIDAYS.iter().map(|&(p, m, d, sat, sun)| (exact(p), Holiday::Moved(m, d, sat, sun))))
            .chain(std::iter::once((exact(BLACK_FRIDAY), Holiday::AfterNthWeekday(11, Weekday::Thu, Some(4), 1))))
            .chain(LUNAR_HOLIDAYS.iter().map(|&(p, c, m, d, n)| (exact(p), Holiday::Lunar(c, m, d, n))))
            .collect()
    });
    let words = words.trim();
    LOOKUP.iter().find(|(r, _)| r.is_match(words)).map(|&(_, h)| h)
}

/// Words that may stand between a leader's title and their name ("the Syrian president ad
/// interim Ahmed al-Sharaa", "the US president elect Donald Trump").
pub const LEADER_QUALIFIERS: &[&str] = &["elect", "ad interim"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_read_the_tables_the_patterns_come_from() {
        for m in &MONTHS {
            assert_eq!(month_number(m.name), Some(m.number));
            for a in m.abbreviations {
                assert_eq!(month_number(&format!("{a}.")), Some(m.number), "{a}");
            }
        }
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(weekday("Tues."), Some(Weekday::Tue));
        assert_eq!(day_number("1st"), Some(1));
        assert_eq!(day_number("thirty-first"), Some(31));
        assert_eq!(day_number("twenty first"), Some(21));
        assert_eq!(day_number("32"), None);
        assert_eq!(number("three"), Some(3));
        assert_eq!(ordinal("3rd"), Some(3));
        assert_eq!(unit("Years"), Some(Unit::Year));
        assert_eq!(season("fall"), Some(Season::Autumn));
        assert_eq!(month_part("mid-"), Some(MonthPart::Middle));
        assert_eq!(month_part("the end of"), Some(MonthPart::Late));
        assert_eq!(holiday("Christmas Day"), Some(Holiday::Fixed(12, 25)));
        assert_eq!(holiday("Thanksgiving"), Some(Holiday::NthWeekday(11, Weekday::Thu, Some(4))));
    }

    #[test]
    fn alternations_put_longer_words_first() {
        let days = regex::Regex::new(&format!("(?i)^(?:{})$", day_pattern())).unwrap();
        assert!(days.is_match("thirty-first") && days.is_match("31") && days.is_match("20th"));
        let months = regex::Regex::new(&format!("(?i)^(?:{})$", months_pattern())).unwrap();
        for m in ["February", "Sept.", "Dec", "jan."] {
            assert!(months.is_match(m), "{m}");
        }
    }
}
