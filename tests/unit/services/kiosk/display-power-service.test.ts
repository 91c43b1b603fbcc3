import { afterEach, describe, expect, it } from 'vitest';
import {
  displayPowerSettingsSchema,
  type DisplayPowerSettings,
} from '../../../../main/core/kiosk/display-power-policy';
import {
  openDisplayPower,
  type DisplayPower,
  type DisplayPowerOptions,
} from '../../../../main/services/kiosk/display-power/display-power-service';
import { createFakeClock, createFakeTools, createMemoryLogger, HANOI, hanoi } from './display-power-fakes';

const XSET_OFF = ['+dpms|', 'dpms force off|'];
const XSET_ON = ['dpms force on|', 's reset|', '-dpms|'];
const CEC_OFF = ['-s -d 1|standby 0'];
const CEC_ON = ['-s -d 1|on 0'];

const sixToTen = displayPowerSettingsSchema.parse({ enabled: true }); // 06:00–22:00 every day
const hours = (on: unknown) => displayPowerSettingsSchema.parse({ enabled: true, on });

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A service on a fake clock starting at `startMs`, with fake xset and cec-client on PATH unless told otherwise. */
function setUp(
  startMs: number,
  settings: DisplayPowerSettings,
  {
    tools = ['xset', 'cec-client'],
    env = {} as Record<string, string>,
    options = {} as Partial<DisplayPowerOptions>,
  } = {},
) {
  const clock = createFakeClock(startMs);
  const fakes = createFakeTools(tools);
  const logger = createMemoryLogger();
  let current = settings;
  const environment = fakes.env({ DISPLAY: ':0', ...env });
  const power: DisplayPower = openDisplayPower({
    settings: () => current,
    timeZone: () => HANOI,
    logger,
    now: clock.now,
    timers: clock.timers,
    env: environment,
    ...options,
  });
  cleanups.push(() => fakes.remove());
  cleanups.push(() => power.close({ wake: false }));
  return {
    clock,
    fakes,
    logger,
    power,
    environment,
    setSettings(next: DisplayPowerSettings) {
      current = next;
      power.reconfigure();
    },
    /** Moves the wall clock to `wallMs`, letting each switch finish before time goes on. */
    advanceTo: (wallMs: number) => clock.advanceTo(wallMs, power.settled),
  };
}

describe('display power on a kiosk', () => {
  it('puts the display to sleep at 22:00 and wakes it at 06:00, through xset and cec-client', async () => {
    const kiosk = setUp(hanoi('2024-05-06', '12:00:30'), sixToTen); // start half a minute past the clock check
    await kiosk.power.settled();
    expect(kiosk.fakes.allCalls()).toEqual([]); // started during the hours: nothing to do
    expect(kiosk.power.state()).toMatchObject({ wanted: 'on', applied: 'unknown', tools: ['xset', 'cec-client'] });

    await kiosk.advanceTo(hanoi('2024-05-06', '21:59:59.999'));
    expect(kiosk.fakes.allCalls()).toEqual([]);

    await kiosk.advanceTo(hanoi('2024-05-06', '22:00:00'));
    expect(kiosk.fakes.calls('xset')).toEqual(XSET_OFF);
    expect(kiosk.fakes.calls('cec-client')).toEqual(CEC_OFF);
    expect(kiosk.power.state()).toEqual({
      wanted: 'off',
      applied: 'off',
      tools: ['xset', 'cec-client'],
      lastError: null,
    });

    await kiosk.advanceTo(hanoi('2024-05-07', '05:59:59'));
    expect(kiosk.fakes.calls('xset')).toEqual(XSET_OFF); // nothing more during the night
    expect(kiosk.fakes.calls('cec-client')).toEqual(CEC_OFF);

    await kiosk.advanceTo(hanoi('2024-05-07', '06:00:00'));
    expect(kiosk.fakes.calls('xset')).toEqual([...XSET_OFF, ...XSET_ON]);
    expect(kiosk.fakes.calls('cec-client')).toEqual([...CEC_OFF, ...CEC_ON]);
    expect(kiosk.power.state()).toMatchObject({ wanted: 'on', applied: 'on', lastError: null });

    const switches = kiosk.logger.lines.filter((line) => line.event === 'display-power-switched');
    expect(switches.map((line) => line.message)).toEqual([
      'the display was put to sleep (outside its hours) through xset (DPMS) and cec-client (HDMI-CEC)',
      'the display was woken through xset (DPMS) and cec-client (HDMI-CEC)',
    ]);
  });

  it('puts the display to sleep at once when started outside its hours', async () => {
    const kiosk = setUp(hanoi('2024-05-06', '03:00'), sixToTen);
    await kiosk.power.settled();
    expect(kiosk.fakes.calls('xset')).toEqual(XSET_OFF);
    expect(kiosk.fakes.calls('cec-client')).toEqual(CEC_OFF);
    expect(kiosk.power.state().applied).toBe('off');
  });

  it('follows a window that runs past midnight (it belongs to the day it starts)', async () => {
    // Only Friday evening into Saturday night: on 18:00 Friday, off 02:00 Saturday, off all the rest of Saturday.
    const kiosk = setUp(hanoi('2024-05-10', '12:00:30'), hours({ fri: [{ start: '18:00', end: '02:00' }] }), {
      tools: ['xset'],
    });
    await kiosk.power.settled();
    expect(kiosk.fakes.calls('xset')).toEqual(XSET_OFF);

    await kiosk.advanceTo(hanoi('2024-05-10', '18:00'));
    expect(kiosk.fakes.calls('xset')).toEqual([...XSET_OFF, ...XSET_ON]);

    await kiosk.advanceTo(hanoi('2024-05-11', '01:59:59'));
    expect(kiosk.fakes.calls('xset')).toEqual([...XSET_OFF, ...XSET_ON]); // still on after midnight

    await kiosk.advanceTo(hanoi('2024-05-11', '02:00'));
    expect(kiosk.fakes.calls('xset')).toEqual([...XSET_OFF, ...XSET_ON, ...XSET_OFF]);

    await kiosk.advanceTo(hanoi('2024-05-11', '23:59'));
    expect(kiosk.fakes.calls('xset')).toEqual([...XSET_OFF, ...XSET_ON, ...XSET_OFF]);
  });

  it('never turns the display off while display power is not enabled', async () => {
    const kiosk = setUp(hanoi('2024-05-06', '03:00'), displayPowerSettingsSchema.parse({ enabled: false }));
    await kiosk.power.settled();
    await kiosk.advanceTo(hanoi('2024-05-08', '03:00'));
    expect(kiosk.fakes.allCalls()).toEqual([]);
    expect(kiosk.power.state()).toMatchObject({ wanted: 'on', applied: 'unknown' });
    expect(kiosk.logger.lines).toEqual([]); // a screen nobody configured says nothing about display power
  });

  it('acts at once on changed settings, and drops the old hours', async () => {
    const kiosk = setUp(hanoi('2024-05-06', '12:00:30'), sixToTen);
    await kiosk.power.settled();

    const morningOnly = Object.fromEntries(
      ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, [{ start: '06:00', end: '11:00' }]]),
    );
    kiosk.setSettings(hours(morningOnly));
    await kiosk.power.settled();
    expect(kiosk.fakes.calls('xset')).toEqual(XSET_OFF);
    expect(kiosk.fakes.calls('cec-client')).toEqual(CEC_OFF);

    kiosk.setSettings(displayPowerSettingsSchema.parse({ enabled: false }));
    await kiosk.power.settled();
    expect(kiosk.fakes.calls('xset')).toEqual([...XSET_OFF, ...XSET_ON]);
    expect(kiosk.fakes.calls('cec-client')).toEqual([...CEC_OFF, ...CEC_ON]);

    await kiosk.advanceTo(hanoi('2024-05-07', '23:00')); // neither 22:00 nor 11:00 switches anything now
    expect(kiosk.fakes.calls('xset')).toEqual([...XSET_OFF, ...XSET_ON]);
    expect(kiosk.fakes.calls('cec-client')).toEqual([...CEC_OFF, ...CEC_ON]);
    expect(kiosk.power.state()).toMatchObject({ wanted: 'on', applied: 'on' });
  });

  it('notices within a minute a wall clock that jumped past the end of the hours', async () => {
    const kiosk = setUp(hanoi('2024-05-06', '12:00:30'), sixToTen, { tools: ['xset'] });
    await kiosk.power.settled();
    kiosk.clock.stepWallClock(11 * 3600_000); // NTP after a power cut: it is really 23:00:30
    await kiosk.advanceTo(hanoi('2024-05-06', '23:01:30'));
    expect(kiosk.fakes.calls('xset')).toEqual(XSET_OFF);
  });

  it('keeps going with the tool that works when another fails, and says what failed', async () => {
    const kiosk = setUp(hanoi('2024-05-06', '03:00'), sixToTen, { env: { FAKE_TOOL_FAIL: 'xset' } });
    await kiosk.power.settled();
    expect(kiosk.fakes.calls('cec-client')).toEqual(CEC_OFF);
    const state = kiosk.power.state();
    expect(state).toMatchObject({ wanted: 'off', applied: 'off' });
    expect(state.lastError).toBe('xset +dpms exited with code 1: xset: unable to open display ":0"');
    const warnings = kiosk.logger.lines.filter((line) => line.level === 'warn');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toContain('could not put the display to sleep: xset +dpms exited with code 1');
  });

  it('tries again every few minutes while no tool manages, logging the failure once', async () => {
    const kiosk = setUp(hanoi('2024-05-06', '03:00'), sixToTen, {
      env: { FAKE_TOOL_FAIL: 'xset cec-client' },
      options: { retryAfterMs: 5 * 60_000 },
    });
    await kiosk.power.settled();
    expect(kiosk.power.state()).toMatchObject({ wanted: 'off', applied: 'unknown' });
    expect(kiosk.power.state().lastError).toContain('cec-client');

    await kiosk.advanceTo(hanoi('2024-05-06', '03:04:59'));
    expect(kiosk.fakes.allCalls()).toHaveLength(2); // no retry before the pause is over
    await kiosk.advanceTo(hanoi('2024-05-06', '03:05'));
    expect(kiosk.fakes.allCalls()).toHaveLength(4);
    await kiosk.advanceTo(hanoi('2024-05-06', '03:10'));
    expect(kiosk.fakes.allCalls()).toHaveLength(6);
    expect(kiosk.logger.lines.filter((line) => line.event === 'display-power-failed')).toHaveLength(1);

    kiosk.environment.FAKE_TOOL_FAIL = ''; // the X server is back
    await kiosk.advanceTo(hanoi('2024-05-06', '03:15'));
    expect(kiosk.power.state()).toMatchObject({ applied: 'off', lastError: null });
    await kiosk.advanceTo(hanoi('2024-05-06', '05:59'));
    expect(kiosk.fakes.allCalls()).toHaveLength(9); // reached (3 failed tries of 2 calls, then 3 calls): no more
  });

  it('stops a tool that hangs, logs it, and still uses the other one', async () => {
    const kiosk = setUp(hanoi('2024-05-06', '03:00'), sixToTen, {
      env: { FAKE_TOOL_HANG: 'cec-client' },
      options: { commandTimeoutMs: 300 },
    });
    await kiosk.power.settled();
    expect(kiosk.fakes.calls('xset')).toEqual(XSET_OFF);
    expect(kiosk.fakes.calls('cec-client')).toEqual(CEC_OFF);
    expect(kiosk.power.state().applied).toBe('off');
    expect(kiosk.power.state().lastError).toBe("cec-client 'standby 0' did not finish within 300 ms and was stopped");
    expect(kiosk.logger.lines.some((line) => line.level === 'warn' && line.message.includes('300 ms'))).toBe(true);
  });

  it('does not use xset without DISPLAY', async () => {
    const kiosk = setUp(hanoi('2024-05-06', '03:00'), sixToTen, { env: { DISPLAY: '' } });
    await kiosk.power.settled();
    expect(kiosk.fakes.calls('xset')).toEqual([]);
    expect(kiosk.fakes.calls('cec-client')).toEqual(CEC_OFF);
    expect(kiosk.power.state().tools).toEqual(['cec-client']);
  });

  it('says once that the screen is only blacked out when no tool is found, and uses one installed later', async () => {
    const kiosk = setUp(hanoi('2024-05-06', '03:00'), sixToTen, { tools: [] });
    await kiosk.power.settled();
    await kiosk.advanceTo(hanoi('2024-05-06', '06:00'));
    await kiosk.advanceTo(hanoi('2024-05-07', '03:00'));
    const notices = kiosk.logger.lines.filter((line) => line.event === 'display-power-no-tools');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toContain('the screen only shows black and the display stays powered');
    expect(notices[0]?.message).toContain('install x11-xserver-utils');
    expect(notices[0]?.message).toContain('cec-utils');
    expect(kiosk.power.state()).toMatchObject({ wanted: 'off', applied: 'unknown', tools: [] });

    kiosk.fakes.install('cec-client'); // the technician followed the advice
    await kiosk.advanceTo(hanoi('2024-05-07', '03:05'));
    expect(kiosk.fakes.calls('cec-client')).toEqual(CEC_OFF);
    expect(kiosk.power.state()).toMatchObject({ applied: 'off', tools: ['cec-client'] });
  });

  it('names a DISPLAY left unset when xset is there but cannot be used', async () => {
    const kiosk = setUp(hanoi('2024-05-06', '03:00'), sixToTen, { tools: ['xset'], env: { DISPLAY: '' } });
    await kiosk.power.settled();
    const notice = kiosk.logger.lines.find((line) => line.event === 'display-power-no-tools');
    expect(notice?.message).toContain('xset is installed but DISPLAY is not set');
    expect(kiosk.fakes.allCalls()).toEqual([]);
  });

  it('wakes a display it put to sleep when Pano stops, unless told to leave it', async () => {
    const asleep = setUp(hanoi('2024-05-06', '03:00'), sixToTen);
    await asleep.power.settled();
    await asleep.power.close();
    expect(asleep.fakes.calls('xset')).toEqual([...XSET_OFF, ...XSET_ON]);
    expect(asleep.fakes.calls('cec-client')).toEqual([...CEC_OFF, ...CEC_ON]);
    await asleep.advanceTo(hanoi('2024-05-06', '23:00'));
    expect(asleep.fakes.calls('xset')).toEqual([...XSET_OFF, ...XSET_ON]); // closed: no timer acts any more

    const relaunching = setUp(hanoi('2024-05-06', '03:00'), sixToTen);
    await relaunching.power.settled();
    await relaunching.power.close({ wake: false });
    expect(relaunching.fakes.calls('xset')).toEqual(XSET_OFF);
    expect(relaunching.fakes.calls('cec-client')).toEqual(CEC_OFF);

    const neverAsleep = setUp(hanoi('2024-05-06', '03:00'), sixToTen, { env: { FAKE_TOOL_FAIL: 'xset cec-client' } });
    await neverAsleep.power.settled();
    await neverAsleep.power.close();
    expect(neverAsleep.fakes.calls('xset')).toEqual(['+dpms|']); // its sleep failed: nothing to undo
    expect(neverAsleep.fakes.calls('cec-client')).toEqual(CEC_OFF);

    const awake = setUp(hanoi('2024-05-06', '12:00'), sixToTen);
    await awake.power.close();
    expect(awake.fakes.allCalls()).toEqual([]);
  });
});
