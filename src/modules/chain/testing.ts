/** For tests that run anvil as an external node, the way production runs against a real chain. */
export { AnvilNode } from './infrastructure/node/anvil-node.js';
