//! Markdown to plain text with pulldown-cmark: markup goes, words and paragraph
//! breaks stay. A leading `# Title` becomes the article title.

use super::ArticleMeta;
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

pub fn to_text(source: &str) -> (String, ArticleMeta) {
    let source = source.trim_start_matches('\u{feff}').replace("\r\n", "\n");
    let mut text = String::new();
    let mut title: Option<String> = None;
    let mut in_h1 = false;
    let mut h1 = String::new();
    for event in Parser::new(&source) {
        match event {
            Event::Start(Tag::Heading { level: HeadingLevel::H1, .. }) if title.is_none() => in_h1 = true,
            Event::End(TagEnd::Heading(HeadingLevel::H1)) if in_h1 => {
                in_h1 = false;
                title = Some(h1.trim().to_string());
                text.push_str("\n\n");
            }
            Event::Text(t) | Event::Code(t) => {
                if in_h1 {
                    h1.push_str(&t);
                }
                text.push_str(&t);
            }
            Event::SoftBreak => text.push(' '),
            Event::HardBreak => text.push('\n'),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::BlockQuote(_)) => text.push_str("\n\n"),
            _ => {}
        }
    }
    let text = text.trim().to_string();
    (text, ArticleMeta { title: title.filter(|t| !t.is_empty()), ..Default::default() })
}

#[cfg(test)]
mod tests {
    #[test]
    fn markup_is_removed_and_title_kept() {
        let (text, meta) = super::to_text("# Russie\n\nLe **20 juin**, [Poutine](http://x) a *déclaré*.\n\n- un\n- deux");
        assert_eq!(meta.title.as_deref(), Some("Russie"));
        assert_eq!(text, "Russie\n\nLe 20 juin, Poutine a déclaré.\n\nun\n\ndeux");
    }
}
