/**
 * How much of the machine other work took while we measured. Load figures from a shared 2-core
 * machine are only comparable when nothing else ran: the run records CPU time spent by processes
 * that are not the benchmark's own (from /proc/stat minus our processes' /proc/<pid>/stat).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ; 100 on almost every Linux). */
const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** Busy and total CPU time of the whole machine, in clock ticks. */
function machineTicks(): { busy: number; total: number } {
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal (guest time is already inside user)
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields;
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}

/** User plus system CPU time of one process, in clock ticks; 0 once it is gone. */
export function processTicks(pid: number | 'self'): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces: count fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
  } catch {
    return 0;
  }
}

/** User plus system CPU time one process has used so far, in milliseconds. */
export function processCpuMs(pid: number): number {
  return (processTicks(pid) * 1000) / TICKS_PER_SECOND;
}

export interface CpuWindow {
  /** Share of all cores' time used by processes other than the benchmark's own, 0..1. */
  otherShare: number;
  /** Share of all cores' time used by the benchmark itself (load generator, CMS, static mirror). */
  ownShare: number;
}

/**
 * Starts a measuring window over our own processes (`self` plus `pids`, which must be alive for
 * the whole window: a process that exits takes its counted time with it).
 */
export function startCpuWindow(pids: () => readonly number[]): { end(): CpuWindow } {
  const ownTicks = () => processTicks('self') + pids().reduce((sum, pid) => sum + processTicks(pid), 0);
  const machineStart = machineTicks();
  const ownStart = ownTicks();
  return {
    end() {
      const machine = machineTicks();
      const total = machine.total - machineStart.total;
      const own = ownTicks() - ownStart;
      const busy = machine.busy - machineStart.busy;
      if (total <= 0) return { otherShare: 0, ownShare: 0 };
      return { otherShare: Math.max(0, (busy - own) / total), ownShare: own / total };
    },
  };
}
