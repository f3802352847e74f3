// @ts-check
// A child started in a process group of its own and handled as one: kill() signals the whole
// group, and 'exit' fires once no process of the group is left. `pnpm --filter cms start` runs
// the server under pnpm and sh, neither of which passes a signal on, and pnpm may exit while the
// server under it still runs: the leader's exit alone says nothing about the port.
import { spawn } from 'node:child_process';

/** @param {number} pgid */
const groupAlive = (pgid) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

/** @param {number} pgid @param {NodeJS.Signals} signal */
const signalGroup = (pgid, signal) => {
  try {
    process.kill(-pgid, signal);
  } catch {
    // the group is gone already
  }
};

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnOptions} options
 * @param {{ leftoverGraceMs?: number, pollMs?: number }} [timing]
 */
export function spawnGroup(command, args, options, { leftoverGraceMs = 10_000, pollMs = 100 } = {}) {
  const child = spawn(command, args, { ...options, detached: true });
  /** @type {Promise<[number | null, NodeJS.Signals | null]>} */
  const groupExited = new Promise((resolve) => {
    child.once('error', () => resolve([null, null])); // not started: no 'exit' follows
    child.once('exit', async (code, signal) => {
      const pgid = child.pid;
      if (pgid !== undefined && groupAlive(pgid)) {
        // The leader is gone and something it started is not: nothing else will ever stop it.
        signalGroup(pgid, 'SIGTERM');
        const deadline = Date.now() + leftoverGraceMs;
        while (groupAlive(pgid) && Date.now() < deadline) await sleep(pollMs);
        signalGroup(pgid, 'SIGKILL');
        while (groupAlive(pgid)) await sleep(pollMs);
      }
      resolve([code, signal]);
    });
  });
  return {
    process: child,
    /** @param {NodeJS.Signals} [signal] */
    kill(signal = 'SIGTERM') {
      if (child.pid !== undefined) signalGroup(child.pid, signal);
      return true;
    },
    /** @param {'exit'} _event @param {(code: number | null, signal: NodeJS.Signals | null) => void} listener */
    once(_event, listener) {
      void groupExited.then(([code, signal]) => listener(code, signal));
    },
  };
}
