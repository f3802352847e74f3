// Runs a command and ends it when the process that started this guard dies, however it died
// (Ctrl-C, a killed test worker, SIGKILL): a test run never leaves a CMS running behind it.
// Plain JavaScript on purpose: it runs as a child process of the tests, outside vitest.
// Usage: node orphan-guard.mjs <parent pid> <command> [args...]
import { spawn } from 'node:child_process';

const [parentPid, command, ...args] = process.argv.slice(2);
const child = spawn(command, args, { stdio: 'inherit' });

child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
// A stop request is passed on; the guard exits only once the command has (so its files are closed).
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => child.kill(signal));

// The parent is gone: ask the command to stop (a site runner then stops the servers it started,
// each in a process group of its own), and kill it if it has not within 10 s.
const watch = setInterval(() => {
  try {
    process.kill(Number(parentPid), 0);
  } catch {
    clearInterval(watch);
    child.kill('SIGTERM');
    setTimeout(() => {
      child.kill('SIGKILL');
      process.exit(1);
    }, 10_000);
  }
}, 500);
