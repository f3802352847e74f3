/**
 * scripts/supervise.mjs, which keeps `pnpm start`'s CMS and site running: a crash of one restarts
 * it alone; a crash loop or Ctrl-C stops both. Children and clock are fakes, so no process starts.
 */
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_POLICY, supervise } from './supervise.mjs';

class FakeChild extends EventEmitter {
  readonly signals: string[] = [];
  constructor(readonly obeysSigterm = true) {
    super();
  }
  kill(signal: NodeJS.Signals = 'SIGTERM'): boolean {
    this.signals.push(signal);
    if (signal === 'SIGKILL' || this.obeysSigterm) queueMicrotask(() => this.emit('exit', null, signal));
    return true;
  }
  crash(code = 1): void {
    this.emit('exit', code, null);
  }
}

function startPair({ obeysSigterm = true } = {}) {
  const started: Record<string, FakeChild[]> = { cms: [], web: [] };
  const exit = vi.fn<(code: number) => void>();
  const log = vi.fn<(line: string) => void>();
  const supervisor = supervise({
    names: ['cms', 'web'],
    spawn: (name) => {
      const child = new FakeChild(obeysSigterm);
      started[name]?.push(child);
      return child;
    },
    exit,
    log,
  });
  const latest = (name: string): FakeChild => {
    const child = started[name]?.at(-1);
    if (!child) throw new Error(`${name} was never started`);
    return child;
  };
  return { started, exit, log, supervisor, latest };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('scripts/supervise', () => {
  describe('supervise', () => {
    it('starts a child that crashed again after a pause, and leaves the other one running', async () => {
      const { started, exit, latest } = startPair();
      latest('web').crash();
      expect(latest('cms').signals).toEqual([]);
      await vi.advanceTimersByTimeAsync(DEFAULT_POLICY.firstDelayMs - 1);
      expect(started.web).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(started.web).toHaveLength(2);
      expect(started.cms).toHaveLength(1);
      expect(exit).not.toHaveBeenCalled();
    });

    it('waits twice as long after each crash in a row', async () => {
      const { started, latest } = startPair();
      latest('cms').crash();
      await vi.advanceTimersByTimeAsync(DEFAULT_POLICY.firstDelayMs);
      latest('cms').crash();
      await vi.advanceTimersByTimeAsync(2 * DEFAULT_POLICY.firstDelayMs - 1);
      expect(started.cms).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(1);
      expect(started.cms).toHaveLength(3);
    });

    it('stops both on purpose, with exit code 1 and a message, when one keeps crashing', async () => {
      const { exit, log, latest } = startPair();
      for (let crash = 0; crash < DEFAULT_POLICY.maxRestarts; crash++) {
        latest('cms').crash();
        await vi.advanceTimersByTimeAsync(DEFAULT_POLICY.maxDelayMs);
      }
      expect(exit).not.toHaveBeenCalled();
      latest('cms').crash();
      await vi.advanceTimersByTimeAsync(0);
      expect(latest('web').signals).toEqual(['SIGTERM']);
      expect(exit).toHaveBeenCalledExactlyOnceWith(1);
      expect(log).toHaveBeenLastCalledWith(expect.stringMatching(/^\[cms\] exited with 1, its 6th exit within 60 s: stopping both/));
    });

    it('forgets crashes older than the window', async () => {
      const { exit, latest } = startPair();
      for (let crash = 0; crash < 3 * DEFAULT_POLICY.maxRestarts; crash++) {
        latest('web').crash();
        await vi.advanceTimersByTimeAsync(DEFAULT_POLICY.windowMs / DEFAULT_POLICY.maxRestarts + 1);
      }
      expect(exit).not.toHaveBeenCalled();
    });

    it('stops both and restarts neither on Ctrl-C, even one waiting to restart', async () => {
      const { started, exit, supervisor, latest } = startPair();
      latest('web').crash();
      supervisor.stop(0);
      await vi.advanceTimersByTimeAsync(DEFAULT_POLICY.maxDelayMs);
      expect(latest('cms').signals).toEqual(['SIGTERM']);
      expect(started.web).toHaveLength(1);
      expect(exit).toHaveBeenCalledExactlyOnceWith(0);
    });

    it('kills a child that ignores SIGTERM once the grace period is over', async () => {
      const { exit, supervisor, latest } = startPair({ obeysSigterm: false });
      supervisor.stop(0);
      await vi.advanceTimersByTimeAsync(DEFAULT_POLICY.stopGraceMs - 1);
      expect(exit).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(latest('cms').signals).toEqual(['SIGTERM', 'SIGKILL']);
      expect(exit).toHaveBeenCalledExactlyOnceWith(0);
    });
  });
});
