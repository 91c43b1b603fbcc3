/**
 * The good content every drill starts from and must find intact afterwards:
 * a playlist of three bundled slides that change every few seconds (so "the
 * screen keeps playing" is visible quickly), an operator password, a picture
 * in the media library and a setting changed from its default.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT } from '../../../tests/support/host-process';
import { api, savePlaylist, setupPassword, signIn, type ApiSession, type HostProcess } from './host';

/** The playlist the drills save; `tag` makes each version distinguishable. */
export function drillPlaylist(tag: string, slideS = 3): object {
  return {
    version: 1,
    items: [
      { id: `${tag}-1`, type: 'image', src: 'bk1', durationS: slideS },
      { id: `${tag}-2`, type: 'image', src: 'bk2', durationS: slideS },
      { id: `${tag}-3`, type: 'image', src: 'bk3', durationS: slideS },
    ],
    marquee: { text: [`Diễn tập ${tag}: Chào mừng Đại hội Công đoàn tỉnh Bắc Kạn`], speedPxPerS: 120 },
  };
}

/** A banner announcement from now for a day (DATA/announcements.json), `id` naming the version. */
export function drillAnnouncement(id: string): object {
  const now = Date.now();
  return {
    announcement: {
      id,
      mode: 'banner',
      title: `Thông báo diễn tập ${id}`,
      startsAt: new Date(now - 60_000).toISOString(),
      endsAt: new Date(now + 86_400_000).toISOString(),
    },
  };
}

/** The picture uploaded to the media library. */
export const DRILL_PICTURE = 'hoi-nghi-dien-tap.jpg';

export async function pictureBytes(): Promise<Buffer> {
  return readFile(join(REPO_ROOT, 'assets', 'slides', 'bk4.jpg'));
}

/** An upload body for the media library. */
export async function pictureForm(name = DRILL_PICTURE): Promise<FormData> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(await pictureBytes())], { type: 'image/jpeg' }), name);
  return form;
}

/** What the data dir held when the good content was in place, to compare with afterwards. */
export interface GoodCopy {
  playlist: string;
  settings: string;
  auth: string;
  picture: Buffer;
  /** The picture's content-addressed name in DATA/media. */
  pictureName: string;
}

/** Writes playlist.json before the host starts (as an operator would). */
export async function writeGoodPlaylist(dataDir: string, tag = 'good', slideS = 3): Promise<void> {
  await writeFile(join(dataDir, 'playlist.json'), `${JSON.stringify(drillPlaylist(tag, slideS), null, 2)}\n`);
}

/** Puts good content in place through the API of a running host; returns the session and the copy on disk. */
export async function establishGoodContent(host: HostProcess): Promise<{ session: ApiSession; good: GoodCopy }> {
  await setupPassword(host);
  const session = await signIn(host);
  const saved = await savePlaylist(session, drillPlaylist('good'));
  if (saved.status !== 200) throw new Error(`saving the good playlist answered ${saved.status}: ${saved.text}`);
  const settings = await api(session, 'PATCH', '/api/settings', { showClock: false });
  if (settings.status !== 200) throw new Error(`saving settings answered ${settings.status}: ${settings.text}`);
  const upload = await api(session, 'POST', '/api/media', await pictureForm());
  if (upload.status !== 200 && upload.status !== 201)
    throw new Error(`uploading a picture answered ${upload.status}: ${upload.text}`);
  const pictureName = (upload.body as { name: string }).name;
  return { session, good: await readGoodCopy(host.dataDir, pictureName) };
}

export async function readGoodCopy(dataDir: string, pictureName: string): Promise<GoodCopy> {
  return {
    pictureName,
    playlist: await readFile(join(dataDir, 'playlist.json'), 'utf8'),
    settings: await readFile(join(dataDir, 'settings.json'), 'utf8'),
    auth: await readFile(join(dataDir, 'auth.json'), 'utf8'),
    picture: await readFile(join(dataDir, 'media', pictureName)),
  };
}

/** Each piece of good content no longer on disk as it was (a sentence per loss). */
export async function lostContent(dataDir: string, good: GoodCopy): Promise<string[]> {
  const lost: string[] = [];
  const read = (path: string) => readFile(join(dataDir, path)).catch(() => null);
  const same = async (path: string, expected: string | Buffer) => {
    const bytes = await read(path);
    if (bytes === null) lost.push(`${path} is gone`);
    else if (!bytes.equals(Buffer.isBuffer(expected) ? expected : Buffer.from(expected))) lost.push(`${path} changed`);
  };
  await same('playlist.json', good.playlist);
  await same('settings.json', good.settings);
  await same('auth.json', good.auth);
  await same(join('media', good.pictureName), good.picture);
  return lost;
}
