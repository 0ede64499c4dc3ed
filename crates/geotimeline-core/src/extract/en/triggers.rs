//! English named trigger rules: constructions the lexicon's words alone do not tell. They
//! run before the lexicon (`triggers.tsv`, read by `lexicon.rs`), which adds what they miss.

use crate::extract::locale::{TriggerRule, TriggerRules};
use crate::model::EventType;

/// The rules, each named.
pub fn rules() -> TriggerRules {
    TriggerRules::new(vec![
        // "Rebel forces entered Damascus in the early hours of Dec. 8", "Wagner's columns
        // advanced on Moscow": armed forces moving on a place act, whatever the verb of motion.
        TriggerRule::new(
            "troop movement",
            EventType::Military,
            r"\b(?:troops|forces|soldiers|columns|tanks|fighters|rebels|militants|mutineers|insurgents|jihadists)\s+(?:\S+\s+){0,3}?(?:entered|swept\s+into|pushed\s+into|poured\s+into|stormed\s+into|marched\s+(?:into|on)|advanced\s+(?:into|on|towards?)|closed\s+in\s+on|reached\s+the\s+outskirts\s+of)\b",
            true,
        ),
        // "Finland officially became the 31st member of the North Atlantic Treaty Organization on
        // Tuesday": an accession, which the corpus conventions count as an agreement.
        TriggerRule::new(
            "membership",
            EventType::Agreement,
            &format!(
                r"\b(?:became|becomes|becoming|(?:has|have)\s+become)\s+(?:\w+\s+)?(?:(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?member\s+(?:state\s+|country\s+|nation\s+)?of\s+(?:the\s+)?(?:{JOINED})\b|(?:{JOINED})['’]s\s+(?:[\w-]+\s+){{0,2}}?member\b)"
            ),
            true,
        ),
        // "Keir Starmer became Britain's 58th prime minister on Friday": taking office, which the
        // corpus conventions count as an election; dated only by a date of its own, as "who
        // became president after …" is background.
        TriggerRule::new(
            "taking office",
            EventType::Election,
            r"\b(?:became|becomes|(?:has|have)\s+become)\s+(?:officially\s+)?(?:(?:the|a|an|its|their|[\w-]+['’]s)\s+){0,2}(?:(?:new|next|first|\d+(?:st|nd|rd|th))\s+)?(?:prime\s+minister|premier|president|chancellor|pope)\b",
            false,
        ),
        // "Hamas handed over seven hostages to the Red Cross", "the hostages were handed over
        // to the ICRC": captives handed over are set free (as "release" tells).
        TriggerRule::new(
            "handover",
            EventType::Other,
            r"\b(?:(?:hand(?:ed|s|ing)?|turn(?:ed|s|ing)?)\s+over\s+(?:[^\s,.;:]+\s+){0,5}?(?:hostages|prisoners|captives|detainees)|(?:hostages|prisoners|captives|detainees)\s+(?:[^\s,.;:]+\s+){0,6}?(?:were|was|have\s+been|had\s+been|will\s+be)\s+(?:handed|turned)\s+over)\b",
            true,
        ),
    ])
}

/// What a country joins: its alliances, unions and organisations.
const JOINED: &str = r"NATO|North\s+Atlantic\s+Treaty\s+Organi[sz]ation|European\s+Union|EU|BRICS|ASEAN|African\s+Union|United\s+Nations|UN|World\s+Trade\s+Organi[sz]ation|WTO|OPEC|G20|Commonwealth|Shanghai\s+Cooperation\s+Organi[sz]ation|Council\s+of\s+Europe|OECD|Schengen\s+area|euro\s*zone|alliance|bloc|union|organi[sz]ation";
