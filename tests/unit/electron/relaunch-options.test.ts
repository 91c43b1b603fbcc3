import { describe, expect, it } from 'vitest';
import { relaunchApp, relaunchOptions } from '../../../main/electron/relaunch-options';

describe('relaunchOptions', () => {
  it('relaunches the AppImage file itself with the same arguments, not the binary in its temporary mount', () => {
    const argv = ['/tmp/.mount_PanoAbC/pano', '--port', '7420', '--data-dir', '/srv/pano'];
    expect(relaunchOptions({ APPIMAGE: '/home/hall/Applications/Pano.AppImage' }, argv)).toEqual({
      execPath: '/home/hall/Applications/Pano.AppImage',
      args: ['--port', '7420', '--data-dir', '/srv/pano'],
    });
  });

  it("leaves Electron's own relaunch alone outside an AppImage", () => {
    expect(relaunchOptions({}, ['/usr/lib/electron/electron', '.'])).toBeUndefined();
    expect(relaunchOptions({ APPIMAGE: '' }, ['/usr/lib/electron/electron', '.'])).toBeUndefined();
  });
});

describe('relaunchApp', () => {
  const harness = () => {
    const calls: unknown[] = [];
    const app = { relaunch: (options?: unknown) => calls.push(['relaunch', options]) };
    return { calls, app, quit: () => calls.push(['quit']) };
  };

  it('under systemd only quits: the unit restarts Pano, and would kill a self-started child with its group', () => {
    const { calls, app, quit } = harness();
    relaunchApp(app, quit, { INVOCATION_ID: '5f0c1d', APPIMAGE: '/home/hall/Applications/Pano.AppImage' }, ['x']);
    expect(calls).toEqual([['quit']]);
  });

  it('started by hand from an AppImage, relaunches the AppImage file and then quits', () => {
    const { calls, app, quit } = harness();
    relaunchApp(app, quit, { APPIMAGE: '/home/hall/Applications/Pano.AppImage' }, ['/tmp/.mount/pano', '--port', '0']);
    expect(calls).toEqual([
      ['relaunch', { execPath: '/home/hall/Applications/Pano.AppImage', args: ['--port', '0'] }],
      ['quit'],
    ]);
  });
});
