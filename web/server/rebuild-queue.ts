/**
 * Runs one rebuild at a time; requests that arrive during a run are folded into one more run
 * after it, so a burst of publishes costs at most two renders and the last one sees them all.
 */
export function createRebuildQueue<T>(rebuild: () => Promise<T>, onDone: (result: T) => void, onError: (error: unknown) => void) {
  let running: Promise<void> | null = null;
  let again = false;

  async function loop(): Promise<void> {
    do {
      again = false;
      try {
        onDone(await rebuild());
      } catch (error) {
        onError(error);
      }
    } while (again);
    running = null;
  }

  return {
    /** Starts a run, or schedules one after the current run; resolves when the site is current. */
    request(): Promise<void> {
      if (running) {
        again = true;
        return running;
      }
      running = loop();
      return running;
    },
  };
}
