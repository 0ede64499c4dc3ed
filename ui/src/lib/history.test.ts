import { describe, expect, it } from "vitest";
import { describeEdit, nextRedo, nextUndo } from "./history";

const entry = (id: number, summary: string, undone = false) => ({ id, at: "2026-12-04T23:00:00Z", summary, undone });

describe("nextUndo and nextRedo", () => {
  // Newest first, as the history command lists it; the two newest were undone.
  const history = [entry(4, "marked event 2 verified", true), entry(3, "merged events 1, 2 into 1", true), entry(2, "edited event 1: title"), entry(1, "deleted event 5 (x)")];
  it("undo reverts the newest edit still applied", () => {
    expect(nextUndo(history)?.id).toBe(2);
  });
  it("redo applies the oldest undone edit first", () => {
    expect(nextRedo(history)?.id).toBe(3);
  });
  it("nothing to undo or redo in an empty or fully applied history", () => {
    expect(nextUndo([])).toBeNull();
    expect(nextRedo([])).toBeNull();
    expect(nextRedo([entry(1, "x")])).toBeNull();
    expect(nextUndo([entry(1, "x", true)])).toBeNull();
  });
});

describe("describeEdit", () => {
  it("keeps the store's English summary in English", () => {
    expect(describeEdit("merged events 3, 5 into 3", "en")).toBe("merged events 3, 5 into 3");
  });
  it("says every kind of edit in French", () => {
    expect(describeEdit("edited event 4: title, type", "fr")).toBe("correction de l’événement 4 (titre, type)");
    expect(describeEdit("deleted event 4 (Visite : Hanoï)", "fr")).toBe("suppression de l’événement 4 (Visite : Hanoï)");
    expect(describeEdit("merged events 3, 5 into 3", "fr")).toBe("fusion des événements 3, 5 en 3");
    expect(describeEdit("split the source from article 2 of event 3 into new event 9", "fr")).toBe("séparation de l’événement 3 (article 2) en un nouvel événement 9");
    expect(describeEdit("split the sources from articles 2, 4 of event 3 into new event 9", "fr")).toBe("séparation de l’événement 3 (articles 2, 4) en un nouvel événement 9");
    expect(describeEdit("added event 7 from article 1", "fr")).toBe("ajout de l’événement 7 depuis l’article 1");
    expect(describeEdit("marked event 7 verified", "fr")).toBe("événement 7 marqué vérifié");
    expect(describeEdit("marked event 7 not verified", "fr")).toBe("événement 7 marqué non vérifié");
    expect(describeEdit("added place Diamniadio", "fr")).toBe("ajout du lieu Diamniadio");
    expect(describeEdit("added place Diamniadio", "en")).toBe("added place Diamniadio");
    expect(describeEdit("imported workspace other.geotimeline: 4 articles, 1 new event, 3 events completed", "fr")).toBe(
      "import de l’espace de travail other.geotimeline (4 articles, 1 nouvel événement, 3 événements complétés)",
    );
    expect(describeEdit("imported workspace a b.geotimeline: 1 article, 0 new events, 1 event completed", "fr")).toBe(
      "import de l’espace de travail a b.geotimeline (1 article, 0 nouvel événement, 1 événement complété)",
    );
  });
  it("shows an unknown summary as it is", () => {
    expect(describeEdit("imported something new", "fr")).toBe("imported something new");
  });
});
