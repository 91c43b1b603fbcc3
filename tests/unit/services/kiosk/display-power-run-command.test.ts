import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCommand } from '../../../../main/services/kiosk/display-power/run-command';
import { createFakeTools } from './display-power-fakes';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function fakeTool(name = 'cec-client') {
  const fakes = createFakeTools([name]);
  cleanups.push(() => fakes.remove());
  return { fakes, file: join(fakes.binDir, name) };
}

describe('running a display tool', () => {
  it('passes arguments as they are, never through a shell, and feeds stdin', async () => {
    const { fakes, file } = fakeTool();
    const result = await runCommand(file, ['-s', '$(touch pwned)', ';', 'echo'], {
      input: 'standby 0\n',
      timeoutMs: 5000,
      env: fakes.env(),
    });
    expect(result).toEqual({ exitCode: 0, output: '', problem: null });
    expect(fakes.calls('cec-client')).toEqual(['-s $(touch pwned) ; echo|standby 0']);
  });

  it('reports a failing tool with its exit code and what it said', async () => {
    const { fakes, file } = fakeTool('xset');
    const result = await runCommand(file, ['dpms', 'force', 'off'], {
      timeoutMs: 5000,
      env: fakes.env({ FAKE_TOOL_FAIL: 'xset', DISPLAY: ':7' }),
    });
    expect(result).toEqual({ exitCode: 1, output: 'xset: unable to open display ":7"', problem: null });
  });

  it('answers instead of throwing when the program does not exist', async () => {
    const { fakes } = fakeTool();
    const result = await runCommand(join(fakes.binDir, 'no-such-tool'), [], { timeoutMs: 5000, env: fakes.env() });
    expect(result.exitCode).toBeNull();
    expect(result.problem).toBe('could not be started (ENOENT)');
  });

  it('stops a program that does not finish in time', async () => {
    const { fakes, file } = fakeTool();
    const result = await runCommand(file, ['-s'], {
      input: 'on 0\n',
      timeoutMs: 200,
      env: fakes.env({ FAKE_TOOL_HANG: 'cec-client' }),
    });
    expect(result).toMatchObject({ exitCode: null, problem: 'did not finish within 200 ms and was stopped' });
    expect(fakes.calls('cec-client')).toEqual(['-s|on 0']); // it did start and read its command
  });

  it('stops a program when asked (the host is closing)', async () => {
    const { fakes, file } = fakeTool();
    const controller = new AbortController();
    const running = runCommand(file, ['-s'], {
      input: 'on 0\n',
      timeoutMs: 60_000,
      env: fakes.env({ FAKE_TOOL_HANG: 'cec-client' }),
      signal: controller.signal,
    });
    controller.abort();
    expect(await running).toMatchObject({ exitCode: null, problem: 'was stopped because Pano is closing' });
  });
});
