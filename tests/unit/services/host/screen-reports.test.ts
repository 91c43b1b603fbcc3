import { describe, expect, it } from 'vitest';
import type { Logger } from '../../../../main/services/logger';
import { createScreenReportLog } from '../../../../main/services/host/screen-reports';

function capture(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  const push = (_event: string, message: string) => lines.push(message);
  return { log: { info: push, warn: push, error: push }, lines };
}

describe('screen reports', () => {
  it('names the file a screen could not show, without the version query of its URL', () => {
    const { log, lines } = capture();
    const report = createScreenReportLog(log);
    report(
      { type: 'image-failed', itemId: 'anh-hong', src: '/media/library/hong.jpg?v=17-34', reason: 'not a picture' },
      '127.0.0.1',
    );
    expect(lines).toEqual([
      'screen 127.0.0.1: image /media/library/hong.jpg of item "anh-hong" failed (not a picture); it shows the fallback card',
    ]);
  });

  it('names a video a screen could not play as a video, without its version query', () => {
    const { log, lines } = capture();
    const report = createScreenReportLog(log);
    report(
      {
        type: 'media-failed',
        kind: 'video',
        itemId: 'phim-hong',
        src: '/media/library/x.webm?v=17-34',
        reason: 'the video could not be decoded',
      },
      '127.0.0.1',
    );
    expect(lines).toEqual([
      'screen 127.0.0.1: video /media/library/x.webm of item "phim-hong" failed (the video could not be decoded); it shows the fallback card',
    ]);
  });

  it('does not log a screen that says it is ready', () => {
    const { log, lines } = capture();
    createScreenReportLog(log)({ type: 'ready', revision: 3 }, 'kiosk');
    expect(lines).toEqual([]);
  });

  it('logs a report a screen repeats after every reload once, even when the file version changed', () => {
    const { log, lines } = capture();
    const report = createScreenReportLog(log);
    for (const v of ['1-2', '1-2', '3-4']) {
      report({ type: 'image-failed', itemId: 'a', src: `/media/library/a.jpg?v=${v}`, reason: 'broken' }, 'kiosk');
    }
    expect(lines).toHaveLength(1);
  });

  it('keeps screen-supplied text on one line so it cannot forge log entries', () => {
    const { log, lines } = capture();
    createScreenReportLog(log)({ type: 'render-error', message: 'boom\npano: error: forged' }, 'kiosk');
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
  });
});
