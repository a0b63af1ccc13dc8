import { jest } from '@jest/globals';
import { PeriodicSweeper, type SweptRecord } from './periodic-sweeper.js';

class TestSweeper extends PeriodicSweeper<SweptRecord> {
  readonly resumed: string[] = [];
  busy = new Set<string>();
  constructor(
    private readonly open: () => Promise<SweptRecord[]>,
    private readonly failing = new Set<string>(),
  ) {
    super({ intervalMs: 5_000, quietMs: 30_000 });
  }
  protected listOpen() {
    return this.open();
  }
  protected async resume(record: SweptRecord) {
    if (this.failing.has(record.id)) throw new Error('not yet');
    this.resumed.push(record.id);
  }
  protected isBusy(record: SweptRecord) {
    return this.busy.has(record.id);
  }
}

const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

describe('periodic sweeper', () => {
  const records = [
    { id: 'old', updatedAt: ago(60_000) },
    { id: 'fresh', updatedAt: ago(1_000) },
    { id: 'busy', updatedAt: ago(60_000) },
  ];

  it('behavior: the first sweep after boot resumes everything; later ones only the quiet, idle records', async () => {
    const sweeper = new TestSweeper(async () => records);
    sweeper.busy.add('busy');
    await sweeper.sweep();
    expect(sweeper.resumed).toEqual(['old', 'fresh', 'busy']);
    sweeper.resumed.length = 0;
    await sweeper.sweep();
    expect(sweeper.resumed).toEqual(['old']);
    sweeper.resumed.length = 0;
    await sweeper.sweep(true);
    expect(sweeper.resumed).toEqual(['old', 'fresh', 'busy']);
  });

  it('behavior: one record that cannot be resumed does not stop the others; a failed listing keeps the boot sweep owed', async () => {
    let fail = true;
    const sweeper = new TestSweeper(async () => {
      if (fail) throw new Error('table unavailable');
      return records;
    }, new Set(['old']));
    await sweeper.sweep();
    expect(sweeper.resumed).toEqual([]);
    fail = false;
    await sweeper.sweep();
    expect(sweeper.resumed).toEqual(['fresh', 'busy']);
  });

  it('behavior: one sweep at a time; boot starts the timer and shutdown stops it', async () => {
    jest.useFakeTimers();
    try {
      let release!: () => void;
      const list = jest.fn(() => new Promise<SweptRecord[]>((resolve) => (release = () => resolve([]))));
      const sweeper = new TestSweeper(list);
      sweeper.onApplicationBootstrap();
      expect(list).toHaveBeenCalledTimes(1);
      jest.advanceTimersByTime(5_000);
      expect(list).toHaveBeenCalledTimes(1); // the first is still running
      release();
      await Promise.resolve();
      await Promise.resolve();
      jest.advanceTimersByTime(5_000);
      expect(list).toHaveBeenCalledTimes(2);
      sweeper.onApplicationShutdown();
      jest.advanceTimersByTime(20_000);
      expect(list).toHaveBeenCalledTimes(2);
    } finally {
      jest.useRealTimers();
    }
  });
});
