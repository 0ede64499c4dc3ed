// A form's problem keeps its language: shown in French, it reads in English once
// the window switches (the `lang` prop changes) while it is on screen, whether it
// is the backend's typed error or one of the window's own sentences.
import { afterEach, describe, expect, test } from "vitest";
import { flushSync } from "svelte";
import NewPlaceForm from "../src/panels/NewPlaceForm.svelte";
import AddEventForm from "../src/panels/AddEventForm.svelte";
import ArticleReader from "../src/panels/ArticleReader.svelte";
import ImportReview from "../src/import/ImportReview.svelte";
import type { AppError, Article, ImportPreview } from "../src/lib/api";
import { problemOf, problemText } from "../src/lib/errors";
import { cleanUp, hanoiVisit, recordIPC, settle, show } from "./fixtures";

afterEach(cleanUp);

const byTestId = <T extends Element = HTMLElement>(testid: string) => document.querySelector<T>(`[data-testid="${testid}"]`)!;
const outOfRange: AppError = {
  kind: "Invalid",
  message: "the backend's English sentence",
  detail: { code: "BadPlace", name: "Diamniadio", problem: { reason: "LatitudeOutOfRange", value: 95 } },
};
const unknownPlace: AppError = { kind: "Invalid", message: "the backend's English sentence", detail: { code: "UnknownPlace", name: "Atlantide", suggestions: [] } };

/** Sets an input's value as typing would. */
function fill(testid: string, value: string) {
  const input = byTestId<HTMLInputElement>(testid);
  input.value = value;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  flushSync();
}

describe("a problem on screen follows the window's language", () => {
  test("problemOf keeps the backend's typed error; problemText words it in either language", () => {
    const problem = problemOf(Object.assign(new Error("x"), { detail: outOfRange }));
    expect(problem).toEqual({ error: outOfRange });
    expect(problemText(problem, "en")).toBe(
      "The place “Diamniadio” cannot be added: its latitude 95 is out of range: a latitude is between -90 and 90 degrees.",
    );
    expect(problemText({ key: "endBeforeStart" }, "fr")).toBe("La date de fin précède la date de début.");
    expect(problemText(problemOf(new Error("disk full")), "fr")).toBe("disk full");
  });

  test("the new-place form's refusal", async () => {
    recordIPC((cmd) => {
      if (cmd === "list_countries") return [];
      if (cmd === "add_place") throw outOfRange;
      return null;
    });
    const props = $state({ name: "Diamniadio", lang: "fr" as "fr" | "en", onadded: () => {}, oncancel: () => {} });
    show(NewPlaceForm, props);
    await settle();
    fill("new-place-lat", "95");
    fill("new-place-lon", "-17");
    byTestId<HTMLButtonElement>("new-place-add").click();
    await settle();
    expect(byTestId("new-place-error").textContent).toBe(
      "Le lieu « Diamniadio » ne peut pas être ajouté : sa latitude 95 est hors limites : une latitude est comprise entre −90 et 90 degrés.",
    );
    props.lang = "en";
    flushSync();
    expect(byTestId("new-place-error").textContent).toBe(
      "The place “Diamniadio” cannot be added: its latitude 95 is out of range: a latitude is between -90 and 90 degrees.",
    );
  });

  test("the add-event form's own sentence", async () => {
    const props = $state({ article: 1, quote: "Poutine est arrivé.", day: "2024-06-20", lang: "fr" as "fr" | "en", onadd: async () => {}, oncancel: () => {} });
    show(AddEventForm, props);
    flushSync();
    fill("add-event-end", "2024-06-01");
    byTestId<HTMLFormElement>("add-event-form").requestSubmit();
    await settle();
    expect(byTestId("add-event-error").textContent).toBe("La date de fin précède la date de début.");
    props.lang = "en";
    flushSync();
    expect(byTestId("add-event-error").textContent).toBe("The end date is before the start date.");
  });

  test("the reader's correction refused by the core", async () => {
    recordIPC(() => null);
    const text = "Vladimir Poutine est arrivé au Vietnam.";
    const article: Article = { id: 1, file_name: "a.txt", title: null, outlet: null, language: "fr", published: "2024-06-20", text, content_hash: "h" };
    const props = $state({
      article,
      start: 0,
      end: text.length,
      lang: "fr" as "fr" | "en",
      event: hanoiVisit,
      onclose: () => {},
      onedit: async () => {
        throw Object.assign(new Error(unknownPlace.message), { detail: unknownPlace });
      },
    });
    show(ArticleReader, props);
    flushSync();
    byTestId<HTMLButtonElement>("reader-edit").click();
    flushSync();
    document.querySelector<HTMLButtonElement>('[data-testid="reader-actors-chip"] button')!.click();
    flushSync();
    byTestId<HTMLFormElement>("reader-edit-form").requestSubmit();
    await settle();
    expect(byTestId("reader-edit-error").textContent).toMatch(/^Aucun lieu de la base de connaissances ni de cet espace de travail ne s’appelle « Atlantide »/);
    props.lang = "en";
    flushSync();
    expect(byTestId("reader-edit-error").textContent).toMatch(/^No place of the knowledge base or of this workspace is named “Atlantide”/);
  });

  test("the import sheet's refused import", async () => {
    const busy: AppError = { kind: "Invalid", message: "an import is already running", detail: { code: "ImportRunning", blocked: "import" } };
    const file = { path: "/a/a.txt", file_name: "a.txt", title: "A", outlet: null, language: "fr", published: "2024-06-20", inferred_published: null, already_stored: false, problem: null, reason: null };
    const preview: ImportPreview = { files: [file], manifests: [] };
    const props = $state({
      preview,
      lang: "fr" as "fr" | "en",
      onimport: async () => {
        throw Object.assign(new Error(busy.message), { detail: busy });
      },
      oncancel: () => {},
    });
    show(ImportReview, props);
    flushSync();
    document.querySelector<HTMLFormElement>("form")!.requestSubmit();
    await settle();
    expect(byTestId("review-error").textContent).toBe("Un import est déjà en cours : attendez qu’il se termine ou annulez-le.");
    props.lang = "en";
    flushSync();
    expect(byTestId("review-error").textContent).toBe("An import is already running: wait for it to finish or cancel it.");
  });
});
