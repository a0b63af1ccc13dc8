/**
 * Test only: when CRASH_AT (app config) names this point, the process dies on the spot with
 * SIGKILL, as a power cut would: no shutdown hooks, no flushing. Crash tests use it to stop the
 * platform between two steps of a money movement and check that a restart finishes the job once.
 */
export function crashPoint(configured: string | undefined, point: string): void {
  if (configured !== point) return;
  process.stderr.write(`CRASH_AT=${point}: killing the process\n`);
  process.kill(process.pid, 'SIGKILL');
}
