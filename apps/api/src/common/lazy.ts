/** A thenable that starts its work only when awaited: GraphQL awaits it only if the field was asked for. */
export function lazy<T>(run: () => Promise<T>): PromiseLike<T> {
  let promise: Promise<T> | undefined;
  return {
    // biome-ignore lint/suspicious/noThenProperty: a lazy thenable is the point of this helper
    then(onFulfilled, onRejected) {
      promise ??= run();
      return promise.then(onFulfilled, onRejected);
    },
  };
}
