//! French clause words: the constructions around a trigger that tell whether it
//! reports an event here, where its place and sides are, and whether its verb is
//! a plan or a description. The engine (`events.rs`) reads them through
//! [`crate::extract::locale::ClauseReading`].

use super::triggers::SIGNING_FORMS;
use super::words;
use crate::extract::dates::calendar::Unit;
use crate::extract::locale::{ClauseReading, Pair};
use crate::extract::lower_case;
use crate::extract::word_regex::WordRegex;
use crate::model::EventType;
use std::sync::LazyLock;

/// French, for the engine.
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

/// Whether a verb group is in the passive: "être" or "été" before its participle
/// ("devrait être formellement acté", "a été entériné").
pub fn passive(group: &str) -> bool {
    let lower = lower_case(group);
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.len() >= 2 && words[..words.len() - 1].iter().any(|w| ["être", "été"].contains(w)) && is_participle(words[words.len() - 1])
}

/// Whether a verb group is in the pluperfect ("avait annoncé", "s'étaient réunis",
/// "avaient souligné"): what had happened before the days the article tells, so the
/// passage's date is not its date.
/// Not after "que": "a déclaré que les deux parties avaient libéré …" is reported speech,
/// whose pluperfect only follows the past of the verb that reports it.
pub fn before_the_narrative(group: &str, before_group: &str) -> bool {
    const PLUPERFECT: &[&str] = &["avait", "avaient", "était", "étaient", "s'était", "s'étaient", "s’était", "s’étaient"];
    static REPORTED: LazyLock<WordRegex> = LazyLock::new(|| WordRegex::new(r"(?i)\bqu(?:e\b|['’])").expect("reported speech pattern"));
    let lower = lower_case(group);
    let mut words = lower.split_whitespace();
    let first = words.next().unwrap_or_default();
    let compound = PLUPERFECT.contains(&first) && words.next().is_some();
    let previous = lower_case(before_group.split_whitespace().last().unwrap_or_default());
    let after_auxiliary = PLUPERFECT.contains(&previous.as_ref()) && is_participle(&lower);
    // "À l'approche du scrutin, Pékin a dénoncé …": what led up to the day told.
    static LEADING_UP: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)^\W*(?:à\s+l['’]approche\s+d|en\s+amont\s+d|dans\s+la\s+perspective\s+d|en\s+prévision\s+d)")
            .expect("leading-up pattern")
    });
    // "depuis qu'il a pris le pouvoir": what a state has lasted since, told as background.
    static SINCE: LazyLock<WordRegex> =
        LazyLock::new(|| WordRegex::new(r"(?i)\bdepuis\s+(?:qu['’]\s*|que\s+)(?:[^\s,;]+\s+){0,4}$").expect("since pattern"));
    ((compound || after_auxiliary) && !REPORTED.is_match(before_group))
        || LEADING_UP.is_match(before_group)
        || SINCE.is_match(crate::extract::last_bytes(before_group, 80))
}

/// Another type the words after a trigger give it: "ont investi le territoire russe"
/// (taking a place, where "a été investi président" is an inauguration); "a été
/// déclaré vainqueur", "proclamée élue" (a result, not a statement).
pub fn retyped(event_type: EventType, before: &str, trigger: &str, after: &str) -> Option<EventType> {
    static WINNER: LazyLock<WordRegex> =
        LazyLock::new(|| WordRegex::new(r"(?i)^\s*(?:\p{L}+\s+)?(?:vainqueure?s?|gagnante?s?|(?:ré)?élue?s?)\b").expect("winner pattern"));
    const WHEN: &[&str] = &["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "soir", "matin", "finalement"];
    let words = lower_case(trigger);
    // "se sont accordés pour cesser les exportations vers la Russie": an export ban is a sanction.
    static TRADE_BAN: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)^\s*(?:\p{L}+\s+){0,2}(?:pour|de|d['’])\s*(?:cesser|arrêter|interdire|suspendre|restreindre|bloquer|stopper)\s+(?:toutes\s+)?(?:les\s+|leurs\s+)?(?:exportations|importations|ventes|livraisons)\b")
            .expect("trade ban pattern")
    });
    if event_type == EventType::Agreement && TRADE_BAN.is_match(after) {
        return Some(EventType::Sanction);
    }
    if event_type == EventType::Other && words.contains("vigueur") {
        return taking_effect(before);
    }
    // "Toutes les questions ont été approuvées à plus de 95%", "ont rejeté, lors d'un
    // référendum, …": a text approved or rejected by a share of the votes is a vote.
    if ["approuv", "rejet", "adopt"].iter().any(|w| words.contains(w)) && decided_by_vote(after) {
        return Some(EventType::Election);
    }
    // "Le SPD est sanctionné avec 16 %": a party punished at the polls, no sanctions.
    if event_type == EventType::Sanction && words.contains("sanctionn") && decided_by_vote(after) {
        return Some(EventType::Election);
    }
    match event_type {
        EventType::Election if words.starts_with("investi") && !words.starts_with("investiture") => {
            let next = after.split_whitespace().map(str::to_lowercase).find(|w| !WHEN.contains(&w.as_str())).unwrap_or_default();
            let object =
                ["le", "la", "les", "un", "une", "des"].contains(&next.as_str()) || next.starts_with("l'") || next.starts_with("l’");
            object.then_some(EventType::Military)
        }
        EventType::Statement => {
            // "a été condamné mardi à cinq ans de prison", "condamné le 19 juillet dernier à seize
            // ans": a sentence passed, not words said.
            static SENTENCED: LazyLock<WordRegex> = LazyLock::new(|| {
                WordRegex::new(r"(?i)^\s*(?:[\p{L}\d'’-]+\s+){0,4}à\s+(?:\d|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|la\s+prison|mort|la\s+peine|la\s+réclusion|perpétuité|des\s+peines)").expect("sentenced pattern")
            });
            let declared = ["déclaré", "déclarée", "déclarés", "déclarant", "proclamé", "proclamée", "proclamés", "proclamant"]
                .iter()
                .any(|w| words.ends_with(w));
            let sentenced = ["condamné", "condamnée", "condamnés", "condamnées"].iter().any(|w| words.ends_with(w));
            if sentenced && SENTENCED.is_match(after) {
                return Some(EventType::Other);
            }
            // "a déclaré mardi soir la loi martiale": a state of exception declared is an act.
            if (declared || words.ends_with("décrété") || words.ends_with("décrétant")) && declares_a_state(after) {
                return Some(EventType::Other);
            }
            // "a déclaré persona non grata deux diplomates", "a déclaré l'ambassadeur « persona
            // non grata »": a diplomat sent away, a measure against his state.
            if declared && crate::extract::locale::names_persona_non_grata(after) {
                return Some(EventType::Sanction);
            }
            // "avait annoncé plus tôt mercredi reprendre sa participation à l'accord céréalier": a
            // state returning to a deal is party to it again, an agreement.
            if rejoins_a_deal(after) {
                return Some(EventType::Agreement);
            }
            // "a proclamé vendredi les résultats définitifs", "a annoncé lundi la victoire du
            // président sortant", "a confirmé mardi la réélection de": a result given, not words said;
            // the day may be told at length ("a annoncé ce mardi matin", "a proclamé, ce mardi à l'aube,").
            static RESULTS: LazyLock<WordRegex> = LazyLock::new(|| {
                WordRegex::new(
                    r"(?i)^[\s,]*(?:(?:ce|cet|cette|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|matin|soir|après-midi|dans|la|nuit|soirée|matinée|à|l['’]aube|tôt|tard)[\s,]+){0,5}(?:\p{L}+\s+){0,2}?(?:(?:les|des)\s+(?:premiers\s+)?résultats|la\s+(?:large\s+|nette\s+)?victoire|la\s+réélection|l['’]élection\s+d[eu])\b",
                )
                .expect("results pattern")
            });
            let giving = ["proclam", "annon", "publi", "déclar", "dévoil", "communiqu", "confirm", "valid", "entérin"]
                .iter()
                .any(|w| words.contains(w));
            ((declared && WINNER.is_match(after)) || (giving && RESULTS.is_match(after))).then_some(EventType::Election)
        }
        // "un échange de tirs", "des échanges de tirs d'artillerie": fire exchanged, no prisoners.
        EventType::Other if words.starts_with("échange") => {
            static FIRE: LazyLock<WordRegex> = LazyLock::new(|| {
                WordRegex::new(
                    r"(?i)^\s*(?:\p{L}+\s+)?(?:de|d['’])\s*(?:tirs|coups\s+de\s+feu|artillerie|frappes|roquettes|missiles|obus)\b",
                )
                .expect("fire pattern")
            });
            FIRE.is_match(after).then_some(EventType::Military)
        }
        // "Mohamed Bazoum a été destitué, a annoncé un groupe de soldats": a removal by soldiers
        // is a coup; by a parliament or a court ("destituée par le Sénat"), a dated fact.
        EventType::Other if words.contains("destitu") => {
            (SOLDIERS.is_match(before) || SOLDIERS.is_match(after)).then_some(EventType::Military)
        }
        // "arrivé en tête du premier tour", "arrivée deuxième": a place in a vote's results, no journey.
        EventType::Visit if words.contains("arriv") => {
            static PLACED: LazyLock<WordRegex> = LazyLock::new(|| {
                WordRegex::new(r"(?i)^\s*(?:(?:largement|nettement|loin|très|de\s+justesse|finalement|contre\s+toute\s+attente)\s+)*(?:en\s+tête|(?:en\s+)?(?:première|premier|deuxième|seconde?|troisième|quatrième|dernière?)\s+(?:position|place)|(?:deuxième|second|seconde|troisième|quatrième)\b)")
                    .expect("placed pattern")
            });
            // (The visit rule's trigger may end on the "en" of "arrivé en Chine".)
            let rest = if words.ends_with(" en") { format!(" en{after}") } else { after.to_string() };
            PLACED.is_match(&rest).then_some(EventType::Election)
        }
        // "s'est emparé des pleins pouvoirs": powers taken by decree, no military act;
        // "des milliers de manifestants ont envahi la place": a crowd, no army.
        EventType::Military => {
            static FULL_POWERS: LazyLock<WordRegex> =
                LazyLock::new(|| WordRegex::new(r"(?i)^\s*(?:des|les)\s+pleins\s+pouvoirs\b").expect("full powers pattern"));
            // "ont frappé Moscou avec un neuvième paquet de sanctions": struck by measures, not arms.
            static WITH_SANCTIONS: LazyLock<WordRegex> = LazyLock::new(|| {
                WordRegex::new(r"(?i)^\s*(?:(?:\p{L}+\s+){0,6}?(?:avec|par)\s+|de\s+|d['’]\s*)(?:\p{L}+\s+){0,4}?(?:sanctions|mesures\s+restrictives|droits\s+de\s+douane|embargo)\b")
                    .expect("struck with sanctions pattern")
            });
            if words.contains("frapp") && WITH_SANCTIONS.is_match(after) {
                return Some(EventType::Sanction);
            }
            // "a été tué dimanche dans un accident d'hélicoptère", "tuées dans un séisme": deaths in
            // an accident or a disaster, no military act.
            static ACCIDENT: LazyLock<WordRegex> = LazyLock::new(|| {
                WordRegex::new(r"(?i)^\s*(?:[^.;,]{0,40}?\s)?(?:dans|lors\s+d['’]|lors\s+de)\s*(?:un|une|le|la|l['’]|les|des)\s*(?:[\w-]+\s+){0,3}?(?:accident|crash|écrasement|séisme|tremblement\s+de\s+terre|inondations?|glissements?\s+de\s+terrain|avalanche|tempête|ouragan|cyclone|typhon|bousculade|effondrement|naufrage)\b")
                    .expect("accident pattern")
            });
            if ACCIDENT.is_match(after) {
                return Some(EventType::Other);
            }
            // "le gouvernement a été renversé par une motion de censure": brought down by a vote
            // of the deputies, not by arms (a dated fact, as a removal by the Senate is).
            if words.contains("renvers") && voted_down(before, after) {
                return Some(EventType::Other);
            }
            (FULL_POWERS.is_match(after) || crowd_acts(before)).then_some(EventType::Other)
        }
        _ => None,
    }
}

/// Soldiers or a coup named in a sentence: a removal from office by them is military.
static SOLDIERS: LazyLock<WordRegex> = LazyLock::new(|| {
    WordRegex::new(
        r"(?i)\b(?:soldats|militaires|putschistes|junte|mutins|armée|garde\s+présidentielle|officiers|coup\s+d['’]\s*[ée]tat|putsch)\b",
    )
    .expect("soldiers pattern")
});

/// Whether a government brought down was voted down: a motion of censure, a vote of
/// confidence or the deputies in its sentence, and no soldiers.
fn voted_down(before: &str, after: &str) -> bool {
    static VOTE: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)\b(?:motions?\s+de\s+censure|censure|(?:vote|question)\s+de\s+(?:dé)?fiance|question\s+de\s+confiance|vote\s+de\s+confiance|députés|parlementaires)\b")
            .expect("vote of censure pattern")
    });
    (VOTE.is_match(before) || VOTE.is_match(after)) && !SOLDIERS.is_match(before) && !SOLDIERS.is_match(after)
}

/// Whether the clause before a verb makes a crowd its subject ("des dizaines de milliers de
/// sympathisants de Lula avaient envahi"), not the object of a preposition ("face aux
/// manifestants, l'armée a tiré").
fn crowd_acts(before: &str) -> bool {
    static CROWD: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)(?:\b(à|aux?|contre|sur|vers|par|face|envers|parmi)\s+(?:aux?\s+|les\s+|des\s+|la\s+|une\s+)?)?\b(?:(?:manifestant|sympathisant|partisan|militant|protestataire|émeutier|supporter)e?s|foules?)\b")
            .expect("crowd pattern")
    });
    CROWD.captures_iter(before).any(|c| c.get(1).is_none())
}

/// Whether a clause opens on a subject relative pronoun ("qui").
pub fn subject_relative(clause: &str) -> bool {
    let first = lower_case(clause.split_whitespace().next().unwrap_or_default());
    matches!(first.as_ref(), "qui")
}

/// Where a noun phrase of a determiner, a noun and a participle describing it ends the
/// text ("la décision rendue" before "vendredi"): a date right after it dates that noun,
/// not a verb outside it. (Regular participles in -é and -u, and those in -is: "pris", "mis";
/// not every word in -i or -it, which are as often nouns: "fois", "nuit", "mardi".)
pub fn described_by_participle(before_date: &str) -> Option<usize> {
    // (A noun, perhaps an adjective, then the participle: "l'élection présidentielle prévue".)
    static DESCRIBED: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)\b(?:la|le|les|l['’]|une|un|des|cette|ce|cet|ces)\s*\p{L}{3,}(?:\s+\p{L}{3,})?\s+(?:\p{L}{2,}(?:é|ée|és|ées)|\p{L}+[^\Weu](?:u|ue|us|ues)|(?:pri|mi|émi|promi|transmi|soumi)(?:s|se|ses))\s+$")
            .expect("described pattern")
    });
    // "a tué le chef du Hamas lors d'une opération menée mercredi": a noun after "lors de",
    // "au cours de", "pendant" is the occasion of the event before it, and its date that event's.
    static OCCASION: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)\b(?:lors|au\s+cours|à\s+l['’]occasion)\s+d(?:e\s+|['’]\s*)$|\b(?:pendant|durant)\s+$")
            .expect("occasion pattern")
    });
    let tail = crate::extract::last_bytes(before_date, 80);
    let found = DESCRIBED.find(tail)?;
    let start = before_date.len() - tail.len() + found.start();
    if OCCASION.is_match(crate::extract::last_bytes(&before_date[..start], 30)) {
        return None;
    }
    Some(start)
}

/// Whether an event noun is the topic of what is said, after a preposition
/// ("favorables à l'accord", "une violation du cessez-le-feu"), not an act.
pub fn names_a_topic(before_trigger: &str) -> bool {
    static TOPIC: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)(?:\b(?:à|au|aux|sur|contre|pour|envers|avec|de|du|des)\s+|\bd['’]\s*)(?:la\s+|le\s+|les\s+|l['’]\s*|cette\s+|ce\s+|ces\s+)?$")
            .expect("topic pattern")
    });
    TOPIC.is_match(before_trigger)
}

/// Whether the text ends on an auxiliary, maybe with up to two words after it
/// ("a finalement", "ont été"): what follows is a compound tense or a passive.
pub fn auxiliary_before(text: &str) -> bool {
    AUXILIARY.is_match(text)
}

/// An auxiliary, maybe with up to two words after it, ending the text: what comes
/// next is a compound tense or a passive ("a finalement", "ont été").
static AUXILIARY: LazyLock<WordRegex> = LazyLock::new(|| {
    WordRegex::new(r"(?i)\b(?:a|ai|as|ont|avait|avaient|aura|auront|aurait|auraient|avoir|ayant|été|être|est|sont|était|étaient|sera|seront|serait|seraient|soit|soient|fut|furent)\s+(?:\p{L}+\s+){0,2}$").expect("auxiliary pattern")
});

/// Whether a trigger's verb is in the future or the conditional ("se rendra",
/// "se rendrait", "signeront"), not the past conditional's auxiliaries.
pub fn looks_ahead(trigger: &str) -> bool {
    let last = lower_case(trigger.split_whitespace().last().unwrap_or(trigger));
    let ending = ["ra", "ront", "rait", "raient"].iter().any(|end| last.ends_with(end));
    ending && last.chars().count() > 4 && !["aurait", "auraient", "serait", "seraient"].contains(&last.as_ref())
}

/// Whether a trigger holds a past participle ("conclu", "signés", "arrivé au pouvoir"):
/// a verb, where "visite" or "investiture" are nouns.
pub fn is_participle(trigger: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "conclu",
        "conclue",
        "conclus",
        "conclues",
        "élu",
        "élue",
        "élus",
        "réélu",
        "réélue",
        "reçu",
        "reçue",
        "investi",
        "investie",
        "accueilli",
        "accueillie",
        "venu",
        "venue",
        "rendu",
        "rendue",
    ];
    trigger.split_whitespace().map(lower_case).any(|word| {
        let regular = ["é", "ée", "és", "ées"].iter().any(|end| word.ends_with(end)) && word.chars().count() > 3;
        regular || IRREGULAR.contains(&word.as_ref())
    })
}

/// Whether a trigger's first word is an auxiliary or a reflexive pronoun: the
/// trigger is a verb group ("a signé", "s'est rendu"), not a bare participle.
pub fn opens_with_auxiliary(first_word: &str) -> bool {
    ["a", "ont", "avait", "avaient", "est", "sont", "était", "étaient", "se"].contains(&first_word)
        || first_word.starts_with("s'")
        || first_word.starts_with("s’")
}

/// Whether a participle describes a thing rather than tells an act: "signés"
/// after a noun ("les contrats signés"), not after an auxiliary ("ont signé",
/// "ont été signés", "devraient être signés").
pub fn describes(before_trigger: &str, trigger: &str) -> bool {
    let participle = lower_case(trigger);
    let is_participle = [
        "signé",
        "signée",
        "signés",
        "signées",
        "conclu",
        "conclue",
        "conclus",
        "conclues",
        "paraphé",
        "paraphés",
        "paraphée",
        "paraphées",
        "scellé",
        "scellée",
    ]
    .contains(&participle.as_ref());
    is_participle && !AUXILIARY.is_match(before_trigger)
}

/// Whether a place is the topic of what is said: after the name of a conflict
/// ("la guerre en Ukraine", "le conflit au Soudan") or "sur" ("son approche sur l'Ukraine").
pub fn names_a_conflict(before_place: &str) -> bool {
    static CONFLICT: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)(?:\b(?:guerre|conflit|crise|invasion|offensive)\s+(?:\p{L}+\s+)?(?:en|au|aux|à|contre|de|d['’]|du)|\bsur)\s*(?:la\s+|le\s+|les\s+|l['’]\s*)?$").expect("conflict pattern")
    });
    CONFLICT.is_match(before_place)
}

/// Whether a country follows "à la", "à l'": a recipient ("des armes à l'Ukraine"); or "par":
/// the agent of a passive ("la résolution portée par l'Ukraine"), neither where.
pub fn recipient(before_place: &str) -> bool {
    static TO: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)\bà\s+(?:la\s+|l['’]\s*)$|\bpar\s+(?:la\s+|le\s+|les\s+|l['’]\s*)?$").expect("recipient pattern")
    });
    TO.is_match(before_place)
}

/// Whether a place is named as a side ("un accord avec les États-Unis", "les
/// liens entre la Russie et le Vietnam"), not where the event happens.
pub fn counterpart(before_place: &str) -> bool {
    // "avec les États-Unis"; "entre la Russie et le Vietnam" names two sides, not a place.
    static WITH: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)\b(?:avec|entre|entre\s+[^,;:.]{1,60}?\s+et)\s+(?:la\s+|le\s+|les\s+|l['’]\s*)?$")
            .expect("counterpart pattern")
    });
    WITH.is_match(before_place)
}

pub fn pair_named(sentence: &str) -> Option<Pair> {
    static PAIR: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)\bles\s+deux\s+(?:(dirigeants|présidents|hommes|leaders|chefs\s+d['’][EÉ]tat|dirigeantes|responsables|ministres|chefs\s+de\s+la\s+diplomatie|homologues)|(pays|capitales|gouvernements|États|voisins|alliés|nations))\b").expect("pair pattern")
    });
    let caps = PAIR.captures_at(sentence, 0)?;
    Some(if caps.get(1).is_some() { Pair::People } else { Pair::States })
}

/// Whether what "manifester" shows follows it, maybe after a day or an adverb ("dimanche son
/// soutien", "une vive inquiétude", "de l'intérêt"): a feeling shown, where "ont manifesté
/// dimanche à Tbilissi" protests.
fn shows_a_thing(after_trigger: &str) -> bool {
    static THING: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(&format!(
            r"(?i)^\s*(?:(?:{}|hier|matin|soir|aussi|déjà|encore|\p{{L}}+ment)\s+){{0,3}}(?:(?:leur|lui|nous|vous)\s+)?(?:son|sa|ses|leur|leurs|notre|nos|votre|vos|un|une|le|la|les|l['’]|de|du|des|d['’]|plus|peu|aucune?|certaine?s?|tout|toute)\b",
            super::words::alternation(super::words::WEEKDAYS.iter().map(|d| d.name))
        ))
        .expect("shown thing pattern")
    });
    THING.is_match(after_trigger)
}

/// Whether the words after "accueille" name a meeting it hosts.
pub fn hosts_a_meeting(after_trigger: &str) -> bool {
    static MEETING: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(
            r"(?i)^\s*(?:\S+\s+){0,4}?(?:une?|la|le|les|des)\s+(?:conférence|sommet|réunion|forum|rencontre|négociations|pourparlers|discussions|entretiens|consultations|session|congrès)\b",
        )
        .expect("hosted meeting pattern")
    });
    MEETING.is_match(after_trigger)
}

/// Whether a clause opens on what it conforms to: "conformément à l'annonce …",
/// "comme prévu par l'accord …", "en vertu du traité …".
pub fn refers_to(clause_start: &str) -> bool {
    static REFERENCE: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(
            r"(?i)^\s*(?:conformément\s+(?:à|aux?)|en\s+vertu\s+d|en\s+application\s+d|comme\s+(?:prévu|annoncé|convenu|promis))",
        )
        .expect("reference pattern")
    });
    REFERENCE.is_match(clause_start)
}

/// Whether a trigger is under a condition: after one in its clause ("prêt à démissionner si
/// la Cour validait l'élection"), or in the conditional before one ("imposerait des sanctions
/// si la Russie envahissait l'Ukraine"). A condition is "si" before its subject ("si la
/// Russie", "s'il"; not the adverb of "si important", nor the concession of "même si"), "à
/// moins que".
pub fn under_condition(clause_before: &str, trigger: &str, clause_after: &str) -> bool {
    let conditional = |words: &str| {
        words.split_whitespace().any(|w| {
            let w = lower_case(w.trim_matches(|c: char| !c.is_alphabetic()));
            words::CONDITIONAL_ENDINGS.iter().any(|ending| w.ends_with(ending)) && w.chars().count() > 5
        })
    };
    // "S'il a appelé au calme, il a dénoncé …": "si" before a compound past grants a fact.
    let granted = || {
        let first = trigger.split_whitespace().next().unwrap_or("");
        let before = clause_before.split_whitespace().next_back().unwrap_or("");
        ["a", "ont", "est", "sont"].iter().any(|auxiliary| first.eq_ignore_ascii_case(auxiliary) || before.eq_ignore_ascii_case(auxiliary))
    };
    let in_the_conditional = || conditional(&crate::extract::with_its_verb_group(clause_before, trigger));
    (condition_in(clause_before) && !granted()) || (condition_in(clause_after) && in_the_conditional())
}

fn condition_in(clause: &str) -> bool {
    static CONDITION: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)(?:^|[^\p{L}])(?:s['’]ils?\b|si\s+(?:le|la|les|l['’]|un|une|des|ce|cette|ces|leur|leurs|son|sa|ses|(?-i:\p{Lu}))|à\s+moins\s+qu)").expect("condition pattern")
    });
    static CONCESSION: LazyLock<WordRegex> = LazyLock::new(|| WordRegex::new(r"(?i)\bmême\s+s(?:i|['’]il)").expect("concession pattern"));
    CONDITION.is_match(clause) && !CONCESSION.is_match(clause)
}

/// Whether the words after "conclure" name an event it ends ("sa visite d'État", "leurs
/// entretiens", "le sommet").
fn ends_an_event(after: &str) -> bool {
    static ENDED: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)^\s*(?:\p{L}+\s+)?(?:sa|son|ses|leur|leurs|la|le|les|l['’]|cette|ce|ces)\s*(?:\p{L}+\s+){0,2}?(?:visite|tournée|séjour|voyage|déplacement|sommet|réunion|entretiens?|rencontre|travaux|session|mission)\b")
            .expect("ended event pattern")
    });
    ENDED.is_match(after)
}

/// Whether a trigger's words, read in their sentence, report no new event of
/// their type: "cette visite" (the one already reported), "accueille une
/// conférence" (the meeting is the event), "a reçu un accueil" (a thing, not a
/// visitor), "ont signé une déclaration commune" (a signing, not a statement).
pub fn not_an_event_here(
    event_type: EventType,
    sentence: &str,
    (start, end): (usize, usize),
    from: usize,
    to: usize,
    nominal: bool,
) -> bool {
    let words = lower_case(&sentence[start..end]);
    (nominal && names_a_known_event(&sentence[..start]))
        || (event_type == EventType::Visit && words.starts_with("accueill") && hosts_a_meeting(&sentence[end..to]))
        // "a conclu sa visite d'État": a visit or talks ended, no agreement.
        || (event_type == EventType::Agreement && words.contains("conclu") && ends_an_event(&sentence[end..to]))
        // "est arrivé au pouvoir": came to power, no journey.
        || (event_type == EventType::Visit && comes_to_power(&sentence[start..]))
        // "sans rencontrer de résistance", "a rencontré un vif succès": an obstacle or a
        // reception met, no one.
        || (event_type == EventType::Meeting && words.starts_with("rencontr") && meets_a_thing(&sentence[end..]))
        // "pourrait sceller le sort de l'Ukraine": a fate sealed, no deal.
        || (event_type == EventType::Agreement && words.starts_with("scell") && seals_a_fate(&sentence[end..]))
        || (event_type == EventType::Meeting && words.ends_with("reçu") && receives_a_thing(&sentence[end..]))
        // "a manifesté son soutien": a feeling shown, no protest.
        || (event_type == EventType::Other
            && !nominal
            && words.split_whitespace().last().is_some_and(|w| w.starts_with("manifest"))
            && shows_a_thing(&sentence[end..]))
        || (event_type == EventType::Statement && words.starts_with("déclaration") && signs(&sentence[from..start]))
        || (event_type == EventType::Election && votes_a_text(&sentence[end..to]))
        || (event_type == EventType::Meeting && words.starts_with("réuni") && groups_people(&sentence[end..to]))
        || (event_type == EventType::Meeting && words.contains("réuni") && names_a_crowd(&sentence[from..start]))
        || (event_type == EventType::Military && words.contains("envahi") && names_a_crowd(&sentence[from..start]))
        || habitual(&sentence[from..start])
        || (nominal && crate::extract::locale::called_for_type(event_type) && called_for(&sentence[from..start]))
        || (event_type == EventType::Military
            && words.split_whitespace().last().is_some_and(|w| w.starts_with("lanc") || w.starts_with("lanç"))
            && !launches_a_weapon(&sentence[end..]))
        || (event_type == EventType::Military
            && words.split_whitespace().last().is_some_and(|w| w.starts_with("tir"))
            && draws_a_lesson(&sentence[end..]))
        // "ont convenu de cesser les combats", "pour mettre fin aux affrontements": fighting
        // to be ended, no new fighting.
        || (event_type == EventType::Military && nominal && ends_fighting(&sentence[from..start]))
        // "qui occupait ce poste depuis 2011", "a occupé les fonctions de ministre": an office
        // held, no ground taken.
        || (event_type == EventType::Military
            && words.split_whitespace().last().is_some_and(|w| w.starts_with("occup"))
            && holds_an_office(&sentence[end..]))
        // "est appelée à devenir Première ministre": bound to become, no call made.
        || (event_type == EventType::Statement
            && !nominal
            && words.split_whitespace().last().is_some_and(|w| w.starts_with("appelé"))
            && words.split_whitespace().any(|w| ["est", "sont", "été", "être", "était", "étaient", "sera", "seront"].contains(&w))
            && bound_to(&sentence[end..]))
        // "chacun appelle ses proches", "une route qui sera appelée « Voie Trump »": a telephone
        // call or a name, no call for anything ("a appelé mardi les Syriens à rentrer").
        || (event_type == EventType::Statement
            && !nominal
            && words.split_whitespace().last().is_some_and(|w| w.starts_with("appel"))
            && !calls_for(&sentence[end..]))
        // "a écrit un livre": words written are a statement only in a message or a post ("a écrit
        // sur X", "a écrit dans une lettre"), or as the incise after a quotation.
        || (event_type == EventType::Statement
            && !nominal
            && words.split_whitespace().last().is_some_and(|w| w.starts_with("écri"))
            && !writes_a_message(&sentence[..start], &sentence[end..]))
        // "a annulé sa visite": what is annulled is a vote, its results or an act ("la Cour a annulé
        // l'élection", "l'élection a été annulée"); an event called off is none (`called_off`).
        || (event_type == EventType::Other
            && words.contains("annul")
            && !annuls_a_vote_or_act(&sentence[..start], &words, &sentence[end..], nominal))
        // "a signé le livre d'or": a visitor's signature, no deal.
        || (event_type == EventType::Agreement && words.contains("sign") && signs_a_book(&sentence[end..]))
        // "12 millions de votes ont été exprimés": ballots cast, no words said.
        || (event_type == EventType::Statement && words.contains("exprimé") && counts_ballots(&sentence[from..start]))
        // "ont brièvement salué la foule": a wave, no words said.
        || (event_type == EventType::Statement && words.contains("salu") && greets_a_crowd(&sentence[end..]))
        // "promouvoir les échanges commerciaux": trade or dialogue, no one exchanged.
        || (event_type == EventType::Other
            && words.split_whitespace().last().is_some_and(|w| w.starts_with("échange"))
            && trades(&sentence[end..]))
}

/// Whether what "occuper" holds, right after it, is an office or a rank ("ce poste", "les
/// fonctions de ministre", "la présidence", "le siège de"), not ground.
fn holds_an_office(after_trigger: &str) -> bool {
    static OFFICE: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(
            r"(?i)^\s*(?:\p{L}+\s+)?(?:ce|cet|cette|ces|le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs)\s*(?:\p{L}+\s+)?(?:postes?|fonctions?|charges?|présidence|vice-présidence|mandats?|sièges?|fauteuil|portefeuilles?|ministères?|rangs?|places?|rôles?|tête)\b",
        )
        .expect("office pattern")
    });
    OFFICE.is_match(after_trigger)
}

/// Whether "appeler" calls for something: "à" within a few words after it ("a appelé au calme",
/// "appelle ses combattants à ne pas …"), or a name after it, whom a call reaches ("a appelé
/// Vladimir Poutine").
fn calls_for(after_trigger: &str) -> bool {
    static FOR: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"^\s*(?:(?:[^\s.;:!?«»]+\s+){0,8}?(?i:à|au|aux)\s|(?:M\.\s+|Mme\s+)?\p{Lu}\p{Ll})").expect("call-for pattern")
    });
    FOR.is_match(after_trigger)
}

/// Whether words written are a message: where they were written or to whom, after the verb
/// ("sur X", "sur son compte Telegram", "dans une lettre", "aux dirigeants européens"), or a
/// quotation right before the incise.
fn writes_a_message(before_trigger: &str, after_trigger: &str) -> bool {
    static WHERE: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"^\s*(?:[^\s,;.]+\s+){0,3}?(?:(?i:à|aux|au)\s+(?i:la\s+|l['’]\s*|ses\s+|son\s+|sa\s+|leurs?\s+)?\p{L}|(?i:sur|dans)\s+(?:(?i:son|sa|ses|leur|leurs|le|la|les|l['’]|un|une)\s*)?(?:(?i:compte|réseau|réseaux|plateforme|page|chaîne|site|blog|messages?|tweets?|publication|post|lettre|communiqué|tribune|éditorial)|X|Twitter|Telegram|Facebook|Instagram|TikTok|Truth|Bluesky|Threads|LinkedIn)\b)")
            .expect("message pattern")
    });
    // (The verb's auxiliary may stand between: "», a écrit", "», avait-elle écrit".)
    static AFTER_A_QUOTATION: LazyLock<WordRegex> =
        LazyLock::new(|| WordRegex::new(r#"[»"”]\s*,?\s*(?:[\p{L}-]+\s+){0,2}$"#).expect("incise pattern"));
    AFTER_A_QUOTATION.is_match(crate::extract::last_bytes(before_trigger, 40)) || WHERE.is_match(after_trigger)
}

/// Whether what "annuler" or "annulation" annuls is a vote, its results or an act: after it
/// ("a annulé l'élection présidentielle", "l'annulation du scrutin"), or, in the passive, the
/// subject before it ("L'élection … a été annulée par la Cour").
fn annuls_a_vote_or_act(before_trigger: &str, trigger: &str, after_trigger: &str, nominal: bool) -> bool {
    const ANNULLED: &str = r"(?:élections?|scrutins?|votes?|résultats?|présidentielle|législatives|municipales|référendum|premier\s+tour|second\s+tour|décrets?|lois?|accords?|contrats?|décisions?|arrêtés?|ordonnances?|nominations?|mandats?|condamnations?|peines?)";
    static AFTER: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(&format!(r"(?i)^\s*(?:\p{{L}}+\s+)?(?:de\s+la|du|des|de\s+l['’]|de|d['’]|le|la|les|l['’]|son|sa|ses|leur|leurs|cette|ce|ces)?\s*(?:[\p{{L}}-]+\s+){{0,2}}?{ANNULLED}\b"))
            .expect("annulled pattern")
    });
    static BEFORE: LazyLock<WordRegex> =
        LazyLock::new(|| WordRegex::new(&format!(r"(?i)\b{ANNULLED}\b")).expect("annulled subject pattern"));
    // (The subject may stand before a relative clause: "L'élection, dont le second tour devait …, a été annulée".)
    let passive = !nominal && trigger.split_whitespace().any(|w| ["été", "est", "sont", "être", "sera", "seront"].contains(&w));
    AFTER.is_match(after_trigger) || (passive && BEFORE.is_match(crate::extract::last_bytes(before_trigger, 160)))
}

/// Whether what a passive "appelé" is bound to is an infinitive ("est appelée à devenir",
/// "sont appelés à jouer un rôle"): a calling, no call.
fn bound_to(after_trigger: &str) -> bool {
    static INFINITIVE: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)^\s*(?:\p{L}+\s+)?à\s+(?:(?:se|s['’]|en|y|le|la|les|l['’])\s*)?\p{L}+(?:er|ir|re|oir)\b")
            .expect("bound-to pattern")
    });
    INFINITIVE.is_match(after_trigger)
}

/// Whether the exchanges a noun names are trade, visits or dialogue ("les échanges
/// commerciaux", "un échange de vues"), not prisoners or hostages handed over.
fn trades(after_noun: &str) -> bool {
    static TRADE: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(
            r"(?i)^\s*(?:commerci\w+|économiques?|culturels?|universitaires|scientifiques|touristiques|humains|bilatéraux|diplomatiques|de\s+vues|d['’]informations?|de\s+données|de\s+biens|de\s+marchandises)\b",
        )
        .expect("trade pattern")
    });
    TRADE.is_match(after_noun)
}

/// Whether whom "saluer" greets, right after it, is a crowd or passers-by ("la foule", "les
/// badauds", "de la main"), not someone praised or a decision welcomed.
fn greets_a_crowd(after_trigger: &str) -> bool {
    static CROWD: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(
            r"(?i)^\s*(?:\p{L}+\s+)?(?:la\s+foule|les\s+(?:\p{L}+\s+)?(?:badauds|passants|curieux|spectateurs|habitants|supporters|sympathisants)\b|de\s+la\s+main|d['’]un\s+signe\s+de\s+(?:la\s+)?main)",
        )
        .expect("greeted crowd pattern")
    });
    CROWD.is_match(after_trigger)
}

/// Whether the words before a noun of fighting end or prevent it ("cesser les combats",
/// "mettre fin aux affrontements", "l'arrêt des frappes", "éviter une offensive").
fn ends_fighting(before_noun: &str) -> bool {
    static END: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)\b(?:cess\w*|arrêt\w*|stopp\w*|évit\w*|empêch\w*|(?:mettre|mettent|met|mis|mettra|mettront|mettrait)\s+(?:fin|un\s+terme))\s+(?:à\s+|aux\s+|au\s+|de\s+|des\s+|du\s+|d['’]\s*)?(?:les\s+|la\s+|le\s+|l['’]\s*|une?\s+|toute?s?\s+(?:les\s+)?|leurs?\s+|ces\s+)?(?:\p{L}+\s+)?$")
            .expect("end of fighting pattern")
    });
    END.is_match(crate::extract::last_bytes(before_noun, 80))
}

/// Whether what is signed, right after the verb, is a visitors' book or a book of
/// condolences ("a signé le livre d'or", "signe le registre de condoléances").
fn signs_a_book(after_trigger: &str) -> bool {
    static BOOK: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(
            r"(?i)^\s*(?:\p{L}+\s+)?(?:le|un|les|des)\s+(?:livres?\s+d['’]or|registres?\s+de\s+condoléances|livres?\s+de\s+condoléances)\b",
        )
        .expect("signed book pattern")
    });
    BOOK.is_match(after_trigger)
}

/// Whether the subject of "exprimés" is ballots ("votes", "voix", "suffrages", "bulletins").
fn counts_ballots(before_trigger: &str) -> bool {
    static BALLOTS: LazyLock<WordRegex> =
        LazyLock::new(|| WordRegex::new(r"(?i)\b(?:votes?|voix|suffrages|bulletins)\b[^,.;:]{0,30}$").expect("ballots pattern"));
    BALLOTS.is_match(crate::extract::last_bytes(before_trigger, 60))
}

/// Whether the event a noun names is what someone calls for, demands or wishes ("a appelé
/// mardi à un cessez-le-feu", "réclame un accord", "l'appel à une trêve"): the call is a
/// statement; what it calls for has not happened.
fn called_for(before_noun: &str) -> bool {
    static CALL: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)\b(?:appel\w*|réclam\w*|exig\w*|demand(?:e|é|ée|és|ées|ent|ait|aient|ant|er|era|eront|erait)|plaid\w*|prôn\w*|souhait\w*)\s+(?:\p{L}+\s+){0,2}?(?:à|pour)?\s*(?:un|une|des|le|la|les|l['’]|d['’]|du|au|aux)?\s*(?:\p{L}+\s+)?$")
            .expect("call pattern")
    });
    CALL.is_match(crate::extract::last_bytes(before_noun, 80))
}

/// Whether what is launched, a few words after "lancer", is an attack or a weapon ("a lancé
/// mardi une offensive", "ont lancé 200 drones"), not an appeal, an inquiry or a campaign.
fn launches_a_weapon(after_trigger: &str) -> bool {
    static WEAPON: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)^[^.;:«»]{0,60}?\b(?:(?:contre-)?offensives?|attaques?|frappes?|raids?|assauts?|opérations?|missiles?|roquettes?|drones?|obus|bombes?|projectiles?|incursions?|bombardements?|invasions?|tirs?|salves?|ogives?|torpilles?|hostilités|représailles|troupes|chars|avions|hélicoptères|combats?|guerre|exercices|man(?:oe|œ)uvres|blocus)\b")
            .expect("weapon pattern")
    });
    WEAPON.is_match(after_trigger)
}

/// Whether "tirer" draws a lesson, a conclusion or a profit ("tirer les leçons", "a tiré
/// un bilan"), not a shot.
fn draws_a_lesson(after_trigger: &str) -> bool {
    static LESSON: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)^\s*(?:\p{L}+\s+){0,2}?(?:les?|la|des|un|une|sa|son|ses|leur|leurs|l['’]|d['’]|de)?\s*(?:leçons?|bilans?|conclusions?|profit|parti|sonnette|révérence|conséquences|enseignements|avantage)\b")
            .expect("lesson pattern")
    });
    LESSON.is_match(after_trigger)
}

/// Whether the verb of a trigger is negated ("n'a pas signé", "n'avait pas été officiellement
/// annoncée", "ne s'est jamais rendu", "n'a finalement pas signé", "n'a de son côté pas dénoncé",
/// up to three words between the verb and the negation): what did not happen is no event. ("n'a signé que" is no negation.)
pub fn negated(before_trigger: &str, trigger: &str) -> bool {
    static BEFORE: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)\b(?:ne|n['’])\s*(?:(?:se|s['’]|l['’]|les|la|le|lui|leur|y|en)\s*)?\p{L}+(?:\s+\p{L}+){0,3}?\s+(?:pas|jamais|plus|point|guère|nullement)\s+(?:(?:encore|été|eu|officiellement|formellement|\p{L}+ment)\s+)*$")
            .expect("negation pattern")
    });
    static ANY: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(
            r"(?i)\b(?:ne|n['’])\s*(?:(?:se|s['’]|l['’]|les|la|le|lui|leur|y|en)\s*)?\p{L}+(?:\s+\p{L}+){0,3}?\s+(?:pas|jamais|plus|point|guère|nullement)\b",
        )
        .expect("negation pattern")
    });
    // "aucun accord formel n'a été annoncé", "aucune rencontre": a subject no one or nothing
    // negates its verb without "pas", and "aucun" right before an event noun negates it.
    static NONE: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(
            r"(?i)\b(?:aucun|aucune|nul|nulle)\s+(?:(?:\p{L}+\s+){0,4}?(?:ne|n['’])\s*(?:(?:se|s['’]|l['’]|les|la|le|lui|leur|y|en)\s*)?(?:\p{L}+\s+){0,2})?$",
        )
        .expect("negation pattern")
    });
    // "ont échoué à adopter de nouvelles sanctions", "a refusé de signer": what one failed or
    // refused to do did not happen.
    static FAILED: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)\b(?:échou(?:é|e|ent|ait|aient)|refus(?:é|e|ent|ait|aient))(?:\s+\p{L}+){0,2}?\s+(?:à|de|d['’])\s*(?:\p{L}+(?:\s+|['’]\s*)){0,3}$")
            .expect("failure pattern")
    });
    let before = crate::extract::last_bytes(before_trigger, 120);
    // Or the negation ends inside the trigger ("ne s'" before "est pas rendu").
    let text = format!("{before}{trigger}");
    BEFORE.is_match(before) || NONE.is_match(before) || FAILED.is_match(before) || ANY.find_iter(&text).any(|m| m.end() > before.len())
}

/// Whether an adverb of habit comes right before a trigger ("qui d'ordinaire annonce la
/// mort de ses commandants", "a régulièrement dénoncé"): what is wont to happen, no event.
pub fn habitual(before_trigger: &str) -> bool {
    static HABIT: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)\b(?:d['’]ordinaire|d['’]habitude|habituellement|généralement|en\s+général|traditionnellement|régulièrement|chaque\s+année)\s+(?:\p{L}+\s+)?$")
            .expect("habit pattern")
    });
    HABIT.is_match(before_trigger)
}

/// Whether the words before "ont envahi" or "réunis" name a crowd ("des milliers de
/// sympathisants avaient envahi l'esplanade", "les partisans de Lula réunis dimanche"):
/// people filling a place, not an invasion nor a meeting.
pub fn names_a_crowd(before_trigger: &str) -> bool {
    static CROWD: LazyLock<WordRegex> = LazyLock::new(|| {
        // (Or counted by the hundreds or thousands: "des milliers de Palestiniens se sont réunis".)
        WordRegex::new(r"(?i)\b(?:(?:manifestants|partisans|sympathisants|foule|émeutiers|supporters|militants|électeurs|fidèles|habitants)\b|(?:centaines|milliers)\s+d(?:e\b|['’]))")
            .expect("crowd pattern")
    });
    CROWD.is_match(before_trigger)
}

/// Whether the words before a place make it a time zone ("heure de Paris", "heure locale de Kiev").
pub fn names_a_time_zone(before_place: &str) -> bool {
    static ZONE: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)\bheures?\s+(?:locales?\s+)?(?:de\s+|d['’]\s*|du\s+)(?:la\s+|l['’]\s*)?$").expect("time zone pattern")
    });
    ZONE.is_match(before_place)
}

/// Whether the words after "réunis" say what people are gathered in or behind
/// ("les militaires réunis au sein du MPSR", "réunis autour du président"), not a meeting.
pub fn groups_people(after_trigger: &str) -> bool {
    let after = lower_case(after_trigger.trim_start());
    ["au sein", "autour", "derrière", "sous la bannière", "sous l'égide", "sous l’égide", "dans une coalition", "en coalition"]
        .iter()
        .any(|w| after.starts_with(w))
}

/// Whether the words after a vote name a text voted on ("ont voté la résolution",
/// "a voté contre le projet de loi"), or what to do ("ont voté pour débattre de sa
/// destitution"), or end the clause on its side ("Cinq pays ont voté
/// contre, et …": the text the sentence before named): a vote in a chamber or a council,
/// not an election.
pub fn votes_a_text(after_trigger: &str) -> bool {
    static TEXT: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(
            r"(?i)^\s*(?:(?:pour|contre)\s*(?:[,;:.!?)]|$)|(?:\p{L}+\s+){0,2}?(?:(?:pour|contre|en\s+faveur\s+d['’]e?)\s*)?(?:la|le|les|l['’]|une?|des|cette|ce|ces)\s*(?:\p{L}+\s+)?(?:résolutions?|lois?|textes?|motions?|projets?|budgets?|amendements?|réformes?|propositions?|sanctions|accords?|traités?|admission|adhésion|destitution|levée|censure|confiance|suspension|dissolution)\b)",
        )
        .expect("voted text pattern")
    });
    // "ont voté pour débattre de sa destitution": what to do, unless it is to elect ("ont voté
    // dimanche pour élire leurs députés").
    static TO_DO: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)^\s*(?:\p{L}+\s+){0,2}?pour\s+(?:(?:se|s['’]|en|y|l['’])\s*)?(?-i:(\p{Ll}+(?:er|ir|re)))\b")
            .expect("vote to do pattern")
    });
    const ELECTING: &[&str] = &["élire", "réélire", "désigner", "choisir", "renouveler", "départager"];
    TEXT.is_match(after_trigger)
        || TO_DO.captures_at(after_trigger, 0).and_then(|c| c.get(1)).is_some_and(|verb| !ELECTING.contains(&verb.as_str()))
}

/// Whether the event a noun names is called off in its clause ("la réunion était reportée",
/// "la visite prévue mardi a été annulée"): it did not happen on the date the clause gives.
pub fn called_off(after_trigger: &str) -> bool {
    static OFF: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(
            r"(?i)^[^,;:.]{0,60}?\b(?:(?:a|ont|avait|avaient|est|sont|était|étaient|sera|seront|serait|seraient)\s+(?:été\s+)?(?:\p{L}+\s+)?(?:annulée?s?|reportée?s?|ajournée?s?|repoussée?s?|décommandée?s?)|n['’](?:a|ont|aura|auront)\s+pas\s+eu\s+lieu)\b",
        )
        .expect("called off pattern")
    });
    OFF.is_match(after_trigger)
}

/// Where the new day starts when the words after a noun trigger put its event off to it ("le
/// sommet, initialement prévu le 3 février, a été repoussé au 10 mars", "reportée au
/// lendemain"): an incise may come between the noun and its verb.
pub fn put_off_to(after_trigger: &str) -> Option<usize> {
    static PUT_OFF: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(
            r"(?i)^(?:\s*,[^;:.]{0,80}?,)?[^,;:.]{0,60}?\b(?:a|ont|avait|avaient|est|sont|était|étaient|sera|seront)\s+(?:été\s+)?(?:\p{L}+\s+)?(?:reporté|repoussé|décalé|différé|ajourné|renvoyé)e?s?\s+(?:au|à|jusqu['’](?:au|à))\s",
        )
        .expect("put off pattern")
    });
    PUT_OFF.find(after_trigger).map(|m| m.end())
}

/// Whether what "rencontrer" meets, right after it, is a thing rather than someone
/// ("de résistance", "une forte opposition", "des difficultés", "un vif succès").
fn meets_a_thing(after_trigger: &str) -> bool {
    static THING: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)^\s*(?:(?:de|d['’]|la|le|les|une?|des|peu\s+de|aucune?|beaucoup\s+de)\s*)?(?:\p{L}+\s+)?(?:résistances?|oppositions?|difficultés?|obstacles?|problèmes?|succès|échos?|soutien|hostilité|réticences?|critiques?)\b")
            .expect("thing met pattern")
    });
    THING.is_match(after_trigger)
}

/// Whether what "sceller" seals is a fate or a destiny ("sceller le sort de l'Ukraine").
fn seals_a_fate(after_trigger: &str) -> bool {
    static FATE: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)^\s*(?:le|son|leur|définitivement\s+le)\s+(?:sort|destin)\b|^\s*(?:la|sa|leur)\s+(?:destinée|perte|fin)\b")
            .expect("fate pattern")
    });
    FATE.is_match(after_trigger)
}

/// Whether an arrival opening the text is one in power ("est arrivé au pouvoir", "son
/// arrivée au pouvoir"), no journey.
fn comes_to_power(from_trigger: &str) -> bool {
    static IN_POWER: LazyLock<WordRegex> =
        LazyLock::new(|| WordRegex::new(r"(?i)^(?:\p{L}+\s+)?arrivée?s?\s+au\s+pouvoir\b").expect("power pattern"));
    IN_POWER.is_match(from_trigger)
}

/// Whether "a reçu" is followed by a thing received rather than a visitor.
pub fn receives_a_thing(after_trigger: &str) -> bool {
    static THING: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)^\s*(?:\p{L}+\s+)?(?:un|une|des|du|de\s+la|le|la|les|l['’]|son|sa|ses|leur|leurs|\d[\d\s.,]*|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|cent)\s*(?:\p{L}+\s+)?(?:votes?|voix|suffrages|accueil|invitation|soutien|appui|lettre|message|appel|coup|prix|médaille|félicitations|garanties?|assurances?|réponse|aide|armes|livraisons?|feu\s+vert|ordre|instructions?|menaces?)\b").expect("thing received pattern")
    });
    THING.is_match(after_trigger)
}

/// Whether a clause's words before a trigger sign something (a declaration signed is an
/// agreement; one adopted, "a adopté jeudi une déclaration", is what the adopting verb
/// enacts: a statement).
pub fn signs(before_trigger: &str) -> bool {
    static SIGNING: LazyLock<WordRegex> =
        LazyLock::new(|| WordRegex::new(&format!(r"(?i)\b(?:{SIGNING_FORMS}|paraph\w*)\b")).expect("signing pattern"));
    SIGNING.is_match(before_trigger)
}

/// Whether a demonstrative comes right before a trigger ("cette visite", "ce
/// sommet", "ces sanctions"): the words name an event already reported.
pub fn names_a_known_event(before_trigger: &str) -> bool {
    // "cette visite"; "l'anniversaire de l'invasion": an earlier event, remembered on the day;
    // "a annulé vendredi l'élection", "l'annulation du scrutin", "a annulé sa visite": an
    // earlier one annulled, or one called off.
    // "Il s'agit de la première visite …", "C'est sa deuxième visite …": the sentence says what
    // the event reported is.
    static KNOWN: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(
            r"(?i)(?:\b(?:cette|ce|cet|ces)\s+(?:\p{L}+\s+)?|\bannul\w*\s+(?:\p{L}+\s+)?(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|la\s+|le\s+|les\s+|l['’]\s*|sa\s+|son\s+|ses\s+|leur\s+|leurs\s+)|\b(?:anniversaire|commémoration|souvenir)\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|d['’]\s*)(?:\p{L}+\s+)?|^\s*(?:il\s+s['’]ag(?:it|issait)\s+(?:de\s+(?:la|sa|leur|son)\s+|du\s+|de\s+l['’]\s*|d['’]\s*une?\s+)|c['’](?:est|était)\s+(?:la|sa|leur|son|le|une?)\s+)(?:\p{L}+\s+){0,2})$",
        )
        .expect("known event pattern")
    });
    KNOWN.is_match(before_trigger)
}

/// Whether the words after a verb of saying announce a return to a deal ("reprendre sa
/// participation à l'accord", "réintégrer l'accord sur le nucléaire").
fn rejoins_a_deal(after: &str) -> bool {
    static REJOINS: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)^[^.;:«»]{0,40}?\b(?:reprendre|réintégrer|rejoindre|revenir\s+dans)\s+(?:sa\s+|leur\s+)?(?:participation\s+à\s+)?(?:l['’]\s*|le\s+)(?:accord|traité|pacte)\b")
            .expect("rejoining pattern")
    });
    REJOINS.is_match(after)
}

/// Whether what is declared, a few words after the verb, is an act: a state of exception, a
/// country's independence, or a diplomat persona non grata.
pub fn declares_an_act(after: &str) -> bool {
    declares_a_state(after) || crate::extract::locale::names_persona_non_grata(after)
}

/// Whether what is declared, a few words after the verb, is a state of exception or a
/// country's independence ("la loi martiale", "l'état d'urgence", "son indépendance").
fn declares_a_state(after: &str) -> bool {
    static STATE: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r#"(?i)^\s*(?:\p{L}+\s+){0,3}?(?:la\s+|l['’]\s*|le\s+|un\s+|une\s+|son\s+|sa\s+|leur\s+)["«“]?\s*(?:loi\s+martiale|état\s+d['’]\s*(?:urgence|siège|exception)|indépendance|couvre-feu)\b"#)
            .expect("declared state pattern")
    });
    STATE.is_match(after)
}

/// Whether the words after a verb of approving say it was by a vote, within a few words: a
/// share of the votes ("à plus de 95%", "par 52,3 % des voix") or a referendum ("lors d'un référendum").
fn decided_by_vote(after: &str) -> bool {
    static VOTE: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)^[^.;:«»]{0,80}?(?:\b(?:à|par|avec)\s+(?:plus\s+de\s+|près\s+de\s+|moins\s+de\s+)?\d+(?:[,.]\d+)?\s*(?:%|pour\s*cent)|(?:lors\s+d['’]\s*un\s+|par\s+|au\s+)référendum)")
            .expect("vote share pattern")
    });
    VOTE.is_match(after)
}

/// "Cette taxation entrera en vigueur mardi", "l'accord entre en vigueur": a measure
/// taking effect is of the type of what takes effect.
fn taking_effect(before: &str) -> Option<EventType> {
    static SANCTIONS: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)\b(?:sanctions?|taxes?|taxation|surtaxes?|droits\s+de\s+douane|tarifs?\s+douaniers?|embargo|gel\s+des\s+avoirs|restrictions?)\b")
            .expect("sanction nouns pattern")
    });
    static AGREEMENTS: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)\b(?:accords?|traités?|cessez-le-feu|trêve|convention|pacte|protocole)\b").expect("agreement nouns pattern")
    });
    crate::extract::locale::type_taking_effect(before, &SANCTIONS, &AGREEMENTS)
}

/// Whether the words before a trigger in its clause recall an earlier event:
/// "après une visite", "à la suite de sa rencontre", "depuis la signature".
pub fn recalls_earlier(before_trigger: &str) -> bool {
    static RECALL: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(r"(?i)\b(?:après|suite\s+à|à\s+la\s+suite\s+d['’]e?|depuis|dans\s+la\s+foulée\s+d['’]e?)\s*(?:une|un|la|le|sa|son|leur|l['’])?\s*(?:\p{L}+\s+)?$").expect("recall pattern")
    });
    RECALL.is_match(before_trigger)
}

/// "mardi, quatre jours après la frappe …": the event after the interval is that far before (after "après") or after
/// the event the sentence dated first.
pub fn apart_from_the_sentence_event(before_trigger: &str) -> Option<(i64, Unit)> {
    static APART: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(&format!(
            r"(?i)\b({NUM})\s+({UNIT})\s+(après|avant)\s+(?:[\p{{L}}-]+\s+|\p{{L}}+['’]\s*){{0,3}}$",
            NUM = words::number_pattern(),
            UNIT = words::unit_pattern()
        ))
        .expect("interval pattern")
    });
    crate::extract::locale::interval_before(&APART, before_trigger, words::number, words::unit, "après")
        .or_else(|| next_or_previous_day(before_trigger))
}

/// "au lendemain d'un bombardement", "à la veille du sommet": the event named right after is the
/// day before (after "lendemain") or the day after (after "veille") the sentence's event.
fn next_or_previous_day(before_trigger: &str) -> Option<(i64, Unit)> {
    static DAY_APART: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(
            r"(?i)\b(?:au|le|à\s+la|la)\s+(lendemain|veille)\s+(?:de\s+(?:la\s+|l['’]\s*)?|du\s+|des\s+|d['’]\s*)(?:[\p{L}-]+\s+){0,2}$",
        )
        .expect("next or previous day pattern")
    });
    let c = DAY_APART.captures_at(crate::extract::last_bytes(before_trigger, 80), 0)?;
    Some((if c[1].eq_ignore_ascii_case("lendemain") { -1 } else { 1 }, Unit::Day))
}

/// "a annoncé mercredi qu'Israël et le Hamas …", "a déclaré dans un communiqué que …": where
/// the clause a verb of saying reports opens, after at most six words of date or manner and no comma.
pub fn reported_clause(after_saying: &str) -> Option<usize> {
    static CONJUNCTION: LazyLock<WordRegex> =
        LazyLock::new(|| WordRegex::new(r#"(?i)^[^,;:.«»"“”]{0,60}?\bqu(?:e\b|['’])"#).expect("reported clause pattern"));
    let found = CONJUNCTION.find(after_saying)?;
    (after_saying[..found.end()].split_whitespace().count() <= 7).then_some(found.end())
}

/// "depuis 1999, année où le Cambodge avait rejoint l'organisation", "en 2011, lorsque …": a
/// clause after a date's comma that tells what happened then.
pub fn opens_a_time_clause(after_date: &str) -> bool {
    static THEN: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(
            r"(?i)^\s*,\s*(?:(?:l['’]\s*)?(?:année|date|jour|mois|époque)\s+(?:où|à\s+laquelle|lors\s+de\s+laquelle)|lorsque|quand|où)\b",
        )
        .expect("time clause pattern")
    });
    THEN.is_match(after_date)
}

/// Whether a statement's verb group judges what it names ("a condamné", "a salué"): the event noun
/// after it is what is judged, not an event the saying makes.
pub fn judges(verb_group: &str) -> bool {
    const STEMS: &[&str] =
        &["condamn", "critiqu", "dénonc", "fustig", "salu", "félicit", "regrett", "déplor", "reproch", "accus", "rejet", "qualifi", "blâm"];
    let verb = lower_case(verb_group.split_whitespace().last().unwrap_or(""));
    STEMS.iter().any(|stem| verb.starts_with(stem))
}

/// "se sont rencontrés jeudi à Lima pour discuter de la guerre en Ukraine": where a clause of
/// purpose naming what is talked about opens, in the text after a trigger. Who and where it
/// names are topics of the talks, not their sides or their place.
pub fn talks_topic(after_trigger: &str) -> Option<usize> {
    static PURPOSE: LazyLock<WordRegex> = LazyLock::new(|| {
        WordRegex::new(
            r"(?i)\b(?:pour|afin\s+de|afin\s+d['’])\s*(?:y\s+)?(?:discuter|évoquer|aborder|examiner|parler|débattre|échanger|faire\s+le\s+point)\b",
        )
        .expect("talks topic pattern")
    });
    PURPOSE.find(after_trigger).map(|m| m.start())
}

#[cfg(test)]
mod tests {
    #[test]
    fn what_is_called_for_has_not_happened() {
        for before in ["Le pape a réclamé mardi un ", "Le président a appelé mardi à un ", "l'appel à une ", "Ils exigent un nouvel "]
        {
            assert!(super::called_for(before), "{before}");
        }
        for before in ["Israël et le Hamas ont conclu mardi un ", "Après l'appel, les deux pays ont signé un "] {
            assert!(!super::called_for(before), "{before}");
        }
    }

    use super::*;

    #[test]
    fn an_interval_before_a_trigger_counts_from_the_earlier_event() {
        assert_eq!(apart_from_the_sentence_event("quatre jours après la "), Some((-4, Unit::Day)));
        assert_eq!(apart_from_the_sentence_event("deux semaines avant l'"), Some((2, Unit::Week)));
        assert_eq!(apart_from_the_sentence_event("après la "), None);
    }

    #[test]
    fn signing_words_are_forms_of_signer() {
        assert!(signs("Les deux pays ont signé une "));
        assert!(signs("les signataires ont adopté une "));
        assert!(!signs("Un signal fort, signalé par une "));
    }

    #[test]
    fn a_place_after_a_conflict_or_a_side_is_no_venue() {
        assert!(names_a_conflict("la guerre en "));
        assert!(counterpart("un accord avec les "));
        assert!(recipient("des armes à l'"));
        assert!(recipient("la résolution portée par l'"));
        assert!(!recipient("la résolution portée en "));
        assert!(names_a_time_zone("à 15 heures, heure de "));
        assert!(!names_a_time_zone("à 15 heures à "));
    }
    #[test]
    fn a_verb_of_saying_reports_the_clause_after_its_conjunction() {
        assert_eq!(reported_clause(" mercredi qu'Israël"), Some(13));
        assert_eq!(reported_clause(" une trêve, qu'il juge fragile"), None);
    }
    #[test]
    fn a_clause_after_a_dates_comma_tells_what_happened_then() {
        assert!(opens_a_time_clause(", année où le Cambodge avait rejoint"));
        assert!(opens_a_time_clause(", lorsque la démocratie est née"));
        assert!(!opens_a_time_clause(", le parti a gagné"));
    }

    #[test]
    fn a_clause_of_purpose_names_what_talks_are_about() {
        assert_eq!(talks_topic(" jeudi à Lima pour discuter de la guerre en Ukraine"), Some(15));
        assert_eq!(talks_topic(" afin d'évoquer la crise"), Some(1));
        assert_eq!(talks_topic(" avec Xi Jinping à Pékin"), None);
    }

    #[test]
    fn au_lendemain_and_a_la_veille_are_a_day_apart() {
        assert_eq!(apart_from_the_sentence_event("au lendemain d'un "), Some((-1, Unit::Day)));
        assert_eq!(apart_from_the_sentence_event("à la veille du "), Some((1, Unit::Day)));
        assert_eq!(apart_from_the_sentence_event("le lendemain, "), None);
    }
}
