/** The HTML shell every slide, the standby card and the icon are drawn in. */
import { FONT_FAMILY, fontFaceCss } from './fonts';
import { star } from './motifs';

/** Union red, deep red and gold, the palette of the federation's own pa-nô. */
export const COLORS = {
  red: '#C8102E',
  deep: '#8B0000',
  darkest: '#5A0010',
  gold: '#FFD700',
  goldSoft: '#F2C14E',
  cream: '#FFF3D1',
  white: '#FFFFFF',
} as const;

/** Slide canvas size in CSS px (rendered at device scale 1). */
export const SLIDE = { width: 1920, height: 1080 } as const;

/** Escapes text for HTML and normalises it to NFC, so every diacritic is one precomposed glyph. */
export function text(value: string): string {
  return value
    .normalize('NFC')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** An SVG layer covering the whole canvas, in canvas pixel coordinates. */
export function svgLayer(content: string, width: number = SLIDE.width, height: number = SLIDE.height): string {
  return (
    `<svg class="layer" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}">${content}</svg>`
  );
}

/** The small issuer line with a star, shown on every campaign slide. */
export function issuer(color: string, starColor: string = color): string {
  return (
    `<div class="issuer" style="color:${color}">` +
    `<svg width="40" height="40" viewBox="0 0 40 40">${star(20, 21, 19, starColor)}</svg>` +
    `<span>${text('LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC KẠN')}</span></div>`
  );
}

// Shared rules: absolute layers, the embedded font, and `.fit` lines that never wrap (the renderer shrinks them if needed).
const BASE_CSS = `
*{margin:0;padding:0;box-sizing:border-box}
html,body{overflow:hidden;background:transparent}
body{position:relative;font-family:'${FONT_FAMILY}';font-weight:700;color:${COLORS.white};
  font-kerning:normal;text-rendering:geometricPrecision;-webkit-font-smoothing:antialiased}
.layer{position:absolute;left:0;top:0}
.fit{white-space:nowrap}
.issuer{position:absolute;left:96px;top:64px;display:flex;align-items:center;gap:16px;
  font-size:30px;font-weight:700;letter-spacing:0.12em;line-height:1}
`;

/** A complete HTML document of the given size with the font embedded. */
export function htmlPage(opts: { width: number; height: number; css: string; body: string }): string {
  const doc =
    `<!doctype html><html lang="vi"><head><meta charset="utf-8">` +
    `<style>${fontFaceCss()}\n${BASE_CSS}\nbody{width:${opts.width}px;height:${opts.height}px}\n${opts.css}</style>` +
    `</head><body>${opts.body}</body></html>`;
  return doc.normalize('NFC');
}
