/**
 * The CLI's own error: a bad argument or option, found before any request is sent (exit 2).
 * Everything about Flink itself is one of `@flink-rest/client`'s `FlinkError`s.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Something the command names is not on the cluster, found by the CLI itself (exit 4). */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}
