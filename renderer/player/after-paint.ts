/** Running something once the browser has drawn the current frame. */

/**
 * Calls `callback` after the next frame has been produced: the rAF runs just
 * before that frame paints, the timeout after it. Returns a cancel function.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
