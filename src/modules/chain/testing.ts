/** For tests that run a chain node of their own (as an external node, or behind a proxy they cut): the embedded anvil. */
export { AnvilNode } from './infrastructure/node/anvil-node.js';
