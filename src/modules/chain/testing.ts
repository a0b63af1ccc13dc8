/** For test suites that run a chain node of their own (e.g. behind a proxy they cut): the embedded anvil. */
export { AnvilNode } from './infrastructure/node/anvil-node.js';
