/**
 * The sandboxed preload: exposes exactly the `PlayerBridge` of core as
 * `window.pano`, and nothing of Node or Electron. Bundled to CommonJS (a
 * sandboxed preload cannot be an ES module and may only require 'electron');
 * from core only types and the IpcChannel constant are used, which esbuild inlines.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BRIDGE_GLOBAL, IpcChannel, type PlayerBridge, type ScreenCommand } from '../core/bridge';
import type { PlayerState } from '../core/player-state';

const bridge = {
  getState: () => ipcRenderer.invoke(IpcChannel.GetState) as Promise<PlayerState>,
  onState(listener) {
    // Wrapped so the page never sees the IPC event (it carries `sender`), and removable one by one.
    const onMessage = (_event: IpcRendererEvent, state: PlayerState) => listener(state);
    ipcRenderer.on(IpcChannel.State, onMessage);
    return () => {
      ipcRenderer.removeListener(IpcChannel.State, onMessage);
    };
  },
  report(report) {
    ipcRenderer.send(IpcChannel.Report, report);
  },
  onCommand(listener) {
    const onMessage = (_event: IpcRendererEvent, command: ScreenCommand) => listener(command);
    ipcRenderer.on(IpcChannel.Command, onMessage);
    return () => {
      ipcRenderer.removeListener(IpcChannel.Command, onMessage);
    };
  },
} satisfies PlayerBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
