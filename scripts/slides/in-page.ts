/**
 * Functions Playwright runs inside the slide page. The Node tsconfig has no DOM
 * lib (main/core must stay DOM-free), so the few browser APIs used here are
 * typed by hand below. Keep these bodies free of nested named functions: tsx
 * would wrap them in a `__name` helper that does not exist in the page.
 */

interface FontFaceLike {
  family: string;
  weight: string;
  status: string;
}
interface FontFaceSetLike extends Iterable<FontFaceLike> {
  load(font: string, text: string): Promise<unknown>;
  check(font: string, text: string): boolean;
  ready: Promise<unknown>;
}
interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
}
interface RangeLike {
  selectNodeContents(node: NodeLike): void;
  getBoundingClientRect(): RectLike;
  getClientRects(): Iterable<RectLike>;
}
interface NodeLike {
  textContent: string | null;
}
interface ElementLike extends NodeLike {
  clientWidth: number;
  style: { fontSize: string };
}
interface DocumentLike {
  fonts: FontFaceSetLike;
  body: NodeLike;
  querySelectorAll(selector: string): Iterable<ElementLike>;
  createRange(): RangeLike;
  createTreeWalker(root: NodeLike, whatToShow: number): { nextNode(): NodeLike | null };
}
interface PageGlobals {
  document: DocumentLike;
  getComputedStyle(el: ElementLike): { fontSize: string };
}

/** Outcome of loading the embedded font, per weight, plus the mandated sample check. */
export interface FontReport {
  sampleOk: boolean;
  weightsOk: Record<string, boolean>;
  /** Weights with at least one face of the family actually loaded. */
  loadedWeights: string[];
}

/**
 * Loads every weight for exactly the characters on the page, waits for
 * `document.fonts.ready`, then asks whether those glyphs can be drawn without a fallback.
 * `check()` alone is not enough: it also answers true when the family has no faces at
 * all (a missing @font-face), so the loaded faces are listed too.
 */
export async function loadFonts(args: { family: string; weights: number[]; sample: string }): Promise<FontReport> {
  const { document } = globalThis as unknown as PageGlobals;
  const pageText = (document.body.textContent ?? '') + args.sample;
  await Promise.all(args.weights.map((w) => document.fonts.load(`${w} 64px "${args.family}"`, pageText)));
  await document.fonts.ready;
  const weightsOk: Record<string, boolean> = {};
  for (const w of args.weights) weightsOk[w] = document.fonts.check(`${w} 64px "${args.family}"`, pageText);
  const loadedWeights: string[] = [];
  for (const face of document.fonts) {
    if (face.family.replace(/["']/g, '') === args.family && face.status === 'loaded') loadedWeights.push(face.weight);
  }
  return { sampleOk: document.fonts.check(`700 64px "${args.family}"`, args.sample), weightsOk, loadedWeights };
}

/** Shrinks each `.fit` line 1 px at a time until its text fits its box; returns what it shrank. */
export function fitLines(): string[] {
  const g = globalThis as unknown as PageGlobals;
  const shrunk: string[] = [];
  for (const el of g.document.querySelectorAll('.fit')) {
    const range = g.document.createRange();
    range.selectNodeContents(el);
    const start = parseFloat(g.getComputedStyle(el).fontSize);
    let size = start;
    while (range.getBoundingClientRect().width > el.clientWidth + 0.5 && size > start * 0.6) {
      size -= 1;
      el.style.fontSize = `${size}px`;
    }
    if (size !== start) shrunk.push(`"${el.textContent ?? ''}" ${start}px → ${size}px`);
  }
  return shrunk;
}

/** Bounding boxes of every run of visible text, for checking against the safe area. */
export function textBoxes(): Array<{ text: string; left: number; top: number; right: number; bottom: number }> {
  const { document } = globalThis as unknown as PageGlobals;
  const SHOW_TEXT = 4;
  const walker = document.createTreeWalker(document.body, SHOW_TEXT);
  const boxes: Array<{ text: string; left: number; top: number; right: number; bottom: number }> = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const content = (node.textContent ?? '').trim();
    if (!content) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) {
      boxes.push({ text: content.slice(0, 40), left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    }
  }
  return boxes;
}
