//! `geotimeline`: ingest articles into a workspace database, list its events and
//! export them. Argument parsing and printing only; the work is in geotimeline-core.

mod bench;
mod bench_open;
mod bench_search;
mod corpus;
mod explain;

use clap::{Parser, Subcommand, ValueEnum};
use geotimeline_core::extract::dates::{self, Policy};
use geotimeline_core::ingest::{self, ArticleMeta};
use geotimeline_core::model::{ArticleId, EventId, EventType, NamedActor};
use geotimeline_core::render::{self, LaneMode, MapLayout, Theme, TimelineView};
use geotimeline_core::{export, workspace, EventFilter, IngestProblem, Store};
use std::collections::HashSet;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

// Extraction allocates many small strings and vectors per sentence; mimalloc serves
// them faster than the system allocator (measured with `geotimeline bench`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "geotimeline", version, about = "Geopolitical timelines from news articles")]
struct Cli {
    /// The workspace database (created if missing).
    #[arg(long, global = true, default_value = "geotimeline.sqlite", value_name = "FILE")]
    db: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Import article files (.txt, .md, .html) and extract their events.
    Ingest {
        /// A manifest listing files with their metadata (as corpus/seeds/manifest.json).
        #[arg(long, value_name = "MANIFEST.json")]
        manifest: Option<PathBuf>,
        /// Publication date of the FILEs (YYYY-MM-DD): the anchor of "jeudi", "hier".
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
        published: Option<chrono::NaiveDate>,
        /// Language of the FILEs.
        #[arg(long, value_enum)]
        lang: Option<Lang>,
        /// Outlet of the FILEs.
        #[arg(long)]
        outlet: Option<String>,
        /// Title of the FILEs (otherwise read from the file).
        #[arg(long)]
        title: Option<String>,
        /// Read one article from standard input instead of files, as a paste in the
        /// app is read: HTML when it starts with markup (or with --html), else text.
        #[arg(long, conflicts_with_all = ["files", "manifest"])]
        stdin: bool,
        /// With --stdin: the article is HTML.
        #[arg(long, requires = "stdin")]
        html: bool,
        /// Article files.
        files: Vec<PathBuf>,
    },
    /// Import another workspace file into this one, in one transaction: its
    /// articles not already here, its events merged with this workspace's (the
    /// events its user made, corrected or verified kept as they are, its
    /// deleted events not found again). The other file is only read.
    ImportWorkspace {
        /// The other workspace (a .geotimeline file).
        #[arg(value_name = "OTHER.geotimeline")]
        other: PathBuf,
    },
    /// Export the workspace (or a view of it) as data or as a timeline image.
    Export {
        #[arg(long, value_enum, default_value = "json")]
        format: Format,
        /// Output file (standard output when absent; images need a file unless piped).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// First day shown (events ending before it are left out).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
        from: Option<chrono::NaiveDate>,
        /// Last day shown (events starting after it are left out).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
        to: Option<chrono::NaiveDate>,
        /// Only events of this type (repeatable).
        #[arg(long = "type", value_name = "TYPE", value_parser = parse_type)]
        types: Vec<EventType>,
        /// Only events matching this full-text search.
        #[arg(long, value_name = "WORDS")]
        query: Option<String>,
        /// Only events in this country, by ISO code (repeatable).
        #[arg(long = "country", value_name = "ISO")]
        countries: Vec<String>,
        /// Only events with this actor, by canonical name (repeatable).
        #[arg(long = "actor", value_name = "NAME")]
        actors: Vec<String>,
        /// Draw this event highlighted (repeatable).
        #[arg(long, value_name = "EVENT_ID")]
        highlight: Vec<i64>,
        /// How the timeline is split into lanes.
        #[arg(long, value_enum, default_value = "none")]
        lanes: LanesArg,
        /// Width of the image in px.
        #[arg(long, default_value_t = 1600, value_parser = clap::value_parser!(u32).range(640..=8000))]
        width: u32,
        /// PNG pixel density: 1, 2 or 4 (a 1600 px wide figure at 2 is 3200 pixels wide).
        #[arg(long, default_value_t = 1.0)]
        scale: f32,
        #[arg(long, value_enum, default_value = "light")]
        theme: ThemeArg,
        /// Language of the event titles and of the figure's axis, legend and footer.
        #[arg(long, value_enum, default_value = "fr")]
        lang: Lang,
        #[arg(long)]
        title: Option<String>,
        #[arg(long)]
        subtitle: Option<String>,
        /// Add a map of the events' places: beside the timeline (the default), or alone.
        #[arg(long, value_enum, num_args = 0..=1, default_missing_value = "beside", value_name = "beside|only")]
        map: Option<MapArg>,
    },
    /// List the events, in date order.
    Events,
    /// List the articles.
    Articles,
    /// Extract every article again (after an update of the rules); events you
    /// added or edited, and events you deleted, stay as you left them.
    Reextract,
    /// Correct an event; the fields you set are never changed by extraction again.
    Edit {
        /// The event's id (see `geotimeline events`).
        id: i64,
        #[arg(long)]
        title: Option<String>,
        #[arg(long = "type", value_parser = parse_type)]
        event_type: Option<EventType>,
        /// A day, or a range of days FROM..TO (YYYY-MM-DD).
        #[arg(long, value_parser = parse_date_edit)]
        date: Option<geotimeline_core::model::DateSpan>,
        #[arg(long)]
        planned: Option<bool>,
        /// The event's places, replacing its own: places of the knowledge base by
        /// any of their names (see `geotimeline places`); "" for none.
        #[arg(long, value_delimiter = ',', value_name = "NAME[,NAME ...]")]
        places: Option<Vec<String>>,
        /// The event's actors, replacing its own, each NAME or NAME:KIND (person,
        /// state, organisation; a known name's kind when absent, else person); "" for none.
        #[arg(long, value_delimiter = ',', value_parser = parse_actor, value_name = "NAME[:KIND][,NAME[:KIND] ...]")]
        actors: Option<Vec<Option<NamedActor>>>,
    },
    /// Look up the places of the knowledge base, and those added to the workspace
    /// when --db names an existing one, whose names hold QUERY (French or English,
    /// any case or accents): one per line, French name, then canonical name, kind
    /// and country, and "added to this workspace" for a place a user added.
    Places {
        query: String,
        #[arg(long, default_value_t = 10)]
        limit: usize,
    },
    /// Add a place the knowledge base lacks to the workspace, as the window's "+
    /// Add" does (one edit of the history: `undo` takes it back); prints it as
    /// `places` does. Coordinates in decimal degrees, with a point or a comma and
    /// an optional hemisphere letter ("14,7236", "17.18 W", "-17.18").
    AddPlace {
        name: String,
        #[arg(long, allow_hyphen_values = true)]
        lat: String,
        #[arg(long, allow_hyphen_values = true)]
        lon: String,
        /// The country: its ISO code ("SN") or name ("Sénégal"); none when unknown.
        #[arg(long)]
        country: Option<String>,
    },
    /// Look up the known people, organisations and states whose names hold QUERY:
    /// one per line, NAME:KIND as `edit --actors` takes it, then the French name.
    Actors {
        query: String,
        #[arg(long, default_value_t = 10)]
        limit: usize,
    },
    /// Delete an event; extracting the articles again will not bring it back.
    Delete { id: i64 },
    /// Merge events into the first one given (it keeps its id, type and date;
    /// the others' sources, actors and places join it). Prints the kept id.
    Merge {
        /// Two or more event ids; the first is kept.
        #[arg(required = true, num_args = 1..)]
        ids: Vec<i64>,
        #[arg(long)]
        title: Option<String>,
    },
    /// Move an event's sources from some articles to a new event. Prints its id.
    Split {
        id: i64,
        /// The articles whose sources go to the new event (see `geotimeline articles`).
        #[arg(long, required = true, value_delimiter = ',', value_name = "ARTICLE_ID[,ARTICLE_ID ...]")]
        articles: Vec<i64>,
    },
    /// Add an event from a passage of an article. Prints its id.
    Add {
        #[arg(long, value_name = "ARTICLE_ID")]
        article: i64,
        /// The passage that reports the event, copied verbatim from the article.
        #[arg(long, value_name = "TEXT")]
        quote: String,
        #[arg(long = "type", value_parser = parse_type)]
        event_type: EventType,
        /// A day, or a range of days FROM..TO (YYYY-MM-DD).
        #[arg(long, value_parser = parse_date_edit, value_name = "DAY[..DAY]")]
        date: geotimeline_core::model::DateSpan,
        #[arg(long)]
        title: Option<String>,
    },
    /// Mark an event as checked against its sources (--off: not checked);
    /// a re-extraction keeps a verified event as it is.
    Verify {
        id: i64,
        #[arg(long)]
        off: bool,
    },
    /// Undo the last edit (merge, split, add, edit, delete, verify), even one
    /// made in another session; exits 1 when there is nothing to undo.
    Undo,
    /// Redo the last undone edit; exits 1 when there is nothing to redo.
    Redo,
    /// List the edits, newest first; undone ones are marked.
    History,
    /// Check the workspace as the kill tests do after each kill: it reopens,
    /// passes SQLite's integrity and foreign-key checks and its own invariants
    /// (no event without a report, no report without its event or article, the
    /// merge look-up in step, the search index whole). Prints `ok`, or each
    /// problem and exits 1.
    Check {
        /// Also require every article to have reports (true of generated articles).
        #[arg(long)]
        articles_report_events: bool,
    },
    /// Measure ingest + extraction + merging into SQLite on a generated corpus
    /// (in a temporary workspace; --db is not touched), and the date rules alone.
    Bench {
        /// How many articles to generate.
        #[arg(long, default_value_t = 10_000)]
        articles: usize,
        /// Articles per import (one transaction each).
        #[arg(long, default_value_t = 100)]
        batch: usize,
        /// The corpus generator's seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Also write the corpus as JSON lines, for other parsers (chrono-node).
        #[arg(long, value_name = "FILE.jsonl")]
        corpus_out: Option<PathBuf>,
        /// Measure only imports in this order (both by default).
        #[arg(long, value_enum)]
        order: Option<bench::Order>,
        /// Keep the workspace the import wrote at this path (a fresh file; imported
        /// in order of publication unless --order says otherwise): a large
        /// generated workspace for the app (GEOTIMELINE_DB) and its benchmark.
        #[arg(long, value_name = "FILE.sqlite")]
        keep_workspace: Option<PathBuf>,
        /// The language of the generated articles.
        #[arg(long, value_enum, default_value_t = corpus::Lang::Fr)]
        lang: corpus::Lang,
    },
    /// Time the store calls the window makes for a search of --db's workspace
    /// (counts by day in each lane mode, counts by place, totals); prints figures.
    BenchSearch {
        /// Runs of each call (the first and the median are printed).
        #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=1000))]
        runs: u32,
        /// The words searched, one search each (defaults: a few of the generated corpus).
        words: Vec<String>,
    },
    /// Time opening --db's workspace and the store calls of the window's first
    /// view (counts by day, totals, the events when few, places, history); prints figures.
    BenchOpen {
        /// Runs, each opening the workspace anew (the first, the median and the max are printed).
        #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=1000))]
        runs: u32,
    },
    /// Show, sentence by sentence, the events read in a text and why: the rule
    /// that fired, the date with its rule and anchor, the actors and places.
    Explain {
        #[command(flatten)]
        input: TextInput,
    },
    /// Find and resolve the date expressions of a French text; prints JSON.
    Dates {
        /// Which way a bare weekday or day-month leans when the verb does not say.
        #[arg(long, value_enum, default_value = "nearest")]
        policy: PolicyArg,
        #[command(flatten)]
        input: TextInput,
    },
}

/// A text to read, given inline or as a file, with the date it was published.
#[derive(clap::Args)]
struct TextInput {
    /// The reference date (publication), YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS.
    #[arg(long = "ref", value_name = "DATE", value_parser = parse_reference)]
    reference: chrono::NaiveDate,
    /// The text's language: its locale's date grammar reads the text (`dates`).
    #[arg(long, value_enum, default_value = "fr")]
    lang: Lang,
    /// Read the text from a file.
    #[arg(long, value_name = "FILE", conflicts_with = "text")]
    file: Option<PathBuf>,
    /// The text.
    #[arg(required_unless_present = "file")]
    text: Option<String>,
}

impl TextInput {
    fn read(&self) -> Result<String, geotimeline_core::Error> {
        match &self.file {
            Some(path) => std::fs::read_to_string(path).map_err(|source| geotimeline_core::Error::Io { path: path.clone(), source }),
            None => Ok(self.text.clone().unwrap_or_default()),
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum PolicyArg {
    Nearest,
    Past,
    Future,
}

fn parse_reference(text: &str) -> Result<chrono::NaiveDate, String> {
    parse_day(text.get(..10).unwrap_or(text))
}

#[derive(Clone, Copy, ValueEnum)]
enum Lang {
    Fr,
    En,
}

impl Lang {
    fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Csv,
    CsvSources,
    Geojson,
    Ics,
    Timelinejs,
    Svg,
    Png,
    Pdf,
}

impl Format {
    fn core(self) -> export::Format {
        match self {
            Format::Json => export::Format::Json,
            Format::Csv => export::Format::Csv,
            Format::CsvSources => export::Format::CsvSources,
            Format::Geojson => export::Format::Geojson,
            Format::Ics => export::Format::Ics,
            Format::Timelinejs => export::Format::Timelinejs,
            Format::Svg => export::Format::Svg,
            Format::Png => export::Format::Png,
            Format::Pdf => export::Format::Pdf,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum LanesArg {
    None,
    Type,
    Country,
    Actor,
}

#[derive(Clone, Copy, ValueEnum)]
enum ThemeArg {
    Light,
    Dark,
}

#[derive(Clone, Copy, ValueEnum)]
enum MapArg {
    Beside,
    Only,
}

fn parse_type(text: &str) -> Result<EventType, String> {
    EventType::parse(text).ok_or_else(|| {
        let known: Vec<&str> = EventType::ALL.iter().map(|t| t.as_str()).collect();
        format!("{text:?} is not an event type ({})", known.join(", "))
    })
}

/// "NAME" or "NAME:KIND"; an empty item stands for no actor (`--actors ""`).
fn parse_actor(text: &str) -> Result<Option<NamedActor>, String> {
    use geotimeline_core::model::ActorKind;
    if text.trim().is_empty() {
        return Ok(None);
    }
    let (name, kind) = match text.rsplit_once(':') {
        Some((name, kind)) => match ActorKind::parse(kind.trim()) {
            Some(kind) => (name, kind),
            None => {
                let known: Vec<&str> = ActorKind::ALL.iter().map(|k| k.as_str()).collect();
                return Err(format!("{kind:?} is not a kind of actor ({})", known.join(", ")));
            }
        },
        None => (text, geotimeline_core::knowledge::known_kind(text).unwrap_or(ActorKind::Person)),
    };
    if name.trim().is_empty() {
        return Err(format!("{text:?} has no name before the kind"));
    }
    Ok(Some(NamedActor { name: name.trim().to_string(), kind }))
}

fn parse_date_edit(text: &str) -> Result<geotimeline_core::model::DateSpan, String> {
    use geotimeline_core::model::{DateSpan, Precision};
    let (from, to) = text.split_once("..").unwrap_or((text, text));
    let (start, end) = (parse_day(from)?, parse_day(to)?);
    if start > end {
        return Err(format!("{start} is after {end}"));
    }
    Ok(DateSpan { start, end, precision: Precision::Day })
}

fn parse_day(text: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| format!("{text:?} is not a YYYY-MM-DD date"))
}

/// A place as `places` prints it: French name, name, kind, country, and whether a user added it.
fn place_line(p: &geotimeline_core::model::Place, added: bool) -> String {
    let line = format!("{}\t{}\t{}\t{}", p.name_fr, p.name, p.kind, p.country.as_deref().unwrap_or(""));
    if added {
        line + "\tadded to this workspace"
    } else {
        line
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("geotimeline: {err}");
            // A request that names something missing or makes no sense is a
            // usage error, like a bad argument: nothing was changed.
            match err {
                geotimeline_core::Error::Invalid { .. }
                | geotimeline_core::Error::NotFound { .. }
                | geotimeline_core::Error::UnknownPlace { .. }
                | geotimeline_core::Error::BadPlace { .. }
                | geotimeline_core::Error::EmptyActorName { .. } => ExitCode::from(2),
                _ => ExitCode::FAILURE,
            }
        }
    }
}

/// Standard input as one article, read up to the limit of one article: a larger
/// input is refused with its size once the rest has been read and dropped, so
/// memory stays bounded whatever is piped in.
fn read_stdin_article() -> Result<String, geotimeline_core::Error> {
    use std::io::Read;
    let io_error = |source| geotimeline_core::Error::Io { path: "standard input".into(), source };
    let mut stdin = std::io::stdin().lock();
    let mut bytes = Vec::new();
    (&mut stdin).take(ingest::MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(io_error)?;
    if bytes.len() as u64 > ingest::MAX_FILE_BYTES {
        let rest = std::io::copy(&mut stdin, &mut std::io::sink()).map_err(io_error)?;
        let problem = IngestProblem::TooLarge { size: bytes.len() as u64 + rest, limit: ingest::MAX_FILE_BYTES };
        return Err(geotimeline_core::Error::Ingest { path: "standard input".into(), problem });
    }
    String::from_utf8(bytes).map_err(|e| io_error(std::io::Error::new(std::io::ErrorKind::InvalidData, e)))
}

fn run(cli: Cli) -> Result<ExitCode, geotimeline_core::Error> {
    if let Command::Dates { policy, input } = &cli.command {
        let text = input.read()?;
        let policy = match policy {
            PolicyArg::Nearest => Policy::Nearest,
            PolicyArg::Past => Policy::Past,
            PolicyArg::Future => Policy::Future,
        };
        let locale = geotimeline_core::extract::locale::for_language(input.lang.code());
        println!("{}", serde_json::to_string(&dates::tag_in(locale.dates, &text, input.reference, policy))?);
        return Ok(ExitCode::SUCCESS);
    }
    if let Command::Places { query, limit } = &cli.command {
        // A lookup never creates a workspace: without one, the knowledge base alone.
        let (found, added) = if cli.db.exists() {
            let store = Store::open(&cli.db)?;
            let added: HashSet<String> = store.added_places()?.into_iter().map(|p| p.name).collect();
            (store.search_places(query, *limit)?, added)
        } else {
            (geotimeline_core::knowledge::gazetteer::search_places(query, *limit).into_iter().cloned().collect(), HashSet::new())
        };
        let mut out = std::io::stdout().lock();
        for p in &found {
            let _ = writeln!(out, "{}", place_line(p, added.contains(&p.name)));
        }
        return Ok(ExitCode::SUCCESS);
    }
    if let Command::Actors { query, limit } = &cli.command {
        let mut out = std::io::stdout().lock();
        for a in geotimeline_core::knowledge::suggest_actors(query, *limit) {
            let _ = writeln!(out, "{}:{}\t{}", a.name, a.kind, a.name_fr);
        }
        return Ok(ExitCode::SUCCESS);
    }
    if let Command::Check { articles_report_events } = &cli.command {
        let problems = geotimeline_core::store::consistency_problems(&cli.db, *articles_report_events)?;
        for problem in &problems {
            println!("{}: {problem}", cli.db.display());
        }
        if problems.is_empty() {
            println!("ok");
            return Ok(ExitCode::SUCCESS);
        }
        return Ok(ExitCode::FAILURE);
    }
    if let Command::Explain { input } = &cli.command {
        print!("{}", explain::report(&input.read()?, input.reference, input.lang.code()));
        return Ok(ExitCode::SUCCESS);
    }
    if let Command::Bench { articles, batch, seed, corpus_out, order, keep_workspace, lang } = &cli.command {
        if *articles == 0 || *batch == 0 {
            eprintln!("geotimeline: --articles and --batch must be at least 1");
            return Ok(ExitCode::from(2));
        }
        if let Some(path) = keep_workspace {
            if path.exists() {
                eprintln!("geotimeline: {} exists: --keep-workspace writes a fresh workspace", path.display());
                return Ok(ExitCode::from(2));
            }
        }
        let db =
            keep_workspace.clone().unwrap_or_else(|| std::env::temp_dir().join(format!("geotimeline-bench-{}.sqlite", std::process::id())));
        let orders = match (order, keep_workspace) {
            (Some(o), _) => vec![*o],
            (None, Some(_)) => vec![bench::Order::Published],
            (None, None) => vec![bench::Order::Published, bench::Order::Shuffled],
        };
        let result = bench::run(&bench::Options {
            articles: *articles,
            batch: *batch,
            seed: *seed,
            db: &db,
            corpus_out: corpus_out.as_deref(),
            orders: &orders,
            keep: keep_workspace.is_some(),
            lang: *lang,
        });
        if keep_workspace.is_none() {
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
            }
        }
        result?;
        return Ok(ExitCode::SUCCESS);
    }
    if matches!(cli.command, Command::BenchSearch { .. } | Command::BenchOpen { .. }) && !cli.db.exists() {
        eprintln!("geotimeline: {} does not exist: the benchmark measures an existing workspace", cli.db.display());
        return Ok(ExitCode::from(2));
    }
    if let Command::BenchOpen { runs } = cli.command {
        bench_open::run(&cli.db, runs as usize)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut store = Store::open(&cli.db)?;
    match cli.command {
        Command::AddPlace { name, lat, lon, country } => {
            let place = store.add_place(&geotimeline_core::store::NewPlace { name, latitude: lat, longitude: lon, country })?;
            println!("{}", place_line(&place, true));
            Ok(ExitCode::SUCCESS)
        }
        Command::Dates { .. }
        | Command::Bench { .. }
        | Command::BenchOpen { .. }
        | Command::Explain { .. }
        | Command::Check { .. }
        | Command::Places { .. }
        | Command::Actors { .. } => {
            unreachable!("handled above")
        }
        Command::BenchSearch { runs, words } => {
            let words: Vec<String> =
                if words.is_empty() { bench_search::DEFAULT_WORDS.iter().map(|w| w.to_string()).collect() } else { words };
            bench_search::run(&store, &words, runs as usize)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Ingest { manifest, published, lang, outlet, title, stdin, html, files } => {
            if manifest.is_none() && files.is_empty() && !stdin {
                eprintln!("geotimeline: nothing to ingest: give FILEs, --manifest or --stdin");
                return Ok(ExitCode::from(2));
            }
            // A manifest that cannot be read is one failure among the others: the FILEs still go in.
            let mut inputs: Vec<ingest::ManifestItem> = match &manifest {
                Some(path) => ingest::read_manifest_items(path).unwrap_or_else(|err| vec![Err(err)]),
                None => Vec::new(),
            };
            let language = lang.map(|l| match l {
                Lang::Fr => "fr".to_string(),
                Lang::En => "en".to_string(),
            });
            let meta = ArticleMeta { title, outlet, language, published };
            let report = if stdin {
                workspace::import_pasted(&mut store, &ingest::Pasted::new(read_stdin_article()?, html), &meta)?
            } else {
                inputs.extend(files.into_iter().map(|f| Ok((f, meta.clone()))));
                workspace::import_items(&mut store, inputs)?
            };
            for a in &report.imported {
                println!("imported  {}  {}", a.file_name, a.title.as_deref().unwrap_or(""));
            }
            for d in &report.duplicates {
                println!("skipped   {d}  (already in the workspace)");
            }
            for w in &report.warnings {
                eprintln!("warning   {}", w.message);
            }
            for f in &report.failures {
                eprintln!("failed    {}", f.message);
            }
            let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
            println!(
                "{} imported, {} already present, {} failed; {}, {} into existing events",
                report.imported.len(),
                report.duplicates.len(),
                report.failures.len(),
                plural(report.events_added, "new event", "new events"),
                plural(report.events_merged, "report merged", "reports merged"),
            );
            Ok(if report.failures.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE })
        }
        Command::ImportWorkspace { other } => {
            let summary = store.import_workspace(&other, &geotimeline_core::extract::FrenchRules)?;
            let plural = |n: u32, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
            println!(
                "{} imported from {}, {} already present; {} ({} as corrected in {}), {} with new reports",
                plural(summary.articles_imported, "article", "articles"),
                other.display(),
                summary.articles_skipped,
                plural(summary.events_added, "new event", "new events"),
                summary.corrections_kept,
                other.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
                plural(summary.events_merged, "existing event", "existing events"),
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Export {
            format,
            out,
            from,
            to,
            types,
            query,
            countries,
            actors,
            highlight,
            lanes,
            width,
            scale,
            theme,
            lang,
            title,
            subtitle,
            map,
        } => {
            let format = format.core();
            if format == export::Format::Png && ![1.0, 2.0, 3.0, 4.0].contains(&scale) {
                eprintln!("geotimeline: --scale must be 1, 2, 3 or 4, not {scale}");
                return Ok(ExitCode::from(2));
            }
            if let (Some(f), Some(t)) = (from, to) {
                if f > t {
                    eprintln!("geotimeline: --from {f} is after --to {t}");
                    return Ok(ExitCode::from(2));
                }
            }
            if out.is_none() && matches!(format, export::Format::Png | export::Format::Pdf) && std::io::stdout().is_terminal() {
                eprintln!("geotimeline: a {} image is binary: give --out FILE or redirect the output", format.as_str().to_uppercase());
                return Ok(ExitCode::from(2));
            }
            let view = TimelineView {
                from,
                to,
                types,
                query,
                countries: countries.into_iter().map(|c| c.to_uppercase()).collect(),
                actors,
                lanes: match lanes {
                    LanesArg::None => LaneMode::None,
                    LanesArg::Type => LaneMode::Type,
                    LanesArg::Country => LaneMode::Country,
                    LanesArg::Actor => LaneMode::Actor,
                },
                highlighted: highlight.into_iter().map(EventId).collect(),
                width,
                theme: match theme {
                    ThemeArg::Light => Theme::Light,
                    ThemeArg::Dark => Theme::Dark,
                },
                lang: match lang {
                    Lang::Fr => render::Lang::Fr,
                    Lang::En => render::Lang::En,
                },
                title,
                subtitle,
                map: match map {
                    None => MapLayout::None,
                    Some(MapArg::Beside) => MapLayout::Beside,
                    Some(MapArg::Only) => MapLayout::Only,
                },
                ..TimelineView::default()
            };
            let bytes = export::export(&store, &view, format, scale)?;
            match out {
                Some(path) => export::save(&path, &bytes)?,
                None => {
                    let mut stdout = std::io::stdout().lock();
                    stdout
                        .write_all(&bytes)
                        .and_then(|_| stdout.flush())
                        .map_err(|source| geotimeline_core::Error::Io { path: "<stdout>".into(), source })?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Events => {
            let events = store.list_events(&EventFilter::default())?;
            let mut out = std::io::stdout().lock();
            for e in &events {
                let when = match e.date.precision {
                    geotimeline_core::model::Precision::Day if e.date.start != e.date.end => format!("{}..{}", e.date.start, e.date.end),
                    _ => e.date.start_label(),
                };
                let planned = if e.planned { " (planned)" } else { "" };
                let _ = writeln!(
                    out,
                    "{:>4}  {:<21}  {:<9}  {}{}  [{}]  {} source{}",
                    e.id.0,
                    when,
                    e.event_type.as_str(),
                    e.title,
                    planned,
                    e.places.join(", "),
                    e.source_count,
                    if e.source_count == 1 { "" } else { "s" }
                );
            }
            let _ = writeln!(out, "{} events", events.len());
            Ok(ExitCode::SUCCESS)
        }
        Command::Reextract => {
            let outcome = store.reextract(&geotimeline_core::extract::FrenchRules)?;
            println!(
                "{} articles extracted again: {} events rebuilt, {} events you made or edited kept",
                outcome.articles, outcome.events, outcome.kept
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Edit { id, title, event_type, date, planned, places, actors } => {
            let places = places.map(|p| p.into_iter().filter(|name| !name.trim().is_empty()).collect());
            let actors = actors.map(|a| a.into_iter().flatten().collect());
            let edit = geotimeline_core::store::EventEdit { title, event_type, date, planned, places, actors };
            store.update_event(EventId(id), &edit)?;
            let event = store.get_event(EventId(id))?;
            println!("{}  {}  {}", event.id.0, event.date.start, event.title);
            Ok(ExitCode::SUCCESS)
        }
        Command::Delete { id } => {
            store.delete_event(EventId(id))?;
            println!("deleted event {id}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Merge { ids, title } => {
            let ids: Vec<EventId> = ids.into_iter().map(EventId).collect();
            let kept = store.merge_events(&ids, title.as_deref())?;
            println!("{kept}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Split { id, articles } => {
            let articles: Vec<ArticleId> = articles.into_iter().map(ArticleId).collect();
            let new = store.split_event(EventId(id), &articles)?;
            println!("{new}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Add { article, quote, event_type, date, title } => {
            let new = geotimeline_core::store::NewEvent { article: ArticleId(article), quote, event_type, date, title };
            let id = store.add_event(&new, &geotimeline_core::extract::FrenchRules)?;
            println!("{id}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Verify { id, off } => {
            store.set_verified(EventId(id), !off)?;
            println!("event {id} {}", if off { "not verified" } else { "verified" });
            Ok(ExitCode::SUCCESS)
        }
        Command::Undo | Command::Redo => {
            let undo = matches!(cli.command, Command::Undo);
            let done = if undo { store.undo()? } else { store.redo()? };
            match done {
                Some(entry) => {
                    println!("{} #{}: {}", if undo { "undid" } else { "redid" }, entry.id, entry.summary);
                    Ok(ExitCode::SUCCESS)
                }
                None => {
                    println!("nothing to {}", if undo { "undo" } else { "redo" });
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        Command::History => {
            let history = store.history()?;
            let mut out = std::io::stdout().lock();
            for e in &history {
                let _ = writeln!(out, "{:>4}  {}  {}{}", e.id, e.at, e.summary, if e.undone { "  (undone)" } else { "" });
            }
            if history.is_empty() {
                let _ = writeln!(out, "no edits yet");
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Articles => {
            for a in store.list_articles()? {
                println!(
                    "{:>4}  {}  {:<28}  {}",
                    a.id.0,
                    a.published.map(|d| d.to_string()).unwrap_or_else(|| "----------".into()),
                    a.outlet.as_deref().unwrap_or("-"),
                    a.title.as_deref().unwrap_or(&a.file_name)
                );
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
