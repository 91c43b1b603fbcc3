import { describe, expect, it } from 'vitest';
import { parseHostFlags } from '../../../../main/services/host/cli-flags';

const KNOWN_FLAGS = ['--data-dir', '--port', '--host', '--feed-url', '--timezone'];

/** The one line the host prints before exiting (fails the test if the flags were accepted). */
function refusal(argv: string[]): string {
  const parsed = parseHostFlags(argv);
  if (parsed.ok) throw new Error(`${argv.join(' ')} was accepted, but it should have been refused`);
  return parsed.error;
}

describe('parseHostFlags', () => {
  it('listens on 127.0.0.1:7420 and leaves the rest to the shell when no flag is given', () => {
    expect(parseHostFlags([])).toEqual({ ok: true, flags: { port: 7420, host: '127.0.0.1' } });
  });

  it('takes every flag of contract.md', () => {
    const parsed = parseHostFlags([
      '--data-dir',
      '/var/lib/pano',
      '--port',
      '0',
      '--host',
      '0.0.0.0',
      '--feed-url',
      'https://congdoanbackan.org.vn/rss/tin-tuc',
      '--timezone',
      'Asia/Bangkok',
    ]);
    expect(parsed).toEqual({
      ok: true,
      flags: {
        dataDir: '/var/lib/pano',
        port: 0,
        host: '0.0.0.0',
        feedUrl: 'https://congdoanbackan.org.vn/rss/tin-tuc',
        timezone: 'Asia/Bangkok',
      },
    });
  });

  it('takes a flag written as --name=value', () => {
    expect(parseHostFlags(['--port=8080', '--data-dir=D:\\Pano\\du-lieu'])).toEqual({
      ok: true,
      flags: { port: 8080, host: '127.0.0.1', dataDir: 'D:\\Pano\\du-lieu' },
    });
  });

  it('refuses an unknown flag with one line that names it and lists the known ones', () => {
    const error = refusal(['--port', '8080', '--fullscreen']);
    expect(error).not.toContain('\n');
    expect(error).toContain('--fullscreen');
    for (const flag of KNOWN_FLAGS) expect(error).toContain(flag);
  });

  it.each(['abc', '70000', '80.5', ''])('refuses the port "%s", saying what a port must be', (port) => {
    const error = refusal(['--port', port]);
    expect(error).toContain('--port');
    expect(error).toContain('0 to 65535');
    expect(error).toContain(`"${port}"`);
  });

  it('refuses a time zone that does not exist, naming --timezone', () => {
    const error = refusal(['--timezone', 'Asia/Bac_Kan']);
    expect(error).toContain('--timezone');
    expect(error).toContain('Asia/Bac_Kan');
  });

  it.each(['congdoanbackan.org.vn/rss', 'ftp://congdoanbackan.org.vn/rss'])(
    'refuses the feed address %s because it is not http(s), naming --feed-url',
    (url) => {
      const error = refusal(['--feed-url', url]);
      expect(error).toContain('--feed-url');
      expect(error).toContain(url);
    },
  );

  it.each(['--port', '--data-dir', '--feed-url'])('says %s needs a value when it is the last word', (flag) => {
    expect(refusal(['--host', '127.0.0.1', flag])).toBe(`${flag} needs a value`);
  });

  it('says --port needs a value when the next word is another flag', () => {
    expect(refusal(['--port', '--host', '0.0.0.0'])).toBe('--port needs a value');
  });

  it('refuses a stray word, listing the known flags', () => {
    const error = refusal(['serve']);
    expect(error).toContain('"serve"');
    for (const flag of KNOWN_FLAGS) expect(error).toContain(flag);
  });
});
