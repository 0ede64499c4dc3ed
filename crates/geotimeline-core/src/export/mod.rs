//! Exports of a view of the workspace: the data (JSON, the documented interchange
//! format in docs/export-format.md; CSV; GeoJSON; iCalendar; TimelineJS) and the
//! images (SVG, PNG, PDF) drawn by `render`. The CLI and the window both call `export`.

pub mod csv;
pub mod geojson;
pub mod ics;
pub mod json;
pub mod timelinejs;

use crate::error::Result;
use crate::render::{self, TimelineView};
use crate::store::Store;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Svg,
    Png,
    Pdf,
    Json,
    /// One row per event.
    Csv,
    /// One row per source (each report of an event, with its quote).
    #[serde(rename = "csv-sources")]
    CsvSources,
    Geojson,
    Ics,
    Timelinejs,
}

impl Format {
    pub const ALL: [Format; 9] = [
        Format::Svg,
        Format::Png,
        Format::Pdf,
        Format::Json,
        Format::Csv,
        Format::CsvSources,
        Format::Geojson,
        Format::Ics,
        Format::Timelinejs,
    ];

    /// The name used by the CLI's --format.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Svg => "svg",
            Format::Png => "png",
            Format::Pdf => "pdf",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::CsvSources => "csv-sources",
            Format::Geojson => "geojson",
            Format::Ics => "ics",
            Format::Timelinejs => "timelinejs",
        }
    }

    pub fn parse(text: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.as_str() == text)
    }

    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv | Format::CsvSources => "csv",
            Format::Geojson => "geojson",
            Format::Timelinejs => "json",
            other => other.as_str(),
        }
    }

    pub fn is_image(self) -> bool {
        matches!(self, Format::Svg | Format::Png | Format::Pdf)
    }
}

/// Exports what `view` shows in `format`. `scale` is the PNG pixel density (1, 2, 4).
pub fn export(store: &Store, view: &TimelineView, format: Format, scale: f32) -> Result<Vec<u8>> {
    if format.is_image() {
        let figure = render::figure(store, view)?;
        return match format {
            Format::Png => render::png(&figure.svg, scale),
            Format::Pdf => render::pdf(&figure.svg),
            _ => Ok(figure.svg.into_bytes()),
        };
    }
    let filter = view.filter();
    let pretty = |value: serde_json::Value| -> Result<Vec<u8>> {
        let mut bytes = serde_json::to_vec_pretty(&value)?;
        bytes.push(b'\n');
        Ok(bytes)
    };
    if format == Format::Json {
        return pretty(json::export(store, &filter, view.lang)?);
    }
    let events = crate::titles::in_language(store.events(&filter)?, view.lang);
    match format {
        Format::Csv => csv::events(&events),
        Format::CsvSources => csv::sources(&events),
        Format::Geojson => pretty(geojson::export(&events)),
        Format::Ics => Ok(ics::export(&events, chrono::Utc::now()).into_bytes()),
        Format::Timelinejs => {
            let figure_title =
                view.title.clone().unwrap_or_else(|| if view.lang == render::Lang::Fr { "Chronologie" } else { "Timeline" }.to_string());
            pretty(timelinejs::export(&events, &figure_title, view.subtitle.as_deref().unwrap_or("")))
        }
        Format::Json | Format::Svg | Format::Png | Format::Pdf => unreachable!("handled above"),
    }
}

/// Writes an export next to its destination, then renames it into place, so a
/// failure never leaves half a file where a good one was.
pub fn save(path: &std::path::Path, bytes: &[u8]) -> Result<()> {
    use crate::error::Error;
    let io = |source| Error::Io { path: path.to_path_buf(), source };
    let name = path.file_name().ok_or_else(|| io(std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a file name")))?;
    let mut partial = name.to_os_string();
    partial.push(".part");
    let partial = path.with_file_name(partial);
    std::fs::write(&partial, bytes).map_err(|source| Error::Io { path: partial.clone(), source })?;
    std::fs::rename(&partial, path).map_err(|source| {
        let _ = std::fs::remove_file(&partial);
        io(source)
    })
}
