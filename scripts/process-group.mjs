// @ts-check
// A child started in a process group of its own and handled as one: kill() stops the whole
// group, and 'exit' fires once no process of the group is left. `pnpm --filter cms start` runs
// the server under pnpm and sh, neither of which passes a signal on, and pnpm may exit while the
// server under it still runs: the leader's exit alone says nothing about the port.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

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

/** The wrappers a server runs under: signalled, they die of it and pnpm reports a failed command. */
const WRAPPERS = new Set(['pnpm', 'npm', 'sh', 'bash', 'dash']);

/**
 * The servers of a group led by a wrapper (pnpm, sh): its live processes that are not wrappers and
 * whose parent is one, read from /proc. Their own children (a worker, esbuild) are left to them,
 * and zombies are skipped (a finished `ensure-env` that sh has not reaped yet is no server). Null
 * where there is no /proc (macOS), the leader is itself a server, or no server is up (yet).
 * @param {number} pgid
 */
function groupServers(pgid) {
  let names;
  try {
    names = readdirSync('/proc');
  } catch {
    return null;
  }
  /** @type {Map<number, { comm: string, state: string, ppid: number }>} */
  const members = new Map();
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses, so split after the last ')'.
    const commEnd = stat.lastIndexOf(')');
    const [state, ppid, pgrp] = stat.slice(commEnd + 2).split(' ');
    if (Number(pgrp) === pgid) members.set(Number(name), { comm: stat.slice(stat.indexOf('(') + 1, commEnd), state, ppid: Number(ppid) });
  }
  const isWrapper = (/** @type {number} */ pid) => WRAPPERS.has(members.get(pid)?.comm ?? '');
  if (!isWrapper(pgid)) return null;
  const servers = [...members]
    .filter(([pid, { state, ppid }]) => state !== 'Z' && !isWrapper(pid) && isWrapper(ppid))
    .map(([pid]) => pid);
  return servers.length > 0 ? servers : null;
}

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
    /**
     * SIGTERM and SIGINT go to the servers under the wrappers alone, which stop cleanly, and the
     * wrappers then exit with their status instead of printing "ELIFECYCLE Command failed" on every
     * stop; other signals (SIGKILL), and a group with no server to single out, get the whole group.
     * @param {NodeJS.Signals} [signal]
     */
    kill(signal = 'SIGTERM') {
      if (child.pid === undefined) return true;
      const servers = signal === 'SIGTERM' || signal === 'SIGINT' ? groupServers(child.pid) : null;
      if (!servers) {
        signalGroup(child.pid, signal);
        return true;
      }
      for (const pid of servers) {
        try {
          process.kill(pid, signal);
        } catch {
          // exited meanwhile
        }
      }
      return true;
    },
    /** @param {'exit'} _event @param {(code: number | null, signal: NodeJS.Signals | null) => void} listener */
    once(_event, listener) {
      void groupExited.then(([code, signal]) => listener(code, signal));
    },
  };
}
