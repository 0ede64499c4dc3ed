//! French words around names: titles, civilities, the nouns of named things, the
//! words that put something at a place. The engine (`extract/actors.rs`) reads them
//! through [`ActorWords`].

use crate::extract::locale::ActorWords;
use crate::extract::word_regex::WordRegex;
use std::sync::LazyLock;

/// "le président russe": a title that stands before the demonym.
const LEADER_TITLE: &str = r"(?i)\b(?:président|présidente|homologue|dirigeant|dirigeante|chef\s+de\s+l['’][ée]tat|chef\s+du\s+gouvernement|Première\s+ministre|numéro\s+un|leader|Premier\s+ministre|chancelier|chancelière)\s+$";

/// "le Premier ministre Pham Minh Chinh", "le secrétaire général du Parti
/// communiste Nguyen Phu Trong", "M. Dupont": a title, maybe an adjective or a
/// complement, then a name of capitalised words.
const TITLED_NAME_PATTERN: &str = concat!(
    r"\b(?:(?:[Vv]ice-)?[Pp]résidente?|Premier\s+ministre|Première\s+ministre|[Mm]inistre|[Ss]ecrétaire(?:\s+générale?|\s+d['’]État)?|[Aa]mbassad(?:eur|rice)|[Cc]hanceli(?:er|ère)|[Rr]oi|[Rr]eine|[Pp]rince(?:\s+héritier)?|[Éé]mir|",
    r"[Dd]irigeante?|[Hh]omologue|[Pp]orte-parole|[Cc]hef\s+de\s+l['’]État|[Cc]hef\s+du\s+gouvernement|[Gg]énéral|M\.|Mme)",
    r"(?:\s+(?:d(?:e|u|es)|aux?|à\s+la)\s+(?:la\s+|l['’])?[\p{L}'’ -]+?)?(?:\s+\p{Ll}[\p{Ll}-]+)?\s*,?\s+",
    r"(\p{Lu}[\p{Ll}\p{Lu}'’-]+(?:\s+(?:(?:de|da|von|der|van|al|ben|bin|el|ibn|di|du)\s+|(?:al|el|ben)-)?\p{Lu}[\p{Ll}\p{Lu}'’-]+){0,3})"
);

/// "M. Vaz", "Mme Pelosi": a civility and a surname alone, which is a person.
const CIVILITY_NAME: &str = r"(?:^|[^\p{L}])(?:M\.|Mme|Mlle)\s+(\p{Lu}(?:\p{Ll}|['’-]\p{Lu}?)+(?:\s+\p{Lu}(?:\p{Ll}|['’-]\p{Lu}?)+)*)";

/// "le journal du Parti communiste Nhan Dan", "l'agence Tass", "le porte-avions
/// Charles de Gaulle": between the noun and the name, "de"/"du", capitalised words and adjectives only.
/// Nor is a name after a place's noun and "de" ("la province cambodgienne de Preah Vihear").
const THING_BEFORE_NAME: &str = r"(?i)(?:^|[^\p{L}])(?:journal|quotidien|hebdomadaire|magazine|agence|chaîne|réseau|plateforme|compte|télévision|radio|site|navire|porte-avions|frégate|aéroport|hôtel|palais|stade|université|hôpital|opération|plan|programme|groupe|société|entreprise|compagnie|banque|fondation|institut|association|centre|place|rue|avenue|boulevard|quai|pont|barrage|centrale|camp|base|caserne|prison|école|lycée|collège|musée|cathédrale|basilique|église|mosquée|synagogue|gare|port|parc|cimetière)(?:\s+(?:de|du|des|d['’])?\s*(?:\p{Lu}\p{L}*|\p{Ll}+(?:iste|ien|ienne|ain|aine|ais|aise|al|ale|aux|ique|el|elle|if|ive|ois|oise|aire)s?))*\s+$|(?:^|[^\p{L}])(?:province|région|ville|district|gouvernorat|département|village|quartier|camp|île|commune|oblast)(?:\s+\p{Ll}+)?\s+(?:de|du|des)\s+$";

/// "à", "au", "depuis": what puts something at a place.
/// (A place visited is where: "visitera Minsk", "a visité Kiev".)
const AT: &str = r"(?i)\b(?:à|au|aux|depuis|devant|dans|vers|visiter|visitera|visiteront|visité|visitée|visités|visitant|visitait)\s+(?:la\s+|le\s+|les\s+|l['’]\s*)?(?:(?:capitale|ville)(?:\s+\p{Ll}+)?\s*,?\s+(?:de\s+|d['’]\s*)?)?$";
/// "à 15 km de Bamako", "près de", "au nord de", "l'aéroport … de Taipei".
/// Nouns of those related to someone: "les alliés de l'Iran" are not Iran.
const RELATED_TO: &str = r"(?i)\b(?:alliés|alliées|partisans|partisanes|sympathisants|soutiens|opposants|ennemis|adversaires|rivaux|voisins|proches|mandataires|supplétifs)\s+(?:de\s+(?:la\s+|l['’]\s*)?|d['’]\s*|du\s+|des\s+)$";
/// "la mer du Japon", "le golfe de Guinée", "le détroit de Taïwan", "le canal de Suez", "le lac Tchad".
const WATER_BEFORE: &str =
    r"(?i)\b(?:mer|océan|golfe|détroit|canal|baie|lac|fleuve)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])?$";
/// "se sont emparés de Damas", "la prise de Kaboul", "entrés dans la capitale, Damas",
/// "encerclé Marioupol": the object of a capture, an entry, a siege or a liberation.
const TAKEN: &str = r"(?i)\b(?:(?:emparée?s?(?:\s+\p{L}+){0,2}?|rendue?s?\s+maîtres?|(?:pris|prise|repris|reprise|perdu|perte)\s+(?:le\s+)?contrôle|prise|reprise|conquête|chute|siège|encerclement|libération|évacuation)\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)|(?:entrée?s?|pénétré|pénétrés|encerclée?s?|assiégée?s?|libérée?s?|conquise?s?|conquis|reprise?s?)\s+(?:dans\s+|à\s+)?(?:la\s+|le\s+|les\s+|l['’]\s*)?)(?:(?:capitale|ville|cité|localité)(?:\s+\p{Ll}+)?\s*,?\s+(?:de\s+|d['’]\s*)?)?$";
const NEAR: &str = r"(?i)\b(?:près|non\s+loin|km|kilomètres|nord|sud|est|ouest|environs|banlieue|périphérie|centre|aéroport(?:\s+\p{Lu}\p{L}+)?|région|province|faubourgs?)\s+(?:de|d['’]|du)\s*$";

/// Capitalised words that begin no name of a person.
pub const NOT_A_FIRST_NAME: &[&str] = &[
    "Le",
    "La",
    "Les",
    "Un",
    "Une",
    "Des",
    "Ce",
    "Cet",
    "Cette",
    "Ces",
    "Il",
    "Elle",
    "Ils",
    "Elles",
    "En",
    "Au",
    "Aux",
    "Dans",
    "Pour",
    "Par",
    "Sur",
    "Selon",
    "Avec",
    "Après",
    "Avant",
    "Depuis",
    "Lors",
    "Mais",
    "Et",
    "Ou",
    "Or",
    "Si",
    "Son",
    "Sa",
    "Ses",
    "Leur",
    "Leurs",
    "Notre",
    "Nos",
    "Lundi",
    "Mardi",
    "Mercredi",
    "Jeudi",
    "Vendredi",
    "Samedi",
    "Dimanche",
    "Président",
    "Présidente",
    "Présidents",
    "Présidentes",
    "Ministres",
    "Chef",
    "Chefs",
    "Dirigeants",
    "Premier",
    "Première",
    "Ministre",
    "Monsieur",
    "Madame",
    "Mme",
    "Mlle",
    "Me",
    "Dr",
    "Pr",
    "Mgr",
    "Général",
    "Saint",
    "Sainte",
    "Mont",
    "Cap",
    "Port",
    "Fort",
    "Lac",
    "Mer",
    "Golfe",
    "Palais",
    "Place",
    // Buildings and streets: "la Chapelle Sixtine", "la Basilique Saint-Pierre".
    "Chapelle",
    "Basilique",
    "Cathédrale",
    "Église",
    "Mosquée",
    "Château",
    "Hôtel",
    "Musée",
    "Stade",
    "Avenue",
    "Rue",
    "Boulevard",
    "Maison",
    "Chambre",
    "Parti",
    "Front",
    "Conseil",
    "Cour",
    "Banque",
    "Union",
    "République",
    "Royaume",
    "États",
    "Etats",
    "Nations",
    "Forces",
    "Armée",
    "Garde",
    "Agence",
    "Institut",
    "Fondation",
    "Université",
    "Zone",
    "Nord",
    "Sud",
    "Est",
    "Ouest",
    "Grand",
    "Grande",
    "Nouvelle",
    "Nouveau",
    "Haut",
    "Haute",
    "Bas",
    "Basse",
    "Moyen",
    "Proche",
    "Extrême",
    "Seconde",
    "Deuxième",
    "Sahel",
    "Europe",
    "Afrique",
    "Asie",
    "Amérique",
    "Occident",
    "Kremlin",
    "Élysée",
    "Vatican",
    "Pentagone",
];

/// Capitalised nouns that end names of things, not of people.
pub const NOT_A_SURNAME: &[&str] = &[
    "Guerre", "Mondiale", "Unies", "House", "Post", "Street", "Times", "Journal", "Airlines", "Bank", "Group", "Center", "Centre",
    "Council", "Force", "Forces", "Party", "Tower", "Square", "Nord", "Sud", "Est", "Ouest", "Social",
];

/// French, for the engine.
pub static ACTORS: ActorWords = ActorWords {
    leader_title: LazyLock::new(|| WordRegex::new(LEADER_TITLE).expect("leader title pattern")),
    title_before_demonym: true,
    leader_qualifiers: super::words::LEADER_QUALIFIERS,
    titled_name: LazyLock::new(|| WordRegex::new(TITLED_NAME_PATTERN).expect("titled name pattern")),
    civility_name: LazyLock::new(|| regex::Regex::new(CIVILITY_NAME).expect("civility pattern")),
    thing_before_name: LazyLock::new(|| regex::Regex::new(THING_BEFORE_NAME).expect("thing name pattern")),
    not_a_first_name: NOT_A_FIRST_NAME,
    numbers: super::words::NUMBERS,
    not_a_surname: NOT_A_SURNAME,
    // French names its institutions noun first ("le ministère des Affaires étrangères").
    institution_after_name: &[],
    no_person_after: &["des", "du", "aux", "au"],
    at: LazyLock::new(|| WordRegex::new(AT).expect("location pattern")),
    near: LazyLock::new(|| WordRegex::new(NEAR).expect("near a place pattern")),
    taken: LazyLock::new(|| WordRegex::new(TAKEN).expect("taken place pattern")),
    water_before: LazyLock::new(|| WordRegex::new(WATER_BEFORE).expect("water body pattern")),
    water_after: None,
    several_owners: &["leurs", "leur"],
    of_place: &["de", "du", "des", "d'", "d’"],
    place_articles: &["la", "le", "les", "l'", "l’"],
    and: " et ",
    related_to: LazyLock::new(|| WordRegex::new(RELATED_TO).expect("relation pattern")),
    related_after: None,
    source_markers: &["selon", "d'après", "d’après"],
    not_after_source_marker: &[
        "lequel",
        "laquelle",
        "lesquels",
        "lesquelles",
        "que",
        "qu'",
        "qu’",
        "moi",
        "lui",
        "elle",
        "eux",
        "elles",
        "nous",
        "vous",
    ],
    title_complement: &["de", "du", "des", "à", "au", "aux", "la", "le", "les"],
    past_auxiliaries: &[
        "a",
        "ont",
        "avait",
        "avaient",
        "est",
        "sont",
        "était",
        "étaient",
        "fut",
        "furent",
        "s'est",
        "s’est",
        "s'était",
        "s’était",
        "se",
    ],
};
