import { describe, expect, it } from 'vitest';
import type { PlayerBridge, ScreenReport } from '../../../../../main/core/bridge';
import { isFramed, previewBridge } from '../../../../../renderer/player/kiosk/preview-bridge';

describe('the console preview', () => {
  it('is told apart from a screen by being inside a frame', () => {
    const top = {};
    expect(isFramed({ self: top, top })).toBe(false);
    expect(isFramed({ self: {}, top })).toBe(true);
  });

  it('sends no heartbeat, showing or self-reload (no proof of play, no silent screen), but still reports problems', () => {
    const sent: ScreenReport[] = [];
    const bridge = {
      getState: async () => {
        throw new Error('unused');
      },
      onState: () => () => undefined,
      onCommand: () => () => undefined,
      report: (report: ScreenReport) => sent.push(report),
    } satisfies PlayerBridge;
    const preview = previewBridge(bridge);
    preview.report({ type: 'heartbeat', pageId: 'p', slideId: 'bk1', lagMs: 0 });
    preview.report({ type: 'slide-shown', pageId: 'p', itemId: 'bk1', slideId: 'bk1', kind: 'image', atMs: 1 });
    preview.report({ type: 'reloading', pageId: 'p', reason: 'maintenance', detail: '' });
    preview.report({ type: 'ready', revision: 3 });
    preview.report({ type: 'render-error', message: 'TypeError: x' });
    expect(sent.map((r) => r.type)).toEqual(['ready', 'render-error']);
  });
});
