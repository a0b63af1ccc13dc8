#!/usr/bin/env node
// Runs every suite (Foundry, then jest: unit, architecture and end-to-end) and ends with the plain
// total of all of them: `N passed, N failed`.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => process.stderr.write(chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

let passed = 0;
let failed = 0;
let broken = false;

// 1. Contracts: build, regenerate the typed ABIs, run the Foundry suites with the gas snapshot check.
const build = await run('npm', ['run', '--silent', 'contracts:build']);
if (build.code !== 0) {
  console.error('contracts failed to build');
  broken = true;
} else {
  // Generated files are reproducible: the committed typed ABIs must equal what the build regenerated.
  const drift = await run('git', ['status', '--porcelain', '--', 'src/modules/chain/contracts/generated']);
  if (drift.code === 0 && drift.output.trim()) {
    console.error('the generated ABIs differ from the committed ones: run `npm run contracts:build` and commit them');
    failed += 1;
  }
  // forge 1.7 exits 0 on a gas snapshot difference; the wrapper makes any difference fail.
  const forge = await run(process.execPath, ['contracts/tools/check-gas-snapshot.mjs']);
  let suites = 0;
  for (const [, ok, ko] of forge.output.matchAll(/Suite result: \w+\. (\d+) passed; (\d+) failed/g)) {
    passed += Number(ok);
    failed += Number(ko);
    suites += 1;
  }
  if (forge.code !== 0) {
    console.error('forge snapshot --check failed (failing tests or a gas snapshot mismatch)');
    if (failed === 0) failed += 1;
  }
  if (suites === 0) broken = true;
}

// Solidity lint (solhint:recommended, .solhint.json): errors fail the run, warnings are explained in
// contracts/README.md ("Lint"). The cap lives in one place: the contracts:lint script.
const lint = await run('npm', ['run', '--silent', 'contracts:lint']);
if (lint.code !== 0) {
  console.error('solhint reported errors (or more warnings than contracts/README.md explains)');
  failed += 1;
}

// 2. The build compiles with SWC (no type check, for a fast start): the type check happens here.
const typecheck = await run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
if (typecheck.code !== 0) {
  console.error('type check failed');
  failed += 1;
}

// The mobile app has its own TypeScript project (DOM, bundler resolution): its own type check.
const mobileTypecheck = await run(bin('tsc'), ['--noEmit', '-p', 'mobile/tsconfig.json']);
if (mobileTypecheck.code !== 0) {
  console.error('mobile app type check failed');
  failed += 1;
}

// The app served at `/` (and by the browser suites): built by esbuild into mobile/www.
const mobileBuild = await run(process.execPath, ['mobile/build.mjs']);
if (mobileBuild.code !== 0) {
  console.error('mobile app build failed');
  broken = true;
}

// The crash suites run the platform as its own process from dist/: build it from these sources.
const nestBuild = await run(bin('nest'), ['build']);
if (nestBuild.code !== 0) {
  console.error('nest build failed');
  broken = true;
}

// 3. jest in ESM mode: unit, architecture and end-to-end suites against DynamoDB Local and anvil.
const report = join(mkdtempSync(join(tmpdir(), 'eurt-jest-')), 'report.json');
const jest = await run(process.execPath, ['--experimental-vm-modules', bin('jest'), '--json', `--outputFile=${report}`, ...process.argv.slice(2)], {
  NODE_NO_WARNINGS: '1',
});
try {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  if (results.numRuntimeErrorTestSuites > 0) {
    failed += results.numRuntimeErrorTestSuites;
    console.error(`${results.numRuntimeErrorTestSuites} jest suite(s) failed to run`);
  }
} catch {
  console.error('jest produced no report');
  broken = true;
}
if (jest.code !== 0 && failed === 0) failed += 1;

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || broken ? 1 : 0);
