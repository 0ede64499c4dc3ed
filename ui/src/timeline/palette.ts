// One colour per event type, shared by the timeline, the legend, the panels
// and (in Rust) the exported images.
import type { EventType } from "../lib/api";

export const TYPE_COLORS: Record<EventType, string> = {
  visit: "#2f6fde",
  meeting: "#8e44ad",
  agreement: "#1e9e6a",
  sanction: "#d64545",
  statement: "#e08a1e",
  military: "#5d4037",
  election: "#00838f",
  other: "#7f8c8d",
};

export const TYPE_ORDER: EventType[] = ["visit", "meeting", "agreement", "sanction", "statement", "military", "election", "other"];
