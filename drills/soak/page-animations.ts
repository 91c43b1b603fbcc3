/**
 * Web animations on the page clock.
 *
 * Playwright's fake clock fakes `Date`, timers, `requestAnimationFrame` and
 * `performance.now`, but not the document timeline that WAAPI animations run
 * on. framer-motion starts each of its WAAPI animations (slide entrances and
 * exits, banners, the marquee's cross-fade) at its own `time.now()`, which is
 * the fake `performance.now`: after `clock.runFor` that is hours ahead of the
 * real timeline, so to Chromium every such animation "has not started yet".
 * An entering slide then stays at opacity 0 and every leaving one stays in
 * the DOM for good (AnimatePresence removes it when its exit finishes), which
 * a soak would read as a leak. In a kiosk both clocks are one, so nothing of
 * this happens there.
 *
 * This init script puts every finite animation on the page clock: it notes
 * the page time an animation started at (the `startTime` framer-motion gives
 * it, or `performance.now()` when created without one) and, on a fake-clock
 * interval while any runs, sets its `currentTime` to the page time since
 * then. A 1 s fade then ends after one page-second, exactly as on a wall
 * clock; its `finish` event fires and framer-motion completes the exit.
 * Endless animations (the marquee's scrolling track) are left alone: they
 * take their phase from `Date.now()` and never finish.
 */

/** How often (page time) the running animations are moved to the page clock. */
const SYNC_EVERY_MS = 50;

/**
 * The init script; add it to the context after `clock.install`, so that
 * `setInterval` and `performance.now` are the fake clock's. A string, not a
 * function: tsx's compiled functions can call helpers (__name) the page does
 * not have.
 */
export const PAGE_CLOCK_ANIMATIONS = `(() => {
  const proto = Animation.prototype;
  const startTime = Object.getOwnPropertyDescriptor(proto, 'startTime');
  const currentTime = Object.getOwnPropertyDescriptor(proto, 'currentTime');
  const play = proto.play;
  const elementAnimate = Element.prototype.animate;
  // Page time at which each followed animation's currentTime was 0.
  const zeroAt = new WeakMap();
  const running = new Set();
  let timer = null;
  const finite = (animation) => {
    const timing = animation.effect && animation.effect.getComputedTiming();
    return Boolean(timing) && Number.isFinite(timing.endTime);
  };
  const move = (animation, now) => {
    if (animation.playState !== 'running') return false;
    currentTime.set.call(animation, (now - zeroAt.get(animation)) * animation.playbackRate);
    return animation.playState === 'running';
  };
  const tick = () => {
    const now = performance.now();
    for (const animation of running) if (!move(animation, now)) running.delete(animation);
    if (running.size === 0) {
      clearInterval(timer);
      timer = null;
    }
  };
  const follow = (animation, zeroMs) => {
    zeroAt.set(animation, zeroMs);
    running.add(animation);
    move(animation, performance.now());
    if (timer === null) timer = setInterval(tick, ${SYNC_EVERY_MS});
  };
  Element.prototype.animate = function (...args) {
    const animation = elementAnimate.apply(this, args);
    if (finite(animation)) follow(animation, performance.now());
    return animation;
  };
  Object.defineProperty(proto, 'startTime', {
    ...startTime,
    set(value) {
      startTime.set.call(this, value);
      if (zeroAt.has(this) && typeof value === 'number') follow(this, value);
    },
  });
  Object.defineProperty(proto, 'currentTime', {
    ...currentTime,
    set(value) {
      currentTime.set.call(this, value);
      if (zeroAt.has(this) && typeof value === 'number') follow(this, performance.now() - value / (this.playbackRate || 1));
    },
  });
  proto.play = function (...args) {
    const result = play.apply(this, args);
    const at = currentTime.get.call(this);
    if (zeroAt.has(this) && typeof at === 'number') follow(this, performance.now() - at / (this.playbackRate || 1));
    return result;
  };
})();`;
