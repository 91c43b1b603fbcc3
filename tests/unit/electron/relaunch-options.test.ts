import { describe, expect, it } from 'vitest';
import { relaunchOptions } from '../../../main/electron/relaunch-options';

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
