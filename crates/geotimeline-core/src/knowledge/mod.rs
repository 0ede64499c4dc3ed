//! The knowledge base: places (the gazetteer), people and organisations, with
//! their canonical names and the forms that name them. Extraction reads text
//! against it; merging, the store, rendering and the exports name things through it.

pub mod gazetteer;
pub mod organisations;
pub mod people;

/// A name as a search compares it: lower case, without accents, hyphens and
/// apostrophes as spaces ("Tel-Aviv", "tel aviv"; "Côte d’Ivoire", "cote d ivoire").
pub fn search_key(text: &str) -> String {
    let folded = people::folded(text.trim());
    let spaced: String = folded.chars().map(|c| if matches!(c, '-' | '\'' | '’' | '_') { ' ' } else { c }).collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// How well a name (as `search_key` made it) answers a query (as well): 0 the
/// name itself, 1 it starts with the query, 2 one of its words does, 3 it holds
/// it; `None` when it does not.
pub fn match_rank(name: &str, query: &str) -> Option<u8> {
    if query.is_empty() {
        return None;
    }
    if name == query {
        Some(0)
    } else if name.starts_with(query) {
        Some(1)
    } else if name.match_indices(query).any(|(at, _)| name[..at].ends_with(' ')) {
        Some(2)
    } else if name.contains(query) {
        Some(3)
    } else {
        None
    }
}

/// The known actors a typed name may mean, best first, at most `limit`: people,
/// organisations and states (countries), by their French and English names and
/// the other forms that name them; case and accents do not matter.
pub fn suggest_actors(query: &str, limit: usize) -> Vec<crate::model::Actor> {
    use crate::model::ActorKind;
    let query = search_key(query);
    // (rank, whether only an alias matched, kind order, canonical name, kind)
    let mut found: Vec<(u8, bool, u8, &'static str, ActorKind)> = Vec::new();
    let mut consider = |main: &[&str], other: &[&str], name: &'static str, kind: ActorKind, order: u8| {
        let best = |names: &[&str]| names.iter().filter_map(|n| match_rank(&search_key(n), &query)).min();
        let (m, o) = (best(main), best(other));
        let ranked = match (m, o) {
            (Some(m), Some(o)) if o < m => Some((o, true)),
            (Some(m), _) => Some((m, false)),
            (None, Some(o)) => Some((o, true)),
            (None, None) => None,
        };
        if let Some((rank, alias)) = ranked {
            found.push((rank, alias, order, name, kind));
        }
    };
    for p in people::PEOPLE.iter() {
        let main: Vec<&str> = std::iter::once(p.name).chain(p.full.iter().copied()).collect();
        consider(&main, &p.short, p.name, ActorKind::Person, 0);
    }
    for o in organisations::ORGANISATIONS.iter() {
        consider(&[o.name, o.french], &o.forms, o.name, ActorKind::Organisation, 2);
    }
    for c in gazetteer::countries() {
        let aliases: Vec<&str> = c.aliases.iter().map(String::as_str).collect();
        consider(&[c.name.as_str(), c.name_fr.as_str()], &aliases, c.name.as_str(), ActorKind::State, 1);
    }
    found.sort_by(|a, b| (a.0, a.1, a.2, a.3).cmp(&(b.0, b.1, b.2, b.3)));
    found.dedup_by(|a, b| a.3 == b.3 && a.4 == b.4);
    found.into_iter().take(limit).map(|(_, _, _, name, kind)| people::actor(name, kind)).collect()
}

/// The actor a user named: under its canonical name when the knowledge base
/// knows the name for that kind (any of its forms, any case or accents), else as typed.
pub fn named_actor(name: &str, kind: crate::model::ActorKind) -> crate::model::Actor {
    match known_as(name, kind) {
        Some(canonical) => people::actor(canonical, kind),
        None => people::actor(name.trim(), kind),
    }
}

/// The canonical name of the actor of that kind a name means, if known.
fn known_as(name: &str, kind: crate::model::ActorKind) -> Option<&'static str> {
    use crate::model::ActorKind;
    let key = search_key(name);
    let same = |form: &str| search_key(form) == key;
    match kind {
        ActorKind::Person => {
            let full = people::PEOPLE.iter().find(|p| same(p.name) || p.full.iter().any(|f| same(f)));
            // A short form ("Poutine") only when it is one person's.
            let short = || {
                let mut those = people::PEOPLE.iter().filter(|p| p.short.iter().any(|f| same(f)));
                those.next().filter(|_| those.next().is_none())
            };
            full.or_else(short).map(|p| p.name)
        }
        ActorKind::Organisation => {
            organisations::ORGANISATIONS.iter().find(|o| same(o.name) || same(o.french) || o.forms.iter().any(|f| same(f))).map(|o| o.name)
        }
        ActorKind::State => {
            gazetteer::countries().find(|c| same(&c.name) || same(&c.name_fr) || c.aliases.iter().any(|a| same(a))).map(|c| c.name.as_str())
        }
    }
}

/// The kind of actor a name is known as (a person first, then a state, then an
/// organisation), if the knowledge base knows it.
pub fn known_kind(name: &str) -> Option<crate::model::ActorKind> {
    use crate::model::ActorKind;
    [ActorKind::Person, ActorKind::State, ActorKind::Organisation].into_iter().find(|&kind| known_as(name, kind).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ActorKind;

    #[test]
    fn actors_are_suggested_from_people_organisations_and_states() {
        let names = |q: &str| suggest_actors(q, 5).into_iter().map(|a| (a.name, a.kind)).collect::<Vec<_>>();
        assert_eq!(names("poutine").first(), Some(&("Vladimir Putin".to_string(), ActorKind::Person)));
        assert_eq!(names("union europ").first(), Some(&("European Union".to_string(), ActorKind::Organisation)));
        assert_eq!(names("Allemagne").first(), Some(&("Germany".to_string(), ActorKind::State)));
        assert!(suggest_actors("", 5).is_empty());
        assert_eq!(suggest_actors("a", 3).len(), 3);
    }

    #[test]
    fn a_known_name_is_stored_canonically_and_others_as_typed() {
        assert_eq!(named_actor("vladimir poutine", ActorKind::Person).name, "Vladimir Putin");
        assert_eq!(named_actor("Poutine", ActorKind::Person).name, "Vladimir Putin");
        assert_eq!(known_kind("Poutine"), Some(ActorKind::Person));
        assert_eq!(known_kind("ONU"), Some(ActorKind::Organisation));
        assert_eq!(named_actor("Russie", ActorKind::State).name, "Russia");
        assert_eq!(named_actor("  Jean Dupont ", ActorKind::Person).name, "Jean Dupont");
    }
}
