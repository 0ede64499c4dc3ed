//! English clause words: the constructions around a trigger that tell whether it
//! reports an event here, where its place and sides are, and whether its verb is
//! a plan or a description. The engine (`events.rs`) reads them through
//! [`crate::extract::locale::ClauseReading`].

use super::words;
use crate::extract::dates::calendar::Unit;
use crate::extract::locale::{ClauseReading, Pair};
use crate::extract::word_regex::WordRegex;
use crate::model::EventType;
use std::sync::LazyLock;

/// English, for the engine.
pub const CLAUSES: ClauseReading = ClauseReading {
    looks_ahead,
    is_participle,
    opens_with_auxiliary,
    auxiliary_before,
    describes,
    names_a_conflict,
    recipient,
    counterpart,
    pair_named,
    refers_to,
    not_an_event_here,
    negated,
    called_off,
    put_off_to,
    names_a_time_zone,
    recalls_earlier,
    subject_relative,
    described_by_participle,
    retyped,
    names_a_topic,
    before_the_narrative,
    passive,
    apart_from_the_sentence_event,
    reported_clause,
    opens_a_time_clause,
    talks_topic,
    judges,
    under_condition,
};

/// Whether a verb group is in the passive ("was approved", "will be signed"): its subject
/// is what it acts on.
pub fn passive(group: &str) -> bool {
    let lower = group.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.len() >= 2
        && words[..words.len() - 1].iter().any(|w| ["be", "been", "being", "is", "are", "was", "were"].contains(w))
        && is_participle(words[words.len() - 1])
}

/// Whether a verb group is in the pluperfect ("had announced", "had met"): what had happened
/// before the days the article tells, so the passage's date is not its date. Not after
/// "that": "said that the two sides had freed …" is reported speech.
pub fn before_the_narrative(group: &str, before_group: &str) -> bool {
    static REPORTED: LazyLock<WordRegex> = LazyLock::new(|| regex(r"(?i)\bthat\b"));
    let lower = group.to_lowercase();
    let mut words = lower.split_whitespace();
    let compound = words.next() == Some("had") && words.next().is_some();
    let previous = before_group.split_whitespace().last().unwrap_or_default().to_lowercase();
    let after_auxiliary = previous == "had" && is_participle(&lower);
    // "In the run-up to the election, China denounced …": what led up to the day told.
    static LEADING_UP: LazyLock<WordRegex> =
        LazyLock::new(|| regex(r"(?i)^\W*(?:in\s+the\s+run-up\s+to|in\s+the\s+lead-up\s+to|ahead\s+of|prior\s+to)\b"));
    // "since he took power": what a state has lasted since, told as background.
    static SINCE: LazyLock<WordRegex> = LazyLock::new(|| regex(r"(?i)\bsince\s+(?:[^\s,;]+\s+){1,4}$"));
    ((compound || after_auxiliary) && !REPORTED.is_match(before_group))
        || LEADING_UP.is_match(before_group)
        || SINCE.is_match(crate::extract::last_bytes(before_group, 80))
}

fn regex(pattern: &str) -> WordRegex {
    WordRegex::new(pattern).unwrap_or_else(|e| panic!("English clause pattern {pattern}: {e}"))
}

/// Whether a trigger's words look ahead: a modal or a plan before the verb ("will
/// visit", "would sign", "is set to meet", "plans to travel").
pub fn looks_ahead(trigger: &str) -> bool {
    static AHEAD: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r"(?i)^(?:will|would|shall|'ll|set\s+to|due\s+to|expected\s+to|scheduled\s+to|plans?\s+to|planned\s+to|going\s+to|about\s+to|poised\s+to)\b",
        )
    });
    AHEAD.is_match(trigger)
}

/// Whether a trigger holds a participle or a past ("signed", "met", "sworn"): a verb,
/// where "visit" or "inauguration" are nouns.
pub fn is_participle(trigger: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "met",
        "held",
        "struck",
        "shot",
        "hit",
        "won",
        "said",
        "told",
        "spoke",
        "spoken",
        "sworn",
        "took",
        "taken",
        "frozen",
        "led",
        "fought",
        "sent",
        "made",
        "beaten",
        "withdrawn",
        "overthrown",
        "wrote",
        "written",
        "flew",
        "flown",
        "paid",
    ];
    trigger
        .split_whitespace()
        .map(str::to_lowercase)
        .any(|word| (word.ends_with("ed") && word.chars().count() > 4) || IRREGULAR.contains(&word.as_str()))
}

/// Whether a trigger's first word is an auxiliary: a verb group ("has signed", "were killed").
pub fn opens_with_auxiliary(first_word: &str) -> bool {
    ["has", "have", "had", "was", "were", "is", "are", "been", "be", "will", "would", "did"].contains(&first_word)
}

static AUXILIARY: LazyLock<WordRegex> =
    LazyLock::new(|| regex(r"(?i)\b(?:has|have|had|having|was|were|is|are|be|been|being|will|would)\s+(?:\p{L}+\s+){0,2}$"));

/// Whether the text ends on an auxiliary and at most two words ("has finally").
pub fn auxiliary_before(text: &str) -> bool {
    AUXILIARY.is_match(text)
}

/// Whether a participle describes a thing rather than tells an act ("the contracts
/// signed by the former government"): after a noun, with no auxiliary.
pub fn describes(before_trigger: &str, trigger: &str) -> bool {
    let word = trigger.to_lowercase();
    let signing = ["signed", "concluded", "sealed", "agreed", "initialled", "initialed"].contains(&word.as_str());
    static AFTER_A_NOUN: LazyLock<WordRegex> =
        LazyLock::new(|| regex(r"(?i)\b(?:the|a|an|these|those|all|its|their)\s+(?:\p{L}+\s+){0,2}\p{L}+\s+$"));
    signing && !AUXILIARY.is_match(before_trigger) && AFTER_A_NOUN.is_match(before_trigger)
}

/// Whether a place is the topic of what is said: after the name of a conflict ("the war
/// in Ukraine", "Russia's invasion of Ukraine") or "on" ("its position on Taiwan").
pub fn names_a_conflict(before_place: &str) -> bool {
    static CONFLICT: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r"(?i)(?:\b(?:war|conflict|crisis|invasion|offensive|fighting)\s+(?:\p{L}+\s+)?(?:in|on|against|of|over)|\b(?:on|about|over|regarding))\s+(?:the\s+)?$",
        )
    });
    CONFLICT.is_match(before_place)
}

/// Whether a country receives something ("weapons to Ukraine", "aid for Gaza"), or is the
/// agent of a passive ("the resolution drafted by Ukraine"): neither is where.
pub fn recipient(before_place: &str) -> bool {
    static TO: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r"(?i)\b(?:weapons|arms|aid|support|assistance|missiles|supplies|funding|loans?|money|help|tanks|jets|exports?)\s+(?:\p{L}+\s+){0,2}(?:to|for)\s+(?:the\s+)?$|\bby\s+(?:the\s+)?$",
        )
    });
    TO.is_match(before_place)
}

/// Whether a place is named as a side ("a deal with the United States", "ties between
/// Russia and Vietnam"), not where the event happens.
pub fn counterpart(before_place: &str) -> bool {
    static WITH: LazyLock<WordRegex> =
        LazyLock::new(|| regex(r"(?i)\b(?:with|between|between\s+[^,;:.]{1,60}?\s+and|against)\s+(?:the\s+)?$"));
    WITH.is_match(before_place)
}

pub fn pair_named(sentence: &str) -> Option<Pair> {
    static PAIR: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r"(?i)\b(?:the\s+two|both)\s+(?:(leaders|presidents|men|heads\s+of\s+state|ministers|foreign\s+ministers|counterparts|prime\s+ministers)|(countries|capitals|governments|states|neighbou?rs|allies|nations|sides))\b",
        )
    });
    let caps = PAIR.captures_at(sentence, 0)?;
    Some(if caps.get(1).is_some() { Pair::People } else { Pair::States })
}

/// Whether a clause opens on what it conforms to: "in line with the announcement",
/// "as agreed in", "under the treaty".
pub fn refers_to(clause_start: &str) -> bool {
    static REFERENCE: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r"(?i)^\s*(?:in\s+line\s+with|in\s+accordance\s+with|pursuant\s+to|under\s+the|as\s+(?:agreed|planned|announced|promised|foreseen))",
        )
    });
    REFERENCE.is_match(clause_start)
}

/// Whether a trigger's words, read in their sentence, report no new event of their type:
/// "this visit" (the one already reported), "the anniversary of the invasion", a vote on a
/// text (not an election), "signed a joint statement" (a signing, not a statement).
pub fn not_an_event_here(
    event_type: EventType,
    sentence: &str,
    (start, end): (usize, usize),
    from: usize,
    to: usize,
    nominal: bool,
) -> bool {
    // (A lone word after "the anniversary of" is its noun, however the lexicon read it.)
    ((nominal || !sentence[start..end].contains(' ')) && names_a_known_event(&sentence[..start]))
        || is_to_be_ended(&sentence[..start])
        // "the suspension of a water sharing treaty", "its withdrawal from the nuclear deal": a
        // deal in force that a measure is about, not one made.
        || (nominal && event_type == EventType::Agreement && a_deal_in_force(&sentence[..start]))
        // "the 10 elected members of the council", "a democratically elected president": a
        // participle describing a noun, no vote.
        || (event_type == EventType::Election && elected_describes(&sentence[..start], &sentence[start..end], &sentence[end..]))
        || (event_type == EventType::Election
            && (votes_a_text(&sentence[end..to]) || chamber_votes(&sentence[from..end], &sentence[end..to])))
        || (event_type == EventType::Statement
            && sentence[start..end].to_lowercase().contains("statement")
            && signs(&sentence[from..start]))
        || (event_type == EventType::Military && last_word_starts(sentence, (start, end), "launch") && !launches_a_weapon(&sentence[end..]))
        // "passed through Kyiv", "the bill passed": only a resolution passed is an act of the council.
        || (event_type == EventType::Agreement && last_word_starts(sentence, (start, end), "pass") && !passes_a_resolution(&sentence[end..]))
        || (nominal && crate::extract::locale::called_for_type(event_type) && called_for(&sentence[from..start]))
        // "troops sealed roads to government buildings", "the commission's offices sealed":
        // a place closed, no deal.
        || (event_type == EventType::Agreement
            && last_word_starts(sentence, (start, end), "seal")
            && seals_a_place(&sentence[from..start], &sentence[end..]))
        || (event_type == EventType::Other && !court_decides(&sentence[start..end], &sentence[end..], nominal))
        || (event_type == EventType::Other
            && !nominal
            && last_word_starts(sentence, (start, end), "releas")
            && a_text_released(&sentence[from..start]))
        // "annulled his visit": what is annulled is a vote, its results or an act ("annulled the
        // results of the first round", "the election was annulled").
        || (event_type == EventType::Other
            && last_word_starts(sentence, (start, end), "annul")
            && !annuls_a_vote_or_act(&sentence[..start], &sentence[start..end], &sentence[end..], nominal))
        // "protested the decision", "demonstrated its resolve", "rallied support": an object, no
        // crowd in the street ("protested in Tbilisi on Sunday").
        || (event_type == EventType::Other
            && !nominal
            && ["protest", "demonstrat", "rall"].iter().any(|stem| last_word_starts(sentence, (start, end), stem))
            && has_an_object(&sentence[end..]))
}

/// Whether what "annul" or "annulment" annuls is a vote, its results or an act: after it
/// ("annulled the results of the first round", "the annulment of the vote"), or, in the
/// passive, the subject before it ("the election was annulled").
fn annuls_a_vote_or_act(before_trigger: &str, trigger: &str, after_trigger: &str, nominal: bool) -> bool {
    const ANNULLED: &str = r"(?:elections?|votes?|ballots?|results?|polls?|referendum|first\s+round|second\s+round|run-?off|decrees?|laws?|deals?|agreements?|contracts?|decisions?|rulings?|appointments?|sentences?|convictions?|mandates?)";
    static AFTER: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(&format!(
            r"(?i)^\s*(?:of\s+)?(?:the|a|an|its|his|her|their|this|that|these|those)?\s*(?:[\p{{L}}'’-]+\s+){{0,3}}?{ANNULLED}\b"
        ))
    });
    static BEFORE: LazyLock<WordRegex> = LazyLock::new(|| regex(&format!(r"(?i)\b{ANNULLED}\b")));
    let passive = !nominal
        && (trigger.split_whitespace().count() > 1
            || before_trigger.split_whitespace().rev().take(2).any(|w| ["was", "were", "been", "be", "is", "are"].contains(&w)));
    AFTER.is_match(after_trigger) || (passive && BEFORE.is_match(crate::extract::last_bytes(before_trigger, 160)))
}

/// Whether a verb's object follows it: a determiner, a possessive or "support" ("protested the
/// decision", "demonstrated its resolve", "rallied support behind …").
fn has_an_object(after_trigger: &str) -> bool {
    static OBJECT: LazyLock<WordRegex> =
        LazyLock::new(|| regex(r"(?i)^\s*(?:the|a|an|its|his|her|their|our|this|that|these|those|support|behind|around|to)\b"));
    OBJECT.is_match(after_trigger)
}

/// Whether what is released, named right before the verb, is a text, figures or a poll ("an
/// exit poll released on Sunday", "the figures were released on Monday"): made public, no
/// one set free.
fn a_text_released(before_trigger: &str) -> bool {
    static TEXT: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r"(?i)\b(?:figures|results|statements?|reports?|data|videos?|footage|list|details|documents?|images|photos|pictures|audio|recordings?|transcripts?|communiqués?|tallies|tally|polls?|surveys?|study|studies|estimates?|forecasts?)\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being|first|just|only)\s+)*$",
        )
    });
    TEXT.is_match(crate::extract::last_bytes(before_trigger, 60))
}

/// Whether "rule" and "ruling" tell a court's decision: the verb with what it decides after it
/// ("ruled on Friday that", "ruled against the government"), not "ruled the country" or "ruled
/// out"; the noun not describing the next one ("the ruling party", "the ruling Pheu Thai").
/// (Other triggers pass.)
fn court_decides(trigger: &str, after_trigger: &str, nominal: bool) -> bool {
    static DECIDES: LazyLock<WordRegex> = LazyLock::new(|| regex(r"(?i)^\s+(?:[^\s,;.]+\s+){0,4}?(?:that|against|in\s+favou?r\s+of)\b"));
    static DESCRIBES: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r"^\s+(?:\p{Lu}|(?i:part(?:y|ies)|coalitions?|juntas?|class|elites?|famil(?:y|ies)|council|bloc|camp|government|military|majority|alliance|dynast(?:y|ies)|regimes?|generals?|establishment|power|leaders?|communists?|conservatives?|socialists?|left|right)\b)",
        )
    });
    let last = trigger.split_whitespace().last().unwrap_or_default().to_lowercase();
    match last.as_str() {
        "ruling" | "rulings" if nominal => !DESCRIBES.is_match(after_trigger),
        "rule" | "rules" | "ruled" | "ruling" => DECIDES.is_match(after_trigger),
        _ => true,
    }
}

/// Whether what "seal" closes is a place or a way in, after it ("sealed the nation's
/// borders", "sealed off roads") or, in the passive, before it ("its offices sealed").
fn seals_a_place(before_trigger: &str, after_trigger: &str) -> bool {
    const PLACES: &str = r"(?:borders?|frontiers?|roads?|streets?|routes?|crossings?|offices?|buildings?|premises|doors?|entrances?|exits?|perimeter|areas?|airports?|ports?|homes?|houses?|access)";
    static AFTER: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(&format!(r"(?i)^\s*(?:off\s+)?(?:(?:the|its|their|all|a|an|his|her)\s+)?(?:[\p{{L}}'’-]+\s+){{0,3}}?{PLACES}\b"))
    });
    static BEFORE: LazyLock<WordRegex> =
        LazyLock::new(|| regex(&format!(r"(?i)\b{PLACES}\s+(?:(?:was|were|is|are|has|have|had|been|being)\s+)*$")));
    AFTER.is_match(after_trigger) || BEFORE.is_match(crate::extract::last_bytes(before_trigger, 60))
}

/// Whether the event a noun names is called off in its clause ("the summit was postponed",
/// "the visit planned for Tuesday has been cancelled"): it did not happen on the date given.
pub fn called_off(after_trigger: &str) -> bool {
    static OFF: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r"(?i)^[^,;:.]{0,60}?\b(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are|will\s+be|would\s+be)\s+(?:\p{L}+\s+)?(?:cancell?ed|postponed|called\s+off|scrapped|put\s+off)|did\s+not\s+take\s+place)\b|^[^,;:.]{0,100}?\b(?:was|were|is|are)\s+(?:now\s+)?off\s*(?:[,;:.]|$)",
        )
    });
    OFF.is_match(after_trigger)
}

/// Where the new day starts when the words after a noun trigger put its event off to it ("the
/// summit, initially scheduled for February 3, was postponed to March 10"): an incise may come
/// between the noun and its verb.
pub fn put_off_to(after_trigger: &str) -> Option<usize> {
    static PUT_OFF: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r"(?i)^(?:\s*,[^;:.]{0,80}?,)?[^,;:.]{0,60}?\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are|will\s+be)\s+(?:\p{L}+\s+)?(?:postponed|delayed|pushed\s+back|put\s+off|rescheduled|deferred|moved)\s+(?:to|until|till|for)\s",
        )
    });
    PUT_OFF.find(after_trigger).map(|m| m.end())
}

/// Whether the event a noun names is what someone calls for, demands or seeks ("called for
/// an agreement", "urged a ceasefire", "a call for a truce"): the call is a statement; what
/// it calls for has not happened.
fn called_for(before_noun: &str) -> bool {
    static CALL: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r"(?i)\b(?:(?:call|calls|called|calling|press|presses|pressed|pressing|push|pushes|pushed|pushing|plead|pleads|pleaded|pleading|appeal|appeals|appealed|appealing)\s+(?:on\s+\p{L}+\s+)?for|urge|urges|urged|urging|demand|demands|demanded|demanding|seek|seeks|seeking|sought)\s+(?:\p{L}+\s+)?(?:a|an|the|new|more|further)?\s*(?:\p{L}+\s+)?$",
        )
    });
    CALL.is_match(crate::extract::last_bytes(before_noun, 80))
}

/// Whether the verb of a trigger is negated ("did not sign", "has not yet visited", "never
/// met"): what did not happen is no event. ("not only signed" is no negation.)
pub fn negated(before_trigger: &str, trigger: &str) -> bool {
    static BEFORE: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(r"(?i)(?:\bnot|n['’]t|\bnever|\bno\s+longer)\s+(?:(?:yet|officially|formally|actually|even|been|be|have|ever)\s+)*$")
    });
    static INSIDE: LazyLock<WordRegex> = LazyLock::new(|| regex(r"(?i)(?:\bnot|n['’]t|\bnever)\s+(?:yet\s+)?\p{L}+"));
    // "no formal agreement was announced", "no meeting", "announced no new sanctions": "no"
    // before an event noun, or before the subject of a verb in the passive, negates it.
    static NO: LazyLock<WordRegex> = LazyLock::new(|| regex(r"(?i)\bno\s+(?:\p{L}+\s+)?$"));
    static NO_SUBJECT: LazyLock<WordRegex> = LazyLock::new(|| regex(r"(?i)\bno\s+(?:\p{L}+\s+){1,3}$"));
    static PASSIVE: LazyLock<WordRegex> =
        LazyLock::new(|| regex(r"(?i)^(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be)\b"));
    static NO_INSIDE: LazyLock<WordRegex> = LazyLock::new(|| regex(r"(?i)\s(?:no|not\s+any)\s+\p{L}"));
    let inside = INSIDE.find(trigger).is_some_and(|m| !m.as_str().to_lowercase().ends_with("only")) || NO_INSIDE.is_match(trigger);
    // "failed to agree new sanctions", "refused to sign": what one failed or refused to do did
    // not happen.
    static FAILED: LazyLock<WordRegex> = LazyLock::new(|| regex(r"(?i)\b(?:fail(?:s|ed)?|refus(?:e|es|ed))\s+to\s+(?:\p{L}+\s+){0,3}$"));
    let before = crate::extract::last_bytes(before_trigger, 120);
    let no_subject = NO_SUBJECT.is_match(before) && PASSIVE.is_match(trigger);
    BEFORE.is_match(before) || NO.is_match(before) || FAILED.is_match(before) || no_subject || inside
}

fn last_word_starts(sentence: &str, (start, end): (usize, usize), stem: &str) -> bool {
    sentence[start..end].split_whitespace().last().is_some_and(|w| w.to_lowercase().starts_with(stem))
}

/// Whether what is exchanged, a few words after "exchange", is fire ("exchanged heavy fire",
/// "an exchange of artillery fire", "exchanged strikes").
fn exchanges_fire(after_trigger: &str) -> bool {
    static FIRE: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r"(?i)^\s*(?:of\s+)?(?:(?:intense|heavy|sporadic|fierce|cross-border|artillery|small-arms|automatic|rocket|missile)\s+)*(?:fire|gunfire|shelling|shots|strikes|blows|artillery|rockets|missiles|salvos|barrages)\b",
        )
    });
    FIRE.is_match(after_trigger)
}

/// Whether what is launched, a few words after "launch", is an attack or a weapon ("launched
/// an offensive", "launched 200 drones"), not an appeal, an inquiry or a campaign.
fn launches_a_weapon(after_trigger: &str) -> bool {
    static WEAPON: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r"(?i)^[^.;:“”]{0,60}?\b(?:(?:counter-?)?offensives?|attacks?|(?:air)?strikes?|raids?|assaults?|operations?|missiles?|rockets?|drones?|shells?|bombs?|projectiles?|incursions?|invasions?|barrages?|salvos?|warheads?|torpedoes|hostilities|reprisals|troops|tanks|aircraft|war|bombing|shelling|exercises|drills|man(?:oe|eu)uvers|manoeuvres|blockade)\b",
        )
    });
    WEAPON.is_match(after_trigger)
}

/// Whether "fire" dismisses someone ("fired his defence minister", "fired the army chief"),
/// not a shot.
fn fires_someone(after_trigger: &str) -> bool {
    static PERSON: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r"(?i)^\s*(?:\p{L}+\s+)?(?:his|her|their|its|the|a)\s+(?:\p{L}+\s+){0,2}?(?:minister|secretary|director|chief|head|general|commander|official|prosecutor|governor|ambassador|spokes(?:man|woman|person)|adviser|advisor|aide|staff|employees|workers|coach|ceo|deputy|envoy)s?\b",
        )
    });
    PERSON.is_match(after_trigger)
}

/// Whether a deal's noun follows the words of a measure about a deal in force ("the suspension
/// of a six-decade old treaty", "withdrawal from the nuclear deal", "violations of the truce"), or
/// after what is done under it ("released as part of a ceasefire").
fn a_deal_in_force(before_trigger: &str) -> bool {
    static IN_FORCE: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r"(?i)\b(?:(?:suspension|violations?|breach(?:es)?|abrogation|termination)\s+of|as\s+part\s+of|(?:withdrawal|exit|withdrawing|pulling\s+out)\s+from|(?:suspending|suspended|violating|violated|breaching|abrogating|terminating|pulled\s+out\s+of|pulling\s+out\s+of))\s+(?:(?:the|a|an|its|their|this|that)\s+)?(?:[\p{L}'’-]+\s+){0,4}?$",
        )
    });
    IN_FORCE.is_match(crate::extract::last_bytes(before_trigger, 90))
}

/// Whether the event is what someone means to end or prevent ("failed to halt the
/// fighting", "to avoid an escalation"), not something that happened.
fn is_to_be_ended(before_trigger: &str) -> bool {
    static ENDED: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r"(?i)\b(?:halt|end|stop|prevent|avoid|halting|ending|stopping|preventing|avoiding)\s+(?:the\s+|a\s+|an\s+|any\s+|further\s+)?(?:\p{L}+\s+)?$",
        )
    });
    ENDED.is_match(before_trigger)
}

/// Whether what is passed, a few words after "pass", is a resolution ("passed its first
/// resolution", "passed a resolution demanding").
fn passes_a_resolution(after_trigger: &str) -> bool {
    static RESOLUTION: LazyLock<WordRegex> =
        LazyLock::new(|| regex(r"(?i)^\s*(?:a|an|the|its|their)?\s*(?:[\p{L}-]+\s+){0,3}?resolutions?\b"));
    RESOLUTION.is_match(after_trigger)
}

fn elected_describes(before_trigger: &str, trigger: &str, after_trigger: &str) -> bool {
    const DESCRIBING: &[&str] = &[
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "our",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "newly",
        "democratically",
        "popularly",
        "directly",
        "freely",
        "legitimately",
        "duly",
    ];
    // "the only recognised and elected President of Niger": the second of two words describing
    // an office holder, not a vote ("met and elected President Aoun" names whom).
    static OFFICE: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r"(?i)^\s+(?:president|leader|government|head\s+of\s+state|prime\s+minister|parliament|officials?|representatives?|members?|authorities|mayor)\b(?:\s+(?-i:\p{Lu}))?",
        )
    });
    let word_before = before_trigger.split_whitespace().next_back().unwrap_or("").to_lowercase();
    let coordinated_description = || {
        ["and", "or"].contains(&word_before.as_str())
            && OFFICE.find(after_trigger).is_some_and(|m| !m.as_str().ends_with(char::is_uppercase))
    };
    let describing = DESCRIBING.contains(&word_before.as_str())
        || (!word_before.is_empty() && word_before.chars().all(|c| c.is_ascii_digit()))
        || coordinated_description();
    describing && matches!(trigger.to_lowercase().as_str(), "elected" | "re-elected" | "reelected")
}

fn names_a_known_event(before_trigger: &str) -> bool {
    static KNOWN: LazyLock<WordRegex> = LazyLock::new(|| {
        // ("the third anniversary of Russia's full-scale invasion": a few words between.)
        // "It is his first visit …", "This was the second meeting …": the sentence says what the
        // event reported is.
        regex(
            r"(?i)(?:\b(?:this|these)\s+(?:\p{L}+\s+)?|\bannul\w*\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?(?:results?\s+of\s+(?:the\s+)?)?(?:[\p{L}'’-]+\s+){0,2}|\b(?:anniversary|commemoration|memory)\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}|^\s*(?:it|this|that)(?:['’]s|\s+(?:is|was|marks|marked))\s+(?:the|his|her|its|their|a|an)\s+(?:[\p{L}-]+\s+){0,2})$",
        )
    });
    KNOWN.is_match(before_trigger)
}

fn votes_a_text(after_trigger: &str) -> bool {
    // Or the clause ends on its side, or "it" ("Five states voted against, …", "voting against
    // it"): the text the sentence before named.
    static TEXT: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r"(?i)^\s*(?:(?:for|against|in\s+favou?r)\s*(?:[,;:.!?)]|$)|(?:for|against)\s+it\b)|^\s*(?:\p{L}+\s+){0,2}?(?:(?:for|against|in\s+favou?r\s+of|on|to)\s+)?(?:the|a|an|this)?\s*(?:\p{L}+\s+)?(?:resolutions?|bills?|laws?|texts?|motions?|budgets?|amendments?|reforms?|proposals?|sanctions|deals?|treaty|treaties|lift|impeach|block|approve|reject|end|ban)\b",
        )
    });
    TEXT.is_match(after_trigger)
}

/// Whether a vote is a chamber's ("190 lawmakers voted", "the National Assembly voted
/// down"): a vote on a text, not an election.
fn chamber_votes(clause_to_trigger: &str, after_trigger: &str) -> bool {
    static CHAMBER: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r"(?i)\b(?:lawmakers|legislators|parliament|parliamentarians|MPs|senators|senate|congress|assembly|deputies|council|chamber|representatives)\b",
        )
    });
    static DOWN: LazyLock<WordRegex> = LazyLock::new(|| regex(r"(?i)^\s*down\b"));
    let voted = clause_to_trigger.to_lowercase().contains("vot");
    voted
        && (CHAMBER.is_match(clause_to_trigger)
            || DOWN.is_match(after_trigger)
            || after_trigger.trim_start().starts_with("by") && CHAMBER.is_match(after_trigger))
}

fn signs(before_trigger: &str) -> bool {
    static SIGNING: LazyLock<WordRegex> = LazyLock::new(|| regex(r"(?i)\b(?:sign|signs|signed|signing|adopt\w*|approv\w*|issued?)\b"));
    SIGNING.is_match(before_trigger)
}

/// Whether the words before a place make it a time zone ("Paris time" reads the other way
/// round, so this looks for "local time in").
pub fn names_a_time_zone(before_place: &str) -> bool {
    static ZONE: LazyLock<WordRegex> = LazyLock::new(|| regex(r"(?i)\b(?:time|GMT|UTC)\s+in\s+$"));
    ZONE.is_match(before_place)
}

/// Whether the words before a trigger in its clause recall an earlier event: "after a
/// visit", "following his meeting", "since the signing".
pub fn recalls_earlier(before_trigger: &str) -> bool {
    static RECALL: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r"(?i)\b(?:after|following|since|in\s+the\s+wake\s+of|on\s+the\s+heels\s+of)\s+(?:a|an|the|his|her|its|their)?\s*(?:\p{L}+\s+)?$",
        )
    });
    RECALL.is_match(before_trigger)
}

/// Another type the words after a trigger give it: "was declared the winner" is a result;
/// "was welcomed by the president", "was welcomed in Delhi" is a visitor received.
pub fn retyped(event_type: EventType, before: &str, trigger: &str, after: &str) -> Option<EventType> {
    static WINNER: LazyLock<WordRegex> = LazyLock::new(|| regex(r"(?i)^\s*(?:the\s+)?(?:winner|victor|elected|president)\b"));
    static RECEIVED: LazyLock<WordRegex> = LazyLock::new(|| regex(r"(?i)^\s*(?:\p{L}+\s+)?(?:by|in|at|to)\b"));
    // "welcomed PM Modi at the airport", "welcomed Chinese President Xi Jinping to the Elysee":
    // someone named, then where or with what honours ("welcomed Netanyahu with military
    // honors"; not "welcomed Russia's decision to …").
    // Or guests named by their office ("welcomed the heads of state and government", "welcomed
    // his counterpart"), not what they did ("welcomed the leaders' decision").
    static GREETED: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r"^\s*(?:(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}(?:at|to|in|on\s+arrival|with\s+(?:\p{L}+\s+){0,3}?(?:honou?rs|red\s+carpet|guard\s+of\s+honou?r))\b|(?i:(?:the|his|her|their)\s+(?:\p{L}+\s+){0,2}?(?:leaders|heads\s+of\s+state|counterparts?|delegations?|guests|visitors)(?:\s|,|$)))",
        )
    });
    // What is struck as a bargain, right before its verb ("An agreement was struck").
    static BARGAIN_BEFORE: LazyLock<WordRegex> =
        LazyLock::new(|| regex(r"(?i)\b(?:deal|agreement|accord|truce|cease-?fire|bargain|compromise|pact)s?\s+(?:(?:has|have|had)\s+)?$"));
    // "seized full powers": powers taken by decree, no military act.
    static FULL_POWERS: LazyLock<WordRegex> = LazyLock::new(|| regex(r"(?i)^\s*(?:the\s+)?full\s+powers\b"));
    let words = trigger.to_lowercase();
    let declared = ["declared", "proclaimed"].iter().any(|w| words.ends_with(w));
    let passive = words.split_whitespace().next().is_some_and(|w| ["was", "were", "is", "are", "been", "be"].contains(&w));
    // "agreed to stop exporting high-tech products to Russia": an export ban is a sanction.
    static TRADE_BAN: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r"(?i)^\s*(?:on\s+\p{L}+\s+)?(?:to|on)\s+(?:stop|halt|cease|ban|restrict|curb|suspend|block)\s+(?:all\s+|the\s+|further\s+)?(?:exports?|exporting|imports?|importing|sales|selling|shipments)\b",
        )
    });
    match event_type {
        // "The tariffs will take effect on Tuesday": of the type of what takes effect.
        EventType::Other if ["effect", "force"].iter().any(|w| words.ends_with(w)) => taking_effect(before),
        // "voters approved the constitution by 95%", "rejected, in a referendum, …": a vote.
        _ if ["approv", "reject", "adopt"].iter().any(|w| words.contains(w)) && decided_by_vote(after) => Some(EventType::Election),
        EventType::Agreement if TRADE_BAN.is_match(after) => Some(EventType::Sanction),
        // "signed an executive order", "the decree, signed on Monday": an act of one side, no
        // agreement between two.
        EventType::Agreement if words.contains("sign") && signs_an_act(before, after) => Some(EventType::Other),
        EventType::Statement if declared && WINNER.is_match(after) => Some(EventType::Election),
        // "declared the final results on Friday": a result given, not words said.
        EventType::Statement if gives_results(&words, after) => Some(EventType::Election),
        // "released official and final figures", "released a statement": a text made public,
        // no one set free.
        EventType::Other if words.contains("releas") => releases_a_text(&words, after),
        // "called on Israel to halt …", "called on Monday for restraint", "called on the
        // international community": an appeal, not a call paid on someone.
        EventType::Meeting if words.contains("call") && words.ends_with(" on") && !calls_on_someone(after) => Some(EventType::Statement),
        // "the two armies exchanged intense shelling and firing": fire exchanged, no prisoners.
        EventType::Other if words.contains("exchang") && exchanges_fire(after) => Some(EventType::Military),
        // "Yoon declared an emergency martial law": a state of exception declared is an act.
        EventType::Statement if declared && declares_a_state(after) => Some(EventType::Other),
        // "declared two diplomats persona non grata": a diplomat sent away, a measure against his state.
        EventType::Statement if declared && crate::extract::locale::names_persona_non_grata(after) => Some(EventType::Sanction),
        // "announced it would resume its participation in the grain deal": party to it again.
        EventType::Statement if rejoins_a_deal(after) => Some(EventType::Agreement),
        EventType::Statement if passive && words.ends_with("welcomed") && RECEIVED.is_match(after) => Some(EventType::Visit),
        EventType::Statement if !passive && words.ends_with("welcomed") && GREETED.is_match(after) => Some(EventType::Visit),
        // "the inauguration of the Turkish Consulate General": a building opened, no
        // one sworn in.
        EventType::Election if words.contains("inaugurat") && opens_a_building(after) => Some(EventType::Other),
        // "A truce was struck on Monday", "a deal has been struck": a bargain made, no blow.
        EventType::Military if words.ends_with("struck") && BARGAIN_BEFORE.is_match(before) => Some(EventType::Agreement),
        // "thousands of protesters stormed parliament": a crowd, no army.
        EventType::Military if FULL_POWERS.is_match(after) || crowd_acts(before) => Some(EventType::Other),
        // "were killed in a helicopter crash", "killed in an earthquake": deaths in an accident
        // or a disaster, no military act.
        EventType::Military if in_an_accident(after) => Some(EventType::Other),
        // "the government was toppled in a no-confidence vote": voted down, not by arms.
        EventType::Military if ["toppl", "oust", "overthr"].iter().any(|w| words.contains(w)) && voted_down(before, after) => {
            Some(EventType::Other)
        }
        // "fired his defence minister": a dismissal.
        EventType::Military if words.split_whitespace().last().is_some_and(|w| w.starts_with("fir")) && fires_someone(after) => {
            Some(EventType::Other)
        }
        // "the auto workers' union launched a strike", "nurses began a strike over pay": a
        // stoppage of work, no attack.
        EventType::Military if words.contains("strike") && labour_strike(before, after) => Some(EventType::Other),
        _ => None,
    }
}

/// Whether a trigger is under a condition: after one in its clause ("ready to step down if
/// the court ratified the election", "unless Russia withdraws"), or in the conditional before
/// one ("would impose sanctions if Russia invaded"). What may happen, not what did.
pub fn under_condition(clause_before: &str, trigger: &str, clause_after: &str) -> bool {
    static CONDITION: LazyLock<WordRegex> = LazyLock::new(|| regex(r"(?i)\b(?:if|unless|whether)\b"));
    static CONDITIONAL: LazyLock<WordRegex> = LazyLock::new(|| regex(r"(?i)\b(?:would|could|might)\b"));
    CONDITION.is_match(clause_before)
        || (CONDITION.is_match(clause_after) && CONDITIONAL.is_match(&crate::extract::with_its_verb_group(clause_before, trigger)))
}

/// Whether the words after "called on" name someone visited ("called on his Singapore
/// counterpart", "called on President Ramaphosa") and ask nothing of them ("… to resign").
fn calls_on_someone(after: &str) -> bool {
    static SOMEONE: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r"^\s*(?:(?i:his|her|their)\s+(?:\p{L}+\s+){0,3}?(?i:counterparts?|hosts?)\b|(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]+)",
        )
    });
    static ASKS: LazyLock<WordRegex> = LazyLock::new(|| regex(r"^[^.;]{0,160}?\b(?:to|To)\s+\p{Ll}"));
    let first = crate::extract::first_word(after);
    let a_date = super::words::WEEKDAYS.iter().any(|d| d.name.eq_ignore_ascii_case(first))
        || super::words::MONTHS.iter().any(|m| m.name.eq_ignore_ascii_case(first));
    !a_date && SOMEONE.is_match(after) && !ASKS.is_match(after)
}

/// Whether a strike is a stoppage of work: workers or their union before it ("the auto
/// workers' union launched a strike", "12,700 workers began a strike"), or a dispute over pay or
/// a contract after it ("a strike over wages").
fn labour_strike(before: &str, after: &str) -> bool {
    static WORKERS: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r"(?i)\b(?:unions?|workers['’]?|employees|staff|nurses|doctors|teachers|dockworkers|dockers|miners|pilots|drivers|cabin\s+crew|labou?r|picket\w*)\b",
        )
    });
    static DISPUTE: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r"(?i)^[^.;:]{0,60}?\b(?:over|for)\s+(?:\p{L}+\s+){0,2}?(?:pay|wages?|salar(?:y|ies)|pensions?|contracts?|working\s+conditions)\b",
        )
    });
    WORKERS.is_match(crate::extract::last_bytes(before, 80)) || DISPUTE.is_match(after)
}

/// Whether what is signed is an act of one side: an executive order, a decree, a proclamation,
/// a bill or a law, after the verb ("signed an executive order", "signed the bill into law") or
/// right before it ("The executive order, signed Monday", "the decree was signed").
fn signs_an_act(before: &str, after: &str) -> bool {
    const ACT: &str = r"(?:executive\s+orders?|executive\s+actions?|decrees?|proclamations?|bills?|laws?|legislation|ordinances?|(?:presidential|emergency)\s+(?:orders?|directives?))";
    static AFTER: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(&format!(
            r"(?i)^\s*(?:on\s+\p{{L}}+\s+)?(?:an?\s+|the\s+|two\s+|three\s+|several\s+|\d+\s+)?(?:[\p{{L}}-]+\s+){{0,3}}?{ACT}\b"
        ))
    });
    static BEFORE: LazyLock<WordRegex> =
        LazyLock::new(|| regex(&format!(r"(?i)\b{ACT}\s*,?\s*(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+)?$")));
    AFTER.is_match(after) || BEFORE.is_match(crate::extract::last_bytes(before, 60))
}

/// Whether a verb of saying gives an election's results ("announced the provisional
/// results", "declared the final results on Friday").
fn gives_results(verb: &str, after: &str) -> bool {
    static RESULTS: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r"(?i)^\s*(?:on\s+\p{L}+\s+)?(?:the\s+)?(?:final\s+|official\s+|provisional\s+|preliminary\s+|partial\s+|first\s+)*(?:election\s+)?results\b",
        )
    });
    ["declar", "announc", "proclaim", "publish", "releas"].iter().any(|w| verb.contains(w)) && RESULTS.is_match(after)
}

/// The type of what "release" makes public, when it is a text, figures or pictures: an
/// election's results, or a statement.
fn releases_a_text(verb: &str, after: &str) -> Option<EventType> {
    static TEXT: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r"(?i)^\s*(?:on\s+\p{L}+\s+)?(?:[\p{L}-]+\s+){0,4}?(?:figures|results|statements?|reports?|data|videos?|footage|list|details|documents?|images|photos|pictures|audio|recordings?|transcripts?|communiqués?|tallies|tally)\b",
        )
    });
    if gives_results(verb, after) {
        return Some(EventType::Election);
    }
    TEXT.is_match(after).then_some(EventType::Statement)
}

/// Whether the words after "inaugurate" or "inauguration" name a building or a work
/// ("of the new consulate general", "a bridge over the Danube"), not an office.
fn opens_a_building(after: &str) -> bool {
    static BUILDING: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r"(?i)^\s*(?:of\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\p{L}-]+\s+){0,3}?(?:consulate|embassy|bridge|plant|factory|airport|port|harbour|harbor|road|highway|railway|railroad|line|hospital|school|university|museum|monument|memorial|cent(?:re|er)|building|headquarters|offices?|base|pipeline|terminal|stadium|dam|mosque|church|cathedral|temple|station|park|exhibition|fair|plaque|statue|tunnel|canal|refinery|mine|complex|facility|campus)s?\b",
        )
    });
    BUILDING.is_match(after)
}

/// Whether the words after a verb of saying announce a return to a deal ("it would resume its
/// participation in the deal", "to rejoin the nuclear deal").
fn rejoins_a_deal(after: &str) -> bool {
    static REJOINS: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r#"(?i)^[^.;:"“”]{0,40}?\b(?:resume|resumed|resuming|rejoin|rejoined|rejoining|return(?:ed|ing)?\s+to)\s+(?:its\s+|their\s+)?(?:participation\s+in\s+)?the\s+(?:\p{L}+\s+)?(?:deal|agreement|accord|treaty|pact)\b"#,
        )
    });
    REJOINS.is_match(after)
}

/// Whether what is declared, a few words after the verb, is a state of exception or a
/// country's independence ("martial law", "a state of emergency", "its independence").
fn declares_a_state(after: &str) -> bool {
    static STATE: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r#"(?i)^\s*(?:\p{L}+\s+){0,3}?(?:an?\s+|the\s+|its\s+|their\s+)?["“]?\s*(?:\p{L}+\s+)?(?:martial\s+law|state\s+of\s+(?:emergency|siege)|independence|curfew)\b"#,
        )
    });
    STATE.is_match(after)
}

/// Whether the words after a verb of approving say it was by a vote, within a few words: a
/// share of the votes ("by 95%", "with 52.3 percent of the vote") or a referendum ("in a referendum").
fn decided_by_vote(after: &str) -> bool {
    static VOTE: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r#"(?i)^[^.;:"“”]{0,80}?(?:\b(?:by|with)\s+(?:more\s+than\s+|nearly\s+|almost\s+|over\s+)?\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)|\b(?:in|by)\s+(?:a\s+|the\s+)?(?:\p{L}+\s+)?referendum)"#,
        )
    });
    VOTE.is_match(after)
}

/// "The tariffs will take effect", "the treaty enters into force": a measure taking
/// effect is of the type of what takes effect.
fn taking_effect(before: &str) -> Option<EventType> {
    static SANCTIONS: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(r"(?i)\b(?:sanctions?|tariffs?|tax(?:es)?|levy|levies|duties|embargo|export\s+(?:ban|controls?)|restrictions?)\b")
    });
    static AGREEMENTS: LazyLock<WordRegex> =
        LazyLock::new(|| regex(r"(?i)\b(?:agreement|deal|accord|treaty|pact|ceasefire|cease-fire|truce|convention|protocol)s?\b"));
    crate::extract::locale::type_taking_effect(before, &SANCTIONS, &AGREEMENTS)
}

/// Whether what follows a verb of killing or dying says an accident or a disaster did it
/// ("in a helicopter crash", "in an earthquake"; not "by Israeli fire").
fn in_an_accident(after: &str) -> bool {
    static ACCIDENT: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r"(?i)^\s*(?:[^.;,]{0,40}?\s)?(?:in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:crash|accident|earthquake|quake|floods?|flooding|landslides?|avalanche|storm|hurricane|cyclone|typhoon|stampede|collapse|shipwreck)\b",
        )
    });
    ACCIDENT.is_match(after)
}

/// Whether a government or leader brought down was voted down: a no-confidence or censure
/// vote, or lawmakers, in the sentence, and no soldiers or coup.
fn voted_down(before: &str, after: &str) -> bool {
    static VOTE: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r"(?i)\b(?:no[\s-]confidence|confidence\s+(?:vote|motion)|censure\s+motion|motion\s+of\s+censure|lawmakers|legislators|MPs|parliament|deputies)\b",
        )
    });
    static SOLDIERS: LazyLock<WordRegex> =
        LazyLock::new(|| regex(r"(?i)\b(?:soldiers|troops|military|army|junta|coup|putsch|mutineers|officers|rebels|militants)\b"));
    (VOTE.is_match(before) || VOTE.is_match(after)) && !SOLDIERS.is_match(before) && !SOLDIERS.is_match(after)
}

/// Whether the clause before a verb makes a crowd its subject ("thousands of protesters
/// stormed"), not the object of a preposition ("troops fired on protesters").
fn crowd_acts(before: &str) -> bool {
    static CROWD: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r"(?i)(?:\b(at|on|against|towards?|by|among|with|upon)\s+(?:the\s+)?)?\b(?:protesters|protestors|demonstrators|supporters|rioters|crowds?|mobs?|activists)\b",
        )
    });
    CROWD.captures_iter(before).any(|c| c.get(1).is_none())
}

/// Whether a clause opens on a subject relative pronoun ("which").
pub fn subject_relative(clause: &str) -> bool {
    let first = clause.split_whitespace().next().unwrap_or_default().to_lowercase();
    matches!(first.as_str(), "which" | "who")
}

/// Where a noun phrase of a determiner, a noun and a participle describing it ends the
/// text ("the ruling issued" before "on Friday"): a date right after it dates that noun,
/// not a verb outside it.
pub fn described_by_participle(before_date: &str) -> Option<usize> {
    static DESCRIBED: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(r"(?i)\b(?:the|a|an|this|that|its|their)\s+(?:\p{L}{3,}\s+)?\p{L}{3,}\s+\p{L}+(?:ed|en)\s+(?:on\s+|for\s+|last\s+|this\s+)?$")
    });
    // "killed the commander during an operation conducted on Wednesday": a noun after
    // "during" is the occasion of the event before it, and its date that event's.
    static OCCASION: LazyLock<WordRegex> = LazyLock::new(|| regex(r"(?i)\b(?:during|in\s+the\s+course\s+of)\s+$"));
    let tail = crate::extract::last_bytes(before_date, 80);
    let found = DESCRIBED.find(tail)?;
    let start = before_date.len() - tail.len() + found.start();
    if OCCASION.is_match(crate::extract::last_bytes(&before_date[..start], 30)) {
        return None;
    }
    Some(start)
}

/// Whether an event noun is the topic of what is said ("in favour of the deal", "a
/// violation of the ceasefire", "talks on a ceasefire"), or what someone means to end
/// ("failed to halt the fighting").
pub fn names_a_topic(before_trigger: &str) -> bool {
    static TOPIC: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r"(?i)\b(?:to|on|about|against|for|of|over|with|towards?)\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+|any\s+)?(?:possible\s+|potential\s+|future\s+|new\s+)?$",
        )
    });
    TOPIC.is_match(before_trigger)
}

/// "on Tuesday, just four days after Israeli strikes … killed": the event after the interval is that far before (after "after") or after
/// the event the sentence dated first.
pub fn apart_from_the_sentence_event(before_trigger: &str) -> Option<(i64, Unit)> {
    static APART: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(&format!(
            r"(?i)\b({NUM})\s+({UNIT})\s+(after|before)\s+(?:[\p{{L}}'’-]+\s+){{0,3}}$",
            NUM = words::number_pattern(),
            UNIT = words::unit_pattern()
        ))
    });
    crate::extract::locale::interval_before(&APART, before_trigger, words::number, words::unit, "after")
        .or_else(|| next_or_previous_day(before_trigger))
}

/// "the day after a deadly bombing", "on the eve of the summit": the event named right after is
/// the day before (after "the day after") or the day after (after "the eve of") the sentence's event.
fn next_or_previous_day(before_trigger: &str) -> Option<(i64, Unit)> {
    static DAY_APART: LazyLock<WordRegex> = LazyLock::new(|| {
        regex(
            r"(?i)\b(?:(?:a|the)\s+day\s+(after|before)|(?:on\s+)?the\s+(eve)\s+of)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,2}$",
        )
    });
    let c = DAY_APART.captures_at(crate::extract::last_bytes(before_trigger, 80), 0)?;
    let after = c.get(1).is_some_and(|m| m.as_str().eq_ignore_ascii_case("after"));
    Some((if after { -1 } else { 1 }, Unit::Day))
}

/// "announced on Thursday that Israel and Hamas …", "said in a statement that …": where the
/// clause a verb of saying reports opens, after at most six words of date or manner and no comma.
pub fn reported_clause(after_saying: &str) -> Option<usize> {
    static CONJUNCTION: LazyLock<WordRegex> = LazyLock::new(|| regex(r#"(?i)^[^,;:.«»"“”]{0,60}?\bthat\b"#));
    let found = CONJUNCTION.find(after_saying)?;
    (after_saying[..found.end()].split_whitespace().count() <= 7).then_some(found.end())
}

/// "since 1994, when Nelson Mandela led the nation …", "in 1999, the year when …": a clause
/// after a date's comma that tells what happened then.
pub fn opens_a_time_clause(after_date: &str) -> bool {
    static THEN: LazyLock<WordRegex> =
        LazyLock::new(|| regex(r"(?i)^\s*,\s*(?:(?:the\s+)?(?:year|day|month|date)\s+(?:when|that|in\s+which)|when)\b"));
    THEN.is_match(after_date)
}

/// Whether a statement's verb group judges what it names ("condemned", "welcomed"): the event noun
/// after it is what is judged, not an event the saying makes.
pub fn judges(verb_group: &str) -> bool {
    const STEMS: &[&str] = &[
        "condemn",
        "critici",
        "denounc",
        "decr",
        "slam",
        "rebuk",
        "blam",
        "welcom",
        "prais",
        "hail",
        "reject",
        "label",
        "brand",
        "congratulat",
        "deplor",
        "accus",
    ];
    let verb = verb_group.split_whitespace().last().unwrap_or("").to_lowercase();
    STEMS.iter().any(|stem| verb.starts_with(stem))
}

/// "met on Thursday in Lima to discuss the war in Ukraine": where a clause of purpose naming what
/// is talked about opens, in the text after a trigger. Who and where it names are topics of the
/// talks, not their sides or their place.
pub fn talks_topic(after_trigger: &str) -> Option<usize> {
    static PURPOSE: LazyLock<WordRegex> =
        LazyLock::new(|| regex(r"(?i)\b(?:in\s+order\s+)?to\s+(?:discuss|talk\s+about|address|review|go\s+over|take\s+stock\s+of)\b"));
    PURPOSE.find(after_trigger).map(|m| m.start())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_interval_before_a_trigger_counts_from_the_earlier_event() {
        assert_eq!(apart_from_the_sentence_event("just four days after Israeli "), Some((-4, Unit::Day)));
        assert_eq!(apart_from_the_sentence_event("two weeks before the "), Some((2, Unit::Week)));
        assert_eq!(apart_from_the_sentence_event("days after the "), None);
    }

    #[test]
    fn plans_look_ahead_and_participles_are_verbs() {
        assert!(looks_ahead("will visit"));
        assert!(looks_ahead("set to visit"));
        assert!(!looks_ahead("visited"));
        assert!(is_participle("has signed"));
        assert!(!is_participle("visit"));
    }

    #[test]
    fn a_place_after_a_conflict_or_a_side_is_no_venue() {
        assert!(names_a_conflict("the war in "));
        assert!(counterpart("a deal with the "));
        assert!(recipient("weapons to "));
        assert!(!recipient("arrived in "));
        assert!(recipient("the resolution drafted by "));
        assert_eq!(pair_named("The two leaders met"), Some(Pair::People));
    }
    #[test]
    fn a_verb_of_saying_reports_the_clause_after_its_conjunction() {
        assert_eq!(reported_clause(" on Thursday that Israel"), Some(17));
        assert_eq!(reported_clause(" the deal, that he found fragile"), None);
    }
    #[test]
    fn a_clause_after_a_dates_comma_tells_what_happened_then() {
        assert!(opens_a_time_clause(", when Nelson Mandela led the nation"));
        assert!(opens_a_time_clause(", the year when Cambodia joined"));
        assert!(!opens_a_time_clause(", the party won"));
    }

    #[test]
    fn a_clause_of_purpose_names_what_talks_are_about() {
        assert_eq!(talks_topic(" on Thursday in Lima to discuss the war in Ukraine"), Some(21));
        assert_eq!(talks_topic(" in order to talk about trade"), Some(1));
        assert_eq!(talks_topic(" with Xi Jinping in Beijing"), None);
    }

    #[test]
    fn the_day_after_and_the_eve_of_are_a_day_apart() {
        use crate::extract::dates::calendar::Unit;
        assert_eq!(apart_from_the_sentence_event("a day after a deadly "), Some((-1, Unit::Day)));
        assert_eq!(apart_from_the_sentence_event("on the eve of the "), Some((1, Unit::Day)));
        assert_eq!(apart_from_the_sentence_event("the eve "), None);
    }
}
