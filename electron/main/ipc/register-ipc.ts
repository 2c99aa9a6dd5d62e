import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelNames } from '../../shared/ipc/channels';
import type { EventName, EventPayload } from '../../shared/ipc/events';
import type { RequestSender, Router } from './router';

/** Describes the sender of an IPC request in the terms the router checks. */
function describeSender(event: IpcMainInvokeEvent, appWindow: () => BrowserWindow | null): RequestSender {
  const frame = event.senderFrame;
  const window = appWindow();
  return {
    frameUrl: frame?.url ?? null,
    isMainFrame: frame !== null && frame === event.sender.mainFrame,
    fromAppWindow: window !== null && BrowserWindow.fromWebContents(event.sender) === window,
  };
}

/** Puts the router behind `ipcMain.handle` for every channel of the contract, and nothing else. */
export function registerIpc(router: Router, appWindow: () => BrowserWindow | null): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, input: unknown) =>
      router(channel, describeSender(event, appWindow), input),
    );
  }
}

/** Sends an event of the contract to the app's window, if it is open. */
export function sendToRenderer<E extends EventName>(
  window: BrowserWindow | null,
  event: E,
  payload: EventPayload<E>,
): void {
  if (window && !window.isDestroyed()) window.webContents.send(event, payload);
}
