import { createServer } from 'node:http';

/** A loopback HTTP server that only counts who reached it: a hostile release must never get here. */
export interface CanaryServer {
  /** `http://127.0.0.1:<port>`. */
  readonly origin: string;
  /** TCP connections accepted (a TLS attempt counts too) and the paths of HTTP requests. */
  readonly connections: () => number;
  readonly requests: string[];
  close(): Promise<void>;
}

export async function startCanaryServer(): Promise<CanaryServer> {
  const requests: string[] = [];
  let connections = 0;
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.end('canary');
  });
  server.on('connection', () => {
    connections += 1;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The canary server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    connections: () => connections,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
