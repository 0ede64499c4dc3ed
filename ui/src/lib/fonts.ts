/**
 * The window's font, for its style sheet (styles.css, pinned to this by fonts.test.ts) and its
 * canvases: the system's interface font (macOS, Windows), else a font with Arial's metrics
 * (Liberation Sans, Nimbus Sans or Arimo on Linux), else the sans-serif default. Each family a
 * stack names before the one found costs WebKitGTK a look-up at every size and weight the window
 * uses: the stack this replaced (with -apple-system, Segoe UI, Roboto, Noto Sans and Helvetica
 * Neue before Arial) took 15–30 ms per size and weight here against 6–11 ms, for the same font,
 * and the style sheet names 24 sizes and weights (#16). The canvases' stack had no Arial: on
 * Linux they drew DejaVu Sans beside the page's Arial-metric font; now both draw the same.
 */
export const FONT_FAMILY = "system-ui, Arial, sans-serif";

/** A canvas font in the window's family: `font("600 12px")`. */
export function font(sizeAndWeight: string): string {
  return `${sizeAndWeight} ${FONT_FAMILY}`;
}

