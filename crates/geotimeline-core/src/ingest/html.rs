//! HTML to article text with dom_smoothie (a port of Mozilla's Readability):
//! navigation, ads and sidebars go; paragraphs stay. Title, outlet, language and
//! publication date come from the page's metadata when it has them.
//!
//! The page is parsed here rather than by dom_smoothie, with the same parser
//! (html5ever) and DOM (dom_query), through a sink that records how deep each
//! element sits. html5ever scans its stack of open elements at each start tag and
//! Readability walks ancestors, so both cost grows with the square of the depth:
//! a 1 MB page of 200,000 nested `<div>`s kept an import busy for well over a
//! minute. A page nested deeper than [`MAX_DEPTH`] is refused as soon as the
//! parser gets there, having read at most a chunk more of it.

use super::{parse_date, ArticleMeta};
use crate::error::IngestProblem;
use dom_query::{Document, NodeId};
use dom_smoothie::{Config, Readability, TextMode};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeBuilderOpts, TreeSink};
use html5ever::{Attribute, ParseOpts, QualName};
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// The deepest element nesting read. Browsers cap their trees near here too
/// (Chromium's HTML parser stops nesting at 512); articles are a few dozen deep.
pub const MAX_DEPTH: u32 = 512;

/// The most elements read in a page. Readability's cost grows with the elements
/// times their depth: 8 MB of `<div>`s 507 deep (725,000 elements) took 34 s
/// in a debug build, 8 MB of them 100 deep 12 s. A news page has a few
/// thousand elements.
pub const MAX_ELEMENTS: usize = 200_000;

/// The page is handed to the parser in pieces of this many bytes, and its depth
/// and size checked after each.
const CHUNK: usize = 8 * 1024;

pub fn to_text(html: &str) -> Result<(String, ArticleMeta), IngestProblem> {
    let document = parse(html, MAX_DEPTH)?;
    let config = Config { text_mode: TextMode::Formatted, ..Default::default() };
    let mut reader = Readability::with_document(document, None, Some(config))
        .map_err(|e| IngestProblem::NotText(format!("HTML that cannot be parsed ({e})")))?;
    // Readability found nothing to read (a page of scripts, frames and menus).
    let article = reader.parse().map_err(|_| IngestProblem::NoText)?;
    let text = tidy(&article.text_content);
    let meta = ArticleMeta {
        title: Some(article.title.trim().to_string()).filter(|t| !t.is_empty()),
        outlet: article.site_name.map(|s| s.trim().to_string()).filter(|s| !s.is_empty()),
        language: article.lang.as_deref().and_then(language_code),
        published: article.published_time.as_deref().and_then(parse_date),
    };
    Ok((text, meta))
}

/// Parses a page as dom_smoothie does (scripting off, so `<noscript>` is read
/// as markup), refusing it once an element is nested deeper than `limit`.
fn parse(html: &str, limit: u32) -> Result<Document, IngestProblem> {
    let opts = ParseOpts { tree_builder: TreeBuilderOpts { scripting_enabled: false, ..Default::default() }, ..Default::default() };
    let mut parser = html5ever::parse_document(DepthSink::default(), opts);
    let mut start = 0;
    while start < html.len() {
        let mut end = (start + CHUNK).min(html.len());
        while !html.is_char_boundary(end) {
            end += 1;
        }
        parser.process(StrTendril::from_slice(&html[start..end]));
        parser.tokenizer.sink.sink.check(limit)?;
        start = end;
    }
    let sink = parser.finish();
    sink.check(limit)?;
    Ok(sink.document)
}

/// dom_query's document as the parser's sink, with the depth of every node
/// placed in it (the document is 0, `<html>` 1). Children moved to a new parent
/// (`reparent_children`, in the adoption agency) keep the depth they had: the
/// figure bounds the parser's stack, it is not an exact tree measure.
#[derive(Default)]
struct DepthSink {
    document: Document,
    depth: RefCell<HashMap<NodeId, u32>>,
    deepest: Cell<u32>,
    elements: Cell<usize>,
}

impl DepthSink {
    fn check(&self, depth_limit: u32) -> Result<(), IngestProblem> {
        if self.deepest.get() > depth_limit {
            return Err(IngestProblem::TooDeep { limit: depth_limit });
        }
        if self.elements.get() > MAX_ELEMENTS {
            return Err(IngestProblem::TooManyElements { limit: MAX_ELEMENTS });
        }
        Ok(())
    }

    fn depth_of(&self, node: &NodeId) -> u32 {
        self.depth.borrow().get(node).copied().unwrap_or(0)
    }

    fn place(&self, parent_depth: u32, child: &NodeOrText<NodeId>) {
        if let NodeOrText::AppendNode(node) = child {
            let depth = parent_depth + 1;
            self.depth.borrow_mut().insert(*node, depth);
            self.deepest.set(self.deepest.get().max(depth));
        }
    }
}

impl TreeSink for DepthSink {
    type Handle = NodeId;
    type Output = Self;
    type ElemName<'a> = <Document as TreeSink>::ElemName<'a>;

    fn finish(self) -> Self {
        self
    }

    fn parse_error(&self, msg: Cow<'static, str>) {
        self.document.parse_error(msg)
    }

    fn get_document(&self) -> NodeId {
        self.document.get_document()
    }

    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Self::ElemName<'a> {
        self.document.elem_name(target)
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> NodeId {
        self.elements.set(self.elements.get() + 1);
        self.document.create_element(name, attrs, flags)
    }

    fn create_comment(&self, text: StrTendril) -> NodeId {
        self.document.create_comment(text)
    }

    fn create_pi(&self, target: StrTendril, data: StrTendril) -> NodeId {
        self.document.create_pi(target, data)
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        self.place(self.depth_of(parent), &child);
        self.document.append(parent, child)
    }

    fn append_based_on_parent_node(&self, element: &NodeId, prev_element: &NodeId, child: NodeOrText<NodeId>) {
        // Before `element` when it has a parent, else in `prev_element`: the deeper of the two.
        self.place(self.depth_of(element).saturating_sub(1).max(self.depth_of(prev_element)), &child);
        self.document.append_based_on_parent_node(element, prev_element, child)
    }

    fn append_doctype_to_document(&self, name: StrTendril, public_id: StrTendril, system_id: StrTendril) {
        self.document.append_doctype_to_document(name, public_id, system_id)
    }

    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        self.document.get_template_contents(target)
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        self.document.same_node(x, y)
    }

    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.document.set_quirks_mode(mode)
    }

    fn append_before_sibling(&self, sibling: &NodeId, child: NodeOrText<NodeId>) {
        self.place(self.depth_of(sibling).saturating_sub(1), &child);
        self.document.append_before_sibling(sibling, child)
    }

    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        self.document.add_attrs_if_missing(target, attrs)
    }

    fn remove_from_parent(&self, target: &NodeId) {
        self.document.remove_from_parent(target)
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        self.document.reparent_children(node, new_parent)
    }

    fn is_mathml_annotation_xml_integration_point(&self, handle: &NodeId) -> bool {
        self.document.is_mathml_annotation_xml_integration_point(handle)
    }
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

    /// `depth` `<div>`s around one paragraph, then closed.
    fn tower(depth: usize) -> String {
        format!(
            "{}<p>Le 20 juin, Vladimir Poutine est arrivé à Hanoï pour une visite d'État.</p>{}",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        )
    }

    #[test]
    fn depth_is_counted_from_the_document() {
        // <html> 1, <body> 2, then the divs, then the <p> one deeper.
        assert!(parse(&format!("<html><body>{}</body></html>", tower(10)), 13).is_ok());
        assert_eq!(parse(&format!("<html><body>{}</body></html>", tower(10)), 12).err(), Some(IngestProblem::TooDeep { limit: 12 }));
        // Implied and missing tags are counted as the parser builds them: sibling paragraphs.
        assert!(parse(&format!("<body>{}", "<p>un paragraphe sans fin de balise".repeat(5_000)), 3).is_ok());
    }

    #[test]
    fn a_page_nested_within_the_limit_is_read() {
        let page = format!("<html lang=\"fr\"><body><article>{}</article></body></html>", tower(MAX_DEPTH as usize - 10));
        let (text, meta) = to_text(&page).unwrap();
        assert!(text.contains("Vladimir Poutine est arrivé à Hanoï"), "{text}");
        assert_eq!(meta.language.as_deref(), Some("fr"));
    }

    /// The import of this page took over a minute before the limit (a debug build
    /// passed 60 s already at 20,000 levels); it now stops at the limit.
    #[test]
    fn a_megabyte_of_nested_elements_is_refused() {
        let page = format!("<html><body>{}</body></html>", tower(100_000));
        assert!(page.len() > 1_000_000);
        let started = std::time::Instant::now();
        assert_eq!(to_text(&page).err(), Some(IngestProblem::TooDeep { limit: MAX_DEPTH }));
        eprintln!("1 MB of nested divs refused in {:?}", started.elapsed());
        let started = std::time::Instant::now();
        // The same megabyte as towers just under the limit: read, in bounded time.
        let towers = tower(MAX_DEPTH as usize - 5).repeat(page.len() / tower(MAX_DEPTH as usize - 5).len());
        let (text, _) = to_text(&format!("<html><body>{towers}</body></html>")).unwrap();
        assert!(text.contains("Vladimir Poutine"));
        eprintln!("1 MB of towers {} deep read in {:?}", MAX_DEPTH - 5, started.elapsed());
    }

    #[test]
    fn a_page_of_too_many_elements_is_refused() {
        let started = std::time::Instant::now();
        let page =
            format!("<html><body><p>Le 20 juin, Vladimir Poutine est arrivé à Hanoï.</p>{}</body></html>", "<i>x</i>".repeat(MAX_ELEMENTS));
        assert_eq!(to_text(&page).err(), Some(IngestProblem::TooManyElements { limit: MAX_ELEMENTS }));
        eprintln!("{} elements refused in {:?}", MAX_ELEMENTS + 4, started.elapsed());
        // html, head, body, p: the page at the limit is read.
        let page = format!(
            "<html><body><p>Le 20 juin, Vladimir Poutine est arrivé à Hanoï.</p>{}</body></html>",
            "<i>x</i>".repeat(MAX_ELEMENTS - 4)
        );
        let started = std::time::Instant::now();
        assert!(to_text(&page).is_ok());
        eprintln!("{MAX_ELEMENTS} elements read in {:?}", started.elapsed());
    }
}
