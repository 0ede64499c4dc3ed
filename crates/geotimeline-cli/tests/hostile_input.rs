//! Hostile input (issue 18, "Bad input"): one import of good files mixed with
//! empty, binary, oversized, badly encoded, booby-trapped and absurd ones, and a
//! manifest with broken entries, into a workspace that already holds the sample.
//! Each bad file is named with its problem, the good ones go in, what the
//! workspace held is untouched and it passes SQLite's integrity check. The large
//! files are generated here, in a temporary folder; the 200 MB one is sparse.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Instant;

fn geotimeline(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_geotimeline")).arg("--db").arg(db).args(args).output().expect("run geotimeline")
}

fn sample_manifest() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../geotimeline-core/sample/seeds/manifest.json")
}

/// Every stored article (id, file, hash, text) and every stored report, in order.
type Snapshot = (Vec<(i64, String, String, String)>, Vec<(i64, i64, String, i64, i64)>);

fn snapshot(db: &Path) -> Snapshot {
    let conn = geotimeline_core::store::raw_connection(db).unwrap();
    let articles = conn
        .prepare("SELECT id, file_name, content_hash, text FROM articles ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    let mentions = conn
        .prepare("SELECT event_id, article_id, quote, start, \"end\" FROM mentions ORDER BY article_id, start, event_id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))
        .unwrap()
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    (articles, mentions)
}

/// Windows-1252 (and so Latin-1 for the characters they share) bytes of a text.
fn single_byte(text: &str, windows_1252: bool) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            '’' if windows_1252 => 0x92,
            'œ' if windows_1252 => 0x9C,
            '€' if windows_1252 => 0x80,
            c if (c as u32) < 256 => c as u32 as u8,
            c => panic!("{c} is not in the encoding"),
        })
        .collect()
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian { vec![0xFE, 0xFF] } else { vec![0xFF, 0xFE] };
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&if big_endian { unit.to_be_bytes() } else { unit.to_le_bytes() });
    }
    bytes
}

const XSS_PAGE: &str = r#"<!doctype html><html lang="fr"><head><title>Sommet à Hanoï</title>
<script>alert('head')</script><meta http-equiv="refresh" content="0;url=javascript:alert('refresh')"></head>
<body onload="alert('body')"><article><h1>Sommet à Hanoï</h1>
<p>Le 20 juin 2024, Vladimir Poutine est arrivé à Hanoï pour une visite d'État de deux jours, a annoncé l'agence officielle vietnamienne. <img src="x" onerror="alert('img')"></p>
<p>Le président russe a rencontré son homologue To Lam au palais présidentiel. <a href="javascript:alert('lien')" onclick="alert('clic')">Lire la suite</a></p>
<script>document.write('<p>Paragraphe injecté par un script.</p>')</script>
<iframe src="javascript:alert('iframe')"></iframe><iframe srcdoc="<script>alert('srcdoc')</script>"></iframe>
<p>Les deux dirigeants ont signé une dizaine d'accords de coopération dans l'énergie et l'éducation, selon le Kremlin.</p>
<svg onload="alert('svg')"><script>alert('svg script')</script></svg><style>p { background: url(javascript:alert('css')) }</style>
</article></body></html>"#;

#[test]
fn hostile_files_are_named_and_refused_the_good_ones_imported_and_nothing_stored_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let db = d.join("ws.sqlite");
    let out = geotimeline(&db, &["ingest", "--manifest", sample_manifest().to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let before = snapshot(&db);
    assert_eq!(before.0.len(), 5);

    let write = |name: &str, bytes: &[u8]| -> PathBuf {
        let path = d.join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    };
    let french = "Le ministre des Affaires étrangères est arrivé à Pékin le 27 mars 2025 pour deux jours d'entretiens.";

    // Files that must be refused, each with the words of its reason.
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";
    let zip = b"PK\x03\x04\x14\0\0\0\0\0\0\0!\0article.txt\0\0PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";
    // A PDF with no text (and, being that small, no NUL byte either).
    let pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
    let mut bad: Vec<(PathBuf, String)> = vec![
        (write("empty.txt", b""), "the file is empty".into()),
        (write("blank.md", b" \n\t\r\n "), "the file is empty".into()),
        (write("image.txt", png), "it looks like a PNG image".into()),
        (write("photo.png", png), "unsupported file type .png".into()),
        (write("archive.html", zip), "it looks like a ZIP archive".into()),
        (write("scan.txt", pdf), "it looks like a PDF document".into()),
    ];
    let mut with_nul = french.repeat(200).into_bytes();
    with_nul.insert(15_000, 0);
    bad.push((write("nul.txt", &with_nul), "the file is not text (it looks like binary data)".into()));
    let mut state = 7u32;
    let noise: Vec<u8> = (0..200_000)
        .map(|_| {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (state >> 16) as u8 | 1
        })
        .collect();
    bad.push((write("noise.txt", &noise), "it looks like binary data: ".into()));
    let nested = format!("<html><body>{}<p>{french}</p>{}</body></html>", "<div>".repeat(100_000), "</div>".repeat(100_000));
    assert!(nested.len() > 1_000_000);
    bad.push((write("nested.html", nested.as_bytes()), "the page nests its elements more than 512 deep".into()));
    // 200 MB, as the issue asks, without writing them: a sparse file over the limit.
    let huge = d.join("huge.txt");
    std::fs::File::create(&huge).unwrap().set_len(200 * 1024 * 1024).unwrap();
    bad.push((huge, "the file is 209715200 bytes, over the 8388608-byte limit for one article".into()));
    std::fs::create_dir(d.join("folder.txt")).unwrap();
    bad.push((d.join("folder.txt"), "cannot read the file: not a regular file".into()));
    bad.push((
        write("only-script.html", b"<html><body><script>alert(1)</script><iframe src=\"x\"></iframe></body></html>"),
        "the file has no readable text after cleaning".into(),
    ));

    // Files that must be imported, with what their stored text must (not) hold.
    let cp1252 = "L’Union européenne a adopté le 23 février 2023 un dixième paquet de sanctions contre la Russie, « un signal fort » selon Bruxelles. \
                  Le chef de la diplomatie a salué une décision prise à l’unanimité, malgré les réserves de la Hongrie sur le nucléaire et les œuvres d’art.";
    let latin1 = "Le président français est arrivé à Berlin le 3 mars 2025 pour une visite de travail. Il a été reçu à la chancellerie, où les deux \
                  dirigeants ont évoqué la défense européenne, l'aide à l'Ukraine et la coopération économique entre leurs deux pays.";
    let utf16_le = "Le 12 mai 2024, le Premier ministre indien est arrivé à Tokyo pour un sommet bilatéral, a indiqué son bureau.";
    let utf16_nobom = "Le 16 mai 2024, le président chinois a reçu son homologue russe à Pékin, selon l'agence Chine nouvelle.";
    let utf16_be = "Le 14 mai 2024, le chancelier allemand s'est rendu à Varsovie, où il a rencontré le président polonais.";
    let mut mostly = "Le ministre des Affaires étrangères, Jean-Noël Barrot, s'est rendu à Pékin le 27 mars 2025.".as_bytes().to_vec();
    mostly.insert(3, 0xE9);
    // Impossible and absurd dates in a text: read without a panic (where they land is the date rules' business).
    let absurd_dates = "Le 31 février 2024, le 30/02/2024, le 99 juin 2024, en l'an 99999 et le 1er janvier 0000, rien ne s'est passé. \
                        Le 20 juin 2024, Vladimir Poutine est arrivé à Pyongyang.";
    let mut good: Vec<(PathBuf, Vec<&str>)> = vec![
        (write("cp1252.txt", &single_byte(cp1252, true)), vec!["L’Union européenne", "« un signal fort »", "œuvres d’art"]),
        (write("latin1.txt", &single_byte(latin1, false)), vec!["président français est arrivé à Berlin", "défense européenne"]),
        (write("utf16-le.txt", &utf16(utf16_le, false)), vec![utf16_le]),
        (write("utf16-be.md", &utf16(utf16_be, true)), vec![utf16_be]),
        (write("utf16-no-bom.txt", &utf16(utf16_nobom, false)[2..]), vec![utf16_nobom]),
        (write("mostly-utf8.txt", &mostly), vec!["Le \u{fffd}ministre des Affaires étrangères", "Pékin"]),
        (write("xss.html", XSS_PAGE.as_bytes()), vec!["Vladimir Poutine est arrivé à Hanoï", "une dizaine d'accords de coopération"]),
        (write("dates.txt", absurd_dates.as_bytes()), vec!["Le 31 février 2024"]),
    ];
    // A very long line (1 MB, no punctuation) and a very long paragraph (200 KB of sentences, no break).
    let long_line = "mot ".repeat(250_000);
    good.push((write("long-line.txt", long_line.as_bytes()), vec!["mot mot"]));
    let paragraph = "Le 20 juin, Vladimir Poutine a rencontré To Lam à Hanoï. ".repeat(3_500);
    good.push((write("long-paragraph.txt", paragraph.as_bytes()), vec!["a rencontré To Lam"]));
    // A trigger word a million times (7 MB): one sentence, too long to read for events.
    let triggers = "visite ".repeat(1_000_000);
    good.push((write("triggers.txt", triggers.as_bytes()), vec!["visite visite"]));
    // Sentences with more triggers than any report.
    let crowded = format!("Visite {}. ", "visite ".repeat(19).trim_end()).repeat(1_000);
    good.push((write("crowded.txt", crowded.as_bytes()), vec!["Visite visite"]));

    // A manifest: one good entry, then broken ones.
    std::fs::create_dir(d.join("corpus")).unwrap();
    std::fs::write(d.join("corpus/bon.txt"), "Le 5 juin 2024, Emmanuel Macron a reçu Joe Biden à l'Élysée.").unwrap();
    // A link in the manifest's folder to a file out of it (as a downloaded corpus could hold).
    std::fs::write(d.join("secret.txt"), "Le 1er mars 2025, rien de public.").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(d.join("secret.txt"), d.join("corpus/lien.txt")).unwrap();
    #[cfg(not(unix))]
    std::fs::copy(d.join("secret.txt"), d.join("corpus/lien.txt")).unwrap();
    let manifest = d.join("corpus/manifest.json");
    std::fs::write(
        &manifest,
        r#"{"articles": [
            {"file": "bon.txt", "published": "2024-06-06", "lang": "fr", "outlet": "Le Journal"},
            {"lang": "fr"},
            {"file": ["a.txt"]},
            {"file": "bon.txt", "published": 20240606},
            {"file": "../../etc/passwd"},
            {"file": "/etc/passwd"},
            {"file": "absent.txt"},
            {"file": "bon.txt", "published": "2024-02-30"},
            {"file": "bon.txt", "published": "0001-01-01"},
            {"file": "bon.txt", "lang": "de"},
            {"file": "lien.txt"}
        ]}"#,
    )
    .unwrap();
    let m = manifest.display().to_string();
    let manifest_failures = [
        format!("manifest {m}: article 2: missing field `file`"),
        format!("manifest {m}: article 3: invalid type: sequence, expected a string"),
        format!("manifest {m}: article 4: invalid type: integer `20240606`, expected a string"),
        format!("manifest {m}: article 5: article \"../../etc/passwd\": the file must be in the manifest's folder or below it"),
        format!("manifest {m}: article 6: article \"/etc/passwd\": the file must be in the manifest's folder or below it"),
        format!("{}: cannot read the file: ", d.join("corpus/absent.txt").display()),
        format!("manifest {m}: article 8: article \"bon.txt\": published \"2024-02-30\" is not a YYYY-MM-DD date"),
        format!("manifest {m}: article 9: article \"bon.txt\": published \"0001-01-01\" is not a plausible publication date (years 1800 to 2199)"),
        format!("{}: invalid metadata: language \"de\" is not supported (fr or en)", d.join("corpus/bon.txt").display()),
        #[cfg(unix)]
        format!("manifest {m}: article 11: article \"lien.txt\": the file is a link that leads out of the manifest's folder"),
    ];

    let mut args: Vec<String> = vec!["ingest".into(), "--manifest".into(), m.clone()];
    args.extend(bad.iter().map(|(p, _)| p.display().to_string()));
    args.extend(good.iter().map(|(p, _)| p.display().to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let started = Instant::now();
    let out = geotimeline(&db, &args);
    eprintln!("one import of {} files and a manifest of 11 entries: {:?}", bad.len() + good.len(), started.elapsed());
    let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned());
    eprintln!("{stderr}");
    assert_eq!(out.status.code(), Some(1), "failures make the exit status 1\n{stdout}\n{stderr}");

    // Each bad file named with its problem.
    let failed: Vec<&str> = stderr.lines().filter_map(|l| l.strip_prefix("failed    ")).collect();
    for (path, reason) in &bad {
        let prefix = format!("{}: ", path.display());
        let line = failed.iter().find(|l| l.starts_with(&prefix)).unwrap_or_else(|| panic!("{} not reported:\n{stderr}", path.display()));
        assert!(line.contains(reason.as_str()), "{line}\nshould say: {reason}");
    }
    for expected in &manifest_failures {
        assert!(failed.iter().any(|l| l.starts_with(expected.as_str())), "missing: {expected}\n{stderr}");
    }
    assert_eq!(failed.len(), bad.len() + manifest_failures.len(), "{stderr}");

    // The repairs and the sentences left unread are warnings naming their file.
    let warned =
        |path: &Path, words: &str| stderr.lines().any(|l| l.starts_with(&format!("warning   {}: ", path.display())) && l.contains(words));
    assert!(warned(&d.join("mostly-utf8.txt"), "1 invalid UTF-8 sequence replaced by \u{fffd} (U+FFFD)"), "{stderr}");
    assert!(warned(&d.join("triggers.txt"), "1 sentence not read for events (1 longer than 3000 bytes"), "{stderr}");
    assert!(warned(&d.join("long-line.txt"), "1 sentence not read for events (1 longer than 3000 bytes"), "{stderr}");
    assert!(
        warned(&d.join("crowded.txt"), "1000 sentences not read for events (0 longer than 3000 bytes, 1000 with more than 16"),
        "{stderr}"
    );

    // The workspace: integrity, what it held untouched, plus exactly the good files.
    let conn = geotimeline_core::store::raw_connection(&db).unwrap();
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
    let broken_keys: i64 = conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).unwrap();
    assert_eq!(broken_keys, 0);
    let after = snapshot(&db);
    assert_eq!(after.0[..before.0.len()], before.0[..], "the articles stored before are untouched");
    let old_ids: BTreeSet<i64> = before.0.iter().map(|a| a.0).collect();
    let old_mentions: Vec<_> = after.1.iter().filter(|m| old_ids.contains(&m.1)).cloned().collect();
    assert_eq!(old_mentions, before.1, "their reports are untouched");
    let new_files: BTreeSet<&str> = after.0[before.0.len()..].iter().map(|a| a.1.as_str()).collect();
    let mut expected: BTreeSet<String> = good.iter().map(|(p, _)| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
    expected.insert("bon.txt".into());
    #[cfg(not(unix))]
    expected.insert("lien.txt".into());
    assert_eq!(new_files, expected.iter().map(String::as_str).collect::<BTreeSet<_>>());
    assert!(stdout.contains(&format!("{} imported, 0 already present, {} failed", expected.len(), failed.len())), "{stdout}");

    // What each good file's stored text holds, and what the booby-trapped page's does not.
    let text_of = |name: &str| after.0.iter().find(|a| a.1 == name).map(|a| a.3.clone()).unwrap();
    for (path, words) in &good {
        let text = text_of(&path.file_name().unwrap().to_string_lossy());
        for w in words {
            assert!(text.contains(w), "{}: {w:?} not in {:?}", path.display(), &text[..text.len().min(300)]);
        }
        assert!(!text.contains('\0') && !text.contains('Ã'), "{}", path.display());
    }
    let page = text_of("xss.html");
    for trap in ["alert", "<", "javascript", "onerror", "onload", "onclick", "document.write", "injecté", "srcdoc", "background"] {
        assert!(!page.contains(trap), "{trap:?} stored from the page: {page}");
    }
    // The manifest's good entry went in with its metadata.
    let (outlet, published): (String, String) =
        conn.query_row("SELECT outlet, published FROM articles WHERE file_name = 'bon.txt'", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    assert_eq!((outlet.as_str(), published.as_str()), ("Le Journal", "2024-06-06"));
}

/// A manifest that is not one does not stop the files given with it.
#[test]
fn a_broken_manifest_is_one_failure_and_the_files_beside_it_go_in() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ws.sqlite");
    let manifest = dir.path().join("manifest.json");
    std::fs::write(&manifest, r#"{"articles": {"file": "a.txt"}}"#).unwrap();
    let article = dir.path().join("visite.txt");
    std::fs::write(&article, "Le 3 mars 2025, Emmanuel Macron s'est rendu à Berlin.").unwrap();
    let out = geotimeline(&db, &["ingest", "--manifest", manifest.to_str().unwrap(), article.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.contains(&format!("failed    manifest {}: invalid type: map, expected a sequence", manifest.display())), "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 imported, 0 already present, 1 failed"));
}
