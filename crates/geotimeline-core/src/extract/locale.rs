//! A language as the engine reads it: the data and named rules of one locale
//! folder (`fr/`, `en/`), gathered behind one value so that the
//! engine (`events.rs`, `dates/`) never names a language. An article's
//! language picks its locale.

use super::dates::DateGrammar;
use super::word_regex::WordRegex;
use crate::model::EventType;
use std::sync::LazyLock;

/// One language's data for the engine.
pub struct Locale {
    /// ISO 639-1 code of the language ("fr").
    pub code: &'static str,
    pub dates: &'static DateGrammar,
    /// Named trigger rules, run before the lexicon.
    pub triggers: &'static TriggerRules,
    /// The trigger lexicon read as verb groups and nouns.
    pub lexicon: fn(&str) -> Vec<LexiconHit>,
    /// Whether the words between an enacting verb and an event noun leave the noun its object.
    pub object_gap: fn(&str) -> bool,
    /// The words around a trigger.
    pub clauses: &'static ClauseReading,
    /// The pronouns that carry the previous sentence's subject.
    pub subject: &'static SubjectWords,
    /// The words around names: titles, civilities, named things, locatives.
    pub actors: &'static ActorWords,
}

/// A locale's words around the names of people and places, which `actors.rs` reads.
pub struct ActorWords {
    /// A title that designates a country's leader beside a demonym ("président" in "le
    /// président russe"; "president" in "the Russian president").
    pub leader_title: LazyLock<WordRegex>,
    /// Whether the title stands before the demonym (French) or after it (English). Before:
    /// `leader_title` matches the end of the text before the demonym; after: the start of the text after it.
    pub title_before_demonym: bool,
    /// Words that may stand between a leader's title and their name ("le président syrien par
    /// intérim Ahmad al-Chareh", "le Premier ministre sortant").
    pub leader_qualifiers: &'static [&'static str],
    /// A title then a name, the name in group 1 ("le Premier ministre Pham Minh Chinh").
    pub titled_name: LazyLock<WordRegex>,
    /// A civility then a name, the name in group 1 ("M. Vaz", "Mr. Modi").
    pub civility_name: LazyLock<regex::Regex>,
    /// The noun of a named thing ending the text before a name ("l'agence Tass").
    pub thing_before_name: LazyLock<regex::Regex>,
    /// Capitalised words that begin no name of a person ("Le", "President").
    pub not_a_first_name: &'static [&'static str],
    /// Number words ("vingt-sept", "twenty"): "les Vingt-Sept États membres" names no one.
    pub numbers: &'static [(&'static str, u32)],
    /// Capitalised nouns that end names of things, not of people ("Unies", "Ministry").
    pub not_a_surname: &'static [&'static str],
    /// Capitalised nouns of institutions that follow the words naming them ("the Sri Lanka
    /// Foreign Relations Ministry", "the Japanese Embassy"): the words before are no person.
    pub institution_after_name: &'static [&'static str],
    /// Words after which capitalised words name no person: a place ("at Bharat Mandapam",
    /// "in Pragati Maidan"; not French "à", which comes before people too), or a thing
    /// after a plural or contracted article ("des Affaires étrangères", "du Burkina Faso").
    pub no_person_after: &'static [&'static str],
    /// The words ending the text before a place that put something at it ("à", "in").
    pub at: LazyLock<WordRegex>,
    /// The words ending the text before a place that put something near it ("près de").
    pub near: LazyLock<WordRegex>,
    /// The words ending the text before a place that make it what is taken, entered,
    /// besieged or freed ("s'est emparée de", "la prise de", "captured", "stormed the capital
    /// of"): the place, not its government.
    pub taken: LazyLock<WordRegex>,
    /// The words ending the text before a name that make it part of a sea's, a strait's or a
    /// lake's name ("mer du Japon", "Gulf of Mexico"): neither the country nor a side.
    pub water_before: LazyLock<WordRegex>,
    /// The same after it ("the South China Sea", "the Indian Ocean"); none in French.
    pub water_after: Option<LazyLock<regex::Regex>>,
    /// Possessives of several owners before an event noun ("leurs discussions", "their
    /// talks"): those the previous sentence named, when the noun's clause names no one.
    pub several_owners: &'static [&'static str],
    /// Words before a place (its article aside) that make it what something is of or comes
    /// from ("menaces émanant de la Corée du Nord", "threats from North Korea"): outside the
    /// trigger's clause, not where the event happens.
    pub of_place: &'static [&'static str],
    /// Articles that may stand between those words and the place ("la", "the").
    pub place_articles: &'static [&'static str],
    /// The word joining the last two names of a list, with its spaces (" et ", " and ").
    pub and: &'static str,
    /// The words ending the text before a state or an organisation that make it what
    /// others are related to, not a side ("les alliés de l'Iran", "supporters of Lula").
    pub related_to: LazyLock<WordRegex>,
    /// The same after it ("Iran's allies"); none in French.
    pub related_after: Option<LazyLock<WordRegex>>,
    /// Lower-case words that cite who tells what the sentence reports ("selon", "according
    /// to"): a person they cite is its source, not a side of the event.
    pub source_markers: &'static [&'static str],
    /// Words after a source marker that make it open a clause instead ("selon lequel").
    pub not_after_source_marker: &'static [&'static str],
    /// Prepositions and articles that give a title a complement ("de", "of", "the"; lower
    /// case; also any word elided as "l'"): a surname after them is no titled person's.
    pub title_complement: &'static [&'static str],
    /// Auxiliaries of a verb in the past ("a", "est", "was", "has"), with a pronominal verb's
    /// ("s'est", "se"): two capitalised words opening a sentence right before one are its
    /// subject, a person's name.
    pub past_auxiliaries: &'static [&'static str],
}

impl ActorWords {
    /// A capitalised word that begins no name of a person: a function word or title, or a
    /// noun that ends names of things ("Commerce Charles Obichang" is "Charles Obichang").
    pub fn begins_no_name(&self, word: &str) -> bool {
        self.not_a_first_name.contains(&word)
            || self.not_a_surname.contains(&word)
            || self.numbers.iter().any(|(number, _)| number.eq_ignore_ascii_case(word))
    }
}

/// What "les deux …", "the two …" designates: the two people or the two states an
/// earlier sentence named.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Pair {
    People,
    States,
}

/// A locale's reading of the words around a trigger, which the engine asks.
pub struct ClauseReading {
    /// The trigger's verb is in the future or the conditional ("se rendra").
    pub looks_ahead: fn(&str) -> bool,
    /// The trigger holds a past participle: a verb, not a noun.
    pub is_participle: fn(&str) -> bool,
    /// A trigger's first word makes it a verb group ("a signé", "s'est rendu").
    pub opens_with_auxiliary: fn(&str) -> bool,
    /// The text ends on an auxiliary and at most two words ("a finalement").
    pub auxiliary_before: fn(&str) -> bool,
    /// (text before, trigger) A participle describes a thing ("les contrats signés").
    pub describes: fn(&str, &str) -> bool,
    /// (text before a place) The place is the topic, after a conflict's name ("la guerre en Ukraine").
    pub names_a_conflict: fn(&str) -> bool,
    /// (text before a country) The country receives something ("des armes à l'Ukraine").
    pub recipient: fn(&str) -> bool,
    /// (text before a place) The place is a side ("avec les États-Unis").
    pub counterpart: fn(&str) -> bool,
    /// The sentence designates a pair named earlier ("les deux dirigeants").
    pub pair_named: fn(&str) -> Option<Pair>,
    /// (a clause's start) The clause says what it conforms to ("conformément à l'annonce").
    pub refers_to: fn(&str) -> bool,
    /// (type, sentence, trigger span, clause bounds, whether the trigger may be a noun: not a
    /// verb the lexicon read) The trigger's words report no new event of its type here.
    pub not_an_event_here: fn(EventType, &str, (usize, usize), usize, usize, bool) -> bool,
    /// (the clause before a trigger, the trigger) Its verb is negated ("n'a pas signé", "did not
    /// sign"): what did not happen is no event, and the clause's date dates no fact either.
    pub negated: fn(&str, &str) -> bool,
    /// (the words after a noun trigger, to its clause's end) The event is called off
    /// ("la réunion était reportée", "the summit was postponed"): as with a negated verb, the
    /// clause's date dates nothing.
    pub called_off: fn(&str) -> bool,
    /// (the words after a noun trigger, to the sentence's end) The event is put off to a later
    /// day ("le sommet, initialement prévu le 3 février, a été repoussé au 10 mars", "was
    /// postponed to March 10"): where the words of the new day start, which date it as planned.
    pub put_off_to: fn(&str) -> Option<usize>,
    /// (text before a place) The place names a time zone ("heure de Paris").
    pub names_a_time_zone: fn(&str) -> bool,
    /// (the clause before a trigger) It recalls an earlier event ("après une visite à").
    pub recalls_earlier: fn(&str) -> bool,
    /// (the clause before a trigger) It opens on a subject relative pronoun ("qui", "which").
    pub subject_relative: fn(&str) -> bool,
    /// (the text before a date) It ends on a noun and the participle that describes it ("la
    /// décision rendue", "the ruling issued on"): where that noun phrase starts.
    pub described_by_participle: fn(&str) -> Option<usize>,
    /// (type, the clause before the trigger, trigger words, text after) Another type the
    /// words around a trigger give it.
    pub retyped: fn(EventType, &str, &str, &str) -> Option<EventType>,
    /// (text before an event noun) The noun is the topic of what is said ("favorables à l'accord").
    pub names_a_topic: fn(&str) -> bool,
    /// Whether a verb group (with the text before it) is told in a tense earlier than the
    /// narrative's (the French pluperfect, "avait annoncé"): background, dated only by its own date.
    pub before_the_narrative: fn(&str, &str) -> bool,
    /// (a verb group) It is in the passive ("devrait être acté", "a été entériné"): its subject
    /// is what it acts on.
    pub passive: fn(&str) -> bool,
    /// (the trigger's clause before it) It ends with an interval to what follows ("four days
    /// after", "deux semaines avant"): how far the trigger's event is from the event the
    /// sentence dated before it, as units to add (negative: earlier).
    pub apart_from_the_sentence_event: fn(&str) -> Option<(i64, crate::extract::dates::calendar::Unit)>,
    /// (the text after a verb of saying, up to a trigger) Where the clause it reports opens
    /// ("mercredi qu'", "on Thursday that"): the offset after the conjunction, when only a
    /// few words of date or manner come before it.
    pub reported_clause: fn(&str) -> Option<usize>,
    /// (the text right after a date) It opens a clause telling what happened then ("depuis
    /// 1999, année où le Cambodge avait rejoint …", "since 1994, when Mandela led …"): the
    /// date is that clause's, not the start of a state.
    pub opens_a_time_clause: fn(&str) -> bool,
    /// (the text after a trigger, to its clause's end) Where a clause of purpose naming what is
    /// talked about opens ("pour discuter de la guerre en Ukraine", "to discuss North Korean
    /// issues"): who and where it names are topics, not sides or places of the event.
    pub talks_topic: fn(&str) -> Option<usize>,
    /// (a statement's verb group) It judges what it names ("a condamné", "criticised"): an
    /// event noun it names is the topic of what is said, not an event the saying makes.
    pub judges: fn(&str) -> bool,
    /// (the trigger's clause before it, its words, the clause after it) It is under a
    /// condition: "if the court ratified …", "would impose sanctions if Russia invaded …".
    pub under_condition: fn(&str, &str, &str) -> bool,
}

impl ClauseReading {
    /// A language whose words around triggers are not written yet: every check says no.
    pub const NONE: ClauseReading = ClauseReading {
        looks_ahead: |_| false,
        is_participle: |_| false,
        opens_with_auxiliary: |_| false,
        auxiliary_before: |_| false,
        describes: |_, _| false,
        names_a_conflict: |_| false,
        recipient: |_| false,
        counterpart: |_| false,
        pair_named: |_| None,
        refers_to: |_| false,
        not_an_event_here: |_, _, _, _, _, _| false,
        negated: |_, _| false,
        called_off: |_| false,
        put_off_to: |_| None,
        names_a_time_zone: |_| false,
        recalls_earlier: |_| false,
        subject_relative: |_| false,
        described_by_participle: |_| None,
        retyped: |_, _, _, _| None,
        names_a_topic: |_| false,
        before_the_narrative: |_, _| false,
        passive: |_| false,
        apart_from_the_sentence_event: |_| None,
        reported_clause: |_| None,
        opens_a_time_clause: |_| false,
        talks_topic: |_| None,
        judges: |_| false,
        under_condition: |_, _, _| false,
    };
}

/// How a sentence opens on a pronoun standing for someone already named ("Il a
/// promis …", "Puis il se rendra …", "Mardi, elle a rencontré …").
pub struct SubjectWords {
    /// Third-person singular subject pronouns, in lower case.
    pub pronouns: &'static [&'static str],
    /// Third-person singular possessives ("sa visite", "his visit"), in lower case.
    pub possessives: &'static [&'static str],
    /// Words that may stand before the pronoun with no comma ("Puis", "Mais"); a clause they
    /// open has its own subject ("…, and Qatar condemned", "…, tandis que le Qatar a condamné").
    pub connectives: &'static [&'static str],
    /// Verbs after which the pronoun stands for no one ("il s'agit", "il faut").
    pub impersonal: &'static [&'static str],
    /// Endings of a verb with its subject pronoun after it ("a-t-il ajouté", "estime-t-elle"),
    /// in lower case: in the incise after a quotation, the speaker already named.
    pub inverted: &'static [&'static str],
    /// At most this many words before a comma and the pronoun ("Samedi en matinée, il …").
    pub opening_words: usize,
    /// Titles that stand for someone already named when a verb follows them, in lower
    /// case ("Le ministre s'est ensuite rendu à Dakar", "The president then met …"), sorted
    /// (every sentence looks them up; a test checks the order); with whether each names a
    /// head of state or government ("le président sortant", "the prime minister"), who
    /// stands for a leader of the table of people however the article first titled them.
    pub titles: &'static [(&'static str, bool)],
    /// Words before the agent of a passive ("accueillis par X", "welcomed by X"): the agent is
    /// not who the sentence is about.
    pub agent_markers: &'static [&'static str],
}

/// A named trigger rule: a pattern that reports an event of a type.
pub struct TriggerRule {
    /// Shown by `explain`.
    pub name: &'static str,
    pub event_type: EventType,
    pub pattern: String,
    pub regex: WordRegex,
    /// Whether the event may take the passage's date when its sentence has none.
    /// Background facts ("l'invasion", an election) need their own date, close
    /// to the trigger: "depuis 2017" at the other end of the sentence dates something else.
    pub inherits_date: bool,
}

impl TriggerRule {
    pub fn new(name: &'static str, event_type: EventType, pattern: &str, inherits_date: bool) -> Self {
        let pattern = format!("(?i){pattern}");
        let regex = WordRegex::new(&pattern).unwrap_or_else(|e| panic!("trigger rule {name}: {e}"));
        TriggerRule { name, event_type, pattern, regex, inherits_date }
    }
}

/// A locale's named trigger rules, with every rule's loosened pattern in one
/// automaton: one pass says which can match a sentence.
pub struct TriggerRules {
    rules: Vec<TriggerRule>,
    set: regex::RegexSet,
}

impl TriggerRules {
    pub fn new(rules: Vec<TriggerRule>) -> Self {
        // Room for the lazy DFA of every rule at once (see `DateGrammar::new`).
        let set = regex::RegexSetBuilder::new(rules.iter().map(|t| super::word_regex::loosened(&t.pattern)))
            .dfa_size_limit(64 << 20)
            .build()
            .expect("trigger patterns");
        TriggerRules { rules, set }
    }

    /// The rules that may match in `sentence` (each still to be run).
    pub fn candidates(&self, sentence: &str) -> Vec<&TriggerRule> {
        self.set.matches(sentence).into_iter().map(|i| &self.rules[i]).collect()
    }
}

/// The construction of a past participle opening an apposition ("Marco Rubio, arrivé lundi à
/// Riyad, …"): the engine keeps its event only with a date in the apposition.
pub const APPOSED_PARTICIPLE: &str = "participle in apposition";

/// What a locale's lexicon found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct LexiconHit {
    pub event_type: EventType,
    /// Byte span of the whole group ("a finalement signé", "rendu visite").
    pub start: usize,
    pub end: usize,
    pub lemma: &'static str,
    /// Which construction of the grammar read it.
    pub rule: &'static str,
    /// A noun: its event is dated only by a date of its own.
    pub nominal: bool,
    /// A verb that enacts its object ("adopter", "approuver"): an event noun of another
    /// type right after it ("ont adopté un paquet de sanctions") is the event it reports.
    pub enacts: bool,
    /// The group looks ahead: future, conditional, or a modal ("devrait signer").
    pub ahead: bool,
    /// A verb in the present: a state or a habit ("Hanoï s'inquiète") unless a date of its own says when.
    pub present: bool,
    /// A verb that attributes what follows ("said", "told"): news cites someone in most
    /// sentences, so it is an event only when a date of its own says when.
    pub reports: bool,
}

static FRENCH: LazyLock<Locale> = LazyLock::new(|| {
    static TRIGGERS: LazyLock<TriggerRules> = LazyLock::new(super::fr::triggers::rules);
    Locale {
        code: "fr",
        dates: &super::fr::DATES,
        triggers: &TRIGGERS,
        lexicon: super::fr::lexicon::hits,
        object_gap: super::fr::lexicon::is_object_gap,
        clauses: &super::fr::clauses::CLAUSES,
        subject: &super::fr::words::SUBJECT_WORDS,
        actors: &super::fr::actors::ACTORS,
    }
});

/// English: few named trigger rules; the lexicon reads most of what the French rules name.
static ENGLISH: LazyLock<Locale> = LazyLock::new(|| {
    static TRIGGERS: LazyLock<TriggerRules> = LazyLock::new(super::en::triggers::rules);
    Locale {
        code: "en",
        dates: &super::en::DATES,
        triggers: &TRIGGERS,
        lexicon: super::en::lexicon::hits,
        object_gap: super::en::lexicon::is_object_gap,
        clauses: &super::en::clauses::CLAUSES,
        subject: &super::en::words::SUBJECT_WORDS,
        actors: &super::en::actors::ACTORS,
    }
});

/// The locale of a language code ("fr", "fr-FR", "en", "en-GB"). Any other
/// language is read as French, the first locale.
pub fn for_language(code: &str) -> &'static Locale {
    let language = code.split(['-', '_']).next().unwrap_or_default();
    if language.eq_ignore_ascii_case("en") {
        &ENGLISH
    } else {
        &FRENCH
    }
}

/// The events a call is for that cannot be told happening from it: a deal, a truce,
/// sanctions, a strike. A meeting asked for is often set at once ("a demandé une réunion
/// d'urgence, qui doit se tenir vendredi"), so it stays an event.
pub fn called_for_type(event_type: EventType) -> bool {
    !matches!(event_type, EventType::Statement | EventType::Meeting | EventType::Visit)
}

/// What takes effect, by the nouns a locale gives for sanctions and for agreements ("Cette
/// taxation entrera en vigueur", "the treaty entered into force"): sanctions first.
pub fn type_taking_effect(before: &str, sanctions: &WordRegex, agreements: &WordRegex) -> Option<EventType> {
    if sanctions.is_match(before) {
        Some(EventType::Sanction)
    } else {
        agreements.is_match(before).then_some(EventType::Agreement)
    }
}

/// Whether the words after a verb of declaring, within its clause, make someone "persona non
/// grata" (Latin in both locales, quoted or not): a diplomat sent away.
pub fn names_persona_non_grata(after: &str) -> bool {
    static PNG: LazyLock<WordRegex> =
        LazyLock::new(|| WordRegex::new(r#"(?i)^[^.;:!?]{0,100}?["«“]?\s*\bpersona\s+non\s+grata\b"#).expect("persona non grata pattern"));
    PNG.is_match(after)
}

/// An interval ending the text before a trigger, read by a locale's pattern whose groups are
/// the count, the unit and the direction ("four days after", "deux semaines avant"): units to
/// add to the earlier event's date, negative when the direction is `back` ("after" the event
/// told next, so that event is earlier).
pub fn interval_before(
    pattern: &WordRegex,
    before_trigger: &str,
    number: fn(&str) -> Option<i64>,
    unit: fn(&str) -> Option<crate::extract::dates::calendar::Unit>,
    back: &str,
) -> Option<(i64, crate::extract::dates::calendar::Unit)> {
    // The pattern anchors at the trigger: a count, a unit, a direction and three words fit in 120 bytes.
    let c = pattern.captures_at(crate::extract::last_bytes(before_trigger, 120), 0)?;
    let count = number(&c[1].to_lowercase())?;
    let unit = unit(&c[2].to_lowercase())?;
    let sign = if c[3].eq_ignore_ascii_case(back) { -1 } else { 1 };
    Some((sign * count, unit))
}

#[cfg(test)]
mod tests {
    #[test]
    fn french_is_found_by_its_code_and_its_rules_compile() {
        let fr = super::for_language("fr-FR");
        assert_eq!(fr.code, "fr");
        assert!(!fr.triggers.candidates("Il est arrivé jeudi à Hanoï.").is_empty());
        assert!(!(fr.lexicon)("Ils ont finalement signé.").is_empty());
        assert_eq!(super::for_language("fr").code, "fr");
    }

    #[test]
    fn english_is_found_by_its_codes_and_reads_its_own_words() {
        for code in ["en", "en-US", "en-GB", "EN"] {
            assert_eq!(super::for_language(code).code, "en", "{code}");
        }
        let en = super::for_language("en");
        assert!(!(en.lexicon)("He arrived in Hanoi on Thursday.").is_empty());
        assert!((en.lexicon)("Il est arrivé jeudi à Hanoï.").is_empty(), "French words are not English triggers");
        assert!(en.dates.rule("month_day_year").is_some());
    }
}
