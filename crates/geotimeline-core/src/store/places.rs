//! Places a user adds to the workspace because the knowledge base lacks them
//! (a town near Dakar): a name, coordinates and, when known, a country. They
//! are stored in `places` marked `added_by_user` (schema V9), so an event's
//! places may name them, place searches of this workspace find them, the map
//! and the exports show them as any place, and a re-extraction keeps them.
//! Adding one is an edit of the history: undone, the place is gone again.

use super::write::exec;
use super::Store;
use crate::error::{Axis, Error, PlaceProblem, Result};
use crate::knowledge::{gazetteer, match_rank, search_key};
use crate::model::{Place, PlaceKind};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

/// A place as a user types it: its coordinates as written ("14.7236",
/// "14,7236", "14.72° N", "17.18 W"), its country by ISO code or name.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct NewPlace {
    pub name: String,
    pub latitude: String,
    pub longitude: String,
    /// ISO 3166-1 alpha-2 code ("SN") or a country's name ("Sénégal"); none when unknown.
    pub country: Option<String>,
}

/// A coordinate in degrees as a user writes it: a decimal number with a point
/// or a comma, an optional degree sign and a hemisphere letter (N, S; E, W, and
/// the French O for ouest), which a minus sign must not contradict.
pub fn parse_coordinate(text: &str, axis: Axis) -> std::result::Result<f64, PlaceProblem> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(PlaceProblem::MissingCoordinate(axis));
    }
    let bad = || PlaceProblem::NotANumber { axis, text: trimmed.to_string() };
    let upper = trimmed.to_uppercase();
    let (body, sign) = match (axis, upper.chars().last()) {
        (Axis::Latitude, Some('N')) | (Axis::Longitude, Some('E')) => (&upper[..upper.len() - 1], 1.0),
        (Axis::Latitude, Some('S')) | (Axis::Longitude, Some('W' | 'O')) => (&upper[..upper.len() - 1], -1.0),
        _ => (upper.as_str(), 1.0),
    };
    let body = body.trim().trim_end_matches('°').trim().replace(',', ".");
    if body.is_empty() || (sign < 0.0 && body.starts_with('-')) || body.chars().any(|c| !(c.is_ascii_digit() || "+-.".contains(c))) {
        return Err(bad());
    }
    let value: f64 = body.parse().map_err(|_| bad())?;
    if !value.is_finite() {
        return Err(bad());
    }
    let value = value * sign;
    let limit = match axis {
        Axis::Latitude => 90.0,
        Axis::Longitude => 180.0,
    };
    if value.abs() > limit {
        return Err(match axis {
            Axis::Latitude => PlaceProblem::LatitudeOutOfRange { value },
            Axis::Longitude => PlaceProblem::LongitudeOutOfRange { value },
        });
    }
    Ok(value)
}

/// A country by ISO code or by any of its names.
fn country_code(text: &str) -> std::result::Result<String, PlaceProblem> {
    let text = text.trim();
    if text.len() == 2 {
        if let Some(country) = gazetteer::country(&text.to_uppercase()) {
            return Ok(country.country.clone().unwrap_or_else(|| text.to_uppercase()));
        }
    }
    gazetteer::place_for(text)
        .filter(|p| p.kind == PlaceKind::Country)
        .and_then(|p| p.country.clone())
        .ok_or_else(|| PlaceProblem::UnknownCountry { text: text.to_string() })
}

/// The checked place a user typed, or why it cannot be stored.
pub fn check_new_place(new: &NewPlace) -> Result<Place> {
    let name = new.name.split_whitespace().collect::<Vec<_>>().join(" ");
    let fail = |problem| Error::BadPlace { name: name.clone(), problem };
    if name.is_empty() {
        return Err(fail(PlaceProblem::EmptyName));
    }
    if let Some(known) = gazetteer::place_for(&name) {
        return Err(fail(PlaceProblem::KnownPlace { existing: known.name_fr.clone() }));
    }
    let lat = parse_coordinate(&new.latitude, Axis::Latitude).map_err(fail)?;
    let lon = parse_coordinate(&new.longitude, Axis::Longitude).map_err(fail)?;
    let country = match new.country.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
        Some(text) => Some(country_code(text).map_err(fail)?),
        None => None,
    };
    Ok(Place { name_fr: name.clone(), name, aliases: vec![], country, kind: PlaceKind::City, lat: Some(lat), lon: Some(lon) })
}

/// The places users added to the workspace, by name.
pub(super) fn added_places(conn: &Connection) -> Result<Vec<Place>> {
    let mut stmt = conn.prepare_cached("SELECT name, country, kind, lat, lon FROM places WHERE added_by_user = 1 ORDER BY name")?;
    let rows = stmt.query_map([], |r| super::read::place_from(r, 0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The place a user added under this name (ignoring case and accents).
pub(super) fn added_place_named(conn: &Connection, name: &str) -> Result<Option<Place>> {
    let key = search_key(name);
    Ok(added_places(conn)?.into_iter().find(|p| search_key(&p.name) == key))
}

/// How well a place answers a query (as `search_key` made it), by any of its names.
fn rank(place: &Place, query: &str) -> Option<u8> {
    [&place.name, &place.name_fr].into_iter().chain(place.aliases.iter()).filter_map(|n| match_rank(&search_key(n), query)).min()
}

impl Store {
    /// Adds a place the knowledge base lacks to the workspace, in one
    /// transaction recorded in the history ("added place Diamniadio").
    pub fn add_place(&mut self, new: &NewPlace) -> Result<Place> {
        let place = check_new_place(new)?;
        let stored = place.clone();
        self.recorded_place(move |tx| {
            if let Some(existing) = added_place_named(tx, &stored.name)? {
                return Err(Error::BadPlace { name: stored.name.clone(), problem: PlaceProblem::AlreadyAdded { existing: existing.name } });
            }
            let taken: Option<i64> = tx
                .query_row("SELECT id FROM places WHERE name = ?1 AND kind = ?2", params![stored.name, stored.kind.as_str()], |r| r.get(0))
                .optional()?;
            let id = match taken {
                // A place of that name an older build stored (without coordinates): it becomes the user's.
                Some(id) => {
                    exec(
                        tx,
                        "UPDATE places SET country = ?2, lat = ?3, lon = ?4, added_by_user = 1 WHERE id = ?1",
                        params![id, stored.country, stored.lat, stored.lon],
                    )?;
                    id
                }
                None => {
                    exec(
                        tx,
                        "INSERT INTO places (name, country, kind, lat, lon, added_by_user) VALUES (?1, ?2, ?3, ?4, ?5, 1)",
                        params![stored.name, stored.country, stored.kind.as_str(), stored.lat, stored.lon],
                    )?;
                    tx.last_insert_rowid()
                }
            };
            Ok(((), id, format!("added place {}", stored.name)))
        })?;
        Ok(place)
    }

    /// The places a typed name may mean, best first, at most `limit`: the
    /// knowledge base's (`gazetteer::search_places`) and those users added to
    /// this workspace, ranked together (a name itself, then names it begins…).
    pub fn search_places(&self, query: &str, limit: usize) -> Result<Vec<Place>> {
        let key = search_key(query);
        let mut found: Vec<(u8, usize, Place)> =
            added_places(&self.conn)?.into_iter().filter_map(|p| rank(&p, &key).map(|r| (r, 0, p))).collect();
        for (i, p) in gazetteer::search_places(query, limit).into_iter().enumerate() {
            found.push((rank(p, &key).unwrap_or(u8::MAX), i + 1, p.clone()));
        }
        found.sort_by_key(|(r, order, _)| (*r, *order));
        Ok(found.into_iter().take(limit).map(|(_, _, p)| p).collect())
    }

    /// Every place users added to this workspace, by name.
    pub fn added_places(&self) -> Result<Vec<Place>> {
        added_places(&self.conn)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EventId;
    use crate::store::EventEdit;
    use crate::EventFilter;

    fn diamniadio() -> NewPlace {
        NewPlace { name: "Diamniadio".into(), latitude: "14.7236".into(), longitude: "-17.1836".into(), country: Some("Sénégal".into()) }
    }

    fn problem(new: &NewPlace) -> PlaceProblem {
        match check_new_place(new) {
            Err(Error::BadPlace { problem, .. }) => problem,
            other => panic!("expected a bad place, got {other:?}"),
        }
    }

    #[test]
    fn coordinates_are_read_as_users_write_them() {
        assert_eq!(parse_coordinate("14.7236", Axis::Latitude), Ok(14.7236));
        assert_eq!(parse_coordinate(" 14,7236 ", Axis::Latitude), Ok(14.7236));
        assert_eq!(parse_coordinate("14.72° N", Axis::Latitude), Ok(14.72));
        assert_eq!(parse_coordinate("33.9 s", Axis::Latitude), Ok(-33.9));
        assert_eq!(parse_coordinate("17.18 W", Axis::Longitude), Ok(-17.18));
        assert_eq!(parse_coordinate("17,18 O", Axis::Longitude), Ok(-17.18));
        assert_eq!(parse_coordinate("-17.18", Axis::Longitude), Ok(-17.18));
        assert_eq!(parse_coordinate("180", Axis::Longitude), Ok(180.0));
        assert_eq!(parse_coordinate("", Axis::Longitude), Err(PlaceProblem::MissingCoordinate(Axis::Longitude)));
        assert_eq!(parse_coordinate("95", Axis::Latitude), Err(PlaceProblem::LatitudeOutOfRange { value: 95.0 }));
        assert_eq!(parse_coordinate("-200", Axis::Longitude), Err(PlaceProblem::LongitudeOutOfRange { value: -200.0 }));
        assert_eq!(
            parse_coordinate("95 N", Axis::Longitude).unwrap_err(),
            PlaceProblem::NotANumber { axis: Axis::Longitude, text: "95 N".into() }
        );
        for bad in ["abc", "NaN", "inf", "1e400", "-3 S", "14.7.2", "°"] {
            assert!(matches!(parse_coordinate(bad, Axis::Latitude), Err(PlaceProblem::NotANumber { .. })), "{bad}");
        }
    }

    #[test]
    fn bad_places_are_refused_with_why() {
        assert_eq!(problem(&NewPlace { name: "  ".into(), ..diamniadio() }), PlaceProblem::EmptyName);
        assert_eq!(problem(&NewPlace { latitude: "91".into(), ..diamniadio() }), PlaceProblem::LatitudeOutOfRange { value: 91.0 });
        assert_eq!(
            problem(&NewPlace { country: Some("Wakanda".into()), ..diamniadio() }),
            PlaceProblem::UnknownCountry { text: "Wakanda".into() }
        );
        assert_eq!(problem(&NewPlace { name: "hanoi".into(), ..diamniadio() }), PlaceProblem::KnownPlace { existing: "Hanoï".into() });
        let err = check_new_place(&NewPlace { latitude: "91".into(), ..diamniadio() }).unwrap_err().to_string();
        assert_eq!(err, "cannot add the place \"Diamniadio\": its latitude 91 is out of range: a latitude is between -90 and 90 degrees");
        let place = check_new_place(&NewPlace { country: Some("sn".into()), ..diamniadio() }).unwrap();
        assert_eq!((place.country.as_deref(), place.lat, place.lon), (Some("SN"), Some(14.7236), Some(-17.1836)));
        assert_eq!(check_new_place(&NewPlace { country: None, ..diamniadio() }).unwrap().country, None);
    }

    fn sample() -> Store {
        Store::sample_in_memory()
    }

    #[test]
    fn an_added_place_is_found_linked_shown_and_undone_with_its_edit() {
        let mut store = sample();
        assert!(store.search_places("diamn", 8).unwrap().is_empty());
        let err = store.update_event(EventId(1), &EventEdit { places: Some(vec!["Diamniadio".into()]), ..Default::default() }).unwrap_err();
        assert!(matches!(err, Error::UnknownPlace { .. }), "{err:?}");
        let place = store.add_place(&diamniadio()).unwrap();
        assert_eq!(place.country.as_deref(), Some("SN"));
        assert_eq!(store.history().unwrap()[0].summary, "added place Diamniadio");
        let found = store.search_places("diamn", 8).unwrap();
        assert_eq!(found.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Diamniadio"]);
        // Ranked with the knowledge base's places: "Da" begins Dakar and Damascus, and the added place's word.
        assert!(store.search_places("Di", 8).unwrap().iter().any(|p| p.name == "Diamniadio"));
        // The same name again, in another case, is refused.
        let again = store.add_place(&NewPlace { name: "DIAMNIADIO".into(), ..diamniadio() }).unwrap_err();
        assert!(
            matches!(&again, Error::BadPlace { problem: PlaceProblem::AlreadyAdded { existing }, .. } if existing == "Diamniadio"),
            "{again:?}"
        );

        let event = store.get_event(EventId(1)).unwrap();
        let mut names: Vec<String> = event.places.iter().map(|p| p.name.clone()).collect();
        names.push("diamniadio".into());
        store.update_event(EventId(1), &EventEdit { places: Some(names), ..Default::default() }).unwrap();
        let edited = store.get_event(EventId(1)).unwrap();
        let added = edited.places.iter().find(|p| p.name == "Diamniadio").expect("linked under its stored name");
        assert_eq!((added.lat, added.lon, added.country.as_deref()), (Some(14.7236), Some(-17.1836), Some("SN")));
        // On the map, as any place with coordinates.
        let counts = store.place_counts(&EventFilter::default()).unwrap();
        assert!(counts.name.iter().any(|n| n == "Diamniadio"), "{:?}", counts.name);
        // Filtering by it.
        let only = store.list_events(&EventFilter { places: vec!["Diamniadio".into()], ..Default::default() }).unwrap();
        assert_eq!(only.iter().map(|e| e.id).collect::<Vec<_>>(), [EventId(1)]);

        // Undo the edit, then the place: it is gone from searches.
        store.undo().unwrap().unwrap();
        assert!(store.get_event(EventId(1)).unwrap().places.iter().all(|p| p.name != "Diamniadio"));
        assert_eq!(store.search_places("diamn", 8).unwrap().len(), 1, "the place itself is still there");
        store.undo().unwrap().unwrap();
        assert!(store.search_places("diamn", 8).unwrap().is_empty());
        assert!(store.added_places().unwrap().is_empty());
        let rows: i64 = store.conn.query_row("SELECT count(*) FROM places WHERE name = 'Diamniadio'", [], |r| r.get(0)).unwrap();
        assert_eq!(rows, 0);
        // Redo both: the place and the event's link come back.
        store.redo().unwrap().unwrap();
        assert_eq!(store.added_places().unwrap().len(), 1);
        store.redo().unwrap().unwrap();
        assert!(store.get_event(EventId(1)).unwrap().places.iter().any(|p| p.name == "Diamniadio" && p.lat == Some(14.7236)));
    }

    #[test]
    fn a_refused_place_changes_nothing() {
        let mut store = sample();
        let before = store.history().unwrap().len();
        assert!(store.add_place(&NewPlace { latitude: "abc".into(), ..diamniadio() }).is_err());
        assert!(store.add_place(&NewPlace { name: "Moscou".into(), ..diamniadio() }).is_err());
        assert_eq!(store.history().unwrap().len(), before);
        assert!(store.added_places().unwrap().is_empty());
    }

    #[test]
    fn an_added_place_survives_a_re_extraction_and_is_exported() {
        let mut store = sample();
        store.add_place(&diamniadio()).unwrap();
        store.update_event(EventId(1), &EventEdit { places: Some(vec!["Diamniadio".into()]), ..Default::default() }).unwrap();
        store.reextract(&crate::extract::FrenchRules).unwrap();
        assert_eq!(store.added_places().unwrap().len(), 1);
        let kept = store.get_event(EventId(1)).unwrap();
        assert_eq!(kept.places.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Diamniadio"]);
        let events = store.events(&EventFilter::default()).unwrap();
        let geojson = crate::export::geojson::export(&events).to_string();
        assert!(geojson.contains("Diamniadio") && geojson.contains("-17.1836") && geojson.contains("14.7236"), "{geojson}");
    }
}
