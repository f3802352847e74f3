// @ts-check
// Keeps the CMS and the site running side by side (scripts/run-site.mjs). A child that exits on
// its own is started again after a short pause, so one crash never takes the other child down;
// a child that keeps crashing (more than `maxRestarts` times within `windowMs`) is a broken setup
// rather than a bad request, and the pair is stopped on purpose with a message that says so.
// stop() (Ctrl-C, SIGTERM) stops both and restarts nothing.

/**
 * @typedef {{ kill(signal?: NodeJS.Signals): boolean, once(event: 'exit', listener: (code: number | null, signal: NodeJS.Signals | null) => void): unknown }} Child
 * @typedef {{ maxRestarts: number, windowMs: number, firstDelayMs: number, maxDelayMs: number, stopGraceMs: number }} RestartPolicy
 */

/** @type {RestartPolicy} */
export const DEFAULT_POLICY = { maxRestarts: 5, windowMs: 60_000, firstDelayMs: 1_000, maxDelayMs: 10_000, stopGraceMs: 10_000 };

/**
 * @param {object} options
 * @param {readonly string[]} options.names the children, started in this order
 * @param {(name: string) => Child} options.spawn starts one child
 * @param {(code: number) => void} options.exit called once, after every child has exited
 * @param {(line: string) => void} [options.log]
 * @param {Partial<RestartPolicy>} [options.policy]
 */
export function supervise({ names, spawn, exit, log = console.log, policy = {} }) {
  const { maxRestarts, windowMs, firstDelayMs, maxDelayMs, stopGraceMs } = { ...DEFAULT_POLICY, ...policy };
  /** @type {Map<string, Child>} the children running now */
  const running = new Map();
  /** @type {Map<string, number[]>} when each child last exited unexpectedly */
  const crashes = new Map();
  /** @type {Set<ReturnType<typeof setTimeout>>} restarts waiting for their pause to end */
  const pending = new Set();
  /** @type {number | null} */
  let stopCode = null;

  /** @param {string} name */
  function start(name) {
    const child = spawn(name);
    running.set(name, child);
    child.once('exit', (code, signal) => {
      running.delete(name);
      if (stopCode !== null) {
        if (running.size === 0) exit(stopCode);
        return;
      }
      const now = Date.now();
      const recent = (crashes.get(name) ?? []).filter((time) => now - time < windowMs);
      recent.push(now);
      crashes.set(name, recent);
      const how = signal ? `was killed by ${signal}` : `exited with ${code}`;
      if (recent.length > maxRestarts) {
        log(`[${name}] ${how}, its ${recent.length}th exit within ${windowMs / 1000} s: stopping both; see its output above`);
        stop(1);
        return;
      }
      // Doubles per recent crash: a quick retry after a one-off, breathing room for a crash loop.
      const delay = Math.min(firstDelayMs * 2 ** (recent.length - 1), maxDelayMs);
      log(`[${name}] ${how}; starting it again in ${delay / 1000} s (restart ${recent.length} of at most ${maxRestarts} per ${windowMs / 1000} s)`);
      const timer = setTimeout(() => {
        pending.delete(timer);
        if (stopCode === null) start(name);
      }, delay);
      pending.add(timer);
    });
  }

  /** Stops every child and restarts none; `exit(code)` follows once all have exited. @param {number} code */
  function stop(code) {
    if (stopCode !== null) return;
    stopCode = code;
    for (const timer of pending) clearTimeout(timer);
    pending.clear();
    if (running.size === 0) {
      exit(code);
      return;
    }
    for (const child of running.values()) child.kill('SIGTERM');
    // A child that ignores SIGTERM must not keep the terminal forever.
    setTimeout(() => {
      for (const child of running.values()) child.kill('SIGKILL');
    }, stopGraceMs).unref();
  }

  for (const name of names) start(name);
  return { stop };
}
