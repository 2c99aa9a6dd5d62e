/*
 * The entry of the worker thread that reads import files (see parse-in-worker.ts). Loaded as a worker,
 * it reads the file named in `workerData`, posts what it finds to its parent and ends; imported
 * anywhere else it does nothing. It is its own entry so that a bundler can emit it as a separate file:
 * electron.vite.config.ts builds it beside main's index.js as `import-worker.js`, which main (and the
 * end-to-end harness) start with `new Worker(path, options)` through parseImportFileInWorker.
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
