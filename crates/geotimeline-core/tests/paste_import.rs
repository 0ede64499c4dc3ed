//! Pasting an article: plain text and HTML (reduced as a page is) previewed for
//! the import review and imported with the reviewed metadata; an empty paste
//! refused with a sentence saying so.

use chrono::NaiveDate;
use geotimeline_core::ingest::{ArticleMeta, Pasted};
use geotimeline_core::workspace::{import_pasted, preview_pasted};
use geotimeline_core::{Error, EventFilter, Store};

const TEXT: &str = "Poutine à Hanoï après Pyongyang\n\n\
    Le président russe Vladimir Poutine est arrivé jeudi à Hanoï, au lendemain de sa visite en Corée du Nord. \
    Le 19 juin 2024, il avait signé à Pyongyang un accord de défense mutuelle avec Kim Jong-un.";

const PAGE: &str = "<html lang=\"en\"><head><title>Biden in Kyiv</title><meta property=\"og:site_name\" content=\"AP News\"></head>\
    <body><nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a> | Subscribe now</nav>\
    <article><h1>Biden in Kyiv</h1><p>President Joe Biden arrived in Kyiv on Monday, February 20, 2023, for talks with \
    his Ukrainian counterpart, Volodymyr Zelenskyy. The visit had not been announced.</p>\
    <p>Biden pledged another half a billion dollars in aid to Ukraine during the visit, his first since the war began.</p></article>\
    <footer>© AP 2023. All rights reserved.</footer></body></html>";

fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

#[test]
fn pasted_text_is_previewed_then_imported_with_its_events() {
    let mut store = Store::open_in_memory().unwrap();
    let pasted = Pasted::new(TEXT, false);
    let row = preview_pasted(&store, &pasted).unwrap();
    assert_eq!(row.file_name, "pasted.txt");
    assert_eq!(row.title.as_deref(), Some("Poutine à Hanoï après Pyongyang"));
    assert_eq!(row.language.as_deref(), Some("fr"));
    assert_eq!((row.published, row.inferred_published), (None, day(2024, 6, 19)));
    assert!(!row.already_stored && row.problem.is_none());
    assert_eq!(store.counts().unwrap(), (0, 0), "nothing stored by the preview");

    let meta = ArticleMeta {
        title: Some("Poutine au Vietnam".into()),
        outlet: Some("Le Monde".into()),
        language: Some("fr".into()),
        published: day(2024, 6, 20),
    };
    let report = import_pasted(&mut store, &pasted, &meta).unwrap();
    assert!(report.failures.is_empty(), "{report:?}");
    let [article] = report.imported.as_slice() else { panic!("{report:?}") };
    assert_eq!(article.file_name, "pasted.txt");
    assert_eq!(article.title.as_deref(), Some("Poutine au Vietnam"));
    assert_eq!(article.outlet.as_deref(), Some("Le Monde"));
    assert!(report.events_added >= 2, "{report:?}");
    let events = store.list_events(&EventFilter::default()).unwrap();
    assert!(events.iter().any(|e| e.date.start == day(2024, 6, 19).unwrap()), "{events:?}");
    // Pasted again: already there, skipped.
    assert!(preview_pasted(&store, &pasted).unwrap().already_stored);
    assert_eq!(import_pasted(&mut store, &pasted, &meta).unwrap().duplicates.len(), 1);
}

#[test]
fn pasted_html_is_reduced_as_a_page_is() {
    let mut store = Store::open_in_memory().unwrap();
    // Given as text/html by the clipboard, or recognised by its markup.
    for pasted in [Pasted::new(PAGE, true), Pasted::new(format!("\n  {PAGE}"), false)] {
        assert!(pasted.html);
        let row = preview_pasted(&store, &pasted).unwrap();
        assert_eq!(row.file_name, "pasted.html");
        assert_eq!(row.title.as_deref(), Some("Biden in Kyiv"));
        assert_eq!(row.outlet.as_deref(), Some("AP News"));
        assert_eq!(row.language.as_deref(), Some("en"));
        assert_eq!(row.inferred_published, day(2023, 2, 20));
    }
    let meta = ArticleMeta { published: day(2023, 2, 20), ..Default::default() };
    let report = import_pasted(&mut store, &Pasted::new(PAGE, true), &meta).unwrap();
    let id = report.imported[0].id;
    let text = store.get_article(id).unwrap().text;
    assert!(text.contains("President Joe Biden arrived in Kyiv"), "{text}");
    for boilerplate in ["<p>", "Subscribe now", "All rights reserved"] {
        assert!(!text.contains(boilerplate), "{boilerplate} left in {text}");
    }
}

#[test]
fn an_empty_paste_is_refused_and_unreadable_html_is_named() {
    let mut store = Store::open_in_memory().unwrap();
    for empty in ["", "  \n\t "] {
        let err = preview_pasted(&store, &Pasted::new(empty, false)).expect_err("empty");
        assert!(matches!(err, Error::Invalid { .. }));
        assert_eq!(err.to_string(), "invalid paste: nothing was pasted: the text is empty");
        let meta = ArticleMeta { published: day(2024, 6, 20), ..Default::default() };
        assert!(matches!(import_pasted(&mut store, &Pasted::new(empty, true), &meta), Err(Error::Invalid { .. })));
    }
    let menus = Pasted::new("<html><body><script>var x = 1;</script><style>p { color: red }</style></body></html>", true);
    let row = preview_pasted(&store, &menus).unwrap();
    assert_eq!(row.problem.as_deref(), Some("pasted.html: the file has no readable text after cleaning"));
    let meta = ArticleMeta { published: day(2024, 6, 20), ..Default::default() };
    let report = import_pasted(&mut store, &menus, &meta).unwrap();
    assert_eq!(report.failures.len(), 1);
    assert_eq!(store.counts().unwrap(), (0, 0));
}
