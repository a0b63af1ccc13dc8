import { spawn } from 'node:child_process';

/** Runs a command to its end; rejects on a non-zero exit with the tail of its output. */
export function exec(command, args, { quiet = false, env, timeoutMs = 30 * 60_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (!quiet) process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      if (!quiet) process.stderr.write(chunk);
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve({ stdout, stderr });
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${(stdout + stderr).slice(-3000)}`));
    });
  });
}

/** Runs a command and reports its exit code instead of failing. */
export function execQuiet(command, args) {
  return exec(command, args, { quiet: true }).then(
    (result) => ({ code: 0, ...result }),
    (error) => ({ code: 1, stdout: '', stderr: String(error.message) }),
  );
}
