/**
 * What the kiosk does with a key press. A union hall has no keyboard most of
 * the time, and when one is plugged in nobody should be able to close, reload,
 * zoom or inspect the screen by accident or on purpose. There is exactly one
 * way out, for an operator standing at the machine:
 *
 *     Ctrl + Alt + Shift + Q   quits Pano (cleanly: the host closes first)
 *
 * Everything else is swallowed before the page or Chromium sees it.
 */

/** The fields of Electron's `Input` this policy reads (a structural subset, so tests need no Electron). */
export interface KeyInput {
  type: string;
  key: string;
  code: string;
  control: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
  isAutoRepeat: boolean;
}

/** True for the operator's quit combination, Ctrl+Alt+Shift+Q (key down, not a repeat, no Meta). */
export function isQuitCombo(input: KeyInput): boolean {
  // `code` is the physical key, so the combination works whatever the keyboard layout
  // (a Vietnamese Telex input method rewrites `key`, never `code`).
  return (
    input.type === 'keyDown' &&
    !input.isAutoRepeat &&
    input.control &&
    input.alt &&
    input.shift &&
    !input.meta &&
    input.code === 'KeyQ'
  );
}

/** True for every key event the kiosk must swallow: all of them except the quit combination. */
export function shouldBlockInput(input: KeyInput): boolean {
  return !isQuitCombo(input);
}
