import { describe, expect, it } from 'vitest';
import { splitArgs, splitShellArgs } from '../../../main/electron/shell-args';

describe('splitShellArgs', () => {
  it('drops the executable and the app folder in a checkout (electron . --port 0)', () => {
    expect(splitShellArgs(['/x/electron', '.', '--port', '0', '--data-dir=/tmp/d'], { defaultApp: true })).toEqual({
      hostArgs: ['--port', '0', '--data-dir=/tmp/d'],
      chromiumSwitches: [],
    });
  });

  it('keeps the first argument of a packaged app', () => {
    expect(
      splitShellArgs(['/opt/Pano/pano', '--timezone', 'Asia/Ho_Chi_Minh'], { defaultApp: false }).hostArgs,
    ).toEqual(['--timezone', 'Asia/Ho_Chi_Minh']);
  });

  it('leaves Chromium switches to Chromium', () => {
    expect(
      splitShellArgs(['pano', '--ozone-platform=wayland', '--feed-url', 'https://x.vn/rss', '--no-sandbox'], {
        defaultApp: false,
      }),
    ).toEqual({
      hostArgs: ['--feed-url', 'https://x.vn/rss'],
      chromiumSwitches: ['--ozone-platform=wayland', '--no-sandbox'],
    });
  });

  it('passes a flag without its value on, so the host parser can say what is missing', () => {
    expect(splitShellArgs(['pano', '--port', '--host', '0.0.0.0'], { defaultApp: false }).hostArgs).toEqual([
      '--port',
      '--host',
      '0.0.0.0',
    ]);
  });

  it('passes stray words on, so the host parser names them', () => {
    expect(splitShellArgs(['pano', 'oops'], { defaultApp: false }).hostArgs).toEqual(['oops']);
  });
});

describe('splitArgs', () => {
  it('splits a plain argument list (npm start -- …) the same way', () => {
    expect(splitArgs(['--no-sandbox', '--port', '0'])).toEqual({
      hostArgs: ['--port', '0'],
      chromiumSwitches: ['--no-sandbox'],
    });
  });
});
