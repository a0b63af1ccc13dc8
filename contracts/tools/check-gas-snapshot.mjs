#!/usr/bin/env node
// Strict gas-snapshot check: runs `forge snapshot --check` and fails when it reports a difference.
//
//   node contracts/tools/check-gas-snapshot.mjs [extra forge args]
//
// forge 1.7.1 prints `Diff in "..."` for a changed entry but still exits 0, so CI cannot rely on its
// exit code alone; this wrapper turns any reported difference (or a test without a snapshot entry)
// into exit code 1.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const forge = path.join(root, 'node_modules', '.bin', 'forge');
const child = spawn(forge, ['snapshot', '--check', ...process.argv.slice(2)], { cwd: root });
let output = '';
for (const stream of [child.stdout, child.stderr]) {
  stream.on('data', (chunk) => {
    output += chunk;
    (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
  });
}
child.on('close', (code) => {
  const differences = output.split('\n').filter((line) => /^(Diff in |No matching snapshot entry)/.test(line));
  if (differences.length > 0) {
    console.error(`\ngas snapshot check failed: ${differences.length} difference(s) against .gas-snapshot`);
    process.exit(1);
  }
  if (code !== 0) process.exit(code ?? 1);
  console.log('gas snapshot matches .gas-snapshot');
});
