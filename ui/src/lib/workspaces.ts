// The File menu's list of recent workspaces: names as the user knows them.

export interface RecentEntry {
  path: string;
  /** The file's name, with its folder when two entries share a name. */
  label: string;
}

/** The last component of a path, whether it uses / or \ separators. */
export function fileName(path: string): string {
  const parts = path.split(/[\\/]/).filter((p) => p.length > 0);
  return parts.length ? parts[parts.length - 1] : path;
}

function folderName(path: string): string {
  const parts = path.split(/[\\/]/).filter((p) => p.length > 0);
  return parts.length > 1 ? parts[parts.length - 2] : "";
}

/** The recent files other than the open one, newest first, each labelled by its name (and folder when names repeat). */
export function recentEntries(paths: string[], current: string | null): RecentEntry[] {
  const others = paths.filter((p) => p !== current);
  const counts = new Map<string, number>();
  for (const p of others) counts.set(fileName(p), (counts.get(fileName(p)) ?? 0) + 1);
  return others.map((path) => {
    const name = fileName(path);
    return { path, label: (counts.get(name) ?? 0) > 1 && folderName(path) ? `${name} — ${folderName(path)}` : name };
  });
}
