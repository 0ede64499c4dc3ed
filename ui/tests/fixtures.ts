// What the component tests share: realistic answers of the Rust commands, shaped
// like the generated bindings, and the set-up around them (the IPC mocked and its
// calls recorded, a component mounted on the page, all removed after each test).
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { flushSync, mount, unmount, type Component } from "svelte";
import type { Event, EventSummary, Place, WorkspaceInfo } from "../src/lib/api";

/** A Rust command as the window called it. */
export interface Call {
  cmd: string;
  args: Record<string, unknown>;
}

/** Answers the window's commands with `handler`, recording each call. */
export function recordIPC(handler: (cmd: string, args: Record<string, unknown>) => unknown): Call[] {
  const calls: Call[] = [];
  mockIPC((cmd, args) => {
    const a = (args ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args: a });
    return handler(cmd, a);
  });
  return calls;
}

let shown: ReturnType<typeof mount>[] = [];

/** Mounts `component` on the page, until `cleanUp`. */
export function show<Props extends Record<string, any>>(component: Component<Props>, props: Props): ReturnType<typeof mount> {
  const mounted = mount(component, { target: document.body, props });
  shown.push(mounted);
  return mounted;
}

/** Unmounts what `show` mounted, empties the page and forgets the IPC mock: after each test, or within one before starting again. */
export function cleanUp(): void {
  for (const mounted of shown) unmount(mounted);
  shown = [];
  document.body.innerHTML = "";
  clearMocks();
}

/** Lets the pending promises (mocked IPC answers) resolve and the page update. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => setTimeout(r, 0));
    flushSync();
  }
}

const PUTIN = { name: "Vladimir Putin", name_fr: "Vladimir Poutine", kind: "person" as const };
const TO_LAM = { name: "To Lam", name_fr: "To Lam", kind: "person" as const };
const BIDEN = { name: "Joe Biden", name_fr: "Joe Biden", kind: "person" as const };

export const places: Place[] = [
  { name: "Hanoi", name_fr: "Hanoï", aliases: [], country: "VN", kind: "city", lat: 21.0245, lon: 105.8412 },
  { name: "Pyongyang", name_fr: "Pyongyang", aliases: [], country: "KP", kind: "city", lat: 39.0339, lon: 125.7543 },
];

export const summaries: EventSummary[] = [
  { id: 1, title: "Visite : Vladimir Putin — Pyongyang", title_en: "Visit: Vladimir Putin — Pyongyang", type: "visit", date: { start: "2024-06-19", end: "2024-06-19", precision: "day" }, confidence: 0.85, planned: false, places: ["Pyongyang"], source_count: 3, countries: ["KP"], actors: [PUTIN] },
  { id: 2, title: "Visite : Vladimir Putin — Hanoi", title_en: "Visit: Vladimir Putin — Hanoi", type: "visit", date: { start: "2024-06-20", end: "2024-06-20", precision: "day" }, confidence: 0.9, planned: false, places: ["Hanoi"], source_count: 3, countries: ["VN"], actors: [PUTIN] },
  { id: 3, title: "Accord : Vladimir Putin – To Lam — Hanoi", title_en: "Agreement: Vladimir Putin – To Lam — Hanoi", type: "agreement", date: { start: "2024-06-20", end: "2024-06-20", precision: "day" }, confidence: 0.9, planned: false, places: ["Hanoi"], source_count: 2, countries: ["VN"], actors: [PUTIN, TO_LAM] },
  { id: 4, title: "Visite : Joe Biden — Hanoi", title_en: "Visit: Joe Biden — Hanoi", type: "visit", date: { start: "2023-09-01", end: "2023-09-30", precision: "month" }, confidence: 0.8, planned: false, places: ["Hanoi"], source_count: 2, countries: ["VN"], actors: [BIDEN] },
];

export const hanoiVisit: Event = {
  id: 2,
  title: "Visite : Vladimir Putin — Hanoi",
  title_en: "Visit: Vladimir Putin — Hanoi",
  type: "visit",
  date: { start: "2024-06-20", end: "2024-06-20", precision: "day" },
  confidence: 0.9,
  origin: "extracted",
  planned: false,
  places: [{ name: "Hanoi", name_fr: "Hanoï", aliases: ["Hanoï"], country: "VN", kind: "city", lat: 21.0285, lon: 105.8542 }],
  actors: [
    { name: "Vietnam", name_fr: "Viêt Nam", kind: "state" },
    { name: "Vladimir Putin", name_fr: "Vladimir Poutine", kind: "person" },
  ],
  sources: [
    {
      article: 1,
      article_title: "Vladimir Poutine s'engage à développer les relations entre la Russie et le Vietnam",
      outlet: "La Presse (AFP wire)",
      published: "2024-06-20",
      quote: "Vladimir Poutine est arrivé au Vietnam dans la nuit de mercredi à jeudi.",
      start: 100,
      end: 172,
      date_text: "dans la nuit de mercredi à jeudi",
      claimed_date: { start: "2024-06-20", end: "2024-06-20", precision: "day" },
      quantity: null,
    },
    { article: 3, article_title: "Vladimir Poutine au Vietnam", outlet: null, published: "2024-06-20", quote: "Vladimir Poutine est arrivé au Vietnam le 20 juin pour une visite officielle.", start: 0, end: 80, date_text: "le 20 juin", claimed_date: { start: "2024-06-20", end: "2024-06-20", precision: "day" }, quantity: null },
  ],
  disagreements: [],
};

export const hanoiAgreements: Event = {
  ...hanoiVisit,
  id: 3,
  title: "Accord : Vladimir Poutine – To Lam — Hanoï",
  type: "agreement",
  disagreements: [
    {
      field: "count",
      claims: [
        { article: 1, outlet: "La Presse (AFP wire)", value: "une dizaine de partenariats" },
        { article: 5, outlet: null, value: "11 accords" },
      ],
    },
  ],
};

export const info: WorkspaceInfo = { db_path: "/tmp/workspace.sqlite", name: "workspace.sqlite", article_count: 5, event_count: 4 };
