import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { NewsroomTransport } from '../shared/ipc/api';
import type { ChannelName } from '../shared/ipc/channels';
import type { Result } from '../shared/result';
import { buildNewsroomApi } from './build-api';

const transport: NewsroomTransport = {
  invoke: (channel: ChannelName, input: unknown) =>
    ipcRenderer.invoke(channel, input) as Promise<Result<never>>,
  subscribe: (event, listener) => {
    // Only the payload reaches the page: Electron's event object would expose `sender`.
    const forward = (_event: IpcRendererEvent, payload: Parameters<typeof listener>[0]) => listener(payload);
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
};

contextBridge.exposeInMainWorld('newsroom', buildNewsroomApi(transport));
