//! Colours of exported figures. Type colours are the window's (ui/src/timeline/palette.ts);
//! a test keeps the two in step.

use super::Theme;
use crate::model::EventType;

#[derive(Debug, Clone)]
pub struct Palette {
    pub background: &'static str,
    pub text: &'static str,
    pub muted: &'static str,
    pub grid: &'static str,
    pub grid_major: &'static str,
    pub lane_alt: &'static str,
    pub highlight: &'static str,
    pub water: &'static str,
    pub land: &'static str,
    pub land_named: &'static str,
    pub border: &'static str,
    pub marker: &'static str,
}

impl Palette {
    pub fn light() -> Palette {
        Palette {
            background: "#ffffff",
            text: "#1d2433",
            muted: "#5b6475",
            grid: "#e3e6eb",
            grid_major: "#c5cad3",
            lane_alt: "#f5f6f8",
            highlight: "#f2a900",
            water: "#eef3f8",
            land: "#e2e5e9",
            land_named: "#cfdcef",
            border: "#ffffff",
            marker: "#2f6fde",
        }
    }

    pub fn dark() -> Palette {
        Palette {
            background: "#15181d",
            text: "#e7eaf0",
            muted: "#9aa3b2",
            grid: "#2a2f38",
            grid_major: "#444b57",
            lane_alt: "#1b1f26",
            highlight: "#ffc23d",
            water: "#111419",
            land: "#2b3039",
            land_named: "#34455f",
            border: "#15181d",
            marker: "#5b93f0",
        }
    }

    pub fn of(theme: Theme) -> Palette {
        match theme {
            Theme::Light => Palette::light(),
            Theme::Dark => Palette::dark(),
        }
    }
}

/// One colour per event type, as in the window.
pub fn type_colour(t: EventType) -> &'static str {
    match t {
        EventType::Visit => "#2f6fde",
        EventType::Meeting => "#8e44ad",
        EventType::Agreement => "#1e9e6a",
        EventType::Sanction => "#d64545",
        EventType::Statement => "#e08a1e",
        EventType::Military => "#5d4037",
        EventType::Election => "#00838f",
        EventType::Other => "#7f8c8d",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_colours_match_the_window() {
        let palette = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/timeline/palette.ts");
        let Ok(ts) = std::fs::read_to_string(&palette) else {
            eprintln!("skipped: {} not found (the crate is built outside the repository)", palette.display());
            return;
        };
        for t in EventType::ALL {
            let line = format!("{}: \"{}\"", t.as_str(), type_colour(*t));
            assert!(ts.contains(&line), "palette.ts should have {line}");
        }
    }

    /// The window reads `DayCounts::types` as indexes into its TYPE_INDEX:
    /// it must list the types in the order of `EventType::ALL`.
    #[test]
    fn type_order_matches_the_window() {
        let aggregate = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/timeline/aggregate.ts");
        let Ok(ts) = std::fs::read_to_string(&aggregate) else {
            eprintln!("skipped: {} not found (the crate is built outside the repository)", aggregate.display());
            return;
        };
        let names: Vec<String> = EventType::ALL.iter().map(|t| format!("\"{}\"", t.as_str())).collect();
        let line = format!("export const TYPE_INDEX: EventType[] = [{}];", names.join(", "));
        assert!(ts.contains(&line), "aggregate.ts should have {line}");
    }
}
