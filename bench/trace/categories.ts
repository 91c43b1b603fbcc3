/**
 * The trace categories the benchmark records, and the event names the analysis reads from them.
 * Chosen on this machine's Chromium 156 (see README.md): each category is here because an event below
 * lives in it, and the heavy ones (`viz`, `cc`, `blink`, `disabled-by-default-viz.quads`) are left out
 * because they multiply the trace size and slow a 2-core machine while it is being measured.
 */
export const TRACE_CATEGORIES: readonly string[] = [
  '__metadata', // process_name / thread_name: which pid is the page's renderer, which tid its main thread
  'disabled-by-default-display.framedisplayed', // Display::FrameDisplayed (viz: a frame reached the screen)
  'disabled-by-default-devtools.timeline.frame', // PipelineReporter per renderer (fallback frame source)
  'disabled-by-default-devtools.timeline', // RunTask: every top-level task, on every thread
  'toplevel', // ThreadControllerImpl::RunTask: the same tasks under their scheduler name
  'devtools.timeline', // Layout
  'blink.user_timing', // performance.mark(): window boundaries and the page's renderer pid
];

export const EVENT = {
  frameDisplayed: 'Display::FrameDisplayed',
  pipelineReporter: 'PipelineReporter',
  /** PipelineReporter's stage from submitting a frame to viz to its presentation (same category). */
  submitStage: 'SubmitCompositorFrameToPresentationCompositorFrame',
  layout: 'Layout',
  /** Top-level task names; the two wrap the same task, so busy time takes their union. */
  tasks: ['ThreadControllerImpl::RunTask', 'RunTask'] as readonly string[],
} as const;

export const THREAD = { rendererMain: 'CrRendererMain' } as const;
export const PROCESS = { renderer: 'Renderer' } as const;
