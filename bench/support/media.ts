/**
 * Photos the way operators upload them: straight off a camera (4000×3000
 * JPEG) or exported as a heavy PNG. Noise over a gradient keeps them from
 * compressing to nothing, so decoding them costs what a real photo costs.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';

/** The media files the scenarios use, by name in the media library. */
export const MEDIA = {
  cameraJpeg: 'hoi-nghi-4000x3000.jpg',
  cameraJpeg2: 'dai-hoi-4000x3000.jpg',
  heavyPng: 'bang-ron-5mb.png',
  /** Screen-sized pictures for the idle and memory scenarios (their cost is not what those measure). */
  screen: ['toan-canh-1.jpg', 'toan-canh-2.jpg', 'toan-canh-3.jpg', 'toan-canh-4.jpg'],
} as const;

async function noisyPicture(width: number, height: number, hue: [number, number, number], sigma: number) {
  const noise = await sharp({
    create: {
      width,
      height,
      channels: 3,
      background: { r: 0, g: 0, b: 0 },
      noise: { type: 'gaussian', mean: 128, sigma },
    },
  })
    .png()
    .toBuffer();
  const gradient = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
      `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">` +
      `<stop offset="0" stop-color="rgb(${hue.join(',')})"/><stop offset="1" stop-color="#102040"/>` +
      `</linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/>` +
      `<circle cx="${width / 2}" cy="${height / 2}" r="${height / 3}" fill="#f5c400" opacity="0.6"/></svg>`,
  );
  return sharp(gradient).composite([{ input: noise, blend: 'overlay' }]);
}

/** Writes every bench picture into `dir` (once) and returns their sizes in bytes. */
export async function writeBenchMedia(dir: string): Promise<Record<string, number>> {
  await mkdir(dir, { recursive: true });
  const jobs: Array<[string, () => Promise<Buffer>]> = [
    [
      MEDIA.cameraJpeg,
      async () => (await noisyPicture(4000, 3000, [180, 30, 30], 24)).jpeg({ quality: 90 }).toBuffer(),
    ],
    [
      MEDIA.cameraJpeg2,
      async () => (await noisyPicture(4000, 3000, [30, 120, 60], 24)).jpeg({ quality: 90 }).toBuffer(),
    ],
    // ~5 MB: light noise over 1550×1160 leaves PNG's filters little to squeeze.
    [
      MEDIA.heavyPng,
      async () => (await noisyPicture(1550, 1160, [200, 120, 20], 12)).png({ compressionLevel: 6 }).toBuffer(),
    ],
    ...MEDIA.screen.map((name, i): [string, () => Promise<Buffer>] => [
      name,
      async () =>
        (await noisyPicture(1920, 1080, [40 + i * 50, 60, 160 - i * 30], 20)).jpeg({ quality: 85 }).toBuffer(),
    ]),
  ];
  const sizes: Record<string, number> = {};
  for (const [name, make] of jobs) {
    const path = join(dir, name);
    const existing = await stat(path).catch(() => null);
    if (!existing) await writeFile(path, await make());
    sizes[name] = (await stat(path)).size;
  }
  return sizes;
}
