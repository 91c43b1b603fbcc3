/** The preload with Electron's contextBridge and ipcRenderer replaced by fakes. */
import type { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL, IpcChannel, type PlayerBridge } from '../../../main/core/bridge';

const fake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as string[],
  sent: [] as unknown[],
}));
vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const ipcRenderer = Object.assign(new Emitter(), {
    invoke: async (channel: string) => {
      fake.invoked.push(channel);
      return { revision: 1 };
    },
    send: (channel: string, payload: unknown) => fake.sent.push([channel, payload]),
  });
  return {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fake.exposed.set(key, api) },
    ipcRenderer,
  };
});

await import('../../../main/electron/preload');
const { ipcRenderer } = (await import('electron')) as unknown as { ipcRenderer: EventEmitter };
const bridge = fake.exposed.get(BRIDGE_GLOBAL) as PlayerBridge;

describe('the preload bridge', () => {
  it(`exposes exactly the PlayerBridge as window.${BRIDGE_GLOBAL}`, () => {
    expect([...fake.exposed.keys()]).toEqual([BRIDGE_GLOBAL]);
    expect(Object.keys(bridge).sort()).toEqual(['getState', 'onCommand', 'onState', 'report']);
  });

  it('gets the state by invoking GetState', async () => {
    expect(await bridge.getState()).toEqual({ revision: 1 });
    expect(fake.invoked).toEqual([IpcChannel.GetState]);
  });

  it('passes states on without the IPC event, and unsubscribes exactly one listener', () => {
    const first: unknown[] = [];
    const second: unknown[] = [];
    const stopFirst = bridge.onState((s) => first.push(s));
    bridge.onState((s) => second.push(s));
    ipcRenderer.emit(IpcChannel.State, { sender: 'secret' }, { revision: 2 });
    stopFirst();
    ipcRenderer.emit(IpcChannel.State, { sender: 'secret' }, { revision: 3 });
    expect(first).toEqual([{ revision: 2 }]);
    expect(second).toEqual([{ revision: 2 }, { revision: 3 }]);
    expect(ipcRenderer.listenerCount(IpcChannel.State)).toBe(1);
  });

  it('passes commands on without the IPC event, and stops listening when asked', () => {
    const got: unknown[] = [];
    const stop = bridge.onCommand((command) => got.push(command));
    ipcRenderer.emit(IpcChannel.Command, { sender: 'secret' }, { type: 'reload-at-boundary', reason: 'memory' });
    stop();
    ipcRenderer.emit(IpcChannel.Command, { sender: 'secret' }, { type: 'reload-at-boundary', reason: 'again' });
    expect(got).toEqual([{ type: 'reload-at-boundary', reason: 'memory' }]);
    expect(ipcRenderer.listenerCount(IpcChannel.Command)).toBe(0);
  });

  it('sends reports on the Report channel', () => {
    bridge.report({ type: 'ready', revision: 3 });
    expect(fake.sent).toEqual([[IpcChannel.Report, { type: 'ready', revision: 3 }]]);
  });
});
