//! PDF to article text: the text layer read by pdf-extract (over lopdf), the
//! title from the document's metadata, and the lines reflowed into paragraphs
//! so the sentence splitter sees sentences rather than lines.

use super::ArticleMeta;
use crate::error::IngestProblem;
use pdf_extract::{Document, Object, PlainTextOutput};

/// The text of a PDF and the metadata it states (its Title). A PDF with no
/// text layer (a scan), an encrypted one, or one that cannot be parsed is a
/// problem naming what is wrong, never a panic.
pub fn to_text(bytes: &[u8]) -> Result<(String, ArticleMeta), IngestProblem> {
    // pdf-extract reads fonts, encodings and content streams with many
    // `unwrap`s and indexings on what the file says (a truncated font program,
    // an encoding array too short): a hostile or damaged PDF can panic inside
    // it. The panic is caught here so one bad file is reported by name and the
    // rest of the import goes on; nothing is shared with the caught closure but
    // the input bytes, so no state is left half-updated. (The panic hook still
    // prints the panic's message to stderr.)
    let read = std::panic::catch_unwind(|| read(bytes));
    let (raw, title) = match read {
        Ok(result) => result?,
        Err(_) => return Err(IngestProblem::BadPdf("its content could not be decoded".into())),
    };
    let text = reflow(&raw);
    if text.trim().is_empty() {
        return Err(IngestProblem::NoTextLayer);
    }
    Ok((text, ArticleMeta { title, ..Default::default() }))
}

fn read(bytes: &[u8]) -> Result<(String, Option<String>), IngestProblem> {
    let mut doc = Document::load_mem(bytes).map_err(|e| IngestProblem::BadPdf(e.to_string()))?;
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        // Opened with the empty user password most "protected" PDFs allow; others need the password.
        return Err(IngestProblem::EncryptedPdf);
    }
    if doc.get_pages().is_empty() {
        return Err(IngestProblem::BadPdf("it has no pages".into()));
    }
    let title = metadata_title(&doc);
    let mut text = String::new();
    pdf_extract::output_doc(&doc, &mut PlainTextOutput::new(&mut text)).map_err(|e| IngestProblem::BadPdf(e.to_string()))?;
    Ok((text, title))
}

/// The document information dictionary's Title, when it says something.
fn metadata_title(doc: &Document) -> Option<String> {
    let info = match doc.trailer.get(b"Info").ok()? {
        Object::Reference(id) => doc.get_dictionary(*id).ok()?,
        Object::Dictionary(dict) => dict,
        _ => return None,
    };
    let title = pdf_extract::decode_text_string(info.get(b"Title").ok()?).ok()?;
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    (!title.is_empty() && title.chars().count() <= 200).then_some(title)
}

/// Lines to paragraphs. pdf-extract ends each line with one newline and leaves
/// an empty line where the gap between lines is larger (a paragraph break, or
/// the space under a title): lines are joined with a space inside a
/// paragraph, paragraphs are separated by one empty line, and a word cut by a
/// hyphen at a line's end ("gouverne-" / "ment") is joined back. A hyphen before
/// a capital or a digit ("Kim Jong-" / "Un", "2023-" / "2024") is kept, as it
/// belongs to the word; a compound cut at its own hyphen before a lower-case
/// letter ("Jong-" / "un") cannot be told from a cut word and is joined too.
pub fn reflow(raw: &str) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    let lines = raw.replace("\r\n", "\n").replace(['\r', '\u{c}'], "\n");
    for line in lines.split('\n') {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
            continue;
        }
        if current.is_empty() {
            current = line;
        } else if cut_word(&current, &line) {
            current.pop();
            current.push_str(&line);
        } else {
            current.push(' ');
            current.push_str(&line);
        }
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    paragraphs.join("\n\n")
}

/// A line ending in a hyphen after a letter, the next starting with a lower-case letter.
fn cut_word(line: &str, next: &str) -> bool {
    let mut end = line.chars().rev();
    end.next() == Some('-') && end.next().is_some_and(char::is_alphabetic) && next.chars().next().is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_joined_into_paragraphs_and_cut_words_mended() {
        let raw = "Poutine à Hanoï\n\nLe président russe est arrivé jeudi à Ha-\nnoï, au lendemain de sa visite\nen Corée du Nord.\n\n\nIl a rencontré Kim Jong-\nun. Un accord a été signé  le 19 juin 2024.\n";
        assert_eq!(
            reflow(raw),
            "Poutine à Hanoï\n\nLe président russe est arrivé jeudi à Hanoï, au lendemain de sa visite en Corée du Nord.\n\n\
             Il a rencontré Kim Jongun. Un accord a été signé le 19 juin 2024."
        );
        assert_eq!(reflow("Kim Jong-\nUn est venu. En 2023-\n2024 rien."), "Kim Jong- Un est venu. En 2023- 2024 rien.");
        assert_eq!(reflow(" \n\n \u{c}\n"), "");
    }
}
