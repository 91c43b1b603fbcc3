/**
 * The picture of the bundled sample article (assets/feed/6.-cong-tac-tuyen-truyen-dh-cac-cap.anh.jpg): a
 * drawn conference hall — the stage of a provincial union meeting with its red
 * banner, flags, presidium table, lectern and rows of covered chairs. It is an
 * illustration, not a photograph: the host seeds it into the image cache as the
 * download of the article's media:content URL, so the sample works offline.
 */
import { gear, rays, star } from './motifs';
import { COLORS as C, htmlPage, svgLayer, text } from './page';

/** Picture size in px: the 3:2 of a press photo, the shape the real article's picture has. */
export const NEWS_SAMPLE = { width: 1600, height: 1067 } as const;

const W = NEWS_SAMPLE.width;
const H = NEWS_SAMPLE.height;

/** Rounds to 0.1 px so the markup stays short. */
const r1 = (n: number): string => (Math.round(n * 10) / 10).toString();

// Where the stage is: the back wall ends at the floor line, the stage front drops to the hall floor.
const FLOOR_Y = 770;
const STAGE_FRONT_Y = 850;
const BANNER = { left: 250, top: 118, right: 1350, bottom: 392 } as const;

/** A theatre curtain hanging from the top to `bottom`, its folds as alternating light and dark strips. */
function curtain(left: number, right: number, bottom: number, folds: number): string {
  const step = (right - left) / folds;
  let strips = '';
  for (let i = 0; i < folds; i++) {
    const x = left + i * step;
    strips += `<rect x="${r1(x)}" y="0" width="${r1(step)}" height="${bottom}" fill="url(#fold)"/>`;
  }
  // A gold cord gathers each curtain a little above the floor.
  const cordY = bottom - 230;
  return (
    `<g>${strips}` +
    `<rect x="${left}" y="${cordY}" width="${right - left}" height="10" fill="${C.goldSoft}" opacity="0.9"/>` +
    `<rect x="${left}" y="${bottom - 6}" width="${right - left}" height="6" fill="${C.darkest}"/></g>`
  );
}

/** The pelmet across the top: a red band with scalloped swags and a gold fringe. */
function valance(): string {
  const swag = 100;
  let d = `M0,0L${W},0L${W},58`;
  for (let x = W; x > 0; x -= swag) d += `Q${r1(x - swag / 2)},112 ${r1(x - swag)},58`;
  d += 'Z';
  let fringe = '';
  for (let x = 0; x < W; x += swag) {
    fringe += `M${x},58Q${r1(x + swag / 2)},112 ${x + swag},58`;
  }
  return (
    `<path d="${d}" fill="${C.deep}"/>` +
    `<path d="${fringe}" fill="none" stroke="${C.goldSoft}" stroke-width="5"/>` +
    `<rect x="0" y="0" width="${W}" height="16" fill="${C.darkest}"/>`
  );
}

/** Stage lights hanging under the pelmet, each with a faint cone of light. */
function stageLights(): string {
  const xs = [380, 620, 800, 980, 1220];
  return xs
    .map(
      (x) =>
        `<polygon points="${x - 14},92 ${x + 14},92 ${x + 190},${FLOOR_Y} ${x - 190},${FLOOR_Y}" fill="url(#beam)"/>` +
        `<rect x="${x - 16}" y="70" width="32" height="24" rx="6" fill="#2A0008"/>` +
        `<rect x="${x - 11}" y="90" width="22" height="5" rx="2" fill="${C.cream}"/>`,
    )
    .join('');
}

/** A Vietnamese flag on a pole standing on the stage. */
function flag(poleX: number, towardRight: boolean): string {
  const dir = towardRight ? 1 : -1;
  const top = 420;
  const w = 150;
  const h = 100;
  const x2 = poleX + dir * w;
  // A gentle wave along the top and bottom edges.
  const d =
    `M${poleX},${top}Q${r1(poleX + (dir * w) / 2)},${top - 16} ${x2},${top + 4}` +
    `L${x2},${top + h + 4}Q${r1(poleX + (dir * w) / 2)},${top + h - 16} ${poleX},${top + h}Z`;
  return (
    `<rect x="${poleX - 4}" y="${top - 18}" width="8" height="${FLOOR_Y - top + 18}" fill="${C.goldSoft}"/>` +
    `<circle cx="${poleX}" cy="${top - 22}" r="9" fill="${C.gold}"/>` +
    `<path d="${d}" fill="#DA251D"/>` +
    star(poleX + (dir * w) / 2, top + h / 2 - 4, 30, '#FFFF00')
  );
}

/** A bunch of flowers: round blooms in a low mound, as on the front of a presidium table. */
function flowers(cx: number, baseY: number, size: number, colors: readonly string[]): string {
  let out = `<ellipse cx="${cx}" cy="${r1(baseY - size * 0.25)}" rx="${r1(size * 1.05)}" ry="${r1(size * 0.55)}" fill="#1F5C2E"/>`;
  const spots = [
    [-0.7, -0.35],
    [-0.25, -0.6],
    [0.25, -0.6],
    [0.7, -0.35],
    [-0.45, -0.15],
    [0, -0.3],
    [0.45, -0.15],
  ] as const;
  spots.forEach(([dx, dy], i) => {
    const fill = colors[i % colors.length] ?? C.gold;
    out += `<circle cx="${r1(cx + dx * size)}" cy="${r1(baseY + dy * size)}" r="${r1(size * 0.3)}" fill="${fill}"/>`;
    out += `<circle cx="${r1(cx + dx * size)}" cy="${r1(baseY + dy * size)}" r="${r1(size * 0.1)}" fill="#8A5A00" opacity="0.55"/>`;
  });
  return out;
}

/** The presidium table: a cream top, a red skirt with gold trim, microphones, name cards and flowers in front. */
function presidiumTable(): string {
  const left = 430;
  const right = 1110;
  const top = 612;
  let out =
    `<rect x="${left}" y="${top}" width="${right - left}" height="14" fill="${C.cream}"/>` +
    `<rect x="${left + 6}" y="${top + 14}" width="${right - left - 12}" height="${FLOOR_Y - top - 14}" fill="url(#skirt)"/>` +
    `<rect x="${left + 6}" y="${top + 14}" width="${right - left - 12}" height="12" fill="${C.gold}"/>`;
  for (let x = left + 40; x < right - 20; x += 60) {
    out += `<rect x="${x}" y="${top + 26}" width="3" height="${FLOOR_Y - top - 26}" fill="${C.darkest}" opacity="0.35"/>`;
  }
  // Places for five: a name card and a microphone each.
  for (let i = 0; i < 5; i++) {
    const x = left + 90 + i * 125;
    out +=
      `<path d="M${x - 34},${top}L${x - 28},${top - 26}L${x + 28},${top - 26}L${x + 34},${top}Z" fill="${C.white}"/>` +
      `<path d="M${x + 44},${top}L${x + 44},${top - 40}Q${x + 44},${top - 58} ${x + 30},${top - 64}" fill="none" stroke="#2A2A2A" stroke-width="4"/>` +
      `<ellipse cx="${x + 30}" cy="${top - 66}" rx="7" ry="5" fill="#2A2A2A"/>` +
      `<rect x="${x + 34}" y="${top - 4}" width="20" height="5" rx="2" fill="#2A2A2A"/>`;
  }
  out += flowers(770, FLOOR_Y - 20, 70, [C.gold, C.white, C.red, C.goldSoft]);
  return out;
}

/** The lectern at the right of the stage: a gold star on its front and a gooseneck microphone. */
function lectern(): string {
  const cx = 1215;
  const top = 560;
  return (
    `<path d="M${cx - 78},${top}L${cx + 78},${top}L${cx + 62},${FLOOR_Y}L${cx - 62},${FLOOR_Y}Z" fill="url(#wood)"/>` +
    `<rect x="${cx - 90}" y="${top - 16}" width="180" height="20" rx="4" fill="#5B2C12"/>` +
    `<circle cx="${cx}" cy="${top + 92}" r="48" fill="${C.red}" stroke="${C.gold}" stroke-width="5"/>` +
    star(cx, top + 95, 34, C.gold) +
    `<path d="M${cx - 30},${top - 14}Q${cx - 40},${top - 70} ${cx - 5},${top - 92}" fill="none" stroke="#2A2A2A" stroke-width="4"/>` +
    `<ellipse cx="${cx - 2}" cy="${top - 94}" rx="8" ry="6" fill="#2A2A2A"/>`
  );
}

/** The raised stage: red carpet, a dark front face, and a row of potted flowers along its edge. */
function stage(): string {
  let out =
    `<rect x="0" y="${FLOOR_Y}" width="${W}" height="${STAGE_FRONT_Y - FLOOR_Y}" fill="url(#carpet)"/>` +
    `<rect x="0" y="${STAGE_FRONT_Y}" width="${W}" height="58" fill="#3E0010"/>` +
    `<rect x="0" y="${STAGE_FRONT_Y}" width="${W}" height="6" fill="${C.goldSoft}" opacity="0.8"/>`;
  for (let x = 60; x < W; x += 120) {
    out += flowers(x, STAGE_FRONT_Y + 6, 34, [C.gold, C.goldSoft, C.white, C.red]);
  }
  return out;
}

/** Rows of chairs in cream covers with red sashes, seen from behind, the nearest row largest. */
function audience(): string {
  const rows = [
    { y: 930, w: 92, h: 70, gap: 26, offset: 20, shade: '#E9DCC0' },
    { y: 985, w: 118, h: 90, gap: 30, offset: -40, shade: '#F4E9D0' },
  ];
  let out = `<rect x="0" y="${STAGE_FRONT_Y + 58}" width="${W}" height="${H - STAGE_FRONT_Y - 58}" fill="#2B0509"/>`;
  for (const row of rows) {
    for (let x = row.offset; x < W; x += row.w + row.gap) {
      out +=
        `<rect x="${x}" y="${row.y}" width="${row.w}" height="${row.h + 40}" rx="${r1(row.w * 0.18)}" fill="${row.shade}"/>` +
        `<rect x="${x}" y="${r1(row.y + row.h * 0.42)}" width="${row.w}" height="${r1(row.h * 0.2)}" fill="${C.red}"/>`;
    }
  }
  return out;
}

/** The drawing behind the text: wall, curtains, lights, banner frame, flags, table, lectern, stage and seats. */
function artwork(): string {
  const defs =
    `<defs>` +
    `<linearGradient id="wall" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#7A0A1C"/>` +
    `<stop offset="1" stop-color="${C.darkest}"/></linearGradient>` +
    `<radialGradient id="glow" cx="0.5" cy="0.3" r="0.5"><stop offset="0" stop-color="#C8102E" stop-opacity="0.55"/>` +
    `<stop offset="1" stop-color="#C8102E" stop-opacity="0"/></radialGradient>` +
    `<linearGradient id="fold" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#5E0014"/>` +
    `<stop offset="0.45" stop-color="#B00C27"/><stop offset="1" stop-color="#5E0014"/></linearGradient>` +
    `<linearGradient id="beam" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#FFF3D1" stop-opacity="0.16"/>` +
    `<stop offset="1" stop-color="#FFF3D1" stop-opacity="0"/></linearGradient>` +
    `<linearGradient id="skirt" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${C.red}"/>` +
    `<stop offset="1" stop-color="${C.deep}"/></linearGradient>` +
    `<linearGradient id="wood" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#6B3416"/>` +
    `<stop offset="0.5" stop-color="#94501F"/><stop offset="1" stop-color="#6B3416"/></linearGradient>` +
    `<linearGradient id="carpet" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#9E0B24"/>` +
    `<stop offset="1" stop-color="#6E0719"/></linearGradient>` +
    `<clipPath id="banner"><rect x="${BANNER.left}" y="${BANNER.top}" width="${BANNER.right - BANNER.left}" ` +
    `height="${BANNER.bottom - BANNER.top}"/></clipPath>` +
    `</defs>`;
  const emblemX = BANNER.left + 130;
  const emblemY = (BANNER.top + BANNER.bottom) / 2;
  const banner =
    `<rect x="${BANNER.left - 8}" y="${BANNER.top - 8}" width="${BANNER.right - BANNER.left + 16}" ` +
    `height="${BANNER.bottom - BANNER.top + 16}" fill="${C.gold}"/>` +
    `<rect x="${BANNER.left}" y="${BANNER.top}" width="${BANNER.right - BANNER.left}" ` +
    `height="${BANNER.bottom - BANNER.top}" fill="${C.red}"/>` +
    `<g clip-path="url(#banner)">${rays(emblemX, emblemY, 28, 420, C.gold, 'opacity="0.10"')}</g>` +
    `<rect x="${BANNER.left + 14}" y="${BANNER.top + 14}" width="${BANNER.right - BANNER.left - 28}" ` +
    `height="${BANNER.bottom - BANNER.top - 28}" fill="none" stroke="${C.goldSoft}" stroke-width="2"/>` +
    gear(emblemX, emblemY, 92, 14, C.gold) +
    `<circle cx="${emblemX}" cy="${emblemY}" r="58" fill="${C.red}"/>` +
    star(emblemX, emblemY + 4, 50, C.gold);
  return svgLayer(
    defs +
      `<rect width="${W}" height="${FLOOR_Y}" fill="url(#wall)"/>` +
      `<rect width="${W}" height="${FLOOR_Y}" fill="url(#glow)"/>` +
      curtain(0, 170, FLOOR_Y, 5) +
      curtain(W - 170, W, FLOOR_Y, 5) +
      stageLights() +
      banner +
      flag(232, true) +
      flag(W - 232, false) +
      presidiumTable() +
      lectern() +
      valance() +
      stage() +
      audience(),
    W,
    H,
  );
}

/** The finished page for the renderer: the drawing, and the banner's words set in Be Vietnam Pro. */
export function newsSampleHtml(): string {
  const css = `
    .banner{position:absolute;left:${BANNER.left + 250}px;width:${BANNER.right - BANNER.left - 300}px;
      top:${BANNER.top + 34}px;display:flex;flex-direction:column;align-items:center;text-align:center}
    .org{font-size:30px;font-weight:700;color:${C.gold};line-height:1.4;letter-spacing:0.08em}
    .big{width:100%;font-size:62px;font-weight:800;color:${C.white};line-height:1.38}
    .gold{color:${C.gold}}`;
  const body =
    `${artwork()}<div class="banner">` +
    `<div class="org fit">${text('LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC KẠN')}</div>` +
    `<div class="big fit">${text('HỘI NGHỊ BÁO CÁO VIÊN')}</div>` +
    `<div class="big gold fit">${text('CÔNG ĐOÀN CẤP TỈNH')}</div></div>`;
  return htmlPage({ width: W, height: H, css, body });
}
