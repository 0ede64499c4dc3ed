/**
 * The window's font, for its style sheet (styles.css, pinned to this by fonts.test.ts) and its
 * canvases, so that both draw the same font.
 *
 * On macOS and Windows the system's interface font. On Linux, WebKitGTK asks fontconfig for
 * every family a stack names before the one found, at every size and weight the window uses,
 * and a named family costs more than the generic one: measured in the running app, 8 ms per size
 * and weight for `system-ui, Arial, sans-serif`, 5–6 ms for `system-ui` alone, 2–3 ms for
 * `sans-serif` (the user's default sans, DejaVu Sans on a plain Debian). The first layout meets a
 * dozen sizes and weights, so on Linux the window takes `sans-serif` (#16).
 */
export const SYSTEM_FONT_FAMILY = "system-ui, Arial, sans-serif";
export const FONTCONFIG_FONT_FAMILY = "sans-serif";

/** Whether the webview finds its fonts through fontconfig (WebKitGTK on Linux and the BSDs). */
export function usesFontconfig(userAgent: string = globalThis.navigator?.userAgent ?? ""): boolean {
  return /Linux|X11|BSD/.test(userAgent) && !/Android/.test(userAgent);
}

/** The class styles.css gives its fontconfig stack to, set on the root element before the mount. */
export const FONTCONFIG_CLASS = "fontconfig";

export const FONT_FAMILY = usesFontconfig() ? FONTCONFIG_FONT_FAMILY : SYSTEM_FONT_FAMILY;

/** A canvas font in the window's family: `font("600 12px")`. */
export function font(sizeAndWeight: string): string {
  return `${sizeAndWeight} ${FONT_FAMILY}`;
}
