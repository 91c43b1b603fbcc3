import { describe, expect, it } from 'vitest';
import { pageRendererPid, parseTrace, windowFromMarks } from '../../../bench/trace';
import { mark, meta, reporter, task } from './synthetic-trace';

describe('pageRendererPid', () => {
  const base = [
    ...meta(30, 'WebUI Top Renderer', { 30: 'CrRendererMain' }),
    ...meta(10, 'Renderer', { 10: 'CrRendererMain', 11: 'Compositor' }),
    ...meta(20, 'Renderer', { 20: 'CrRendererMain', 21: 'Compositor' }),
    ...task(30, 30, 0, 900_000),
  ];

  it('picks the Renderer whose compositor produced the most frames, not the busiest WebUI renderer', () => {
    const events = [
      ...base,
      ...reporter(20, 21, '0x1', 0, 10, 'STATE_PRESENTED_ALL'),
      ...reporter(20, 21, '0x1', 20, 30, 'STATE_PRESENTED_ALL'),
      ...reporter(10, 11, '0x1', 0, 10, 'STATE_PRESENTED_ALL'),
      ...task(10, 10, 0, 500_000),
    ];
    expect(pageRendererPid(events)).toBe(20);
  });

  it('falls back to the Renderer whose main thread ran the most task time', () => {
    expect(pageRendererPid([...base, ...task(20, 20, 0, 10), ...task(10, 10, 0, 20)])).toBe(10);
  });

  it('takes the process that recorded a named performance.mark when asked', () => {
    const events = [...base, ...task(10, 10, 0, 500_000), mark(20, 20, 'bench-start', 5)];
    expect(pageRendererPid(events, { mark: 'bench-start' })).toBe(20);
    expect(() => pageRendererPid(events, { mark: 'nope' })).toThrow(/performance\.mark\("nope"\)/);
  });

  it('says so when the trace names no Renderer process', () => {
    expect(() => pageRendererPid(meta(1, 'Browser', { 1: 'CrBrowserMain' }))).toThrow(/Renderer/);
  });
});

describe('windowFromMarks', () => {
  it('spans the two marks and refuses an end before the start', () => {
    const events = [mark(10, 10, 'a', 1_000), mark(10, 10, 'b', 5_000)];
    expect(windowFromMarks(events, 'a', 'b')).toEqual({ startUs: 1_000, endUs: 5_000 });
    expect(() => windowFromMarks(events, 'b', 'a')).toThrow(/after startUs/);
    expect(() => windowFromMarks(events, 'a', 'c')).toThrow(/"c"/);
  });
});

describe('parseTrace', () => {
  it('accepts { traceEvents } or a bare array and names a malformed event', () => {
    const ev = { name: 'x', cat: 'c', ph: 'X', ts: 1, pid: 1, tid: 1 };
    expect(parseTrace({ traceEvents: [ev] })).toEqual([ev]);
    expect(parseTrace([{ ...ev, cat: undefined }])[0]?.cat).toBe('');
    expect(() => parseTrace({ events: [] })).toThrow(/traceEvents/);
    expect(() => parseTrace([ev, { name: 'y', ph: 'X', ts: '1', pid: 1, tid: 1 }])).toThrow(/event 1/);
  });
});
