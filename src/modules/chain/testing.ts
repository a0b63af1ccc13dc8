/**
 * For tests only, offered on purpose (the architecture test lets test/ import it, and nothing in
 * src/): the embedded anvil, for suites that run one chain node of their own (several platform
 * processes on it, an external node, or one behind a proxy they cut).
 */
export { AnvilNode } from './infrastructure/node/anvil-node.js';
