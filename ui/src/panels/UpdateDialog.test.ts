// File › Check for updates…: what the dialog says for a newer release, none, or a failed
// check, and that only "Install and restart" installs.
import { afterEach, expect, test, vi } from "vitest";
import { flushSync, mount, tick, unmount } from "svelte";
import UpdateDialog from "./UpdateDialog.svelte";
import type { AvailableUpdate } from "../lib/api";

let dialog: ReturnType<typeof mount> | null = null;

afterEach(() => {
  if (dialog) unmount(dialog);
  dialog = null;
  document.body.innerHTML = "";
});

function open(check: () => Promise<AvailableUpdate | null>, install = vi.fn(async () => true)) {
  const onclose = vi.fn();
  dialog = mount(UpdateDialog, { target: document.body, props: { lang: "en", onclose, check, install, loadVersion: async () => "0.1.0" } });
  flushSync();
  return { onclose, install };
}

const text = (testid: string) => document.querySelector(`[data-testid="${testid}"]`)?.textContent?.trim();
const click = (testid: string) => document.querySelector<HTMLButtonElement>(`[data-testid="${testid}"]`)!.click();
const settle = async () => {
  for (let i = 0; i < 5; i++) await tick();
  flushSync();
};

test("a newer release is offered with its notes and installed only on request", async () => {
  const { install, onclose } = open(async () => ({ version: "0.2.0", notes: "Better dates." }));
  expect(text("update-status")).toBe("Looking for a newer version…");
  await settle();
  expect(text("update-status")).toBe("GeoTimeline 0.2.0 is available.");
  expect(text("update-notes")).toBe("Better dates.");
  expect(install).not.toHaveBeenCalled();
  click("update-primary");
  await settle();
  expect(install).toHaveBeenCalledOnce();
  expect(text("update-status")).toBe("Downloading and installing… GeoTimeline will restart.");
  expect(document.querySelector('[data-testid="update-primary"]')).toBeNull();
  expect(onclose).not.toHaveBeenCalled();
});

test("Later closes without installing", async () => {
  const { install, onclose } = open(async () => ({ version: "0.2.0", notes: null }));
  await settle();
  expect(document.querySelector('[data-testid="update-notes"]')).toBeNull();
  click("update-later");
  expect(onclose).toHaveBeenCalledOnce();
  expect(install).not.toHaveBeenCalled();
});

test("no newer release says the version is the latest", async () => {
  open(async () => null);
  await settle();
  expect(text("update-status")).toBe("GeoTimeline 0.1.0 is the latest version.");
});

test("a failed check says why", async () => {
  open(async () => {
    throw new Error("the update check failed: connection refused");
  });
  await settle();
  expect(text("update-status")).toBe("the update check failed: connection refused");
  expect(document.querySelector('[data-testid="update-status"]')!.classList.contains("error")).toBe(true);
});
