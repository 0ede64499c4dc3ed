//! Publication-quality timeline figures. One renderer draws a view of the
//! workspace as SVG (the same visual language as the window: points for days,
//! bands for longer spans, type colours, lanes, clusters, an adaptive axis),
//! with what print needs (title, legend, sources); PNG and PDF are made from
//! that SVG with the embedded fonts.

pub mod fonts;
mod layout;
mod map;
mod raster;
pub mod scale;
mod svg;
mod theme;

use crate::error::Result;
use crate::model::{ArticleSummary, Event, EventId, EventType};
use crate::store::{EventFilter, Store};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use layout::type_label;
pub use raster::{pdf, png};
pub use svg::compose;

/// How events are split into horizontal lanes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum LaneMode {
    #[default]
    None,
    Type,
    Country,
    Actor,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

/// The language of the figure's own words (axis, legend, footer).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Fr,
    En,
}

/// Whether the figure has a map: none, beside the timeline, or the map alone.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum MapLayout {
    #[default]
    None,
    Beside,
    Only,
}

/// What to draw: the window sends its current view, the CLI builds one from flags.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default)]
pub struct TimelineView {
    /// First and last day shown (the events' own range when absent).
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Only these types (all when empty).
    pub types: Vec<EventType>,
    /// Full-text search, as in the window.
    pub query: Option<String>,
    /// The window's other filters (see `EventFilter`).
    pub actors: Vec<String>,
    pub countries: Vec<String>,
    pub places: Vec<String>,
    pub articles: Vec<crate::model::ArticleId>,
    #[cfg_attr(feature = "specta", specta(type = Option<specta_typescript::Number>))]
    pub min_confidence: Option<f32>,
    pub lanes: LaneMode,
    /// Events drawn with a halo and a bold label (the selection).
    pub highlighted: Vec<EventId>,
    /// Width of the figure in px (a PNG multiplies it by its pixel density).
    pub width: u32,
    pub theme: Theme,
    pub lang: Lang,
    pub title: Option<String>,
    pub subtitle: Option<String>,
    pub map: MapLayout,
}

impl Default for TimelineView {
    fn default() -> Self {
        TimelineView {
            from: None,
            to: None,
            types: Vec::new(),
            query: None,
            actors: Vec::new(),
            countries: Vec::new(),
            places: Vec::new(),
            articles: Vec::new(),
            min_confidence: None,
            lanes: LaneMode::None,
            highlighted: Vec::new(),
            width: 1600,
            theme: Theme::Light,
            lang: Lang::Fr,
            title: None,
            subtitle: None,
            map: MapLayout::None,
        }
    }
}

impl TimelineView {
    /// The events this view shows, as a store filter.
    pub fn filter(&self) -> EventFilter {
        EventFilter {
            from: self.from,
            to: self.to,
            types: self.types.clone(),
            query: self.query.clone(),
            actors: self.actors.clone(),
            countries: self.countries.clone(),
            places: self.places.clone(),
            articles: self.articles.clone(),
            min_confidence: self.min_confidence,
        }
    }
}

/// A drawn figure: the SVG document and its size in px.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub svg: String,
    pub width: f64,
    pub height: f64,
}

/// Draws the events of the workspace that `view` shows.
pub fn figure(store: &Store, view: &TimelineView) -> Result<Figure> {
    let events: Vec<Event> = crate::titles::in_language(store.events(&view.filter())?, view.lang);
    let articles: Vec<ArticleSummary> = store.list_articles()?;
    Ok(compose(&events, &articles, view))
}
