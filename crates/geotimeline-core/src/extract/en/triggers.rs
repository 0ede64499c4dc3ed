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
