//! HTML to article text with dom_smoothie (a port of Mozilla's Readability):
//! navigation, ads and sidebars go; paragraphs stay. Title, outlet, language and
//! publication date come from the page's metadata when it has them.

use super::{parse_date, ArticleMeta};
use crate::error::IngestProblem;
use dom_smoothie::{Config, Readability, TextMode};

pub fn to_text(html: &str) -> Result<(String, ArticleMeta), IngestProblem> {
    let config = Config { text_mode: TextMode::Formatted, ..Default::default() };
    let mut reader =
        Readability::new(html, None, Some(config)).map_err(|e| IngestProblem::NotText(format!("HTML that cannot be parsed ({e})")))?;
    let article = reader.parse().map_err(|e| IngestProblem::NotText(format!("HTML with no article in it ({e})")))?;
    let text = tidy(&article.text_content);
    let meta = ArticleMeta {
        title: Some(article.title.trim().to_string()).filter(|t| !t.is_empty()),
        outlet: article.site_name.map(|s| s.trim().to_string()).filter(|s| !s.is_empty()),
        language: article.lang.as_deref().and_then(language_code),
        published: article.published_time.as_deref().and_then(parse_date),
    };
    Ok((text, meta))
}

/// "fr-FR" → "fr"; other languages are reported as they are so the caller can refuse them.
fn language_code(lang: &str) -> Option<String> {
    let code = lang.split(['-', '_']).next()?.trim().to_ascii_lowercase();
    (!code.is_empty()).then_some(code)
}

/// Trims every line and keeps at most one blank line between paragraphs.
fn tidy(text: &str) -> String {
    let mut out = String::new();
    let mut blank = false;
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if blank {
            out.push_str("\n\n");
        } else if !out.is_empty() {
            out.push('\n');
        }
        blank = false;
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html lang="fr-FR"><head>
        <title>Poutine à Hanoï | Le Journal</title>
        <meta property="og:title" content="Poutine à Hanoï">
        <meta property="og:site_name" content="Le Journal">
        <meta property="article:published_time" content="2024-06-20T08:30:00+02:00">
        </head><body>
        <nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
        <article><h1>Poutine à Hanoï</h1>
        <p>Vladimir Poutine est arrivé jeudi à Hanoï pour une visite d'État de deux jours, a annoncé l'agence officielle vietnamienne.</p>
        <p>Le président russe doit rencontrer son homologue vietnamien To Lam et signer une dizaine d'accords de coopération dans l'énergie et l'éducation.</p>
        <p>Cette visite intervient au lendemain d'une étape à Pyongyang, où il a signé un traité de défense mutuelle avec Kim Jong-un.</p>
        </article>
        <footer>© Le Journal — Mentions légales</footer></body></html>"#;

    #[test]
    fn article_text_and_metadata_are_extracted() {
        let (text, meta) = to_text(PAGE).unwrap();
        assert!(text.contains("Vladimir Poutine est arrivé jeudi à Hanoï"), "{text}");
        assert!(text.contains("\n\nLe président russe doit rencontrer"), "{text}");
        assert!(!text.contains("Mentions légales"), "{text}");
        assert!(!text.contains("Accueil"), "{text}");
        assert_eq!(meta.title.as_deref(), Some("Poutine à Hanoï"));
        assert_eq!(meta.outlet.as_deref(), Some("Le Journal"));
        assert_eq!(meta.language.as_deref(), Some("fr"));
        assert_eq!(meta.published, chrono::NaiveDate::from_ymd_opt(2024, 6, 20));
    }
}
