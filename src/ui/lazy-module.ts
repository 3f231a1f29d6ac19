/**
 * A code chunk loaded on demand: the first call starts the import, later calls share it, and a
 * failed import is tried again on the next call. `loaded()` is the module once it is in.
 */
export interface LazyModule<T> {
  load(): Promise<T>;
  loaded(): T | undefined;
}

export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let module: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    load: () =>
      (pending ??= importer().then(
        (m) => (module = m),
        (e: unknown) => {
          pending = undefined;
          throw e;
        },
      )),
    loaded: () => module,
  };
}
