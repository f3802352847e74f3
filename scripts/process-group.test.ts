/**
 * scripts/process-group.mjs with real processes: a group is stopped (its servers signalled, or the
 * whole group when none can be singled out) and waited for as a whole, and
 * a server left behind by a leader that exited (pnpm's, sh's child) is stopped before the exit is
 * reported, so a restart never meets the old server on its port.
 */
import { describe, expect, it } from 'vitest';
import { spawnGroup } from './process-group.mjs';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** A shell (the leader) that starts a long sleep in its group and prints the sleep's pid. */
function leaderWithServer(script: string, timing?: { leftoverGraceMs?: number }) {
  const group = spawnGroup('sh', ['-c', script], { stdio: ['ignore', 'pipe', 'inherit'] }, { pollMs: 20, ...timing });
  const serverPid = new Promise<number>((resolve) => group.process.stdout?.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim()))));
  const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => group.once('exit', (code, signal) => resolve([code, signal])));
  return { group, serverPid, exited };
}

describe('spawnGroup', () => {
  it('stops the group on kill and reports the exit once its last process is gone', async () => {
    // `wait` keeps the shell as the leader; the sleep is the server under it.
    const { group, serverPid, exited } = leaderWithServer('sleep 30 & echo $!; wait');
    const server = await serverPid;
    expect(alive(server)).toBe(true);
    group.kill('SIGTERM');
    await exited;
    expect(alive(server)).toBe(false);
  });

  it('stops the server under its wrappers, so the wrappers exit with its clean status instead of dying of the signal', async () => {
    // The node server stops cleanly on SIGTERM; the shell leader stands for pnpm, which prints
    // "ELIFECYCLE Command failed" when its script dies of a signal (Linux: /proc tells them apart).
    // It prints its pid once its handler is on, so the signal never meets a server still starting.
    const server = `node -e "process.on('SIGTERM', () => process.exit(0)); console.log(process.pid); setInterval(() => {}, 1000)"`;
    const { group, serverPid, exited } = leaderWithServer(`${server} & wait $!; exit $?`);
    const pid = await serverPid;
    group.kill('SIGTERM');
    const [code, signal] = await exited;
    expect(alive(pid)).toBe(false);
    if (process.platform === 'linux') expect([code, signal]).toEqual([0, null]);
  });

  it('signals a leader that is itself a server, not only what it started', async () => {
    const server = `const { spawn } = require('node:child_process'); spawn('sleep', ['30'], { stdio: 'ignore' });
      process.on('SIGTERM', () => process.exit(0)); console.log(process.pid); setInterval(() => {}, 1000);`;
    const group = spawnGroup(process.execPath, ['-e', server], { stdio: ['ignore', 'pipe', 'inherit'] }, { pollMs: 20 });
    const ready = new Promise((resolve) => group.process.stdout?.once('data', resolve));
    const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => group.once('exit', (code, signal) => resolve([code, signal])));
    await ready;
    group.kill('SIGTERM');
    expect(await exited).toEqual([0, null]);
  });

  it('stops what a leader that exited on its own left behind before reporting the exit', async () => {
    // The leader exits at once; its sleep would keep running, adopted by init.
    const { serverPid, exited } = leaderWithServer('sleep 30 & echo $!; exit 3');
    const server = await serverPid;
    const [code] = await exited;
    expect(code).toBe(3);
    expect(alive(server)).toBe(false);
  });

  it('kills a leftover that ignores SIGTERM once the grace period is over', async () => {
    const { serverPid, exited } = leaderWithServer("sh -c 'trap \"\" TERM; sleep 30' & echo $!; exit 0", { leftoverGraceMs: 300 });
    const server = await serverPid;
    await exited;
    expect(alive(server)).toBe(false);
  });
});
