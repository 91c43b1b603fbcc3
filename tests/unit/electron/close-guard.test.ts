import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { refuseCloseUnlessQuitting } from '../../../main/electron/close-guard';
import type { Logger } from '../../../main/services/logger';

function setUp(quitting: () => boolean) {
  const window = new EventEmitter();
  const lines: string[] = [];
  const log: Logger = {
    info: (_event, message) => lines.push(`info ${message}`),
    warn: (_event, message) => lines.push(`warn ${message}`),
    error: (_event, message) => lines.push(`error ${message}`),
  };
  refuseCloseUnlessQuitting(window, quitting, log);
  const close = () => {
    let prevented = false;
    window.emit('close', { preventDefault: () => (prevented = true) });
    return prevented;
  };
  return { close, lines };
}

describe('refuseCloseUnlessQuitting', () => {
  it('keeps the window open on Alt+F4 or a window manager close, with one line each time', () => {
    const { close, lines } = setUp(() => false);
    expect(close()).toBe(true);
    expect(lines).toEqual([
      'warn kiosk: the window was asked to close (Alt+F4 or the window manager); it stays open. ' +
        'Quit with Ctrl+Alt+Shift+Q or stop the service',
    ]);
    expect(close()).toBe(true);
    expect(lines).toHaveLength(2);
  });

  it('lets the window close once Pano is quitting', () => {
    let quitting = false;
    const { close, lines } = setUp(() => quitting);
    quitting = true;
    expect(close()).toBe(false);
    expect(lines).toEqual([]);
  });
});
