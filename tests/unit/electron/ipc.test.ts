/** The IPC wiring with Electron's ipcMain and window replaced by fakes: who may talk, and when states flow. */
import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IpcChannel, type ScreenCommand, type ScreenReport } from '../../../main/core/bridge';
import type { PlayerState } from '../../../main/core/player-state';
import type { RunningHost } from '../../../main/services/host/host-api';
import type { Logger } from '../../../main/services/logger';

type Handler = (event: unknown, ...args: unknown[]) => unknown;
const ipc = vi.hoisted(() => ({ handlers: new Map<string, Handler>(), listeners: new Map<string, Handler>() }));
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => ipc.handlers.set(channel, handler),
    removeHandler: (channel: string) => ipc.handlers.delete(channel),
    on: (channel: string, listener: Handler) => ipc.listeners.set(channel, listener),
    removeListener: (channel: string) => ipc.listeners.delete(channel),
  },
}));

const { registerIpc } = await import('../../../main/electron/ipc');

const state = (revision: number) => ({ revision, slides: [] }) as unknown as PlayerState;

function setUp() {
  let current = state(1);
  const stateListeners = new Set<(s: PlayerState) => void>();
  const reports: ScreenReport[] = [];
  const commandListeners = new Set<(c: ScreenCommand) => void>();
  const host = {
    getState: () => current,
    onState: (listener: (s: PlayerState) => void) => {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    report: (report: ScreenReport) => reports.push(report),
    onCommand: (listener: (c: ScreenCommand) => void) => {
      commandListeners.add(listener);
      return () => commandListeners.delete(listener);
    },
  } as unknown as RunningHost;
  const sent: unknown[] = [];
  const contents = Object.assign(new EventEmitter(), {
    isDestroyed: () => false,
    send: (channel: string, payload: unknown) => sent.push([channel, payload]),
  });
  const window = { webContents: contents } as unknown as Parameters<typeof registerIpc>[0]['window'];
  const warnings: string[] = [];
  const log: Logger = { info: () => {}, warn: (_e, m) => warnings.push(m), error: () => {} };
  const unwire = registerIpc({ host, window, log });
  const fromApp = { sender: contents, senderFrame: { url: 'pano://app/', parent: null } };
  const push = (s: PlayerState) => {
    current = s;
    for (const listener of stateListeners) listener(s);
  };
  return { contents, sent, reports, warnings, unwire, fromApp, push, stateListeners, commandListeners };
}

beforeEach(() => {
  ipc.handlers.clear();
  ipc.listeners.clear();
});

describe('registerIpc', () => {
  it('passes the host’s commands on to the page, and stops when unwired', () => {
    const { sent, commandListeners, unwire } = setUp();
    for (const listener of commandListeners) listener({ type: 'reload-at-boundary', reason: 'memory' });
    expect(sent).toContainEqual([IpcChannel.Command, { type: 'reload-at-boundary', reason: 'memory' }]);
    unwire();
    expect(commandListeners.size).toBe(0);
  });

  it('wires every channel of core', () => {
    setUp();
    expect([...ipc.handlers.keys(), ...ipc.listeners.keys()].sort()).toEqual(
      [IpcChannel.GetState, IpcChannel.Report].sort(),
    );
  });

  it('answers GetState from the app page', async () => {
    const { fromApp } = setUp();
    expect(await ipc.handlers.get(IpcChannel.GetState)!(fromApp)).toEqual(state(1));
  });

  it.each([
    ['another origin', { senderFrame: { url: 'https://example.com/', parent: null } }],
    ['a sub-frame', { senderFrame: { url: 'pano://app/', parent: {} } }],
    ['a closed frame', { senderFrame: null }],
    ['another web contents', { sender: new EventEmitter() }],
  ])('refuses %s', async (_name, change) => {
    const { fromApp, warnings, reports } = setUp();
    const event = { ...fromApp, ...change };
    expect(() => ipc.handlers.get(IpcChannel.GetState)!(event)).toThrow('not allowed');
    ipc.listeners.get(IpcChannel.Report)!(event, { type: 'render-error', message: 'x' });
    expect(reports).toEqual([]);
    expect(warnings).toHaveLength(2);
  });

  it('holds new states until the page has asked, then pushes them', () => {
    const { fromApp, sent, push } = setUp();
    push(state(2));
    expect(sent).toEqual([]);
    ipc.handlers.get(IpcChannel.GetState)!(fromApp);
    push(state(3));
    expect(sent).toEqual([[IpcChannel.State, state(3)]]);
  });

  it('sends a missed state when the page reports ready, and logs the report', () => {
    const { fromApp, sent, push, reports } = setUp();
    push(state(5));
    ipc.listeners.get(IpcChannel.Report)!(fromApp, { type: 'ready', revision: 4 });
    expect(sent).toEqual([[IpcChannel.State, state(5)]]);
    expect(reports).toEqual([{ type: 'ready', revision: 4 }]);
  });

  it('holds states again while the page reloads', () => {
    const { fromApp, sent, push, contents } = setUp();
    ipc.handlers.get(IpcChannel.GetState)!(fromApp);
    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false });
    push(state(2));
    expect(sent).toEqual([]);
  });

  it('ignores reports of an unknown shape', () => {
    const { fromApp, reports, warnings } = setUp();
    ipc.listeners.get(IpcChannel.Report)!(fromApp, { type: 'ready', revision: -1, extra: true });
    expect(reports).toEqual([]);
    expect(warnings).toHaveLength(1);
  });

  it('unwires everything', () => {
    const { unwire, stateListeners } = setUp();
    unwire();
    expect(ipc.handlers.size + ipc.listeners.size + stateListeners.size).toBe(0);
  });
});
