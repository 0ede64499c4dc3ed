//! A small built-in gazetteer of countries, capitals and major cities with
//! their French and English names and demonyms.
//!
//! This table is the foundation's: it covers the countries that dominate
//! international news. It is meant to be replaced by a generated gazetteer
//! (GeoNames / Natural Earth) behind the same [`lookup`] functions.

use crate::model::{Place, PlaceKind};
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// A country: ISO code, canonical (English) name, other names with the French
/// name first, centroid, demonym stems.
struct Country {
    iso: &'static str,
    name: &'static str,
    aliases: &'static [&'static str],
    lat: f64,
    lon: f64,
    demonyms: &'static [&'static str],
}

/// A city: canonical (English) name, other names with the French name first
/// (then metonyms such as "Kremlin"), country, coordinates.
struct City {
    name: &'static str,
    aliases: &'static [&'static str],
    iso: &'static str,
    lat: f64,
    lon: f64,
    capital: bool,
}

macro_rules! country {
    ($iso:literal, $name:literal, [$($a:literal),*], $lat:literal, $lon:literal, [$($d:literal),*]) => {
        Country { iso: $iso, name: $name, aliases: &[$($a),*], lat: $lat, lon: $lon, demonyms: &[$($d),*] }
    };
}
macro_rules! city {
    ($name:literal, [$($a:literal),*], $iso:literal, $lat:literal, $lon:literal, $cap:literal) => {
        City { name: $name, aliases: &[$($a),*], iso: $iso, lat: $lat, lon: $lon, capital: $cap }
    };
}

static COUNTRIES: &[Country] = &[
    country!("RU", "Russia", ["Russie", "Fédération de Russie"], 61.52, 105.32, ["russe"]),
    country!("VN", "Vietnam", ["Viêt Nam", "Viet Nam", "Viêt-nam", "Viêtnam"], 14.06, 108.28, ["vietnamien"]),
    country!("KP", "North Korea", ["Corée du Nord"], 40.34, 127.51, ["nord-coréen"]),
    country!("KR", "South Korea", ["Corée du Sud"], 35.91, 127.77, ["sud-coréen"]),
    country!("CN", "China", ["Chine"], 35.86, 104.20, ["chinois"]),
    country!("US", "United States", ["États-Unis", "Etats-Unis", "USA"], 39.83, -98.58, ["américain"]),
    country!("GB", "United Kingdom", ["Royaume-Uni", "Grande-Bretagne"], 54.0, -2.0, ["britannique"]),
    country!("FR", "France", [], 46.60, 2.21, ["français"]),
    country!("DE", "Germany", ["Allemagne"], 51.17, 10.45, ["allemand"]),
    country!("UA", "Ukraine", [], 48.38, 31.17, ["ukrainien"]),
    country!("JP", "Japan", ["Japon"], 36.20, 138.25, ["japonais"]),
    country!("IN", "India", ["Inde"], 20.59, 78.96, ["indien"]),
    country!("IR", "Iran", [], 32.43, 53.69, ["iranien"]),
    country!("IL", "Israel", ["Israël"], 31.05, 34.85, ["israélien"]),
    country!("PS", "Palestine", ["Territoires palestiniens"], 31.95, 35.23, ["palestinien"]),
    country!("TR", "Turkey", ["Turquie"], 38.96, 35.24, ["turc"]),
    country!("BE", "Belgium", ["Belgique"], 50.50, 4.47, ["belge"]),
    country!("IT", "Italy", ["Italie"], 41.87, 12.57, ["italien"]),
    country!("ES", "Spain", ["Espagne"], 40.46, -3.75, ["espagnol"]),
    country!("PL", "Poland", ["Pologne"], 51.92, 19.15, ["polonais"]),
    country!("BY", "Belarus", ["Biélorussie", "Bélarus"], 53.71, 27.95, ["biélorusse"]),
    country!("SY", "Syria", ["Syrie"], 34.80, 39.0, ["syrien"]),
    country!("IQ", "Iraq", ["Irak"], 33.22, 43.68, ["irakien"]),
    country!("SA", "Saudi Arabia", ["Arabie saoudite"], 23.89, 45.08, ["saoudien"]),
    country!("EG", "Egypt", ["Égypte", "Egypte"], 26.82, 30.80, ["égyptien"]),
    country!("CA", "Canada", [], 56.13, -106.35, ["canadien"]),
    country!("BR", "Brazil", ["Brésil"], -14.24, -51.93, ["brésilien"]),
    country!("MX", "Mexico", ["Mexique"], 23.63, -102.55, ["mexicain"]),
    country!("AU", "Australia", ["Australie"], -25.27, 133.78, ["australien"]),
    country!("ID", "Indonesia", ["Indonésie"], -0.79, 113.92, ["indonésien"]),
    country!("PH", "Philippines", [], 12.88, 121.77, ["philippin"]),
    country!("TH", "Thailand", ["Thaïlande"], 15.87, 100.99, ["thaïlandais"]),
    country!("LA", "Laos", [], 19.86, 102.50, ["laotien"]),
    country!("KH", "Cambodia", ["Cambodge"], 12.57, 104.99, ["cambodgien"]),
    country!("MY", "Malaysia", ["Malaisie"], 4.21, 101.98, ["malaisien"]),
    country!("SG", "Singapore", ["Singapour"], 1.35, 103.82, ["singapourien"]),
    country!("MM", "Myanmar", ["Birmanie"], 21.91, 95.96, ["birman"]),
    country!("TW", "Taiwan", ["Taïwan"], 23.70, 120.96, ["taïwanais"]),
    country!("PK", "Pakistan", [], 30.38, 69.35, ["pakistanais"]),
    country!("AF", "Afghanistan", [], 33.94, 67.71, ["afghan"]),
    country!("KZ", "Kazakhstan", [], 48.02, 66.92, ["kazakh"]),
    country!("GE", "Georgia", ["Géorgie"], 42.32, 43.36, ["géorgien"]),
    country!("AM", "Armenia", ["Arménie"], 40.07, 45.04, ["arménien"]),
    country!("AZ", "Azerbaijan", ["Azerbaïdjan"], 40.14, 47.58, ["azerbaïdjanais"]),
    country!("MD", "Moldova", ["Moldavie"], 47.41, 28.37, ["moldave"]),
    country!("HU", "Hungary", ["Hongrie"], 47.16, 19.50, ["hongrois"]),
    country!("FI", "Finland", ["Finlande"], 61.92, 25.75, ["finlandais"]),
    country!("SE", "Sweden", ["Suède"], 60.13, 18.64, ["suédois"]),
    country!("CH", "Switzerland", ["Suisse"], 46.82, 8.23, ["suisse"]),
    country!("NL", "Netherlands", ["Pays-Bas"], 52.13, 5.29, ["néerlandais"]),
    country!("ZA", "South Africa", ["Afrique du Sud"], -30.56, 22.94, ["sud-africain"]),
    country!("NG", "Nigeria", [], 9.08, 8.68, ["nigérian"]),
    country!("VE", "Venezuela", [], 6.42, -66.59, ["vénézuélien"]),
    country!("CU", "Cuba", [], 21.52, -77.78, ["cubain"]),
    country!("MN", "Mongolia", ["Mongolie"], 46.86, 103.85, ["mongol"]),
    country!("LB", "Lebanon", ["Liban"], 33.85, 35.86, ["libanais"]),
    country!("QA", "Qatar", [], 25.35, 51.18, ["qatari"]),
    country!("AE", "United Arab Emirates", ["Émirats arabes unis"], 23.42, 53.85, ["émirati"]),
];

static CITIES: &[City] = &[
    city!("Moscow", ["Moscou", "Kremlin"], "RU", 55.7558, 37.6173, true),
    city!("Saint Petersburg", ["Saint-Pétersbourg"], "RU", 59.9343, 30.3351, false),
    city!("Hanoi", ["Hanoï"], "VN", 21.0285, 105.8542, true),
    city!("Ho Chi Minh City", ["Hô Chi Minh-Ville", "Ho Chi Minh-Ville", "Saïgon"], "VN", 10.8231, 106.6297, false),
    city!("Pyongyang", [], "KP", 39.0392, 125.7625, true),
    city!("Seoul", ["Séoul"], "KR", 37.5665, 126.9780, true),
    city!("Beijing", ["Pékin"], "CN", 39.9042, 116.4074, true),
    city!("Shanghai", [], "CN", 31.2304, 121.4737, false),
    city!("Washington", ["Washington", "Maison Blanche", "Maison-Blanche"], "US", 38.9072, -77.0369, true),
    city!("New York", [], "US", 40.7128, -74.0060, false),
    city!("London", ["Londres"], "GB", 51.5074, -0.1278, true),
    city!("Paris", ["Paris", "Élysée"], "FR", 48.8566, 2.3522, true),
    city!("Berlin", [], "DE", 52.5200, 13.4050, true),
    city!("Kyiv", ["Kyiv", "Kiev", "Kyïv"], "UA", 50.4501, 30.5234, true),
    city!("Kharkiv", ["Kharkov"], "UA", 49.9935, 36.2304, false),
    city!("Tokyo", [], "JP", 35.6762, 139.6503, true),
    city!("New Delhi", ["Delhi"], "IN", 28.6139, 77.2090, true),
    city!("Tehran", ["Téhéran"], "IR", 35.6892, 51.3890, true),
    city!("Jerusalem", ["Jérusalem"], "IL", 31.7683, 35.2137, true),
    city!("Tel Aviv", [], "IL", 32.0853, 34.7818, false),
    city!("Gaza", [], "PS", 31.5017, 34.4668, false),
    city!("Ankara", [], "TR", 39.9334, 32.8597, true),
    city!("Istanbul", [], "TR", 41.0082, 28.9784, false),
    city!("Brussels", ["Bruxelles"], "BE", 50.8503, 4.3517, true),
    city!("Rome", [], "IT", 41.9028, 12.4964, true),
    city!("Madrid", [], "ES", 40.4168, -3.7038, true),
    city!("Warsaw", ["Varsovie"], "PL", 52.2297, 21.0122, true),
    city!("Minsk", [], "BY", 53.9006, 27.5590, true),
    city!("Damascus", ["Damas"], "SY", 33.5138, 36.2765, true),
    city!("Baghdad", ["Bagdad"], "IQ", 33.3152, 44.3661, true),
    city!("Riyadh", ["Riyad"], "SA", 24.7136, 46.6753, true),
    city!("Cairo", ["Le Caire"], "EG", 30.0444, 31.2357, true),
    city!("Ottawa", [], "CA", 45.4215, -75.6972, true),
    city!("Brasília", ["Brasilia"], "BR", -15.7939, -47.8828, true),
    city!("Canberra", [], "AU", -35.2809, 149.1300, true),
    city!("Jakarta", ["Jakarta", "Djakarta"], "ID", -6.2088, 106.8456, true),
    city!("Manila", ["Manille"], "PH", 14.5995, 120.9842, true),
    city!("Bangkok", [], "TH", 13.7563, 100.5018, true),
    city!("Vientiane", [], "LA", 17.9757, 102.6331, true),
    city!("Phnom Penh", [], "KH", 11.5564, 104.9282, true),
    city!("Kuala Lumpur", [], "MY", 3.1390, 101.6869, true),
    city!("Naypyidaw", ["Naypyitaw"], "MM", 19.7633, 96.0785, true),
    city!("Taipei", ["Taipeh"], "TW", 25.0330, 121.5654, true),
    city!("Islamabad", [], "PK", 33.6844, 73.0479, true),
    city!("Kabul", ["Kaboul"], "AF", 34.5553, 69.2075, true),
    city!("Astana", [], "KZ", 51.1694, 71.4491, true),
    city!("Tbilisi", ["Tbilissi"], "GE", 41.7151, 44.8271, true),
    city!("Yerevan", ["Erevan"], "AM", 40.1792, 44.4991, true),
    city!("Baku", ["Bakou"], "AZ", 40.4093, 49.8671, true),
    city!("Chișinău", ["Chisinau"], "MD", 47.0105, 28.8638, true),
    city!("Budapest", [], "HU", 47.4979, 19.0402, true),
    city!("Helsinki", [], "FI", 60.1699, 24.9384, true),
    city!("Stockholm", [], "SE", 59.3293, 18.0686, true),
    city!("Bern", ["Berne"], "CH", 46.9480, 7.4474, true),
    city!("Geneva", ["Genève"], "CH", 46.2044, 6.1432, false),
    city!("Amsterdam", [], "NL", 52.3676, 4.9041, true),
    city!("The Hague", ["La Haye"], "NL", 52.0705, 4.3007, false),
    city!("Pretoria", [], "ZA", -25.7479, 28.2293, true),
    city!("Abuja", [], "NG", 9.0765, 7.3986, true),
    city!("Caracas", [], "VE", 10.4806, -66.9036, true),
    city!("Havana", ["La Havane"], "CU", 23.1136, -82.3666, true),
    city!("Ulaanbaatar", ["Oulan-Bator"], "MN", 47.8864, 106.9057, true),
    city!("Beirut", ["Beyrouth"], "LB", 33.8938, 35.5018, true),
    city!("Doha", [], "QA", 25.2854, 51.5310, true),
    city!("Abu Dhabi", ["Abou Dhabi"], "AE", 24.4539, 54.3773, true),
    city!("Dubai", ["Dubaï"], "AE", 25.2048, 55.2708, false),
];

/// A place named in text, with the byte span of the name.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceMention {
    pub place: Place,
    pub start: usize,
    pub end: usize,
    /// The capital city stands for its government ("Moscou a signé").
    pub is_capital: bool,
}

struct Index {
    regex: Regex,
    by_name: HashMap<String, (Place, bool)>,
}

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let mut by_name = HashMap::new();
    for c in COUNTRIES {
        let place = Place { name: c.name.into(), name_fr: c.aliases.first().unwrap_or(&c.name).to_string(), country: Some(c.iso.into()), kind: PlaceKind::Country, lat: Some(c.lat), lon: Some(c.lon) };
        for name in std::iter::once(&c.name).chain(c.aliases) {
            by_name.insert(name.to_string(), (place.clone(), false));
        }
    }
    for c in CITIES {
        let place = Place { name: c.name.into(), name_fr: c.aliases.first().unwrap_or(&c.name).to_string(), country: Some(c.iso.into()), kind: PlaceKind::City, lat: Some(c.lat), lon: Some(c.lon) };
        for name in std::iter::once(&c.name).chain(c.aliases) {
            by_name.insert(name.to_string(), (place.clone(), c.capital));
        }
    }
    let mut names: Vec<&String> = by_name.keys().collect();
    // Longest first so "Corée du Nord" wins over a shorter overlapping name.
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    let alternation = names.iter().map(|n| regex::escape(n)).collect::<Vec<_>>().join("|");
    // Names are matched with their capital letter: "Mars" the month is "mars".
    let regex = Regex::new(&format!(r"\b(?:{alternation})\b")).expect("gazetteer pattern");
    Index { regex, by_name }
});

/// Every known place named in `text`, in order.
pub fn places_in(text: &str) -> Vec<PlaceMention> {
    INDEX
        .regex
        .find_iter(text)
        .filter_map(|m| {
            let (place, is_capital) = INDEX.by_name.get(m.as_str())?;
            Some(PlaceMention { place: place.clone(), start: m.start(), end: m.end(), is_capital: *is_capital })
        })
        .collect()
}

/// The country a demonym names ("nord-coréen", "russes") by its ISO code and name.
pub fn demonyms_in(text: &str) -> Vec<(usize, &'static str, &'static str)> {
    static DEMONYMS: LazyLock<Regex> = LazyLock::new(|| {
        let mut stems: Vec<&str> = COUNTRIES.iter().flat_map(|c| c.demonyms.iter().copied()).collect();
        stems.sort_by_key(|s| std::cmp::Reverse(s.len()));
        let alternation = stems.iter().map(|s| regex::escape(s)).collect::<Vec<_>>().join("|");
        Regex::new(&format!(r"(?i)\b({alternation})(?:ne|e)?s?\b")).expect("demonym pattern")
    });
    DEMONYMS
        .captures_iter(text)
        .filter_map(|c| {
            let stem = c.get(1)?.as_str().to_lowercase();
            let country = COUNTRIES.iter().find(|k| k.demonyms.iter().any(|d| d.to_lowercase() == stem))?;
            Some((c.get(0)?.start(), country.iso, country.name))
        })
        .collect()
}

/// The French name of a place (its first alias), for titles in French.
pub fn french_name(name: &str) -> &str {
    let country = COUNTRIES.iter().find(|c| c.name == name).map(|c| c.aliases.first().copied().unwrap_or(c.name));
    let city = || CITIES.iter().find(|c| c.name == name).map(|c| c.aliases.first().copied().unwrap_or(c.name));
    country.or_else(city).unwrap_or(name)
}

/// The canonical name of a country by ISO code.
pub fn country_name(iso: &str) -> Option<&'static str> {
    COUNTRIES.iter().find(|c| c.iso == iso).map(|c| c.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_and_english_names_resolve_to_one_place() {
        let found = places_in("De Hanoï à Pékin puis Kyiv et Kiev, la Corée du Nord et la Maison Blanche.");
        let names: Vec<_> = found.iter().map(|m| m.place.name.as_str()).collect();
        assert_eq!(names, ["Hanoi", "Beijing", "Kyiv", "Kyiv", "North Korea", "Washington"]);
        assert_eq!(french_name("Hanoi"), "Hanoï");
        assert_eq!(french_name("Washington"), "Washington");
        assert_eq!(french_name("North Korea"), "Corée du Nord");
        assert_eq!(found[0].place.country.as_deref(), Some("VN"));
        assert!((found[0].place.lat.unwrap() - 21.03).abs() < 0.01);
    }

    #[test]
    fn lower_case_words_are_not_places() {
        assert!(places_in("le 3 mars, une inde ou une chine").is_empty());
    }

    #[test]
    fn demonyms_name_their_country() {
        let found: Vec<_> = demonyms_in("le président russe et son homologue nord-coréenne").iter().map(|d| d.1).collect();
        assert_eq!(found, ["RU", "KP"]);
    }
}
