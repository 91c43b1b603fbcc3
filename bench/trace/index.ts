/** The benchmark's trace analysis: pure functions over Chrome trace events (see README.md). */
export { EVENT, TRACE_CATEGORIES } from './categories';
export {
  pageRendererPid,
  parseTrace,
  rendererMainThread,
  windowFromMarks,
  type TraceEvent,
  type Window,
} from './events';
export {
  displayedFrameTimes,
  frameStats,
  percentile,
  presentedFrameTimes,
  rendererPresentedFrameTimes,
  submittedFrameTimes,
  type PresentedFrameTimes,
  type FrameSource,
  type FrameStats,
} from './frames';
export { layoutsPerSecond, mainThreadBusy, unionLengthUs, type RendererChoice } from './main-thread';
