/**
 * Runs one rebuild at a time; requests that arrive during a run are folded into one more run
 * after it (their changes together, or everything if any asked for everything), so a burst of
 * publishes costs at most two renders and the last one sees them all.
 */
import type { Changes } from './render-plan';

export function createRebuildQueue<T>(rebuild: (changes: Changes) => Promise<T>, onDone: (result: T) => void, onError: (error: unknown) => void) {
  let running: Promise<void> | null = null;
  let waiting: Changes | null = null;

  async function loop(): Promise<void> {
    while (waiting !== null) {
      const changes: Changes = waiting;
      waiting = null;
      try {
        onDone(await rebuild(changes));
      } catch (error) {
        onError(error);
      }
    }
    running = null;
  }

  return {
    /** Starts a run, or schedules one after the current run; resolves when the site is current. */
    request(changes: Changes = 'all'): Promise<void> {
      waiting = waiting === 'all' || changes === 'all' ? 'all' : [...(waiting ?? []), ...changes];
      running ??= loop();
      return running;
    },
  };
}
