//! `geotimeline explain`: the events read in a text, sentence by sentence, with
//! the rules behind each (how users and developers debug a wrong event).

use chrono::NaiveDate;
use geotimeline_core::extract::{ArticleText, Extractor, FrenchRules};
use std::fmt::Write;

/// The report, one block per sentence; a sentence with no event says so.
/// `language` picks the locale (English has dates but no triggers yet, #15).
pub fn report(text: &str, published: NaiveDate, language: &str) -> String {
    let candidates = FrenchRules.extract(ArticleText { text, language, published: Some(published) });
    let mut out = String::new();
    for (n, sentence) in geotimeline_core::text::sentences(text).into_iter().enumerate() {
        let _ = writeln!(out, "[{}] {}", n + 1, sentence.span.of(text).trim());
        let here: Vec<_> = candidates.iter().filter(|c| c.quote == sentence.span).collect();
        if here.is_empty() {
            let _ = writeln!(out, "  no event");
        }
        for c in here {
            let date = if c.date.start == c.date.end { c.date.start.to_string() } else { format!("{}..{}", c.date.start, c.date.end) };
            let planned = if c.planned { ", planned" } else { "" };
            let _ = writeln!(out, "  {} {date} ({}{planned}) \u{2014} {}", c.event_type.as_str(), c.date.precision.as_str(), c.title);
            let why = &c.explanation;
            let _ = writeln!(out, "    trigger: {}", why.trigger);
            let _ = writeln!(out, "    date:    {}", why.date);
            let _ = writeln!(out, "    actors:  {}", why.actors);
            let _ = writeln!(out, "    places:  {}", why.places);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn each_sentence_with_its_events_and_their_reasons() {
        let day = chrono::NaiveDate::from_ymd_opt(2024, 3, 20).unwrap();
        let out = super::report("Joe Biden est finalement arrivé lundi à Kiev. Il fait beau.", day, "fr");
        assert!(out.contains("[1] Joe Biden est finalement arrivé lundi à Kiev."), "{out}");
        assert!(out.contains("visit 2024-03-18 (day)"), "{out}");
        assert!(out.contains("trigger: 'est finalement arrivé': lexicon 'arriver'"), "{out}");
        assert!(out.contains("'lundi'"), "{out}");
        assert!(out.contains("Joe Biden (person"), "{out}");
        assert!(out.contains("[2] Il fait beau.\n  no event"), "{out}");
    }
}
