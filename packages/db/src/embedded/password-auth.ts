import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type net from "node:net";

// PostgreSQL wire protocol, startup phase (https://www.postgresql.org/docs/15/protocol-flow.html).
const protocol3 = 196_608;
const sslRequest = 80_877_103;
const gssEncRequest = 80_877_104;
const largestStartup = 10_000;

export type Authenticated = { startup: Buffer; rest: Buffer };

const md5 = (data: Buffer | string) => createHash("md5").update(data).digest("hex");

/** What a client sends for md5 authentication: "md5" + md5(md5(password + user) + salt). */
export function md5Password(user: string, password: string, salt: Buffer): string {
  return `md5${md5(Buffer.concat([Buffer.from(md5(password + user)), salt]))}`;
}

function startupUser(message: Buffer): string {
  const fields = message.subarray(8).toString("utf8").split("\0");
  // Name and value alternate; a name at the end has no value and is not read.
  for (let i = 0; i + 1 < fields.length; i += 2) if (fields[i] === "user") return fields[i + 1] ?? "";
  return "";
}

function fatal(code: string, message: string): Buffer {
  const fields = Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${message}\0\0`, "utf8");
  const head = Buffer.alloc(5);
  head.write("E");
  head.writeInt32BE(fields.length + 4, 1);
  return Buffer.concat([head, fields]);
}

function askMd5(salt: Buffer): Buffer {
  const message = Buffer.alloc(13);
  message.write("R");
  message.writeInt32BE(12, 1);
  message.writeInt32BE(5, 5);
  salt.copy(message, 9);
  return message;
}

/**
 * Asks a new client for the password (md5, so it never crosses the socket in clear) before the
 * database sees anything of it. Resolves with the client's startup message, to hand the database
 * once it is this client's turn, or undefined when the client was refused or went away.
 */
export function requirePassword(
  client: net.Socket,
  password: string,
  timeoutMs = 10_000,
): Promise<Authenticated | undefined> {
  return new Promise((resolve) => {
    let buffer = Buffer.alloc(0);
    let startup: Buffer | undefined;
    const salt = randomBytes(4);
    const finish = (result: Authenticated | undefined) => {
      clearTimeout(timer);
      client.off("data", onData);
      client.off("close", onClose);
      resolve(result);
    };
    const refuse = (code: string, message: string) => {
      client.end(fatal(code, message));
      finish(undefined);
    };
    const onClose = () => finish(undefined);
    const timer = setTimeout(() => refuse("08P01", "no password within the time allowed"), timeoutMs);
    const onData = (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      while (!startup) {
        if (buffer.length < 8) return;
        const length = buffer.readInt32BE(0);
        if (length < 8 || length > largestStartup) return refuse("08P01", "invalid startup packet");
        if (buffer.length < length) return;
        const message = Buffer.from(buffer.subarray(0, length));
        buffer = buffer.subarray(length);
        const code = message.readInt32BE(4);
        // No TLS or GSS on a loopback socket: the client goes on in plain text, as with sslmode=disable.
        if (code === sslRequest || code === gssEncRequest) client.write("N");
        else if (code !== protocol3) return refuse("08P01", "only protocol 3.0 startup is accepted");
        else {
          startup = message;
          client.write(askMd5(salt));
        }
      }
      if (buffer.length < 5) return;
      if (buffer[0] !== 0x70) return refuse("08P01", "expected a password message");
      const length = buffer.readInt32BE(1);
      if (length < 5 || length > 1_000) return refuse("08P01", "invalid password message");
      if (buffer.length < 1 + length) return;
      const given = Buffer.from(buffer.subarray(5, length).toString("utf8"));
      const user = startupUser(startup);
      const expected = Buffer.from(md5Password(user, password, salt));
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return refuse("28P01", `password authentication failed for user "${user}"`);
      }
      finish({ startup, rest: Buffer.from(buffer.subarray(1 + length)) });
    };
    client.on("data", onData);
    client.on("close", onClose);
  });
}
