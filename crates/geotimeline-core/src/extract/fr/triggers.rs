//! French named trigger rules: constructions the lexicon's words alone do not
//! tell (multi-word phrases, set expressions, nouns with their complement). They
//! run before the lexicon (`triggers.tsv`, read by `lexicon.rs`), which adds what
//! they miss.

use crate::extract::locale::{TriggerRule, TriggerRules};
use crate::model::EventType;

/// The forms of "signer" and "signature" (not "signal", "signaler", "signe"…).
pub const SIGNING_FORMS: &str =
    "sign(?:ent|é|ée|és|ées|er|era|eront|erait|eraient|ait|aient|ant|ature|atures|ataire|ataires|èrent|a|ons|ez)";

/// The rules, one per type, named by it.
pub fn rules() -> TriggerRules {
    let t = |event_type: EventType, pattern: &str, inherits_date| TriggerRule::new(event_type.as_str(), event_type, pattern, inherits_date);
    TriggerRules::new(vec![
        t(
            EventType::Election,
            r"\b(?:élu|élue|réélu|réélue|élections?|arrivée?\s+au\s+pouvoir|investie?|investiture|prêt(?:é|er|era)\s+serment|(?:premier|second|deuxième)\s+tour|nommée?\s+(?:Premier\s+ministre|Première\s+ministre|présidente?\b)|(?:devient|(?:est\s+)?(?:\w+\s+)?devenue?)(?:\s+(?:\w+\s+)?|\s*,[^,]{1,40},\s*)(?:(?:le|la|l['’])\s*)?(?:(?:nouveau|nouvelle|\d+(?:e|ème|er|re)|premier|première)\s+)?(?:Premier\s+ministre|Première\s+ministre|1(?:er|re)\s+ministre|présidente?\b|chef\s+de\s+l['’]État|chef\s+du\s+gouvernement|chancelière?\b|pape\b|souverain\s+pontife)|scrutin|référendum)\b",
            false,
        ),
        // "a été réélu", "a prêté serment": the news of an election or of taking office told in
        // the past, which the narrative dates (the words alone, "élu", "scrutin", "investiture",
        // are as often background and need their own date).
        t(EventType::Election, r"\b(?:(?:a|ont)\s+été\s+(?:(?:ré)?élue?s?|investie?s?)|(?:a|ont)\s+prêté\s+serment)\b", true),
        t(
            EventType::Visit,
            r"\b(?:(?:visites?|en\s+visite|s['’](?:est|était|étaient)\s+rendue?s?|se\s+sont\s+rendue?s?|se\s+rend(?:re|ra|rait|raient|ront|ent|ait|aient)?|rendu\s+visite|est\s+arrivée?|arrivée?\s+(?:à|au|en|dans)|a\s+atterri|tournée|venue\s+de|accueill(?:i|ie|is|ies|e|es|ent|era|eront|erait|eraient|ait|aient|ir))\b|attendue?s?\s+(?:\w+\s+){0,2}(?:à|au|aux|en)\s+(?-i:\p{Lu})|(?:était|se\s+trouvait)\s+(?:en|à|au|aux)\s+(?-i:\p{Lu}))",
            true,
        ),
        t(
            EventType::Meeting,
            r"\b(?:rencontr\w*|s['’](?:est|était|étaient)\s+(?:\w+\s+)?entretenue?s?|se\s+sont\s+(?:\w+\s+)?entretenu\w*|se\s+sont\s+(?:\w+\s+)?parlé|s['’]entret(?:enir|iendr\w*|ient|iennent)|entretiens?\s+(?:téléphonique\s+)?avec|son\s+entretien|réunions?\s+(?:bilatérales?|d['’]urgence|extraordinaires?|ministérielles?|du\s+Conseil)|se\s+sont\s+réuni\w*|se\s+réuni(?:ss\w*|ra\w*|t)\b|s['’](?:est|était|étaient)\s+réuni\w*|réunie?s|conférence\s+(?:internationale|(?:sur|pour)\s+la\s+paix)|sommet|pourparlers|a\s+reçu|(?:(?:a|ont|avait|avaient)\s+été|est|sont|sera|seront)\s+reçue?s?\s+(?:[^\s,.;:]+\s+){0,4}?(?:à|au|dans|par))\b",
            true,
        ),
        t(
            EventType::Agreement,
            &format!(
                r"\b(?:{SIGNING_FORMS}|conclu(?:e|s|es)?|scell\w*|paraph\w*|(?:a|ont)\s+accepté|se\s+sont\s+accordés|s['’]accord(?:ent|ant)\s+sur|se\s+sont\s+mis\s+d['’]accord|(?:sont\s+parvenus|est\s+parvenue?)\s+à\s+un\s+accord|(?:a|ont)\s+trouvé\s+un\s+accord|sont\s+convenus|(?:a|ont|avait|avaient)\s+(?:\w+\s+)?convenu\s+(?:[^\s,.;:]+\s+){{0,3}}?(?:d['’]|de|des|du)|(?:a|ont|avait|avaient)\s+(?:\w+\s+)?rejoint\s+(?:l['’]\s*|les\s+|la\s+|le\s+)(?:(?-i:\p{{Lu}})\w*|organisation|alliance|union|bloc)|(?:devenu|devenue|devenus|devenues|devient|deviennent)\s+(?:[\w-]+\s+){{0,4}}?(?:(?:le|la|l['’]|un|une)\s*)?(?:[\w-]+\s+){{0,2}}?membre\s+(?:à\s+part\s+entière\s+)?(?:de\s+l['’]\s*|de\s+la\s+|du\s+|des\s+|de\s+)(?:OTAN|Organisation\s+du\s+traité\s+de\s+l['’]Atlantique\s+Nord|Union\s+européenne|UE|BRICS|ASEAN|Union\s+africaine|ONU|Nations\s+unies|OMC|Organisation\s+mondiale\s+du\s+commerce|OPEP|G20|Commonwealth|OCS|Conseil\s+de\s+l['’]Europe|OCDE|espace\s+Schengen|zone\s+euro|Alliance|alliance|bloc|union|organisation))\b"
            ),
            true,
        ),
        t(
            EventType::Sanction,
            r"\b(?:nouvelles?\s+sanctions|paquet\s+(?:«\s*[\w-]+\s*»\s+|[\w-]+\s+)?de\s+sanctions|(?:annonc|impos|adopt|décid|prolong|prorog|renouvel|reconduit|étend|durci)\w*\s+(?:\w+\s+){0,4}(?:sanctions|mesures\s+restrictives))\b",
            true,
        ),
        // ("une tribune" is an op-ed; "Tunisie-Tribune", "La Tribune Dimanche" are outlets.)
        t(
            EventType::Statement,
            r"\b(?:(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:déclaré|dit|affirmé|réaffirmé|indiqué|estimé|souligné|dénoncé|critiqué|assuré|insisté|promis|averti|prévenu|condamné|salué|félicité|remercié|appelé|exprimé|regretté)|(?:a|ont)\s+adressé\s+(?:ses|leurs)\s+félicitations|a-t-(?:il|elle)\s+\p{L}+ée?|ont-(?:ils|elles)\s+\p{L}+és|pronon(?:cé|cer|cera)\s+(?:un|son|le)\s+(?:\p{L}+\s+)?discours|déclaration\s+commune|s['’]est\s+dite?(?:\s+\w+)?|se\s+sont\s+dite?s(?:\s+\w+)?|s['’]est\s+(?:félicitée?|réjouie?)|(?:grave|vive|profonde|grande)\s+préoccupation|(?-i:tribune))\b",
            true,
        ),
        t(
            EventType::Military,
            r"\b(?:offensive|invasion|envahi\w*|frappes?\s+(?:aériennes?|de\s+(?:missiles?|drones?)|(?:russe|ukrainienne|israélienne|iranienne|américaine)s?|contre|sur|visant)|bombardements?|(?:a|ont)\s+bombardé|attaques?\s+(?:contre|de|lancée)|raid|tirs?\s+de\s+missiles?|essai\s+nucléaire|(?:exercices?|manœuvres|manoeuvres)\s+(?:\p{L}+\s+)?militaires|manœuvres\s+(?:d['’]ampleur|sans\s+précédent|navales|aériennes)|réunifi\w*|guerre\s+de\s+\S+\s+jours|s['’](?:étaient|sont)\s+affrontée?s)\b",
            false,
        ),
        // "Le gouvernement chinois a convoqué mardi soir l'ambassadeur américain": summoning a
        // diplomat is a protest made to a state, a statement.
        TriggerRule::new(
            "summons",
            EventType::Statement,
            r"\b(?:(?:a|ont|avait|avaient)\s+(?:\p{L}+\s+){0,1}convoqué|convoque|convoquent|convocation\s+de)\s+(?:\S+\s+){0,3}?(?:l['’]\s*|les\s+|son\s+|leur\s+|un\s+|une\s+)?(?:ambassadeurs?|ambassadrices?|chargée?s?\s+d['’]affaires)\b",
            true,
        ),
        // "a décidé de rappeler son ambassadeur", "le rappel de leurs ambassadeurs": recalling
        // an envoy is a measure against the state it was sent to, as expelling is.
        TriggerRule::new(
            "recall",
            EventType::Sanction,
            r"\b(?:rappel(?:er|le|lent|lera|leront|lerait|leraient|lait|laient|ant|é|ée|és|ées)|rappels?\s+d[eu]s?)\s+(?:\S+\s+){0,2}?(?:l['’]\s*|les\s+|son\s+|sa\s+|ses\s+|leurs?\s+|des\s+|plusieurs\s+)?(?:ambassadeurs?|ambassadrices?|diplomates|chargée?s?\s+d['’]affaires)\b",
            true,
        ),
        // "Les troupes de Wagner se sont approchées samedi à moins de 400 km de Moscou", "les
        // rebelles sont entrés dimanche dans Damas": armed forces moving on a place act,
        // whatever the verb of motion.
        TriggerRule::new(
            "troop movement",
            EventType::Military,
            r"\b(?:troupes|forces|soldats|colonnes|chars|combattants|blindés|rebelles|mutins)\s+(?:\S+\s+){0,4}?(?:se\s+sont\s+(?:\w+\s+)?approchée?s|s['’](?:est|était|étaient)\s+(?:\w+\s+)?approchée?s?|(?:ont|avaient)\s+(?:\w+\s+)?(?:avancé|progressé|pénétré)|(?:sont|étaient|est|était)\s+(?:\w+\s+)?entrée?s?)\b",
            true,
        ),
        // "Le Hamas a remis sept otages vivants à la Croix-Rouge", "les otages ont été remis au
        // CICR": captives handed over are set free (as "libérer" tells), whatever else is handed.
        TriggerRule::new(
            "handover",
            EventType::Other,
            r"\b(?:(?:remis(?:es?)?|remet|remettent|remettra|remettront|remettre)\s+(?:[^\s,.;:]+\s+){0,5}?(?:otages|prisonniers|captifs|détenus)|(?:otages|prisonniers|captifs|détenus)\s+(?:[^\s,.;:]+\s+){0,6}?(?:ont|avaient|sont|seront)\s+été\s+remis(?:es?)?)\b",
            true,
        ),
        // "Sophie Pétronin avait été enlevée le 24 décembre 2016 à Gao", "ont été enlevés dans la
        // nuit": someone kidnapped (the passive; "a enlevé la mairie" is a seat won).
        TriggerRule::new(
            "kidnapping",
            EventType::Military,
            r"\b(?:a|ont|avait|avaient|aurait|auraient|sont|est)\s+été\s+(?:\p{L}+\s+)?enlevée?s?\b",
            true,
        ),
        // "les forces de l'ordre ont repris dimanche soir le monastère de Banjska", "l'armée a repris
        // la ville": a place taken back is a military act, as "reprendre le contrôle" is ("a repris
        // la parole", "reprendre les négociations" name no place).
        TriggerRule::new(
            "place retaken",
            EventType::Military,
            r"\b(?:(?:a|ont|avait|avaient)\s+(?:\p{L}+\s+)?repris|reprend|reprennent|reprendra|reprendront)\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|soir|matin|après-midi|dans|la|nuit|\d{1,2}|1er|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|finalement|aussi|également|déjà),?\s+){0,4}?(?:la\s+ville|les\s+villes|le\s+village|les\s+villages|la\s+localité|les\s+localités|le\s+monastère|la\s+base|l['’]\s*aéroport|le\s+port|le\s+bastion|la\s+colline|le\s+quartier|la\s+commune|le\s+chef-lieu|la\s+capitale)\b",
            true,
        ),
        // "le Parlement a voté mercredi la destitution du président", "ont voté sa révocation":
        // a removal from office voted is the removal, dated as the vote (a vote on a text is
        // no election, fr/clauses.rs `votes_a_text`, and the noun alone needs a date of its own).
        TriggerRule::new(
            "removal voted",
            EventType::Other,
            r"\b(?:(?:a|ont|avait|avaient)\s+(?:\p{L}+\s+){0,1}voté|vote|votent|votera|voteront)\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|soir|matin|après-midi|dans|la|nuit|\d{1,2}|1er|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|massivement|finalement|officiellement|aussi|également|déjà),?\s+){0,4}?(?:en\s+faveur\s+de\s+)?(?:la|sa|leur)\s+(?:destitution|révocation)\b",
            true,
        ),
        t(EventType::Other, r"\b(?:couronnes?\s+de\s+fleurs|gerbes?|a\s+rendu\s+hommage|commémor\w*|funérailles)\b", true),
    ])
}
