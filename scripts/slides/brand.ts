/** Pano's own artwork: the standby card shown while a screen recovers, and the app icon. */
import { dongSonDrum, rays, star } from './motifs';
import { COLORS as C, SLIDE, htmlPage, svgLayer, text } from './page';

/** Icon edge length in px. */
export const ICON_SIZE = 512;

/** The standby card: a quiet star in a drum ring over the name, nothing that suggests an error. */
export function standbyHtml(): string {
  const art = svgLayer(dongSonDrum(960, 330, 250, C.gold, 0.28) + star(960, 338, 96, C.gold));
  const css = `
    .bg{position:absolute;inset:0;background:radial-gradient(circle at 50% 35%,#B30D27 0%,${C.deep} 60%,${C.darkest} 100%)}
    .main{position:absolute;left:0;right:0;top:610px;display:flex;flex-direction:column;align-items:center}
    .name{font-size:150px;font-weight:800;color:${C.gold};line-height:1.1;letter-spacing:0.04em}
    .rule{width:520px;height:4px;margin:18px 0 26px;background:${C.gold};opacity:0.7}
    .org{font-size:56px;font-weight:500;color:${C.cream};line-height:1.3}`;
  const body =
    `<div class="bg"></div>${art}<div class="main">` +
    `<div class="name">${text('Pano')}</div><div class="rule"></div>` +
    `<div class="org">${text('Liên đoàn Lao động tỉnh Bắc Kạn')}</div></div>`;
  return htmlPage({ width: SLIDE.width, height: SLIDE.height, css, body });
}

/** The app icon: a gold star over "PANO" on a red rounded square; the corners stay transparent. */
export function iconHtml(): string {
  const s = ICON_SIZE;
  const art = svgLayer(
    `<defs><clipPath id="tile"><rect width="${s}" height="${s}" rx="112"/></clipPath></defs>` +
      `<g clip-path="url(#tile)">${rays(256, 210, 20, 420, C.gold, 'opacity="0.12"')}</g>` +
      star(256, 222, 150, C.gold),
    s,
    s,
  );
  const css = `
    .tile{position:absolute;inset:0;border-radius:112px;background:linear-gradient(160deg,${C.red} 0%,${C.deep} 100%)}
    .word{position:absolute;left:0;right:0;top:366px;text-align:center;font-size:104px;font-weight:800;
      color:${C.gold};line-height:1;letter-spacing:0.06em}`;
  const body = `<div class="tile"></div>${art}<div class="word">${text('PANO')}</div>`;
  return htmlPage({ width: s, height: s, css, body });
}
