/**
 * The memory of Electron's processes, from app.getAppMetrics: all of them for
 * /metrics, and the kiosk renderer's sampled once a minute so a slow leak over
 * weeks is caught (recovery-policy.ts decides what is too much).
 */
import { app } from 'electron';
import type { ProcessMemory } from '../services/host/host-api';

/** How often the renderer's memory is sampled: a leak takes days, a sample costs little. */
export const MEMORY_SAMPLE_INTERVAL_MS = 60_000;

/** Every process of the app with its resident memory in bytes (Electron reports kilobytes). */
export function appProcessMemory(): ProcessMemory[] {
  return app.getAppMetrics().map((metric) => ({
    type: metric.type,
    pid: metric.pid,
    residentBytes: metric.memory.workingSetSize * 1024,
  }));
}

/** The resident bytes of process `pid`, or null when it is not one of the app's (gone, or not started). */
export function processResidentBytes(pid: number): number | null {
  const metric = app.getAppMetrics().find((candidate) => candidate.pid === pid);
  return metric ? metric.memory.workingSetSize * 1024 : null;
}

/**
 * Calls `onSample` with the resident bytes of the process `currentPid()` names,
 * every `intervalMs`; a pid of 0 or less (no renderer right now) is skipped.
 * Returns the function that stops it.
 */
export function watchRendererMemory(
  currentPid: () => number,
  onSample: (bytes: number) => void,
  intervalMs: number = MEMORY_SAMPLE_INTERVAL_MS,
): () => void {
  const timer = setInterval(() => {
    const pid = currentPid();
    if (pid <= 0) return;
    const bytes = processResidentBytes(pid);
    if (bytes !== null) onSample(bytes);
  }, intervalMs);
  // Sampling must never be what keeps a quitting process alive.
  timer.unref();
  return () => clearInterval(timer);
}
