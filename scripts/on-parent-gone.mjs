// @ts-check
// Calls `stop` once the process that started this one has gone. `npm start` runs its script
// under `sh -c`, and npm passes SIGTERM to that shell only; a shell that dies of it leaves its
// child running, adopted by init. Seeing the parent change is how the child learns it is alone.

/** @param {() => void} stop @param {number} [pollMs] */
export function onParentGone(stop, pollMs = 500) {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(timer);
      stop();
    }
  }, pollMs);
  timer.unref();
}
