/**
 * The five default campaign slides bk1–bk5. Each one carries one slogan of the
 * federation's campaign and has its own composition, so the rotation reads as
 * a set rather than five copies with different words.
 */
import {
  cheeringFigure,
  dongSonDrum,
  factorySkyline,
  factoryWindows,
  gear,
  karstHills,
  lotus,
  rays,
  star,
} from './motifs';
import { COLORS as C, SLIDE, htmlPage, issuer, svgLayer, text } from './page';

/** A campaign slide: its id (the file name) and the finished HTML. */
export interface CampaignSlide {
  id: string;
  html: string;
}

/** A radial fade mask, so rays and rings dissolve before the calm corners. */
function fadeMask(id: string, cx: number, cy: number, radius: number): string {
  return (
    `<radialGradient id="${id}-g" gradientUnits="userSpaceOnUse" cx="${cx}" cy="${cy}" r="${radius}">` +
    `<stop offset="0" stop-color="#fff"/><stop offset="0.55" stop-color="#fff" stop-opacity="0.7"/>` +
    `<stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient>` +
    `<mask id="${id}" maskUnits="userSpaceOnUse" x="0" y="0" width="${SLIDE.width}" height="${SLIDE.height}">` +
    `<rect width="${SLIDE.width}" height="${SLIDE.height}" fill="url(#${id}-g)"/></mask>`
  );
}

/** A gold rule with a star in the middle, used as a divider under headlines. */
function starRule(width: number, color: string): string {
  const mid = width / 2;
  return (
    `<svg class="rule" width="${width}" height="44" viewBox="0 0 ${width} 44">` +
    `<rect x="0" y="20" width="${mid - 40}" height="4" fill="${color}"/>` +
    `<rect x="${mid + 40}" y="20" width="${mid - 40}" height="4" fill="${color}"/>` +
    `${star(mid, 23, 22, color)}</svg>`
  );
}

function page(css: string, body: string): string {
  return htmlPage({ width: SLIDE.width, height: SLIDE.height, css, body });
}

// Two ranges of hill tops [x, y] for bk1, the nearer one lower and darker.
// prettier-ignore
const BACK_HILLS = [[90, 840], [330, 815], [560, 860], [800, 830], [1080, 850], [1330, 815], [1580, 845], [1820, 825]] as const;
// prettier-ignore
const FRONT_HILLS = [[200, 905], [470, 890], [720, 915], [1010, 895], [1260, 912], [1520, 892], [1760, 910]] as const;

/** bk1 — the provincial congress: centred and ceremonial, drum and rays behind, Bắc Kạn's hills below. */
function bk1(): string {
  const art = svgLayer(
    `<defs>${fadeMask('m1', 960, 430, 820)}</defs>` +
      `<g mask="url(#m1)">${rays(960, 430, 48, 1300, C.gold, 'opacity="0.08"')}</g>` +
      dongSonDrum(960, 430, 520, C.gold, 0.16) +
      karstHills(BACK_HILLS, SLIDE.width, SLIDE.height, '#A00A22') +
      karstHills(FRONT_HILLS, SLIDE.width, SLIDE.height, C.darkest),
  );
  const css = `
    .bg{position:absolute;inset:0;background:radial-gradient(circle at 50% 40%,#D7182F 0%,${C.red} 35%,${C.deep} 95%)}
    .main{position:absolute;left:120px;right:120px;top:112px;display:flex;flex-direction:column;align-items:center;text-align:center}
    .big{font-size:180px;font-weight:800;color:${C.gold};line-height:1.38;letter-spacing:0.02em;
      text-shadow:0 6px 0 ${C.darkest}}
    .sub{width:100%;font-size:104px;font-weight:800;line-height:1.38;text-shadow:0 4px 0 ${C.darkest}}
    .rule{margin:14px 0 22px}
    .term{padding:8px 48px 12px;border-radius:60px;background:${C.gold};color:${C.deep};font-size:60px;font-weight:800;line-height:1.25}
    .motto{margin-top:26px;font-size:50px;font-weight:700;color:${C.white};line-height:1.3}`;
  const body =
    `<div class="bg"></div>${art}${issuer(C.gold)}<div class="main">` +
    `<div class="big">${text('ĐẠI HỘI X')}</div>` +
    `<div class="sub fit">${text('CÔNG ĐOÀN TỈNH BẮC KẠN')}</div>` +
    starRule(900, C.gold) +
    `<div class="term">${text('Nhiệm kỳ 2023 – 2028')}</div>` +
    `<div class="motto">${text('Đoàn kết – Dân chủ – Đổi mới – Phát triển')}</div></div>`;
  return page(css, body);
}

/** bk2 — the national congress: text on the left, a great star on a slanted panel to the right. */
function bk2(): string {
  const cx = 1520;
  const cy = 560;
  const panel = '1180,0 1920,0 1920,1080 1060,1080';
  const art = svgLayer(
    `<defs>${fadeMask('m2', cx, cy, 640)}` +
      `<clipPath id="panel"><polygon points="${panel}"/></clipPath></defs>` +
      `<polygon points="${panel}" fill="${C.red}"/>` +
      `<polygon points="1150,0 1180,0 1060,1080 1030,1080" fill="${C.gold}"/>` +
      `<g mask="url(#m2)" clip-path="url(#panel)">${rays(cx, cy, 40, 900, C.gold, 'opacity="0.14"')}</g>` +
      `<circle cx="${cx}" cy="${cy}" r="300" fill="none" stroke="${C.gold}" stroke-width="10"/>` +
      `<circle cx="${cx}" cy="${cy}" r="338" fill="none" stroke="${C.gold}" stroke-width="4" stroke-dasharray="4 14"/>` +
      star(cx, cy + 14, 250, C.gold),
  );
  const css = `
    .bg{position:absolute;inset:0;background:linear-gradient(160deg,#A30F25 0%,${C.deep} 70%)}
    .main{position:absolute;left:96px;width:935px;top:150px}
    .big{font-size:140px;font-weight:800;color:${C.gold};line-height:1.38}
    .sub{font-size:108px;font-weight:800;line-height:1.38}
    .term{display:inline-block;margin-top:18px;padding:6px 0 10px;border-top:5px solid ${C.gold};border-bottom:5px solid ${C.gold};
      color:${C.gold};font-size:54px;font-weight:800;line-height:1.25}
    .slogan{margin-top:28px;font-size:40px;font-weight:500;line-height:1.4;color:${C.cream}}`;
  const body =
    `<div class="bg"></div>${art}${issuer(C.gold)}<div class="main">` +
    `<div class="big fit">${text('ĐẠI HỘI XIII')}</div>` +
    `<div class="sub fit">${text('CÔNG ĐOÀN')}</div><div class="sub fit">${text('VIỆT NAM')}</div>` +
    `<div class="term">${text('Nhiệm kỳ 2023 – 2028')}</div>` +
    `<div class="slogan"><div class="fit">${text('Công đoàn Việt Nam đổi mới, sáng tạo')}</div>` +
    `<div class="fit">${text('vì quyền, lợi ích của đoàn viên, người lao động')}</div></div></div>`;
  return page(css, body);
}

/** bk3 — learning from Hồ Chí Minh: a lotus under a star in an arched panel, the slogan stacked beside it. */
function bk3(): string {
  const cx = 400;
  const art = svgLayer(
    `<defs>${fadeMask('m3', cx, 360, 380)}` +
      `<clipPath id="arch"><path d="M110,930L110,450A290,290 0 0 1 690,450L690,930Z"/></clipPath>` +
      `<linearGradient id="cream" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${C.cream}"/>` +
      `<stop offset="1" stop-color="${C.goldSoft}"/></linearGradient></defs>` +
      `<path d="M96,944L96,450A304,304 0 0 1 704,450L704,944Z" fill="${C.gold}"/>` +
      `<g clip-path="url(#arch)"><rect x="0" y="0" width="800" height="1080" fill="url(#cream)"/>` +
      `<g mask="url(#m3)">${rays(cx, 360, 36, 600, C.red, 'opacity="0.16"')}</g>` +
      star(cx, 360, 92, C.red) +
      lotus(cx, 850, 400, C.deep, C.red, C.gold) +
      `<rect x="0" y="850" width="800" height="100" fill="${C.deep}"/>` +
      `<path d="M110,880Q180,862 250,880T390,880T530,880T670,880" fill="none" stroke="${C.goldSoft}" stroke-width="5"/>` +
      `</g>`,
  );
  const css = `
    .bg{position:absolute;inset:0;background:linear-gradient(110deg,${C.deep} 0%,${C.red} 60%,#B00C27 100%)}
    .main{position:absolute;left:790px;width:1055px;top:244px}
    .kicker{font-size:80px;font-weight:800;color:${C.gold};line-height:1.38}
    .line{font-size:92px;font-weight:800;line-height:1.38}
    .name{font-size:156px;font-weight:800;color:${C.gold};line-height:1.38;text-shadow:0 6px 0 ${C.darkest}}`;
  const body =
    `<div class="bg"></div>${art}${issuer(C.gold)}<div class="main">` +
    `<div class="kicker fit">${text('HỌC TẬP VÀ LÀM THEO')}</div>` +
    `<div class="line fit">${text('TƯ TƯỞNG, ĐẠO ĐỨC,')}</div>` +
    `<div class="line fit">${text('PHONG CÁCH')}</div>` +
    `<div class="name fit">${text('HỒ CHÍ MINH')}</div></div>`;
  return page(css, body);
}

/** bk4 — the working class: a stacked headline over a factory skyline, a gear with a star at right. */
function bk4(): string {
  const art = svgLayer(
    `<defs>${fadeMask('m4', 1610, 580, 540)}</defs>` +
      `<g mask="url(#m4)">${rays(1610, 580, 32, 800, C.gold, 'opacity="0.10"')}</g>` +
      gear(1610, 580, 255, 16, C.gold) +
      `<circle cx="1610" cy="580" r="162" fill="none" stroke="${C.deep}" stroke-width="10"/>` +
      star(1610, 588, 84, C.gold) +
      gear(1340, 772, 104, 10, C.goldSoft, 'transform="rotate(9 1340 772)"') +
      // A fainter, smaller skyline in between reads as the town further off.
      factorySkyline(540, 966, 0.5, '#7E0A1E') +
      factorySkyline(-20, 966, 0.72, C.darkest) +
      factoryWindows(-20, 966, 0.72, '#7A0A1C') +
      factorySkyline(1480, 966, 0.6, C.darkest) +
      `<rect x="0" y="964" width="1920" height="116" fill="${C.darkest}"/>`,
  );
  const css = `
    .bg{position:absolute;inset:0;background:linear-gradient(180deg,${C.red} 0%,#A60D26 60%,${C.deep} 100%)}
    .main{position:absolute;left:96px;width:1200px;top:146px}
    .l{font-size:104px;font-weight:800;line-height:1.38}
    .gold{color:${C.gold}}
    .bar{display:inline-block;margin-top:16px;padding:4px 28px 10px;background:${C.gold};color:${C.deep};
      font-size:92px;font-weight:800;line-height:1.2}`;
  const body =
    `<div class="bg"></div>${art}${issuer(C.gold)}<div class="main">` +
    `<div class="l gold fit">${text('XÂY DỰNG')}</div>` +
    `<div class="l fit">${text('GIAI CẤP CÔNG NHÂN')}</div>` +
    `<div class="l fit">${text('VIỆT NAM')}</div>` +
    `<div class="bar">${text('HIỆN ĐẠI, LỚN MẠNH')}</div></div>`;
  return page(css, body);
}

/** bk5 — the members: the slogan's three-beat rhythm as a grid, people cheering under a star in a gold sun. */
function bk5(): string {
  const cx = 1590;
  const cy = 590;
  const r = 265;
  const figures = [
    [cx - 200, 265],
    [cx + 200, 265],
    [cx - 104, 318],
    [cx + 104, 318],
    [cx, 365],
  ] as const;
  const art = svgLayer(
    `<defs><clipPath id="sun"><circle cx="${cx}" cy="${cy}" r="${r}"/></clipPath></defs>` +
      `<circle cx="${cx}" cy="${cy}" r="${r + 26}" fill="none" stroke="${C.gold}" stroke-width="6"/>` +
      `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${C.gold}"/>` +
      `<g clip-path="url(#sun)">${rays(cx, cy - 135, 28, 480, C.goldSoft)}` +
      star(cx, cy - 150, 70, C.red) +
      figures.map(([x, h]) => cheeringFigure(x, cy + r, h, C.deep, C.gold)).join('') +
      `</g>`,
  );
  const css = `
    .bg{position:absolute;inset:0;background:linear-gradient(200deg,${C.red} 0%,${C.deep} 100%)}
    .main{position:absolute;left:96px;width:1150px;top:240px}
    .kicker{font-size:84px;font-weight:800;color:${C.gold};line-height:1.38}
    .kicker2{font-size:58px;font-weight:700;line-height:1.38;margin-bottom:12px}
    .row{display:flex;align-items:baseline;font-size:92px;font-weight:800;line-height:1.5}
    .row .p{flex:0 0 250px;color:${C.gold}}
    .row .n{flex:1 1 auto;min-width:0}`;
  const row = (prep: string, rest: string): string =>
    `<div class="row"><span class="p">${text(prep)}</span><span class="n fit">${text(rest)}</span></div>`;
  const body =
    `<div class="bg"></div>${art}${issuer(C.gold)}<div class="main">` +
    `<div class="kicker fit">${text('CÔNG ĐOÀN VIỆT NAM')}</div>` +
    `<div class="kicker2">${text('LÀ TỔ CHỨC')}</div>` +
    row('CỦA', 'NGƯỜI LAO ĐỘNG,') +
    row('DO', 'NGƯỜI LAO ĐỘNG,') +
    row('VÌ', 'NGƯỜI LAO ĐỘNG') +
    `</div>`;
  return page(css, body);
}

/** All five campaign slides, in playing order. */
export function campaignSlides(): CampaignSlide[] {
  return [
    { id: 'bk1', html: bk1() },
    { id: 'bk2', html: bk2() },
    { id: 'bk3', html: bk3() },
    { id: 'bk4', html: bk4() },
    { id: 'bk5', html: bk5() },
  ];
}
