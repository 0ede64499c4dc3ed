//! What a report claims beyond the event itself: how many (agreements signed,
//! victims), so that reports of one event can be seen to disagree
//! ("une dizaine", "une douzaine", "11 accords").

use super::word_regex::WordRegex;
use std::sync::LazyLock;

static QUANTITY: LazyLock<WordRegex> = LazyLock::new(|| {
    WordRegex::new(concat!(
        r"(?i)\b(une?\s+(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|cinquantaine|centaine)|\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente)",
        r"\s+(?:de\s+|d['’])?(?:nouveaux\s+|nouvelles\s+)?",
        r"(accords?|partenariats?|contrats?|mémorandums?|documents?|textes?|traités?|morts|victimes|blessés|soldats|missiles|drones)\b"
    ))
    .expect("quantity pattern")
});

/// The first count of agreements, documents or casualties a sentence gives, as written.
pub fn quantity_in(sentence: &str) -> Option<String> {
    QUANTITY.find(sentence).map(|m| m.as_str().to_string())
}

/// The number a count stands for: "une dizaine" ≈ 10, "une douzaine" ≈ 12.
pub fn approximate_value(quantity: &str) -> Option<u32> {
    let first = quantity.split_whitespace().collect::<Vec<_>>();
    let word = first.first()?.to_lowercase();
    if let Ok(n) = word.parse() {
        return Some(n);
    }
    let key = if word == "un" || word == "une" { first.get(1)?.to_lowercase() } else { word };
    let value = match key.as_str() {
        "deux" => 2,
        "trois" => 3,
        "quatre" => 4,
        "cinq" => 5,
        "six" => 6,
        "sept" => 7,
        "huit" => 8,
        "neuf" => 9,
        "dix" | "dizaine" => 10,
        "onze" => 11,
        "douze" | "douzaine" => 12,
        "quinze" | "quinzaine" => 15,
        "vingt" | "vingtaine" => 20,
        "trente" | "trentaine" => 30,
        "cinquantaine" => 50,
        "centaine" => 100,
        _ => return None,
    };
    Some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_found_as_written_and_valued() {
        assert_eq!(quantity_in("Hanoï et Moscou ont signé une dizaine de partenariats.").as_deref(), Some("une dizaine de partenariats"));
        assert_eq!(quantity_in("Lam et Poutine ont signé une douzaine d’accords.").as_deref(), Some("une douzaine d’accords"));
        assert_eq!(quantity_in("À Hanoï, 11 accords et mémorandums ont été signés.").as_deref(), Some("11 accords"));
        assert_eq!(quantity_in("un dirigeant de 80 ans"), None);
        assert_eq!(approximate_value("une dizaine de partenariats"), Some(10));
        assert_eq!(approximate_value("une douzaine d’accords"), Some(12));
        assert_eq!(approximate_value("11 accords"), Some(11));
    }
}
