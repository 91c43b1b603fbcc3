/** Hand-built trace events with exactly known answers, shaped like the ones Chromium 156 writes. */
import type { TraceEvent } from '../../../bench/trace';

export const meta = (pid: number, process: string, threads: Record<number, string>): TraceEvent[] => [
  { name: 'process_name', cat: '__metadata', ph: 'M', ts: 0, pid, tid: 0, args: { name: process } },
  ...Object.entries(threads).map(([tid, name]) => ({
    name: 'thread_name',
    cat: '__metadata',
    ph: 'M',
    ts: 0,
    pid,
    tid: Number(tid),
    args: { name },
  })),
];

/** A top-level task as Chromium records it: RunTask wrapping ThreadControllerImpl::RunTask (µs). */
export const task = (pid: number, tid: number, ts: number, dur: number): TraceEvent[] => [
  { name: 'RunTask', cat: 'disabled-by-default-devtools.timeline', ph: 'X', ts, dur, pid, tid },
  { name: 'ThreadControllerImpl::RunTask', cat: 'toplevel', ph: 'X', ts: ts + 2, dur: dur - 4, pid, tid },
];

export const layout = (pid: number, tid: number, ts: number, dur = 500): TraceEvent => ({
  name: 'Layout',
  cat: 'devtools.timeline',
  ph: 'X',
  ts,
  dur,
  pid,
  tid,
});

export const displayed = (ts: number): TraceEvent => ({
  name: 'Display::FrameDisplayed',
  cat: 'benchmark,viz,disabled-by-default-display.framedisplayed',
  ph: 'I',
  ts,
  pid: 1,
  tid: 2,
});

/** One PipelineReporter span of a renderer compositor, id reused the way Chromium reuses it. */
export const reporter = (
  pid: number,
  tid: number,
  id: string,
  begin: number,
  end: number,
  state: string,
): TraceEvent[] => {
  const base = { name: 'PipelineReporter', cat: 'cc,benchmark,disabled-by-default-devtools.timeline.frame', pid, tid };
  return [
    { ...base, ph: 'b', ts: begin, id2: { local: id }, args: { frame_reporter: { state } } } as TraceEvent,
    { ...base, ph: 'e', ts: end, id2: { local: id }, args: {} } as TraceEvent,
  ];
};

export const mark = (pid: number, tid: number, name: string, ts: number): TraceEvent => ({
  name,
  cat: 'blink.user_timing',
  ph: 'I',
  ts,
  pid,
  tid,
});

/** Frame timestamps (µs) every `periodMs` from `startUs`, `count` of them. */
export const cadence = (startUs: number, periodMs: number, count: number): number[] =>
  Array.from({ length: count }, (_, i) => Math.round(startUs + i * periodMs * 1000));

/** A frame the renderer submitted to viz at `submitAt` that viz never drew (reported dropped at `end`). */
export const submittedUndrawn = (pid: number, tid: number, id: string, submitAt: number, end: number): TraceEvent[] => {
  const cat = 'cc,benchmark,disabled-by-default-devtools.timeline.frame';
  const stage = { name: 'SubmitCompositorFrameToPresentationCompositorFrame', cat, pid, tid, id2: { local: id } };
  return [
    ...reporter(pid, tid, id, submitAt - 8000, end, 'STATE_DROPPED'),
    { ...stage, ph: 'b', ts: submitAt } as TraceEvent,
    { ...stage, ph: 'e', ts: end } as TraceEvent,
  ];
};
