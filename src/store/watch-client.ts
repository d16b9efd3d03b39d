import type pg from "pg";

/**
 * Listens for errors on a connection borrowed from the pool, until the returned function is
 * called (just before release), which gives the error seen, if any. pg-pool listens only on
 * idle connections: a borrowed one whose server goes away emits "error" with no listener, and
 * that crashes the process. The query in flight fails on its own and is reported as usual.
 */
export function watchClient(client: pg.PoolClient): () => Error | undefined {
  let lost: Error | undefined;
  const onError = (error: Error) => {
    lost ??= error;
  };
  client.on("error", onError);
  return () => {
    client.off("error", onError);
    return lost;
  };
}
