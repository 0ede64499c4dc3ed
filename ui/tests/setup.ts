// jsdom has no canvas: give the timeline a 2D context that records nothing,
// with a text measure, so the layout runs as it does in the app.
import { vi } from "vitest";

const context = new Proxy(
  { measureText: (text: string) => ({ width: text.length * 7 }) } as Record<string, unknown>,
  { get: (target, key) => (key in target ? target[key as string] : () => undefined), set: () => true },
);
HTMLCanvasElement.prototype.getContext = vi.fn(() => context) as unknown as HTMLCanvasElement["getContext"];

if (!("ResizeObserver" in globalThis)) {
  (globalThis as Record<string, unknown>).ResizeObserver = class {
    observe() {}
    disconnect() {}
  };
}

// The app follows the system language; the tests run as a French user unless they switch.
Object.defineProperty(navigator, "language", { value: "fr-FR", configurable: true });
