//! The domain model: articles, events, places, actors and the mentions that tie
//! an event to the articles reporting it.
//!
//! Dates are calendar dates (`NaiveDate`): news events are reported in local
//! days, not instants. Offsets into article text are UTF-8 byte offsets.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "specta", derive(specta::Type))]
        #[serde(transparent)]
        pub struct $name(
            // A SQLite rowid; exported to TypeScript as `number` (ids stay far below 2^53).
            #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))] pub i64,
        );

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}

id_type!(
    /// Identifies a stored article.
    ArticleId
);
id_type!(
    /// Identifies a stored event.
    EventId
);

/// Declares a string-backed enum with its stable storage/serialisation names.
macro_rules! string_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "specta", derive(specta::Type))]
        #[serde(rename_all = "lowercase")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The name used in the database, the JSON export and the CLI.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

string_enum!(
    /// What kind of real-world event this is.
    EventType {
        Visit => "visit",
        Meeting => "meeting",
        Agreement => "agreement",
        Sanction => "sanction",
        Statement => "statement",
        Military => "military",
        Election => "election",
        Other => "other",
    }
);

string_enum!(
    /// How exactly a date is known: "le 20 juin" is a day, "en 1975" a year.
    Precision {
        Day => "day",
        Week => "week",
        Month => "month",
        Quarter => "quarter",
        Season => "season",
        Year => "year",
        Decade => "decade",
    }
);

impl Precision {
    /// A day or a week: dates narrow enough for reports of one event to meet
    /// ("la semaine dernière à Istanbul" and "in Istanbul on Friday").
    pub fn is_fine(self) -> bool {
        matches!(self, Precision::Day | Precision::Week)
    }
}

string_enum!(
    /// Whether the machine found an event or a user entered it.
    Origin {
        Extracted => "extracted",
        Manual => "manual",
    }
);

string_enum!(
    /// A part of an event a user corrected; extraction never changes it again.
    /// `sources`: the user merged, split or removed reports.
    EditedField {
        Title => "title",
        Type => "type",
        Date => "date",
        Planned => "planned",
        Places => "places",
        Actors => "actors",
        Sources => "sources",
    }
);

impl EditedField {
    /// The stored form: names joined by commas, "" when nothing was edited.
    pub fn list_to_db(fields: &[EditedField]) -> String {
        fields.iter().map(|f| f.as_str()).collect::<Vec<_>>().join(",")
    }

    pub fn list_from_db(text: &str) -> Vec<EditedField> {
        text.split(',').filter_map(EditedField::parse).collect()
    }
}

string_enum!(
    PlaceKind {
        City => "city",
        Country => "country",
        Region => "region",
    }
);

string_enum!(
    ActorKind {
        Person => "person",
        State => "state",
        Organisation => "organisation",
    }
);

/// The seasons, for "au printemps 2023", "cet hiver".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

impl Season {
    /// The season a date falls in by month (winter: December to February), as the
    /// season spans of `DateSpan::season` start on the 21st of their first month.
    pub fn of_start(date: NaiveDate) -> Season {
        use chrono::Datelike;
        match date.month() {
            3..=5 => Season::Spring,
            6..=8 => Season::Summer,
            9..=11 => Season::Autumn,
            _ => Season::Winter,
        }
    }
}

/// The part of a month "début", "mi-"/"milieu" and "fin" name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthPart {
    Early,
    Middle,
    Late,
}

impl MonthPart {
    /// "début", "mi", "mi-", "milieu", "fin" (any case); `None` for anything else.
    pub fn from_word(word: &str) -> Option<Self> {
        match word.trim_end_matches(['-', ' ']).to_lowercase().as_str() {
            "début" | "debut" => Some(MonthPart::Early),
            "mi" | "milieu" => Some(MonthPart::Middle),
            "fin" => Some(MonthPart::Late),
            _ => None,
        }
    }
}

/// A date interval with the precision it was stated at. `end` is inclusive;
/// for a single day `start == end`, for "en juin 2024" the whole month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct DateSpan {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub precision: Precision,
}

impl DateSpan {
    pub fn day(date: NaiveDate) -> Self {
        DateSpan { start: date, end: date, precision: Precision::Day }
    }

    pub fn month(year: i32, month: u32) -> Option<Self> {
        let start = NaiveDate::from_ymd_opt(year, month, 1)?;
        let next = if month == 12 { NaiveDate::from_ymd_opt(year + 1, 1, 1)? } else { NaiveDate::from_ymd_opt(year, month + 1, 1)? };
        Some(DateSpan { start, end: next.pred_opt()?, precision: Precision::Month })
    }

    /// "début mars", "mi-mars", "fin mars": the third of the month the word names, in days
    /// (1–10, 11–20, 21 to the end), so the timeline draws it where it falls and a
    /// "début mars" report never joins a "fin mars" one.
    pub fn month_part(year: i32, month: u32, part: MonthPart) -> Option<Self> {
        let whole = DateSpan::month(year, month)?;
        let (from, to) = match part {
            MonthPart::Early => (1, 10),
            MonthPart::Middle => (11, 20),
            MonthPart::Late => (21, chrono::Datelike::day(&whole.end)),
        };
        Some(DateSpan {
            start: NaiveDate::from_ymd_opt(year, month, from)?,
            end: NaiveDate::from_ymd_opt(year, month, to)?,
            precision: Precision::Day,
        })
    }

    pub fn year(year: i32) -> Option<Self> {
        Some(DateSpan {
            start: NaiveDate::from_ymd_opt(year, 1, 1)?,
            end: NaiveDate::from_ymd_opt(year, 12, 31)?,
            precision: Precision::Year,
        })
    }

    /// "les années 1990": 1990 to 1999.
    pub fn decade(first_year: i32) -> Option<Self> {
        let first = first_year - first_year.rem_euclid(10);
        Some(DateSpan {
            start: NaiveDate::from_ymd_opt(first, 1, 1)?,
            end: NaiveDate::from_ymd_opt(first + 9, 12, 31)?,
            precision: Precision::Decade,
        })
    }

    /// A quarter: 1 (January–March) to 4.
    pub fn quarter(year: i32, quarter: u32) -> Option<Self> {
        if !(1..=4).contains(&quarter) {
            return None;
        }
        let start = DateSpan::month(year, quarter * 3 - 2)?.start;
        let end = DateSpan::month(year, quarter * 3)?.end;
        Some(DateSpan { start, end, precision: Precision::Quarter })
    }

    /// An astronomical season as the French calendar names it: spring from 21 March to
    /// 20 June, summer to 22 September, autumn to 20 December, winter to 20 March of the next year.
    pub fn season(year: i32, season: Season) -> Option<Self> {
        let (from, to) = match season {
            Season::Spring => ((year, 3, 21), (year, 6, 20)),
            Season::Summer => ((year, 6, 21), (year, 9, 22)),
            Season::Autumn => ((year, 9, 23), (year, 12, 20)),
            Season::Winter => ((year, 12, 21), (year + 1, 3, 20)),
        };
        Some(DateSpan {
            start: NaiveDate::from_ymd_opt(from.0, from.1, from.2)?,
            end: NaiveDate::from_ymd_opt(to.0, to.1, to.2)?,
            precision: Precision::Season,
        })
    }

    /// The week (Monday to Sunday) holding `date`.
    pub fn week_of(date: NaiveDate) -> Self {
        use chrono::Datelike;
        let monday = date - chrono::Duration::days(date.weekday().num_days_from_monday() as i64);
        DateSpan { start: monday, end: monday + chrono::Duration::days(6), precision: Precision::Week }
    }

    /// The start as the export writes it: YYYY-MM-DD, YYYY-MM or YYYY by precision.
    pub fn start_label(&self) -> String {
        match self.precision {
            Precision::Day | Precision::Week | Precision::Quarter | Precision::Season => self.start.format("%Y-%m-%d").to_string(),
            Precision::Month => self.start.format("%Y-%m").to_string(),
            Precision::Year | Precision::Decade => self.start.format("%Y").to_string(),
        }
    }

    /// Two spans are compatible when they overlap: "jeudi" and "le 20 juin" can be one day.
    pub fn overlaps(&self, other: &DateSpan) -> bool {
        self.start <= other.end && other.start <= self.end
    }
}

/// An article as it is about to be stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewArticle {
    pub file_name: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub language: String,
    pub published: Option<NaiveDate>,
    pub text: String,
    /// SHA-256 of the cleaned text, hex: the same content is never stored twice.
    pub content_hash: String,
}

/// A stored article.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Article {
    pub id: ArticleId,
    pub file_name: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub language: String,
    pub published: Option<NaiveDate>,
    pub text: String,
    pub content_hash: String,
}

/// An article without its text, for lists.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ArticleSummary {
    pub id: ArticleId,
    pub file_name: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub language: String,
    pub published: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Place {
    /// The canonical (English) name, stable across languages: exports and matching use it.
    pub name: String,
    /// The name a French reader expects ("Hanoï", "Corée du Nord").
    pub name_fr: String,
    /// Other names the place goes by in text ("Hanoi", "Kiev", "le Kremlin" for Moscow).
    pub aliases: Vec<String>,
    /// ISO 3166-1 alpha-2 code of the country the place is in (or is).
    pub country: Option<String>,
    pub kind: PlaceKind,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Actor {
    /// The canonical name ("Vladimir Putin", "European Union").
    pub name: String,
    /// The name a French reader expects ("Vladimir Poutine", "Union européenne").
    pub name_fr: String,
    pub kind: ActorKind,
}

/// An actor as a user names it in a correction: a name and a kind. A name the
/// knowledge base knows (in French or English) is stored under its canonical name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct NamedActor {
    pub name: String,
    pub kind: ActorKind,
}

/// Where one article reports an event: the verbatim quote and its byte offsets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Source {
    pub article: ArticleId,
    pub article_title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<NaiveDate>,
    pub quote: String,
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub start: i64,
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub end: i64,
    /// The words the date was read from ("jeudi", "le 20 juin"), when any.
    pub date_text: Option<String>,
    /// The date this source gives the event.
    pub claimed_date: Option<DateSpan>,
    /// A count this source gives ("une dizaine d'accords"), as written.
    pub quantity: Option<String>,
}

string_enum!(
    /// What sources of one event disagree about.
    DisagreementField {
        Date => "date",
        Count => "count",
    }
);

/// Sources of one event that say different things: every claim is kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Disagreement {
    pub field: DisagreementField,
    pub claims: Vec<Claim>,
}

/// What one source says: "2024-06-20", "une dizaine de partenariats".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Claim {
    pub article: ArticleId,
    pub outlet: Option<String>,
    pub value: String,
}

/// A stored event with everything known about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Event {
    pub id: EventId,
    /// The title in French (the stored one); `title_en` in English (see [`EventSummary`]).
    pub title: String,
    #[serde(default)]
    pub title_en: String,
    #[serde(rename = "type")]
    pub event_type: EventType,
    pub date: DateSpan,
    /// 0 to 1. Never NaN, so exported as a plain number.
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub confidence: f32,
    pub origin: Origin,
    /// Announced but not yet happened at publication ("doit rencontrer").
    pub planned: bool,
    pub places: Vec<Place>,
    pub actors: Vec<Actor>,
    pub sources: Vec<Source>,
    /// What a user corrected (kept as is when the articles are extracted again).
    #[serde(default)]
    pub edited: Vec<EditedField>,
    /// A user checked this event against its sources.
    #[serde(default)]
    pub verified: bool,
    /// Where the sources disagree (empty when they agree).
    pub disagreements: Vec<Disagreement>,
}

/// What the timeline needs to draw an event.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct EventSummary {
    pub id: EventId,
    /// The title in French (the stored one); `title_en` in English. Both are composed from
    /// type, actors and places, or are the title a user typed.
    pub title: String,
    pub title_en: String,
    #[serde(rename = "type")]
    pub event_type: EventType,
    pub date: DateSpan,
    /// 0 to 1. Never NaN, so exported as a plain number.
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub confidence: f32,
    pub planned: bool,
    pub places: Vec<String>,
    pub source_count: u32,
    /// ISO codes of the countries of its places, for lanes and filters.
    pub countries: Vec<String>,
    pub actors: Vec<Actor>,
    /// A user checked this event against its sources: the timeline marks it.
    #[serde(default)]
    pub verified: bool,
}

/// Where an event is reported in one article: for marking the other events in the article reader.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ArticleMention {
    pub event: EventId,
    pub title: String,
    #[serde(rename = "type")]
    pub event_type: EventType,
    /// UTF-8 byte offsets of the quote in the article text.
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub start: i64,
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub end: i64,
}
