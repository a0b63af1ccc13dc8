/**
 * For tests only, offered on purpose (the architecture test lets test/ import it, and nothing in
 * src/): the embedded anvil node, so a fleet suite can start one chain for several platform
 * processes.
 */
export { AnvilNode } from './infrastructure/node/anvil-node.js';
