// A counting proxy in front of PostgreSQL: it passes bytes through and counts the statements clients
// send (simple-protocol Query and extended-protocol Execute messages). pg_stat_statements needs
// shared_preload_libraries, which the shared server does not have, so this is how we count.
import net from "node:net";

export type StatementCounter = { port: number; count(): number; reset(): void; close(): Promise<void> };

const sslRequestCode = 80877103;
const gssEncRequestCode = 80877104;

export async function startStatementCounter(target: { host: string; port: number }): Promise<StatementCounter> {
  let statements = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    sockets.add(client).add(upstream);
    let buffer = Buffer.alloc(0);
    let startup = true;
    client.on("data", (chunk) => {
      upstream.write(chunk);
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const header = startup ? 4 : 5;
        if (buffer.length < header) break;
        const length = startup ? buffer.readInt32BE(0) : buffer.readInt32BE(1) + 1;
        if (buffer.length < length) break;
        if (startup) {
          const code = buffer.readInt32BE(4);
          startup = code === sslRequestCode || code === gssEncRequestCode;
        } else if (buffer[0] === 0x51 /* Q */ || buffer[0] === 0x45 /* E */) {
          statements += 1;
        }
        buffer = buffer.subarray(length);
      }
    });
    upstream.pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("close", close).on("error", close);
    upstream.on("close", close).on("error", close);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address() as net.AddressInfo;
  return {
    port: address.port,
    count: () => statements,
    reset: () => {
      statements = 0;
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
