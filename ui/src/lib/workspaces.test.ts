import { describe, expect, it } from "vitest";
import { fileName, recentEntries } from "./workspaces";

describe("recent workspaces", () => {
  it("names a file by its last component, on every system", () => {
    expect(fileName("/home/ana/Notes/ukraine.geotimeline")).toBe("ukraine.geotimeline");
    expect(fileName("C:\\Users\\ana\\sahel.geotimeline")).toBe("sahel.geotimeline");
    expect(fileName("plain.geotimeline")).toBe("plain.geotimeline");
  });

  it("leaves out the open workspace and tells files of one name apart by their folder", () => {
    const entries = recentEntries(["/a/x.geotimeline", "/w/open.geotimeline", "/b/x.geotimeline", "/c/y.geotimeline"], "/w/open.geotimeline");
    expect(entries).toEqual([
      { path: "/a/x.geotimeline", label: "x.geotimeline — a" },
      { path: "/b/x.geotimeline", label: "x.geotimeline — b" },
      { path: "/c/y.geotimeline", label: "y.geotimeline" },
    ]);
    expect(recentEntries([], null)).toEqual([]);
  });
});
