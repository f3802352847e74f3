/**
 * Every process the benchmark starts runs in its own process group (`detached`), so stopping it
 * also stops anything it started. Groups still alive when the benchmark exits — normally, on an
 * error or on Ctrl-C — are killed with it.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

export interface Child {
  readonly process: ChildProcess;
  readonly pid: number;
  /** Everything the child wrote to stdout and stderr so far. */
  log(): string;
  exited(): boolean;
  /** SIGTERM to the group, SIGKILL after `graceMs`; resolves once the child has exited. */
  stop(graceMs?: number): Promise<void>;
}

const running = new Set<Child>();

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is already gone
  }
}

export function killAllChildren(): void {
  for (const child of running) signalGroup(child.pid, 'SIGKILL');
  running.clear();
}

process.once('exit', killAllChildren);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    console.error(`bench: ${signal} received, stopping ${running.size} child process group(s)`);
    killAllChildren();
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
  });
}

/** Starts `command` in a new process group, capturing its output. */
export function spawnGroup(command: string, args: readonly string[], options: Omit<SpawnOptions, 'detached' | 'stdio'>): Child {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid === undefined) throw new Error(`Could not start ${command} ${args.join(' ')}`);
  const pid = child.pid;
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const exited = () => child.exitCode !== null || child.signalCode !== null;

  const handle: Child = {
    process: child,
    pid,
    log: () => output.join(''),
    exited,
    async stop(graceMs = 5000) {
      if (!exited()) {
        signalGroup(pid, 'SIGTERM');
        const timer = setTimeout(() => signalGroup(pid, 'SIGKILL'), graceMs);
        await exit;
        clearTimeout(timer);
      }
      // Children of the child that ignored SIGTERM go too.
      signalGroup(pid, 'SIGKILL');
      running.delete(handle);
    },
  };
  running.add(handle);
  child.once('exit', () => {
    if (running.has(handle)) signalGroup(pid, 'SIGKILL');
    running.delete(handle);
  });
  return handle;
}
