/** Seconds a client is told to wait (Retry-After) when a dependency is down or throttling. */
export const DEPENDENCY_RETRY_AFTER_SECONDS = 5;

/** `network`: a socket error from a caller that does not say which service it was talking to. */
export type UnavailableDependency = 'database' | 'chain' | 'network';

/** AWS answers that mean "not now": throttled, over capacity or briefly unable to serve. */
const DATABASE_BUSY = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'LimitExceededException',
  'ServiceUnavailable',
  'InternalServerError',
]);
/** A transaction cancelled because one of its items was throttled, not because a condition failed. */
const BUSY_CANCELLATION_CODES = new Set(['ThrottlingError', 'ProvisionedThroughputExceeded', 'RequestLimitExceeded']);
/** The JSON-RPC transport failed (viem): the node did not answer, as opposed to answering with an error. */
const CHAIN_TRANSPORT_ERRORS = new Set(['HttpRequestError', 'TimeoutError', 'SocketClosedError', 'WebSocketRequestError']);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT']);

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  cause?: unknown;
  $metadata?: unknown;
  $fault?: unknown;
  CancellationReasons?: { Code?: string }[];
}

/**
 * Which dependency `error` says is unreachable or throttling, if any: the database (the AWS SDK's
 * errors carry `$metadata`) or the chain node (viem's transport errors). Walks the `cause` chain,
 * since both libraries wrap the socket error they met.
 */
export function unavailableDependency(error: unknown): UnavailableDependency | undefined {
  let fromAws = false;
  for (let current = error as ErrorLike | undefined, depth = 0; current && typeof current === 'object' && depth < 8; current = current.cause as ErrorLike, depth++) {
    const name = typeof current.name === 'string' ? current.name : '';
    fromAws ||= current.$metadata !== undefined;
    if (DATABASE_BUSY.has(name)) return 'database';
    // An AWS SDK error without a service's answer ($fault) never reached DynamoDB: connection refused, reset, timed out.
    if (current.$metadata !== undefined && (current.$fault === undefined || current.$fault === 'server')) return 'database';
    if (name === 'TransactionCanceledException' && current.CancellationReasons?.some((reason) => BUSY_CANCELLATION_CODES.has(reason.Code ?? ''))) return 'database';
    if (CHAIN_TRANSPORT_ERRORS.has(name)) return 'chain';
    if (typeof current.code === 'string' && NETWORK_CODES.has(current.code)) return fromAws ? 'database' : 'network';
  }
  return undefined;
}
