//! An event's title, composed when it is shown: what happened, who, where, in the
//! reader's language ("Visite : Vladimir Poutine — Hanoï", "Visit: Vladimir Putin —
//! Hanoi"). A title a user typed is kept as typed, in every language.

use crate::knowledge::gazetteer;
use crate::model::{Actor, ActorKind, EditedField, EventType, Origin};
use crate::render::Lang;

/// The title of an event of this type, with these actors (in order) and places
/// (canonical names, in order), in `lang`.
pub fn compose<'a>(event_type: EventType, actors: &'a [Actor], places: &[&'a str], lang: Lang) -> String {
    let name = |a: &'a Actor| -> &'a str {
        if lang == Lang::Fr {
            a.name_fr.as_str()
        } else {
            a.name.as_str()
        }
    };
    let people: Vec<&str> = actors.iter().filter(|a| a.kind == ActorKind::Person).map(name).collect();
    let others: Vec<&str> = actors.iter().filter(|a| a.kind != ActorKind::Person).map(name).collect();
    let who = if !people.is_empty() { people } else { others };
    let who = who.iter().take(2).copied().collect::<Vec<_>>();
    // "Déclaration : Japon", not "Déclaration : Japon — Japon".
    let place = places.first().map(|p| if lang == Lang::Fr { gazetteer::french_name(p) } else { p }).filter(|p| !who.contains(p));
    let (label, colon) = match lang {
        Lang::Fr => (french_label(event_type), " : "),
        Lang::En => (english_label(event_type), ": "),
    };
    let joiner = if event_type == EventType::Meeting || event_type == EventType::Agreement { " – " } else { ", " };
    let mut title = label.to_string();
    if !who.is_empty() {
        title.push_str(colon);
        title.push_str(&who.join(joiner));
    }
    if let Some(place) = place {
        title.push_str(if who.is_empty() { colon } else { " — " });
        title.push_str(place);
    }
    title
}

/// The title to show: the stored one when a user typed it or entered the event,
/// otherwise composed in `lang`.
pub fn shown(stored: &str, typed: bool, event_type: EventType, actors: &[Actor], places: &[&str], lang: Lang) -> String {
    if typed {
        stored.to_string()
    } else {
        compose(event_type, actors, places, lang)
    }
}

/// Whether a user typed an event's title: they edited it, or entered the event.
pub fn typed_by_user(origin: Origin, edited: &[EditedField]) -> bool {
    origin == Origin::Manual || edited.contains(&EditedField::Title)
}

/// Events with their titles in `lang` (`title` holds the French one as stored).
pub fn in_language(mut events: Vec<crate::model::Event>, lang: Lang) -> Vec<crate::model::Event> {
    if lang == Lang::En {
        for e in &mut events {
            e.title = e.title_en.clone();
        }
    }
    events
}

fn french_label(event_type: EventType) -> &'static str {
    match event_type {
        EventType::Visit => "Visite",
        EventType::Meeting => "Rencontre",
        EventType::Agreement => "Accord",
        EventType::Sanction => "Sanctions",
        EventType::Statement => "Déclaration",
        EventType::Military => "Action militaire",
        EventType::Election => "Élection",
        EventType::Other => "Événement",
    }
}

fn english_label(event_type: EventType) -> &'static str {
    match event_type {
        EventType::Visit => "Visit",
        EventType::Meeting => "Meeting",
        EventType::Agreement => "Agreement",
        EventType::Sanction => "Sanctions",
        EventType::Statement => "Statement",
        EventType::Military => "Military action",
        EventType::Election => "Election",
        EventType::Other => "Event",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::people::actor;

    #[test]
    fn a_title_is_composed_in_the_readers_language() {
        let actors = [actor("Vladimir Putin", ActorKind::Person), actor("Russia", ActorKind::State)];
        assert_eq!(compose(EventType::Visit, &actors, &["Hanoi"], Lang::Fr), "Visite : Vladimir Poutine — Hanoï");
        assert_eq!(compose(EventType::Visit, &actors, &["Hanoi"], Lang::En), "Visit: Vladimir Putin — Hanoi");
        assert_eq!(compose(EventType::Statement, &[actor("Japan", ActorKind::State)], &["Japan"], Lang::En), "Statement: Japan");
        assert_eq!(compose(EventType::Other, &[], &["Kyiv"], Lang::Fr), "Événement : Kiev");
    }

    #[test]
    fn a_typed_title_is_kept_as_typed() {
        assert!(typed_by_user(Origin::Extracted, &[EditedField::Title]));
        assert!(typed_by_user(Origin::Manual, &[]));
        assert!(!typed_by_user(Origin::Extracted, &[EditedField::Date]));
        assert_eq!(shown("Ma visite", true, EventType::Visit, &[], &["Hanoi"], Lang::En), "Ma visite");
    }
}
