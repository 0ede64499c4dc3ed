// The backend's errors worded in the window's language from their code and parameters,
// and the backend's English sentence for the errors the window has no words for.
import { afterEach, describe, expect, test } from "vitest";
import { errorMessage, setErrorLang } from "../src/lib/errors";
import { ApiError, type AppError, type ErrorDetail } from "../src/lib/api";

afterEach(() => setErrorLang("fr"));

const error = (detail: ErrorDetail | null, kind: AppError["kind"] = "Invalid"): AppError => ({ kind, message: "the backend's English sentence", detail });
const both = (detail: ErrorDetail) => [errorMessage(error(detail), "fr"), errorMessage(error(detail), "en")];

describe("a backend error in the window's language", () => {
  test("each code has a French and an English sentence with its parameters", () => {
    const cases: [ErrorDetail, string, string][] = [
      [{ code: "NotFound", what: "event", id: 7 }, "L’événement n° 7 n’existe pas.", "Event 7 does not exist."],
      [{ code: "UnknownPlace", name: "Pariss", suggestions: ["Paris", "Pasir"] }, "Aucun lieu de la base de connaissances ne s’appelle « Pariss » (vouliez-vous dire Paris, Pasir ?).", "No place of the knowledge base is named “Pariss” (did you mean Paris, Pasir?)."],
      [
        { code: "UnknownPlace", name: "Zz", suggestions: [] },
        "Aucun lieu de la base de connaissances ni de cet espace de travail ne s’appelle « Zz » : choisissez un lieu proposé par la recherche, ou ajoutez-le comme nouveau lieu avec ses coordonnées.",
        "No place of the knowledge base or of this workspace is named “Zz”: choose a place the search offers, or add it as a new place with its coordinates.",
      ],
      [{ code: "BadPlace", name: "", problem: { reason: "EmptyName" } }, "Le lieu ne peut pas être ajouté : un lieu a besoin d’un nom.", "The place cannot be added: a place needs a name."],
      [
        { code: "BadPlace", name: "Diamniadio", problem: { reason: "MissingCoordinate", axis: "longitude" } },
        "Le lieu « Diamniadio » ne peut pas être ajouté : sa longitude manque.",
        "The place “Diamniadio” cannot be added: its longitude is missing.",
      ],
      [
        { code: "BadPlace", name: "Diamniadio", problem: { reason: "LongitudeOutOfRange", value: -200.5 } },
        "Le lieu « Diamniadio » ne peut pas être ajouté : sa longitude -200,5 est hors limites : une longitude est comprise entre −180 et 180 degrés.",
        "The place “Diamniadio” cannot be added: its longitude -200.5 is out of range: a longitude is between -180 and 180 degrees.",
      ],
      [
        { code: "BadPlace", name: "Diamniadio", problem: { reason: "UnknownCountry", text: "Wakanda" } },
        "Le lieu « Diamniadio » ne peut pas être ajouté : aucun pays ne s’appelle ou n’a pour code « Wakanda ».",
        "The place “Diamniadio” cannot be added: no country is named or coded “Wakanda”.",
      ],
      [
        { code: "BadPlace", name: "hanoi", problem: { reason: "KnownPlace", existing: "Hanoï" } },
        "Le lieu « hanoi » ne peut pas être ajouté : la base de connaissances le connaît déjà sous le nom « Hanoï » : choisissez-le dans la recherche.",
        "The place “hanoi” cannot be added: the knowledge base already knows it as “Hanoï”: choose it from the search.",
      ],
      [
        { code: "BadPlace", name: "DIAMNIADIO", problem: { reason: "AlreadyAdded", existing: "Diamniadio" } },
        "Le lieu « DIAMNIADIO » ne peut pas être ajouté : cet espace de travail a déjà un lieu nommé « Diamniadio » : choisissez-le dans la recherche.",
        "The place “DIAMNIADIO” cannot be added: this workspace already has a place named “Diamniadio”: choose it from the search.",
      ],
      [{ code: "EmptyActorName", position: 2 }, "L’acteur n° 2 de la liste n’a pas de nom : chaque acteur en a besoin d’un.", "Actor 2 of the list has no name: every actor needs one."],
      [
        { code: "DatabaseTooNew", file: "b.geotimeline", found: 9, known: 8 },
        "L’espace de travail b.geotimeline a été écrit par une version plus récente de GeoTimeline (schéma 9, cette version connaît le 8) ; mettez GeoTimeline à jour pour l’ouvrir.",
        "The workspace b.geotimeline was written by a newer GeoTimeline (schema 9, this version knows 8); update GeoTimeline to open it.",
      ],
      [
        { code: "Damaged", file: "ws.geotimeline", problem: { reason: "Malformed" }, backup: "ws.bak" },
        "L’espace de travail ws.geotimeline est endommagé et ne peut pas être ouvert (SQLite signale que son contenu est malformé) ; GeoTimeline ne l’a pas modifié. Une sauvegarde faite avant sa dernière mise à niveau existe : ws.bak.",
        "The workspace ws.geotimeline is damaged and cannot be opened (SQLite reports its contents as malformed); GeoTimeline has not changed it. A backup taken before its last upgrade exists: ws.bak.",
      ],
      [
        { code: "Damaged", file: "ws.geotimeline", problem: { reason: "Truncated", size: 70000 }, backup: null },
        "L’espace de travail ws.geotimeline est endommagé et ne peut pas être ouvert (il est tronqué (70\u202f000 octets, pas un nombre entier de pages)) ; GeoTimeline ne l’a pas modifié. Il n’en existe aucune sauvegarde automatique.",
        "The workspace ws.geotimeline is damaged and cannot be opened (it is truncated (70,000 bytes, not a whole number of pages)); GeoTimeline has not changed it. There is no automatic backup of it.",
      ],
      [
        { code: "WorkspaceBusy", file: "ws.geotimeline", waited: 5 },
        "L’espace de travail ws.geotimeline est occupé : un autre GeoTimeline (l’application ou la ligne de commande) y écrit depuis 5 s ; réessayez quand il aura terminé.",
        "The workspace ws.geotimeline is busy: another GeoTimeline (the app or the command line) has been writing to it for 5 s; try again when it has finished.",
      ],
      [{ code: "ImportRunning", blocked: "import" }, "Un import est déjà en cours : attendez qu’il se termine ou annulez-le.", "An import is already running: wait for it to finish or cancel it."],
      [
        { code: "ImportRunning", blocked: "open_workspace" },
        "Un import est en cours : attendez qu’il se termine ou annulez-le avant d’ouvrir un autre espace de travail.",
        "An import is running: wait for it to finish or cancel it before opening another workspace.",
      ],
      [
        { code: "Ingest", file: "scan.pdf", problem: { reason: "NoTextLayer" } },
        "scan.pdf : le PDF n’a pas de couche de texte (une image numérisée ?) : GeoTimeline lit le texte d’un PDF, pas ses images ; importez une copie dont le texte a été reconnu (OCR).",
        "scan.pdf: the PDF has no text layer (a scanned image?): GeoTimeline reads a PDF’s text, not its images; import a copy with recognised text (OCR).",
      ],
      [
        { code: "Ingest", file: "photo.txt", problem: { reason: "NotText", looks_like: "a JPEG image" } },
        "photo.txt : le fichier n’est pas du texte (il ressemble à : a JPEG image) ; ce n’est pas un article.",
        "photo.txt: the file is not text (it looks like a JPEG image); it is not an article.",
      ],
      [
        { code: "Ingest", file: "big.txt", problem: { reason: "TooLarge", size: 30000000, limit: 20000000 } },
        "big.txt : le fichier fait 30\u202f000\u202f000 octets, au-delà de la limite de 20\u202f000\u202f000 octets pour un article.",
        "big.txt: the file is 30,000,000 bytes, over the 20,000,000-byte limit for one article.",
      ],
      [{ code: "NotAWorkspace", file: "notes.geotimeline" }, "notes.geotimeline n’est pas un espace de travail GeoTimeline.", "notes.geotimeline is not a GeoTimeline workspace."],
      [{ code: "NotRecent", file: "old.geotimeline" }, "old.geotimeline ne fait pas partie des espaces de travail récents.", "old.geotimeline is not in the recent workspaces."],
    ];
    for (const [detail, french, english] of cases) expect(both(detail)).toEqual([french, english]);
  });

  test("every reason an import refuses a file has its sentence in both languages", () => {
    const reasons = [
      { reason: "Empty" },
      { reason: "NoText" },
      { reason: "UnsupportedType", extension: "docx" },
      { reason: "Unreadable", cause: "permission denied" },
      { reason: "BadMetadata", cause: "x" },
      { reason: "EncryptedPdf" },
      { reason: "BadPdf", cause: "truncated" },
      { reason: "TooDeep", limit: 256 },
      { reason: "TooManyElements", limit: 200000 },
    ] as const;
    for (const problem of reasons) {
      const [fr, en] = both({ code: "Ingest", file: "a.html", problem });
      expect(fr).toMatch(/^a\.html : .+\.$/);
      expect(en).toMatch(/^a\.html: .+\.$/);
      expect(fr).not.toBe(en);
    }
    expect(both({ code: "Ingest", file: "a.docx", problem: { reason: "UnsupportedType", extension: "docx" } })[0]).toContain("type de fichier .docx non pris en charge");
  });

  test("an error without a known code keeps the backend's English sentence", () => {
    expect(errorMessage(error(null), "fr")).toBe("the backend's English sentence");
    expect(errorMessage(error(null), "en")).toBe("the backend's English sentence");
    // A code a newer backend adds before the window knows it.
    const unknown = { code: "SomethingNew" } as unknown as ErrorDetail;
    expect(errorMessage(error(unknown), "fr")).toBe("the backend's English sentence");
  });

  test("an ApiError says its error in the window's language", () => {
    const detail: ErrorDetail = { code: "NotRecent", file: "old.geotimeline" };
    setErrorLang("en");
    expect(new ApiError(error(detail)).message).toBe("old.geotimeline is not in the recent workspaces.");
    setErrorLang("fr");
    expect(new ApiError(error(detail)).message).toBe("old.geotimeline ne fait pas partie des espaces de travail récents.");
    // From a mock without `detail` at all.
    expect(new ApiError({ kind: "Busy", message: "busy" } as AppError).message).toBe("busy");
  });
});
