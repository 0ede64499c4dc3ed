//! PDF import: the text layer read and reflowed (accents kept, cut words
//! mended, the title from the metadata), a PDF without text refused with a
//! sentence naming the file, and damaged PDFs refused without a panic; all
//! through the import review and the import itself.

use chrono::NaiveDate;
use geotimeline_core::ingest::{read_article_file, ArticleMeta};
use geotimeline_core::workspace::{self, preview_files};
use geotimeline_core::{EventFilter, Store};
use lopdf::content::{Content, Operation};
use lopdf::{dictionary, Document, Object, Stream, StringFormat};
use std::path::{Path, PathBuf};

/// Text in the PDF's WinAnsiEncoding (Windows-1252), as a PDF writer stores it.
fn ansi(text: &str) -> Object {
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
    assert!(!unmappable, "{text}");
    Object::String(bytes.into_owned(), StringFormat::Literal)
}

/// A one-page PDF: a title in 16 pt, then paragraphs of 11 pt lines 14 pt
/// apart, a blank line's gap between paragraphs; `title` in its metadata.
fn text_pdf(heading: &str, paragraphs: &[&[&str]], title: Option<&str>) -> Vec<u8> {
    let mut ops = vec![
        Operation::new("BT", vec![]),
        Operation::new("Tf", vec!["F1".into(), 16.into()]),
        Operation::new("Td", vec![72.into(), 760.into()]),
        Operation::new("Tj", vec![ansi(heading)]),
        Operation::new("Tf", vec!["F1".into(), 11.into()]),
    ];
    let mut gap = 32;
    for lines in paragraphs {
        for line in *lines {
            ops.push(Operation::new("Td", vec![0.into(), (-gap).into()]));
            ops.push(Operation::new("Tj", vec![ansi(line)]));
            gap = 14;
        }
        gap = 28;
    }
    ops.push(Operation::new("ET", vec![]));
    one_page(Content { operations: ops }.encode().unwrap(), title, |_| None)
}

/// A scan: one page holding only an image, no text.
fn image_pdf() -> Vec<u8> {
    let content = b"q 400 0 0 500 100 200 cm /Im1 Do Q".to_vec();
    one_page(content, None, |doc| {
        let image = Stream::new(
            dictionary! {
                "Type" => "XObject", "Subtype" => "Image", "Width" => 2, "Height" => 2,
                "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8,
            },
            vec![0, 255, 255, 0],
        );
        Some(doc.add_object(image))
    })
}

fn one_page(content: Vec<u8>, title: Option<&str>, image: impl FnOnce(&mut Document) -> Option<lopdf::ObjectId>) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding",
    });
    let image_id = image(&mut doc);
    let mut resources = dictionary! { "Font" => dictionary! { "F1" => font_id } };
    if let Some(image_id) = image_id {
        resources.set("XObject", dictionary! { "Im1" => image_id });
    }
    let resources_id = doc.add_object(resources);
    let content_id = doc.add_object(Stream::new(dictionary! {}, content));
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
        "Resources" => resources_id, "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    });
    doc.objects.insert(pages_id, Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1 }));
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog_id);
    if let Some(title) = title {
        let info_id = doc.add_object(dictionary! { "Title" => lopdf::text_string(title), "Producer" => "test" });
        doc.trailer.set("Info", info_id);
    }
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    bytes
}

fn hanoi_pdf(title: Option<&str>) -> Vec<u8> {
    text_pdf(
        "Poutine à Hanoï après Pyongyang",
        &[
            &[
                "Le président russe Vladimir Poutine est arrivé jeudi à Ha-",
                "noï, au lendemain de sa visite en Corée du Nord. Il a été reçu",
                "par le président vietnamien To Lam.",
            ],
            &["Le 19 juin 2024, il avait signé à Pyongyang un accord de défense", "mutuelle avec Kim Jong Un."],
        ],
        title,
    )
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn a_pdf_text_layer_is_read_as_paragraphs_with_its_accents() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "hanoi.pdf", &hanoi_pdf(None));
    let (article, warnings) = read_article_file(&path, &ArticleMeta::default()).unwrap();
    assert!(warnings.is_empty());
    assert_eq!(
        article.text,
        "Poutine à Hanoï après Pyongyang\n\n\
         Le président russe Vladimir Poutine est arrivé jeudi à Hanoï, au lendemain de sa visite en Corée du Nord. \
         Il a été reçu par le président vietnamien To Lam.\n\n\
         Le 19 juin 2024, il avait signé à Pyongyang un accord de défense mutuelle avec Kim Jong Un."
    );
    assert_eq!(article.title.as_deref(), Some("Poutine à Hanoï après Pyongyang"), "the first line");
    assert_eq!(article.language, "fr");
    assert_eq!(article.file_name, "hanoi.pdf");
}

#[test]
fn a_pdf_goes_through_the_review_and_is_imported_with_its_events() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "hanoi.pdf", &hanoi_pdf(Some("Visite d’État : Poutine au Vietnam")));
    let mut store = Store::open_in_memory().unwrap();
    let preview = preview_files(&store, std::slice::from_ref(&path)).unwrap();
    let [row] = preview.files.as_slice() else { panic!("{preview:?}") };
    assert_eq!(row.problem, None);
    assert_eq!(row.title.as_deref(), Some("Visite d’État : Poutine au Vietnam"), "the metadata's Title wins over the first line");
    assert_eq!(row.language.as_deref(), Some("fr"));
    assert_eq!(row.published, None);
    assert_eq!(row.inferred_published, NaiveDate::from_ymd_opt(2024, 6, 19));

    let published = NaiveDate::from_ymd_opt(2024, 6, 20);
    let meta = ArticleMeta { language: Some("fr".into()), published, ..Default::default() };
    let report = workspace::import_files(&mut store, &[(path.clone(), meta)]).unwrap();
    assert!(report.failures.is_empty(), "{:?}", report.failures);
    assert_eq!(report.imported.len(), 1);
    assert!(report.events_added >= 2, "the arrival and the signing: {report:?}");
    let events = store.list_events(&EventFilter::default()).unwrap();
    assert!(events.iter().any(|e| e.date.start == NaiveDate::from_ymd_opt(2024, 6, 19).unwrap()), "{events:?}");
    // Already in the workspace the second time.
    assert!(preview_files(&store, &[path]).unwrap().files[0].already_stored);
}

#[test]
fn a_pdf_without_a_text_layer_is_refused_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let scan = write(dir.path(), "scan.pdf", &image_pdf());
    let err = read_article_file(&scan, &ArticleMeta::default()).expect_err("no text").to_string();
    assert_eq!(
        err,
        format!(
            "{}: the PDF has no text layer (a scanned image?): GeoTimeline reads a PDF's text, not its images; \
             import a copy with recognised text (OCR)",
            scan.display()
        )
    );
    let preview = preview_files(&Store::open_in_memory().unwrap(), &[scan]).unwrap();
    assert_eq!(preview.files[0].problem.as_deref(), Some(err.as_str()));
}

#[test]
fn damaged_pdfs_are_refused_without_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let good = hanoi_pdf(None);
    let truncated = write(dir.path(), "truncated.pdf", &good[..good.len() / 2]);
    let garbage = write(dir.path(), "garbage.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nstream\n\x00\xff\xfe garbage");
    let not_pdf = write(dir.path(), "renamed.pdf", "Ceci n’est pas un PDF.".as_bytes());
    let good_too = write(dir.path(), "hanoi.pdf", &good);
    let mut store = Store::open_in_memory().unwrap();
    for path in [&truncated, &garbage, &not_pdf] {
        let err = read_article_file(path, &ArticleMeta::default()).expect_err("refused").to_string();
        assert!(err.starts_with(&format!("{}: the PDF cannot be read (", path.display())), "{err}");
        assert!(err.ends_with("); it may be damaged or truncated"), "{err}");
    }
    let meta = ArticleMeta { published: NaiveDate::from_ymd_opt(2024, 6, 20), ..Default::default() };
    let inputs: Vec<_> = [&truncated, &garbage, &not_pdf, &good_too].into_iter().map(|p| (p.clone(), meta.clone())).collect();
    let report = workspace::import_files(&mut store, &inputs).unwrap();
    assert_eq!(report.failures.len(), 3);
    assert_eq!(report.imported.len(), 1, "the good PDF goes in");
}

/// The Hanoi PDF encrypted (RC4, PDF 1.1's standard handler) with a user password.
fn encrypted_pdf(user_password: &str) -> Vec<u8> {
    let mut doc = Document::load_mem(&hanoi_pdf(None)).unwrap();
    doc.trailer.set("ID", vec![Object::string_literal("0123456789abcdef"), Object::string_literal("0123456789abcdef")]);
    let version = lopdf::EncryptionVersion::V1 {
        document: &doc,
        owner_password: "propriétaire",
        user_password,
        permissions: lopdf::Permissions::all(),
    };
    let state = lopdf::EncryptionState::try_from(version).unwrap();
    doc.encrypt(&state).unwrap();
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    bytes
}

#[test]
fn an_encrypted_pdf_is_read_when_it_opens_without_a_password_and_refused_otherwise() {
    let dir = tempfile::tempdir().unwrap();
    let open = write(dir.path(), "ouvert.pdf", &encrypted_pdf(""));
    let (article, _) = read_article_file(&open, &ArticleMeta::default()).expect("the empty user password opens it");
    assert!(article.text.contains("est arrivé jeudi à Hanoï"), "{}", article.text);
    let locked = write(dir.path(), "verrouille.pdf", &encrypted_pdf("secret"));
    let err = read_article_file(&locked, &ArticleMeta::default()).expect_err("needs a password").to_string();
    assert_eq!(err, format!("{}: the PDF is encrypted and needs a password; import a copy saved without protection", locked.display()));
}

/// pdf-extract panics on a composite font without its descendant font
/// (`expect("Descendant fonts required")`): the panic is caught and the file named.
#[test]
fn a_panic_inside_the_pdf_reader_is_a_named_error() {
    let content = Content {
        operations: vec![
            Operation::new("BT", vec![]),
            Operation::new("Tf", vec!["F1".into(), 12.into()]),
            Operation::new("Td", vec![72.into(), 700.into()]),
            Operation::new("Tj", vec![ansi("Le 20 juin 2024.")]),
            Operation::new("ET", vec![]),
        ],
    };
    let mut bytes = one_page(content.encode().unwrap(), None, |_| None);
    let mut doc = Document::load_mem(&bytes).unwrap();
    for object in doc.objects.values_mut() {
        if let Ok(font) = object.as_dict_mut() {
            if font.get(b"Type").and_then(Object::as_name).is_ok_and(|n| n == b"Font") {
                font.set("Subtype", Object::Name(b"Type0".to_vec()));
                font.set("Encoding", Object::Name(b"Identity-H".to_vec()));
            }
        }
    }
    bytes.clear();
    doc.save_to(&mut bytes).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "police.pdf", &bytes);
    let err = read_article_file(&path, &ArticleMeta::default()).expect_err("refused").to_string();
    assert_eq!(
        err,
        format!("{}: the PDF cannot be read (its content could not be decoded); it may be damaged or truncated", path.display())
    );
}

#[test]
fn a_folder_lists_its_pdfs_for_review() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sous")).unwrap();
    write(dir.path(), "a.txt", "Le 20 juin 2024, rien.".as_bytes());
    write(dir.path(), "sous/hanoi.PDF", &hanoi_pdf(None));
    write(dir.path(), "scan.pdf", &image_pdf());
    write(dir.path(), "photo.png", b"\x89PNG");
    let (files, _, _) = workspace::expand_paths(&[dir.path().to_path_buf()]);
    let names: Vec<_> = files.iter().map(|p| p.strip_prefix(dir.path()).unwrap().to_string_lossy().into_owned()).collect();
    assert_eq!(names, ["a.txt", "scan.pdf", "sous/hanoi.PDF"]);
    let preview = preview_files(&Store::open_in_memory().unwrap(), &[dir.path().to_path_buf()]).unwrap();
    let problems: Vec<_> = preview.files.iter().map(|f| (f.file_name.as_str(), f.problem.is_some())).collect();
    assert_eq!(problems, [("a.txt", false), ("scan.pdf", true), ("hanoi.PDF", false)]);
}
