import { describe, expect, it } from 'vitest';
import { isQuitCombo, shouldBlockInput, type KeyInput } from '../../../main/electron/input-policy';

const key = (overrides: Partial<KeyInput>): KeyInput => ({
  type: 'keyDown',
  key: 'q',
  code: 'KeyQ',
  control: false,
  alt: false,
  shift: false,
  meta: false,
  isAutoRepeat: false,
  ...overrides,
});
const quit = key({ key: 'Q', control: true, alt: true, shift: true });

describe('the operator quit combination (Ctrl+Alt+Shift+Q)', () => {
  it('quits and is the one key press let through', () => {
    expect(isQuitCombo(quit)).toBe(true);
    expect(shouldBlockInput(quit)).toBe(false);
  });

  it('works whatever the layout or input method makes of the letter', () => {
    expect(isQuitCombo({ ...quit, key: 'ư' })).toBe(true);
  });

  it.each([
    ['without Shift', { shift: false }],
    ['without Alt', { alt: false }],
    ['without Ctrl', { control: false }],
    ['with the Super/Meta key too', { meta: true }],
    ['on key up', { type: 'keyUp' }],
    ['when held down (auto-repeat)', { isAutoRepeat: true }],
    ['on another key', { code: 'KeyW', key: 'W' }],
  ])('does nothing %s', (_name, change) => {
    expect(isQuitCombo({ ...quit, ...change })).toBe(false);
    expect(shouldBlockInput({ ...quit, ...change })).toBe(true);
  });
});

describe('every other key is swallowed', () => {
  it.each([
    ['Alt+F4 (close)', key({ key: 'F4', code: 'F4', alt: true })],
    ['Ctrl+W (close)', key({ key: 'w', code: 'KeyW', control: true })],
    ['Ctrl+Q (quit)', key({ key: 'q', code: 'KeyQ', control: true })],
    ['F5 (reload)', key({ key: 'F5', code: 'F5' })],
    ['Ctrl+R (reload)', key({ key: 'r', code: 'KeyR', control: true })],
    ['F11 (leave full screen)', key({ key: 'F11', code: 'F11' })],
    ['Escape', key({ key: 'Escape', code: 'Escape' })],
    ['Ctrl+Shift+I (DevTools)', key({ key: 'I', code: 'KeyI', control: true, shift: true })],
    ['Ctrl+= (zoom)', key({ key: '=', code: 'Equal', control: true })],
    ['a plain letter', key({ key: 'a', code: 'KeyA' })],
  ])('%s', (_name, input) => {
    expect(shouldBlockInput(input)).toBe(true);
  });
});
