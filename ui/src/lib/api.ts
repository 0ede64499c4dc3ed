// The only module that talks to the Rust side. It unwraps tauri-specta's
// Result objects into values or ApiError, so components deal with one error path.
import { Channel } from "@tauri-apps/api/core";
import { commands } from "../bindings";
import { eventsOf } from "./columns";
import { errorMessage } from "./errors";
import type { ReviewedFile, PastedArticle, FilePreview, DayCounts, EventColumns, PlaceCounts, LaneMode as Lanes, AppError, ErrorDetail, Article, ArticleId, ArticleMention, ArticleSummary, Event, EventEdit, EventFilter, EventId, EventSummary, ExportOutcome, Format, HistoryEntry, ImportPreview, ImportProgress, ImportReport, NewEvent, NewPlace, Place, TimelineView, WorkspaceInfo, WorkspaceImport, WorkspaceStatus, DamagedWorkspace, RescuedWorkspace, AvailableUpdate } from "../bindings";

export type { AvailableUpdate, ErrorDetail, DamagedWorkspace, RescuedWorkspace, DayCounts, PlaceCounts, AppError, Article, ArticleMention, ArticleSummary, Event, EventEdit, EventFilter, EventSummary, ExportOutcome, Format, HistoryEntry, ImportPreview, ImportProgress, ImportReport, NewEvent, NewPlace, Place, TimelineView, WorkspaceInfo, WorkspaceImport, WorkspaceStatus };
export type { EventType, Precision, Source, Actor, ActorKind, DateSpan, LaneMode, FilePreview, ReviewedFile, PastedArticle } from "../bindings";

/** A command's error; its `message` is worded in the window's language (see lib/errors.ts). */
export class ApiError extends Error {
  constructor(readonly detail: AppError) {
    // An error from a mock or an older backend may come without `detail`.
    super(errorMessage({ ...detail, detail: detail.detail ?? null }));
  }
}

type Result<T> = { status: "ok"; data: T } | { status: "error"; error: AppError };

async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const result = await call;
  if (result.status === "error") throw new ApiError(result.error);
  return result.data;
}

export const ALL_EVENTS: EventFilter = { from: null, to: null, types: [], query: null, actors: [], countries: [], places: [], articles: [], min_confidence: null };

export const api = {
  listEvents: (filter: EventFilter = ALL_EVENTS) => unwrap<EventSummary[]>(commands.listEvents(filter)),
  /** The events when there are at most `max`, else null: a small workspace's events with its first counts. */
  listEventsUpTo: (filter: EventFilter, max: number) => unwrap<EventSummary[] | null>(commands.listEventsUpTo(filter, max)),
  /** The events of a large workspace's zoomed-in stretch, sent in columns (a few thousand: one short answer, parsed fast). */
  listEventsInColumns: async (filter: EventFilter) => eventsOf(await unwrap<EventColumns>(commands.listEventColumns(filter))),
  /** Events counted by first day, type and lane in SQLite (columns): a large workspace zoomed out. */
  dayCounts: (filter: EventFilter, lanes: Lanes) => unwrap<DayCounts>(commands.dayCounts(filter, lanes)),
  /** The places of the filter's events with their number of events (columns), for the map. */
  placeCounts: (filter: EventFilter) => unwrap<PlaceCounts>(commands.placeCounts(filter)),
  getEvent: (id: EventId) => unwrap<Event>(commands.getEvent(id)),
  /** A user's correction; returns the event as it now is. */
  updateEvent: (id: EventId, edit: EventEdit) => unwrap<Event>(commands.updateEvent(id, edit)),
  deleteEvent: (id: EventId) => unwrap<null>(commands.deleteEvent(id)),
  /** Merges `ids` into the first one; returns the kept event. */
  mergeEvents: (ids: EventId[], title: string | null = null) => unwrap<Event>(commands.mergeEvents(ids, title)),
  /** Moves the sources of `articles` to a new event; returns the new event. */
  splitEvent: (id: EventId, articles: ArticleId[]) => unwrap<Event>(commands.splitEvent(id, articles)),
  addEvent: (event: NewEvent) => unwrap<Event>(commands.addEvent(event)),
  setVerified: (id: EventId, verified: boolean) => unwrap<Event>(commands.setVerified(id, verified)),
  /** Undoes or redoes one edit; null when there was none. */
  undo: () => unwrap<HistoryEntry | null>(commands.undo()),
  redo: () => unwrap<HistoryEntry | null>(commands.redo()),
  history: () => unwrap<HistoryEntry[]>(commands.history()),
  getArticle: (id: ArticleId) => unwrap<Article>(commands.getArticle(id)),
  listArticleMentions: (id: ArticleId) => unwrap<ArticleMention[]>(commands.listArticleMentions(id)),
  listArticles: () => unwrap<ArticleSummary[]>(commands.listArticles()),
  listPlaces: () => unwrap<Place[]>(commands.listPlaces()),
  /** Places of the knowledge base and those added to this workspace for a typed name, best first: for an event's places. */
  searchPlaces: (query: string, limit = 8) => unwrap<Place[]>(commands.searchPlaces(query, limit)),
  /** Adds a place the knowledge base lacks to the workspace (an edit of the history); refused with a BadPlace sentence. */
  addPlace: (place: NewPlace) => unwrap<Place>(commands.addPlace(place)),
  /** The knowledge base's countries, for a new place's country. */
  listCountries: () => commands.listCountries(),
  /** Known people, organisations and states for a typed name, best first: for an event's actors. */
  suggestActors: (query: string, limit = 8) => commands.suggestActors(query, limit),
  workspaceInfo: () => unwrap<WorkspaceInfo>(commands.workspaceInfo()),
  /** Answered at once: whether the workspace is open, or still being opened (the sample prepared). */
  workspaceStatus: () => unwrap<WorkspaceStatus>(commands.workspaceStatus()),
  /** The window's start-up steps to the log; answers the Rust side's (all in ms since the epoch). */
  startUp: (page: Record<string, number>) => commands.startUp(Object.entries(page).map(([step, at]) => ({ step, at }))),
  /** The workspace file when it is damaged (the commands fail with kind "Damaged"), else null. */
  damagedWorkspace: () => unwrap<DamagedWorkspace | null>(commands.damagedWorkspace()),
  /** A damaged workspace: its backup in its place, or a new empty one; the damaged file is kept aside. */
  restoreWorkspaceBackup: () => unwrap<RescuedWorkspace>(commands.restoreWorkspaceBackup()),
  startOverWorkspace: () => unwrap<RescuedWorkspace>(commands.startOverWorkspace()),
  /** Opens the file dialog (from Rust); the chosen paths, none when it was closed. */
  pickImportFiles: () => unwrap<string[]>(commands.pickImportFiles()),
  /** Opens the folder dialog (from Rust); the chosen folder, none when it was closed. */
  pickImportFolder: () => unwrap<string[]>(commands.pickImportFolder()),
  /** Reads a pasted article as an import would (its review row), storing nothing; an empty paste is refused. */
  previewPaste: (pasted: PastedArticle) => unwrap<FilePreview>(commands.previewPaste(pasted)),
  /** Imports a pasted article with the metadata reviewed. */
  importPasted: (pasted: PastedArticle, review: ReviewedFile) => unwrap<ImportReport>(commands.importPasted(pasted, review)),
  /** Reads chosen or dropped files (folders expanded) as an import would, storing nothing. */
  previewImport: (paths: string[]) => unwrap<ImportPreview>(commands.previewImport(paths)),
  /**
   * Imports the reviewed files with their metadata, and the manifests, file by file off the
   * UI thread; `onprogress` hears where it is before each file and at the end. Refused (Busy)
   * while another import runs.
   */
  importReviewed: (files: ReviewedFile[], manifests: string[], onprogress: (p: ImportProgress) => void = () => {}) =>
    unwrap<ImportReport>(commands.importReviewed(files, manifests, new Channel<ImportProgress>(onprogress))),
  /** Stops the running import after rolling back the file in progress; false when none runs. */
  cancelImport: () => unwrap<boolean>(commands.cancelImport()),
  /** Opens the save dialog (from Rust), then writes the view in `format`. */
  exportView: (view: TimelineView, format: Format, scale: number) => unwrap<ExportOutcome>(commands.exportView(view, format, scale)),
  /** File menu: each switch returns the workspace now open (null when its dialog was cancelled). */
  newWorkspace: () => unwrap<WorkspaceInfo | null>(commands.newWorkspace()),
  openWorkspaceFile: () => unwrap<WorkspaceInfo | null>(commands.openWorkspaceFile()),
  /** Another workspace's articles and events merged into the open one (off the UI thread, one transaction); null when its dialog was cancelled. */
  importWorkspaceFile: () => unwrap<WorkspaceImport | null>(commands.importWorkspaceFile()),
  recentWorkspaces: () => unwrap<string[]>(commands.recentWorkspaces()),
  openRecentWorkspace: (path: string) => unwrap<WorkspaceInfo>(commands.openRecentWorkspace(path)),
  /** The copy's path, null when cancelled. */
  saveWorkspaceCopy: () => unwrap<string | null>(commands.saveWorkspaceCopy()),
  resetSampleWorkspace: () => unwrap<WorkspaceInfo>(commands.resetSampleWorkspace()),
  /** Opens the app's log folder in the file manager; returns its path. */
  openLogFolder: () => unwrap<string>(commands.openLogFolder()),
  /** Whether this build checks for updates (only release builds made with the update key do). */
  updatesEnabled: () => commands.updatesEnabled(),
  /** The newer release the update manifest announces, or null. */
  checkForUpdate: () => unwrap<AvailableUpdate | null>(commands.checkForUpdate()),
  /** Downloads, verifies and installs the newer release, then restarts; false when there is none. */
  installUpdate: () => unwrap<boolean>(commands.installUpdate()),
};
