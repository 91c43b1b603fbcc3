/**
 * Decorative SVG motifs drawn from simple shapes: the gold star, rays, a
 * Đông Sơn drum face, a gear, a factory skyline, a lotus, karst hills and
 * people with raised arms. Each returns SVG markup in a 1920×1080 user space.
 */

const TAU = Math.PI * 2;

/** Rounds to 0.1 px so the markup stays short and diffs stay stable. */
const r1 = (n: number): string => (Math.round(n * 10) / 10).toString();

function polarXY(cx: number, cy: number, radius: number, angle: number): [number, number] {
  return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
}

function polar(cx: number, cy: number, radius: number, angle: number): string {
  const [x, y] = polarXY(cx, cy, radius, angle);
  return `${r1(x)},${r1(y)}`;
}

/** Points of a regular star with `points` tips, first tip straight up. */
function starPoints(cx: number, cy: number, outer: number, inner: number, points: number): string {
  const out: string[] = [];
  for (let i = 0; i < points * 2; i++) {
    const angle = -Math.PI / 2 + (i * Math.PI) / points;
    out.push(polar(cx, cy, i % 2 === 0 ? outer : inner, angle));
  }
  return out.join(' ');
}

/** A solid five-pointed star (the inner radius of a true pentagram). */
export function star(cx: number, cy: number, radius: number, fill: string, attrs = ''): string {
  return `<polygon points="${starPoints(cx, cy, radius, radius * 0.382, 5)}" fill="${fill}" ${attrs}/>`;
}

/** Alternating wedges radiating from a point, like a rising sun on a pa-nô. */
export function rays(cx: number, cy: number, count: number, length: number, fill: string, attrs = ''): string {
  const half = Math.PI / count / 2;
  let d = '';
  for (let i = 0; i < count; i++) {
    const a = (i * TAU) / count;
    d += `M${r1(cx)},${r1(cy)}L${polar(cx, cy, length, a - half)}L${polar(cx, cy, length, a + half)}Z`;
  }
  return `<path d="${d}" fill="${fill}" ${attrs}/>`;
}

function ring(cx: number, cy: number, radius: number, width: number): string {
  return `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(radius)}" stroke-width="${r1(width)}"/>`;
}

function ticks(cx: number, cy: number, from: number, to: number, count: number, width: number): string {
  let d = '';
  for (let i = 0; i < count; i++) {
    const a = (i * TAU) / count;
    d += `M${polar(cx, cy, from, a)}L${polar(cx, cy, to, a)}`;
  }
  return `<path d="${d}" stroke-width="${r1(width)}"/>`;
}

/** A flying Lạc bird, beak forward along +x, drawn at unit scale around the origin. */
const LAC_BIRD =
  'M-1,0.05 L-0.55,-0.12 L-0.2,-0.1 L0.15,-0.45 L0.1,-0.08 L0.55,-0.1 L1.05,-0.02 L0.55,0.08 L0.1,0.1 ' +
  'L-0.35,0.12 L-0.75,0.35 L-0.6,0.1 Z';

/**
 * A stylised Đông Sơn bronze-drum face: a many-pointed sun star, concentric
 * rings with ticks and dotted circles, and a ring of flying Lạc birds.
 */
export function dongSonDrum(cx: number, cy: number, radius: number, color: string, opacity = 1): string {
  const R = radius;
  const parts: string[] = [];
  parts.push(`<polygon points="${starPoints(cx, cy, R * 0.2, R * 0.07, 14)}" fill="${color}" stroke="none"/>`);
  parts.push(ring(cx, cy, R * 0.24, R * 0.008), ring(cx, cy, R * 0.265, R * 0.008));
  parts.push(ticks(cx, cy, R * 0.265, R * 0.32, 84, R * 0.006));
  parts.push(ring(cx, cy, R * 0.32, R * 0.008), ring(cx, cy, R * 0.345, R * 0.008));
  // The dotted ring: small circles with a centre dot, as cast on the drum bands.
  const dots = 40;
  for (let i = 0; i < dots; i++) {
    const a = (i * TAU) / dots;
    const [x, y] = polarXY(cx, cy, R * 0.385, a);
    parts.push(`<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(R * 0.022)}" stroke-width="${r1(R * 0.006)}"/>`);
    parts.push(`<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(R * 0.006)}" fill="${color}" stroke="none"/>`);
  }
  parts.push(ring(cx, cy, R * 0.425, R * 0.008), ring(cx, cy, R * 0.45, R * 0.008));
  // Birds fly anticlockwise round the band, as on the Ngọc Lũ drum.
  const birds = 14;
  for (let i = 0; i < birds; i++) {
    const a = (i * TAU) / birds;
    const deg = (a * 180) / Math.PI - 90;
    const [x, y] = polarXY(cx, cy, R * 0.6, a);
    parts.push(
      `<path d="${LAC_BIRD}" fill="${color}" stroke="none" ` +
        `transform="translate(${r1(x)} ${r1(y)}) rotate(${r1(deg)}) scale(${r1(R * 0.11)})"/>`,
    );
  }
  parts.push(ring(cx, cy, R * 0.75, R * 0.008), ring(cx, cy, R * 0.775, R * 0.008));
  parts.push(ticks(cx, cy, R * 0.775, R * 0.85, 150, R * 0.006));
  parts.push(ring(cx, cy, R * 0.85, R * 0.008), ring(cx, cy, R * 0.875, R * 0.008));
  parts.push(ring(cx, cy, R * 0.97, R * 0.03));
  return `<g fill="none" stroke="${color}" opacity="${opacity}">${parts.join('')}</g>`;
}

/** A toothed gear with a hub hole; `fill-rule: evenodd` cuts the hole. */
export function gear(cx: number, cy: number, radius: number, teeth: number, fill: string, attrs = ''): string {
  const root = radius * 0.84;
  const step = TAU / teeth;
  let d = '';
  for (let i = 0; i < teeth; i++) {
    const a = i * step;
    // A trapezoid tooth: wide at the root, narrower at the tip.
    d += `${i === 0 ? 'M' : 'L'}${polar(cx, cy, root, a - step * 0.3)}`;
    d += `L${polar(cx, cy, radius, a - step * 0.18)}L${polar(cx, cy, radius, a + step * 0.18)}`;
    d += `L${polar(cx, cy, root, a + step * 0.3)}L${polar(cx, cy, root, a + step * 0.7)}`;
  }
  d += 'Z';
  const hole = radius * 0.36;
  d += `M${r1(cx + hole)},${r1(cy)}A${r1(hole)},${r1(hole)} 0 1 0 ${r1(cx - hole)},${r1(cy)}`;
  d += `A${r1(hole)},${r1(hole)} 0 1 0 ${r1(cx + hole)},${r1(cy)}Z`;
  return `<path d="${d}" fill="${fill}" fill-rule="evenodd" ${attrs}/>`;
}

/** A factory skyline standing on `baseY`: saw-tooth halls, a tall block, chimneys. */
export function factorySkyline(x: number, baseY: number, scale: number, fill: string): string {
  const s = (n: number): string => r1(n * scale);
  const X = (n: number): string => r1(x + n * scale);
  const Y = (n: number): string => r1(baseY - n * scale);
  const shapes = [
    // Chimneys first so the halls overlap their feet.
    `<rect x="${X(60)}" y="${Y(330)}" width="${s(34)}" height="${s(330)}"/>`,
    `<rect x="${X(120)}" y="${Y(270)}" width="${s(28)}" height="${s(270)}"/>`,
    `<rect x="${X(560)}" y="${Y(300)}" width="${s(30)}" height="${s(300)}"/>`,
    // Saw-tooth hall.
    `<path d="M${X(0)},${Y(0)}L${X(0)},${Y(120)}L${X(70)},${Y(190)}L${X(70)},${Y(120)}L${X(140)},${Y(190)}` +
      `L${X(140)},${Y(120)}L${X(210)},${Y(190)}L${X(210)},${Y(120)}L${X(280)},${Y(190)}L${X(280)},${Y(0)}Z"/>`,
    // Tall block with a pitched roof.
    `<path d="M${X(280)},${Y(0)}L${X(280)},${Y(230)}L${X(360)},${Y(280)}L${X(440)},${Y(230)}L${X(440)},${Y(0)}Z"/>`,
    `<rect x="${X(440)}" y="${Y(150)}" width="${s(220)}" height="${s(150)}"/>`,
    // Second saw-tooth hall.
    `<path d="M${X(660)},${Y(0)}L${X(660)},${Y(100)}L${X(730)},${Y(160)}L${X(730)},${Y(100)}L${X(800)},${Y(160)}` +
      `L${X(800)},${Y(100)}L${X(870)},${Y(160)}L${X(870)},${Y(0)}Z"/>`,
  ];
  return `<g fill="${fill}">${shapes.join('')}</g>`;
}

/** Windows cut into the skyline as rows of small lit squares. */
export function factoryWindows(x: number, baseY: number, scale: number, fill: string): string {
  const cells: string[] = [];
  const rows = [
    { from: 300, to: 420, y: 200 },
    { from: 300, to: 420, y: 140 },
    { from: 300, to: 420, y: 80 },
    { from: 460, to: 640, y: 110 },
    { from: 460, to: 640, y: 60 },
  ];
  for (const row of rows) {
    for (let wx = row.from; wx + 22 <= row.to; wx += 40) {
      cells.push(
        `<rect x="${r1(x + wx * scale)}" y="${r1(baseY - row.y * scale)}" width="${r1(22 * scale)}" ` +
          `height="${r1(26 * scale)}"/>`,
      );
    }
  }
  return `<g fill="${fill}">${cells.join('')}</g>`;
}

/** One lotus petal, base at the origin and tip at (0, -height). */
function petal(width: number, height: number): string {
  const w = width / 2;
  return (
    `M0,0C${r1(w * 1.2)},${r1(-height * 0.3)} ${r1(w * 0.8)},${r1(-height * 0.8)} 0,${r1(-height)}` +
    `C${r1(-w * 0.8)},${r1(-height * 0.8)} ${r1(-w * 1.2)},${r1(-height * 0.3)} 0,0Z`
  );
}

/** A lotus in bloom: a back row of petals, a front row, and a vein on each. */
export function lotus(cx: number, baseY: number, size: number, back: string, front: string, vein: string): string {
  const rows = [
    { angles: [-68, -40, 40, 68], w: 0.34, h: 0.78, fill: back },
    { angles: [-22, 22], w: 0.36, h: 0.92, fill: back },
    { angles: [-48, 48], w: 0.3, h: 0.62, fill: front },
    { angles: [-18, 18], w: 0.3, h: 0.74, fill: front },
    { angles: [0], w: 0.32, h: 0.86, fill: front },
  ];
  const out: string[] = [];
  for (const row of rows) {
    for (const deg of row.angles) {
      const t = `translate(${r1(cx)} ${r1(baseY)}) rotate(${deg})`;
      out.push(`<path d="${petal(row.w * size, row.h * size)}" fill="${row.fill}" transform="${t}"/>`);
      out.push(
        `<path d="M0,${r1(-size * 0.08)}L0,${r1(-row.h * size * 0.78)}" stroke="${vein}" ` +
          `stroke-width="${r1(size * 0.012)}" stroke-linecap="round" transform="${t}"/>`,
      );
    }
  }
  return `<g>${out.join('')}</g>`;
}

/** Rounded limestone hills, Bắc Kạn's karst skyline: `peaks` are [x, top] left to right, filled to the bottom. */
export function karstHills(
  peaks: ReadonlyArray<readonly [number, number]>,
  width: number,
  height: number,
  fill: string,
): string {
  const first = peaks[0];
  if (!first) return '';
  let d = `M0,${height}L0,${r1(first[1] + 60)}`;
  let prevX = 0;
  for (const [x, y] of peaks) {
    // Each hill rises steeply and rounds over the top, the shape of a karst tower.
    const mid = (prevX + x) / 2;
    d += `Q${r1(mid)},${r1(y + 90)} ${r1(x - 40)},${r1(y + 20)}Q${r1(x)},${r1(y - 18)} ${r1(x + 40)},${r1(y + 20)}`;
    prevX = x + 40;
  }
  d += `L${width},${r1((peaks[peaks.length - 1]?.[1] ?? 0) + 80)}L${width},${height}Z`;
  return `<path d="${d}" fill="${fill}"/>`;
}

/** A standing person with both arms raised, feet on `baseY`, `height` tall with hands up. */
export function cheeringFigure(x: number, baseY: number, height: number, fill: string, outline: string): string {
  const h = height;
  const shoulderY = baseY - h * 0.6;
  const w = h * 0.14;
  const round = h * 0.07;
  // A torso with rounded shoulders, narrowing slightly to the waist.
  const body =
    `M${r1(x - w * 0.8)},${r1(baseY)}L${r1(x - w)},${r1(shoulderY + round)}` +
    `Q${r1(x - w)},${r1(shoulderY)} ${r1(x - w + round)},${r1(shoulderY)}L${r1(x + w - round)},${r1(shoulderY)}` +
    `Q${r1(x + w)},${r1(shoulderY)} ${r1(x + w)},${r1(shoulderY + round)}L${r1(x + w * 0.8)},${r1(baseY)}Z`;
  const arms =
    `M${r1(x - w + h * 0.04)},${r1(shoulderY + h * 0.04)}L${r1(x - h * 0.21)},${r1(baseY - h * 0.96)}` +
    `M${r1(x + w - h * 0.04)},${r1(shoulderY + h * 0.04)}L${r1(x + h * 0.21)},${r1(baseY - h * 0.96)}`;
  // A stroke in the background colour under the fill keeps overlapping figures apart.
  const edge = `stroke="${outline}" stroke-width="${r1(h * 0.03)}" paint-order="stroke" stroke-linejoin="round"`;
  return (
    `<g>` +
    `<path d="${arms}" stroke="${outline}" stroke-width="${r1(h * 0.12)}" stroke-linecap="round"/>` +
    `<path d="${arms}" stroke="${fill}" stroke-width="${r1(h * 0.075)}" stroke-linecap="round"/>` +
    `<path d="${body}" fill="${fill}" ${edge}/>` +
    `<circle cx="${r1(x)}" cy="${r1(shoulderY - h * 0.13)}" r="${r1(h * 0.095)}" fill="${fill}" ${edge}/>` +
    `</g>`
  );
}
