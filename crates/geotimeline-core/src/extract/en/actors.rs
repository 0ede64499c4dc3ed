//! English words around names: titles ("Foreign Minister Hakan Fidan", "the Russian
//! president"), civilities, the nouns of named things, the words that put something at
//! a place. The engine (`extract/actors.rs`) reads them through [`ActorWords`].

use crate::extract::locale::ActorWords;
use crate::extract::word_regex::WordRegex;
use std::sync::LazyLock;

/// "the Russian president", "his Vietnamese counterpart": a title right after the demonym.
const LEADER_TITLE: &str =
    r"(?i)^\s+(?:president|counterpart|leader|prime\s+minister|premier|chancellor|head\s+of\s+state|head\s+of\s+government|strongman|ruler)\b";

/// The titles English writes capitalised before a name ("Prime Minister Narendra Modi",
/// "Defense Minister Rustem Umerov", "Presidential Aide Vladimir Medinsky").
const TITLES: &str = concat!(
    r"(?:Vice[- ])?President|Prime\s+Minister|(?:Deputy\s+)?(?:Foreign|Defen[cs]e|Interior|Finance|Trade|Economy|Energy|Justice|Health)\s+Minister|",
    r"Minister|(?:Deputy\s+)?Secretary(?:\s+of\s+State|[- ]General)?|Ambassador|Chancellor|King|Queen|(?:Crown\s+)?Prince|Emir|Sheikh|",
    r"Mayor|Governor|Senator|Sen\.|Rep\.|Gov\.|Gen\.|Lt\.|Col\.|General|Field\s+Marshal|Marshal|Admiral|Spokes(?:person|man|woman)|",
    r"(?:Presidential\s+)?(?:Aide|Adviser|Advisor|Envoy)|(?:Supreme\s+)?Leader|Commander(?:-in-Chief)?|(?:Army\s+)?Chief|Speaker|Pope|",
    r"Opposition\s+Leader|Chairman|Chairwoman|Chair|Premier|Director"
);

/// A title, then a name of capitalised words (group 1): a full name, or a surname the
/// table of people knows ("President Biden").
static TITLED_NAME_PATTERN: LazyLock<String> = LazyLock::new(|| {
    format!(
        r"\b(?:{TITLES})\s+(\p{{Lu}}[\p{{Ll}}\p{{Lu}}'’-]+(?:\s+(?:(?:de|da|von|der|van|al|bin|ibn|el)\s+)?\p{{Lu}}[\p{{Ll}}\p{{Lu}}'’-]+){{0,3}})"
    )
});

/// "Mr. Modi", "Ms Sandu": a civility and a surname alone, which is a person.
const CIVILITY_NAME: &str = r"(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr)\.?\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)*)";

/// "the newspaper Le Monde", "the carrier Charles de Gaulle": the noun of a thing before its name.
const THING_BEFORE_NAME: &str = r"(?i)(?:^|[^\p{L}])(?:newspaper|daily|magazine|agency|channel|broadcaster|television|radio|website|ship|vessel|carrier|frigate|airport|hotel|palace|stadium|university|hospital|operation|plan|programme|program|group|company|firm|bank|foundation|institute|association|square|street|avenue|bridge|dam|plant|party)\s+$";

/// "in", "at", "to": what puts something at a place.
const AT: &str = r"(?i)\b(?:in|at|to|from|inside|into|across|toward|towards|throughout|around)\s+(?:the\s+)?$";
/// "near", "outside", "north of", "20 km from": near a place.
const NEAR: &str = r"(?i)\b(?:near|outside|km|kilometres|kilometers|miles|outskirts\s+of|suburbs?\s+of|north\s+of|south\s+of|east\s+of|west\s+of|region\s+of|province\s+of|airport\s+(?:of|in))\s+(?:the\s+)?$";

/// Capitalised words that begin no name of a person.
pub const NOT_A_FIRST_NAME: &[&str] = &[
    "The", "A", "An", "This", "That", "These", "Those", "He", "She", "They", "It", "We", "His", "Her", "Their", "Its", "Our", "In",
    "On", "At", "By", "For", "From", "With", "After", "Before", "Since", "During", "As", "According", "While", "When", "But", "And",
    "Or", "If", "Meanwhile", "However", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "President",
    "Presidential", "Prime", "Minister", "Foreign", "Defense", "Defence", "Interior", "Finance", "Trade", "Deputy", "Secretary",
    "State", "General", "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Mayor", "Governor", "Senator", "King", "Queen",
    "Prince", "Crown", "Emir", "Sheikh", "Ambassador", "Chancellor", "Aide", "Adviser", "Advisor", "Envoy", "Spokesperson",
    "Spokesman", "Spokeswoman", "Commander", "Chief", "Army", "Supreme", "Leader", "Speaker", "Pope", "Opposition", "Vice",
    "Chairman", "Chairwoman", "Director", "Marshal", "Admiral", "National", "Democratic", "Republican", "People", "People's",
    "Party", "Ministry", "Armed", "Forces", "Air", "Force", "Navy", "Security", "Council", "United", "Nations", "European",
    "Union", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Middle", "Great", "New",
    "Gulf", "Red", "Black", "Sea", "Mount", "Lake", "Cape", "Port", "Fort", "Saint", "St", "World", "War", "Palace", "House",
    "White", "Kremlin", "Pentagon", "Capitol", "Elysee", "Élysée", "Downing", "Parliament", "Congress", "Senate", "Assembly",
    "Constitutional", "Supreme", "Court", "International", "Global", "Summit", "Bastille", "Day", "Independence", "Islamic",
    "Revolutionary", "Guards", "Guard", "Hamas", "Hezbollah", "Western", "Asian", "African", "American", "Arab", "Latin", "Some",
    "Many", "Most", "All", "Both", "Other", "Others", "Several", "Lawmakers", "Officials", "Troops", "Police", "Authorities",
    "Southeast", "Southwest", "Northeast", "Northwest", "Bank", "Agency", "Ministry", "Department", "Office",
];

/// Capitalised nouns that end names of things, not of people.
pub const NOT_A_SURNAME: &[&str] = &[
    "Ministry", "Affairs", "Office", "Party", "Assembly", "Council", "Congress", "Army", "Guard", "Guards", "Forces", "Force",
    "Court", "Union", "Agency", "News", "Airport", "Palace", "House", "Committee", "Commission", "Department", "Service",
    "Bank", "Day", "Museum", "University", "Street", "Square", "Hospital", "Region", "Province", "Sea", "Ocean", "Summit",
    "Parliament", "Senate", "Command", "Defense", "Defence", "Post", "Times", "Journal", "Herald", "Airlines", "Group",
    "Center", "Centre", "Tower", "Corps", "Navy", "Police", "Organization", "Organisation", "Alliance", "Movement", "Front",
    "Coalition", "Federation", "Republic", "Kingdom", "Emirates", "Islands", "Mountains", "Strait", "Peninsula", "Gate",
    "Minister", "President", "Secretary", "Media", "Network", "Press", "Daily", "Forum", "Conference", "Initiative",
    "Program", "Programme", "Project", "Fund", "Festival", "Games", "Cup", "War", "Revolution", "Law", "Act", "Treaty",
    "International", "Asian", "African", "European", "Arab", "American", "Latin", "Western", "Eastern", "Southern", "Northern",
];

/// English, for the engine.
pub static ACTORS: ActorWords = ActorWords {
    leader_title: LazyLock::new(|| WordRegex::new(LEADER_TITLE).expect("leader title pattern")),
    title_before_demonym: false,
    titled_name: LazyLock::new(|| WordRegex::new(&TITLED_NAME_PATTERN).expect("titled name pattern")),
    civility_name: LazyLock::new(|| regex::Regex::new(CIVILITY_NAME).expect("civility pattern")),
    thing_before_name: LazyLock::new(|| regex::Regex::new(THING_BEFORE_NAME).expect("thing name pattern")),
    not_a_first_name: NOT_A_FIRST_NAME,
    not_a_surname: NOT_A_SURNAME,
    place_before_name: &["in", "at", "near", "outside", "inside", "across", "into"],
    at: LazyLock::new(|| WordRegex::new(AT).expect("location pattern")),
    near: LazyLock::new(|| WordRegex::new(NEAR).expect("near a place pattern")),
};
