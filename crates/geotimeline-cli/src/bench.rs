//! `geotimeline bench`: end-to-end throughput of ingest + extraction + merging
//! into SQLite on a generated corpus, and of the date rules alone on the same
//! text, with the resident memory as the corpus grows. Figures are printed,
//! never asserted: they depend on the machine.

use crate::corpus;
use geotimeline_core::extract::dates::{self, Policy};
use geotimeline_core::extract::FrenchRules;
use geotimeline_core::ingest::{article_from_bytes, ArticleMeta, FileKind};
use geotimeline_core::store::IngestTimings;
use geotimeline_core::{EventFilter, Store};
use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

pub struct Options<'a> {
    pub articles: usize,
    pub batch: usize,
    pub seed: u64,
    /// Where the workspace is written (a fresh file).
    pub db: &'a Path,
    /// Also write the corpus as JSON lines ({"published", "text"}) for other parsers.
    pub corpus_out: Option<&'a Path>,
    /// Which import orders to measure (both by default).
    pub orders: &'a [Order],
    /// Leave the workspace of the (single) import in place.
    pub keep: bool,
    /// The language of the generated articles.
    pub lang: corpus::Lang,
}

const MB: f64 = 1_000_000.0;

/// The order articles are imported in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Order {
    /// By publication date: a workspace fed with the news as it comes.
    #[value(name = "publication")]
    Published,
    /// As generated, in random order of publication: an archive imported out
    /// of order, where every import reaches across the whole period.
    #[value(name = "random")]
    Shuffled,
}

pub fn run(options: &Options) -> Result<(), geotimeline_core::Error> {
    println!(
        "GeoTimeline throughput: {} generated {} articles (seed {}), imports of {}, one thread",
        options.articles,
        options.lang.name(),
        options.seed,
        options.batch
    );
    if let Some(path) = options.corpus_out {
        write_corpus(options, path)?;
    }
    let mut bytes = 0;
    for &order in options.orders {
        bytes = ingest_all(options, order)?;
        if !options.keep {
            remove_workspace(options.db);
        }
    }

    // The date rules alone on the same text (generation not timed), to set
    // beside chrono-node's parser (scripts/bench-extract.sh).
    let grammar = match options.lang {
        corpus::Lang::Fr => &*geotimeline_core::extract::fr::DATES,
        corpus::Lang::En => &*geotimeline_core::extract::en::DATES,
    };
    let (mut found, mut dates_time) = (0, Duration::ZERO);
    for i in 0..options.articles {
        let a = corpus::article(options.seed, i, options.lang);
        let tagging = Instant::now();
        found += std::hint::black_box(dates::tag_in(grammar, &a.text, a.published, Policy::Nearest)).len();
        dates_time += tagging.elapsed();
    }
    println!(
        "\ndates only, GeoTimeline's {} rules: {:.2} s, {:.0} articles/s, {:.2} MB/s ({found} expressions)",
        options.lang.name(),
        dates_time.as_secs_f64(),
        options.articles as f64 / dates_time.as_secs_f64(),
        bytes as f64 / MB / dates_time.as_secs_f64()
    );
    println!("peak resident memory: {}", peak_memory());
    Ok(())
}

/// Imports the corpus in `order` into a fresh workspace and prints the figures;
/// returns the bytes of text imported.
fn ingest_all(options: &Options, order: Order) -> Result<usize, geotimeline_core::Error> {
    let mut indices: Vec<usize> = (0..options.articles).collect();
    match order {
        Order::Published => {
            indices.sort_by_key(|&i| (corpus::published(options.seed, i), i));
            println!("\nin order of publication (a workspace fed with the news as it comes):");
        }
        Order::Shuffled => println!("\nin random order of publication (an archive imported out of order):"),
    }
    let mut store = Store::open(options.db)?;
    let (mut bytes, mut busy, mut reports) = (0usize, Duration::ZERO, 0usize);
    let mut steps = IngestTimings::default();
    println!("  resident memory before: {}", memory());
    let checkpoints = options.articles / 5;
    let (mut imported, mut steps_before, mut imported_before) = (0, IngestTimings::default(), 0);
    for batch in indices.chunks(options.batch) {
        let generated: Vec<corpus::GeneratedArticle> = batch.iter().map(|&i| corpus::article(options.seed, i, options.lang)).collect();
        bytes += generated.iter().map(|a| a.text.len()).sum::<usize>();
        // Timed: reading the bytes as an article (decoding, cleaning, hashing),
        // extraction, merging with the stored events and the SQLite transaction.
        let started = Instant::now();
        let articles: Vec<_> = generated
            .iter()
            .map(|a| {
                let meta = ArticleMeta { published: Some(a.published), ..Default::default() };
                article_from_bytes(&a.file_name, FileKind::Text, a.text.as_bytes(), &meta).expect("generated articles are valid")
            })
            .collect();
        let outcome = store.ingest(&articles, &FrenchRules)?;
        busy += started.elapsed();
        reports += outcome.events_added + outcome.events_merged;
        steps += outcome.timings;
        imported += batch.len();
        if checkpoints > 0 && imported / checkpoints > (imported - batch.len()) / checkpoints {
            println!(
                "    after {imported:>7} articles: {:>8.1} MB of text, {:>6.0} articles/s so far, resident memory {}",
                bytes as f64 / MB,
                imported as f64 / busy.as_secs_f64(),
                memory()
            );
            // What grows with the workspace: each step's time per article since the last line.
            let per_article = |now: Duration, before: Duration| {
                format!("{:.2}", (now - before).as_secs_f64() * 1000.0 / (imported - imported_before) as f64)
            };
            println!(
                "      ms per article since: extraction {}, finding {}, merging {}, writing {}, indexing {}, commits {}",
                per_article(steps.extract, steps_before.extract),
                per_article(steps.lookup, steps_before.lookup),
                per_article(steps.merge, steps_before.merge),
                per_article(steps.write, steps_before.write),
                per_article(steps.index, steps_before.index),
                per_article(steps.commit, steps_before.commit)
            );
            (steps_before, imported_before) = (steps, imported);
        }
    }
    let seconds = busy.as_secs_f64();
    let events = store.list_events(&EventFilter::default())?.len();
    println!(
        "  ingest + extraction + merging into SQLite: {:.2} s for {:.1} MB, {:.0} articles/s, {:.2} MB/s ({reports} reports, {events} events)",
        seconds,
        bytes as f64 / MB,
        options.articles as f64 / seconds,
        bytes as f64 / MB / seconds
    );
    let share = |d: Duration| format!("{:.0}%", 100.0 * d.as_secs_f64() / seconds);
    println!(
        "    of which extraction {}, finding the stored events reports may join {}, merging {}, writing {}, search indexing {}, commits {}",
        share(steps.extract),
        share(steps.lookup),
        share(steps.merge),
        share(steps.write),
        share(steps.index),
        share(steps.commit)
    );
    drop(store);
    let size = std::fs::metadata(options.db).map(|m| m.len()).unwrap_or(0);
    println!("  workspace file: {:.1} MB", size as f64 / MB);
    Ok(bytes)
}

/// The corpus as JSON lines ({"published", "text"}), for other parsers.
fn write_corpus(options: &Options, path: &Path) -> Result<(), geotimeline_core::Error> {
    let io = |source| geotimeline_core::Error::Io { path: path.into(), source };
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).map_err(io)?);
    for i in 0..options.articles {
        let a = corpus::article(options.seed, i, options.lang);
        let line = serde_json::json!({ "published": a.published.to_string(), "text": a.text });
        writeln!(out, "{line}").map_err(io)?;
    }
    out.flush().map_err(io)
}

fn remove_workspace(db: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
}

/// The process's resident memory (Linux; elsewhere "not measured").
fn memory() -> String {
    status_field("VmRSS:")
}

fn peak_memory() -> String {
    status_field("VmHWM:")
}

fn status_field(name: &str) -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with(name)).and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok()))
        .map(|kb| format!("{:.1} MB", kb * 1024.0 / MB))
        .unwrap_or_else(|| "not measured on this system".into())
}
