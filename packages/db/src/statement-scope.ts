import { AsyncLocalStorage } from "node:async_hooks";
import pg from "pg";

/**
 * The statements one unit of work (an API request) has running, so that when it is abandoned (the
 * request timeout) they are cancelled on the server instead of holding a connection and a backend.
 */
export class StatementScope {
  private readonly running = new Map<pg.Client, number>();
  private cancelledWith: Error | undefined;
  private readonly listeners = new Set<(error: Error) => void>();

  /** Cancels what runs now (PostgreSQL's cancel request, on a connection of its own) and refuses what comes next. */
  cancel(reason: string): Promise<void> {
    if (!this.cancelledWith) {
      const error = Object.assign(new Error(`statement not run: ${reason}`), { code: "57014" });
      this.cancelledWith = error;
      for (const listener of this.listeners) listener(error);
      this.listeners.clear();
    }
    const clients = [...this.running.keys()];
    this.running.clear();
    return Promise.all(clients.map(cancelRunning)).then(() => undefined);
  }

  /** Calls `listener` when the scope is cancelled (at once if it is already); returns what stops listening. */
  onCancel(listener: (error: Error) => void): () => void {
    if (this.cancelledWith) {
      listener(this.cancelledWith);
      return () => {};
    }
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** @internal */ enter(client: pg.Client): void {
    if (this.cancelledWith) throw this.cancelledWith;
    this.running.set(client, (this.running.get(client) ?? 0) + 1);
  }

  /** @internal */ leave(client: pg.Client): void {
    const count = (this.running.get(client) ?? 0) - 1;
    if (count > 0) this.running.set(client, count);
    else this.running.delete(client);
  }

  get active(): number {
    return this.running.size;
  }
}

const scopes = new AsyncLocalStorage<StatementScope>();

/** The scope the calling code runs in, if any. */
export const currentStatementScope = (): StatementScope | undefined => scopes.getStore();

/** Runs `work` (and everything it starts asynchronously) inside `scope`. */
export function runInStatementScope<T>(scope: StatementScope, work: () => T): T {
  return scopes.run(scope, work);
}

// The cancel request needs the backend's key, which only the connection that started it holds.
type Keys = { processID: number | null; secretKey: number | null; connectionParameters: pg.ClientConfig };

async function cancelRunning(client: pg.Client): Promise<void> {
  const { processID, connectionParameters } = client as unknown as Keys;
  if (processID == null) return;
  const canceller = new pg.Client(connectionParameters);
  canceller.on("error", () => {});
  try {
    await canceller.connect();
    await canceller.query("SELECT pg_cancel_backend($1)", [processID]);
  } catch {
    // The backend may be gone already; nothing is left to cancel then.
  } finally {
    await canceller.end().catch(() => {});
  }
}

type Query = (...args: unknown[]) => unknown;

/** pg's client, telling the current scope (if any) which connection runs its statements. */
export class ScopedClient extends pg.Client {
  override query(...args: unknown[]): never {
    const scope = scopes.getStore();
    const query = pg.Client.prototype.query as unknown as Query;
    if (!scope) return query.apply(this, args) as never;
    // pg-pool calls with a callback (nothing returned); Prisma's adapter without (a promise).
    const last = args.length - 1;
    const callback = args[last];
    try {
      scope.enter(this);
    } catch (error) {
      if (typeof callback !== "function") return Promise.reject(error) as never;
      process.nextTick(() => callback(error));
      return undefined as never;
    }
    const leave = () => scope.leave(this);
    if (typeof callback === "function") {
      args[last] = (...results: unknown[]) => {
        leave();
        return callback(...results);
      };
    }
    const result = query.apply(this, args);
    if (result instanceof Promise) result.then(leave, leave);
    else if (result && typeof (result as pg.Query).on === "function") {
      (result as pg.Query).once("end", leave).once("error", leave);
    } else if (typeof callback !== "function") leave();
    return result as never;
  }
}
