/**
 * Every IPC channel of core's `IpcChannel`, registered in one place. Each
 * message is accepted only from the kiosk window's top frame showing
 * pano://app, and states are held back until the page can receive them.
 */
import { ipcMain, type BrowserWindow, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { IpcChannel, type IpcChannelName } from '../core/bridge';
import type { PlayerState } from '../core/player-state';
import { screenReportSchema } from '../core/screen-report';
import type { RunningHost } from '../services/host/host-api';
import type { Logger } from '../services/logger';
import { isAppUrl } from './app-url';
import { createStateDelivery } from './state-delivery';

/** What the IPC layer connects. */
export interface IpcDeps {
  host: RunningHost;
  window: BrowserWindow;
  log: Logger;
}

/** The name the host's log uses for reports from this screen. */
export const KIOSK_SCREEN_NAME = 'kiosk';

/** Wires every channel between the host and the kiosk window; returns the function that unwires them. */
export function registerIpc({ host, window, log }: IpcDeps): () => void {
  const delivery = createStateDelivery();
  const contents = window.webContents;

  const trusted = (event: IpcMainEvent | IpcMainInvokeEvent): boolean => {
    const frame = event.senderFrame;
    const ok = event.sender === contents && frame !== null && frame.parent === null && isAppUrl(frame.url);
    if (!ok) log.warn('ipc-refused', `kiosk: refused an IPC message from ${frame?.url ?? 'a closed frame'}`);
    return ok;
  };
  const send = (state: PlayerState | null) => {
    if (state && !contents.isDestroyed()) contents.send(IpcChannel.State, state);
  };

  // Typed by channel name: a channel added to core does not compile until it is wired here.
  const wiring: Record<IpcChannelName, () => () => void> = {
    [IpcChannel.GetState]: () => {
      ipcMain.handle(IpcChannel.GetState, (event) => {
        if (!trusted(event)) throw new Error('not allowed');
        const state = host.getState();
        delivery.answered(state.revision);
        return state;
      });
      return () => ipcMain.removeHandler(IpcChannel.GetState);
    },
    [IpcChannel.State]: () => host.onState((state) => send(delivery.offer(state))),
    [IpcChannel.Command]: () =>
      host.onCommand((command) => {
        if (!contents.isDestroyed()) contents.send(IpcChannel.Command, command);
      }),
    [IpcChannel.Report]: () => {
      const onReport = (event: IpcMainEvent, body: unknown) => {
        if (!trusted(event)) return;
        const checked = screenReportSchema.safeParse(body);
        if (!checked.success) {
          log.warn('report-invalid', 'kiosk: the screen sent a report of an unknown shape; ignored');
          return;
        }
        if (checked.data.type === 'ready') send(delivery.ready(checked.data.revision));
        host.report(checked.data, KIOSK_SCREEN_NAME);
      };
      ipcMain.on(IpcChannel.Report, onReport);
      return () => ipcMain.removeListener(IpcChannel.Report, onReport);
    },
  };
  const unwire = Object.values(wiring).map((wire) => wire());

  // A reload or a dead renderer drops the page's listener: hold states until the new page asks.
  contents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) delivery.reset();
  });
  contents.on('render-process-gone', () => delivery.reset());

  return () => {
    for (const undo of unwire) undo();
  };
}
