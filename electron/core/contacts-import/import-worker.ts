/*
 * The entry of the worker thread that reads import files (see parse-in-worker.ts). Loaded as a worker,
 * it reads the file named in `workerData`, posts what it finds to its parent and ends; imported
 * anywhere else it does nothing. It is its own entry so that a bundler can emit it as a separate file:
 * in electron/main, `import startImportWorker from '../core/contacts-import/import-worker?nodeWorker'`
 * makes electron-vite build it and gives a `(options) => Worker` to pass to parseImportFileInWorker.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { isImportWorkerRequest, type ImportWorkerMessage } from './import-worker-protocol';
import { serveImportRequest } from './serve-import-request';

if (!isMainThread && parentPort) {
  const port = parentPort;
  const request: unknown = workerData;
  if (isImportWorkerRequest(request)) {
    void serveImportRequest(request, (message) => port.postMessage(message));
  } else {
    port.postMessage({
      type: 'failed',
      message: 'The import worker was started without a file to read',
    } satisfies ImportWorkerMessage);
  }
}
