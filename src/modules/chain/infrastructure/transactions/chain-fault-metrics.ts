import { Counter, register } from 'prom-client';

function counter(name: string, help: string): Counter {
  return (register.getSingleMetric(name) as Counter | undefined) ?? new Counter({ name, help });
}

/** Alerts on /metrics: the operator key was used outside the platform, or the node lost a transaction. */
export const chainFaultMetrics = {
  nonceDisplaced: counter('chain_nonce_displaced_total', 'Platform transactions whose nonce a transaction sent outside the platform took; re-signed'),
  replaced: counter('chain_transaction_replaced_total', 'Stuck transactions replaced with the same nonce at a higher fee'),
  rebroadcast: counter('chain_transaction_rebroadcast_total', 'Signed transactions the node no longer knew, broadcast again from the raw transaction on record'),
  batchReformed: counter('chain_batch_reformed_total', 'Mint batches mined ahead of their own attestation (its nonce displaced) that reverted; members re-batched'),
};
