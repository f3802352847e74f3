/**
 * One HTTP/1.1 request written byte for byte on a plain TCP socket. fetch and node:http both
 * refuse or rewrite the request targets a hostile client sends (`//%`, `http://x/`, `*`, 16 kB
 * paths), so only a socket shows what the server does with them.
 */
import net from 'node:net';

export interface SocketAnswer {
  /** 0 when the server closed the connection without answering. */
  status: number;
  /** Lower-case names; the last value wins. */
  headers: Record<string, string>;
  body: Buffer;
}

export interface SocketRequest {
  method?: string;
  /** The request target exactly as written on the request line. */
  target: string;
  headers?: Record<string, string>;
}

/** Sends one request with `Connection: close` and reads the answer until the server closes. */
export function socketRequest(origin: string, { method = 'GET', target, headers = {} }: SocketRequest): Promise<SocketAnswer> {
  const { hostname, port } = new URL(origin);
  const head = [`${method} ${target} HTTP/1.1`, `Host: ${hostname}:${port}`, 'Connection: close']
    .concat(Object.entries(headers).map(([name, value]) => `${name}: ${value}`))
    .join('\r\n');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    // Not end(): Node's server drops a half-closed connection before a streamed answer is written.
    const socket = net.connect(Number(port), hostname, () => socket.write(`${head}\r\n\r\n`));
    socket.setTimeout(15_000, () => socket.destroy(new Error(`${method} ${target.slice(0, 80)} got no answer within 15 s`)));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    // A server that dies mid-request resets the connection: that is an answer of "nothing".
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? resolve(readAnswer(Buffer.concat(chunks))) : reject(error)));
    socket.on('end', () => resolve(readAnswer(Buffer.concat(chunks))));
  });
}

function readAnswer(raw: Buffer): SocketAnswer {
  const split = raw.indexOf('\r\n\r\n');
  if (split === -1) return { status: 0, headers: {}, body: Buffer.alloc(0) };
  const [statusLine = '', ...lines] = raw.subarray(0, split).toString('latin1').split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0), headers, body: raw.subarray(split + 4) };
}
