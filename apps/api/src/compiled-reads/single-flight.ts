import { currentStatementScope, runInStatementScope, StatementScope } from "@accord/db";

type Flight<T> = { result: Promise<T>; waiters: number; scope: StatementScope };

// Each waiter its own error object (reading through to the failure's code and message): a handler that
// marks or wraps it touches no other request's.
const ownError = (error: unknown): unknown =>
  error !== null && typeof error === "object" ? Object.create(error) : error;

/**
 * Concurrent calls with the same key share one computation; the next call after it settles starts
 * another, so a failure is never kept. The computation runs in a statement scope of its own: a caller
 * whose statement scope is cancelled (its request timed out) stops waiting alone, and the computation's
 * statements are cancelled with the last caller's. At most `maxFlights` keys are shared at once; past
 * that a call computes on its own.
 */
export class SingleFlight<T> {
  private readonly flights = new Map<string, Flight<T>>();
  /** Calls that joined a computation already running, since the process started (tests, diagnosis). */
  joined = 0;

  constructor(private readonly maxFlights: number) {}

  /** Keys being computed now. */
  get size(): number {
    return this.flights.size;
  }

  run(key: string, compute: () => Promise<T>): Promise<T> {
    const running = this.flights.get(key);
    if (running) this.joined++;
    return this.wait(key, running ?? this.start(key, compute));
  }

  private start(key: string, compute: () => Promise<T>): Flight<T> {
    const scope = new StatementScope();
    const flight: Flight<T> = { result: runInStatementScope(scope, compute), waiters: 0, scope };
    if (this.flights.size < this.maxFlights) {
      this.flights.set(key, flight);
      const forget = () => this.forget(key, flight);
      flight.result.then(forget, forget);
    }
    return flight;
  }

  private forget(key: string, flight: Flight<T>): void {
    if (this.flights.get(key) === flight) this.flights.delete(key);
  }

  private wait(key: string, flight: Flight<T>): Promise<T> {
    flight.waiters++;
    return new Promise<T>((resolve, reject) => {
      let waiting = true;
      const leave = () => {
        waiting = false;
        flight.waiters--;
      };
      const stopListening = currentStatementScope()?.onCancel((error) => {
        if (!waiting) return;
        leave();
        reject(error);
        if (flight.waiters > 0) return;
        // No one waits any more: a later call starts anew rather than join what is being cancelled.
        this.forget(key, flight);
        flight.scope.cancel("every request waiting for it was cancelled").catch(() => undefined);
      });
      flight.result.then(
        (value) => {
          if (!waiting) return;
          leave();
          stopListening?.();
          resolve(value);
        },
        (error: unknown) => {
          if (!waiting) return;
          leave();
          stopListening?.();
          reject(ownError(error));
        },
      );
    });
  }
}
