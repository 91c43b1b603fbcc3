/**
 * Fuzzing the smaller readers of outside input: the update server's latest-linux.yml, a Range header, a line of
 * the proof-of-play log (torn by a power cut), a version string, and the host's command-line flags. Each gives
 * its documented result or one clean sentence, within a second.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';

import { parseByteRange } from '../../../main/core/byte-range';
import { formatPlayLine, parsePlayLine } from '../../../main/core/proof-of-play';
import { parseReleaseInfo } from '../../../main/core/update/release-info';
import { parseSemVer } from '../../../main/core/update/semver';
import { parseHostFlags } from '../../../main/services/host/cli-flags';
import { fragmentArb, mutatedText } from './arbitraries';
import { assertCleanMessage, boundedCall, fuzz, fuzzTimeoutMs } from './bounded-call';

const SHA = `${'A'.repeat(85)}w==`;
const LATEST = `version: 1.4.0
files:
  - url: Pano-x86_64.AppImage
    sha512: ${SHA}
    size: 123456789
    blockMapSize: 130000
path: Pano-x86_64.AppImage
sha512: ${SHA}
releaseDate: '2026-11-20T10:00:00.000Z'
stagingPercentage: 50
`;

const PLAY_LINE = formatPlayLine({
  itemId: 'bk1',
  slideId: 'bk1',
  kind: 'image',
  startedAt: '2026-11-27T01:00:00.000Z',
  endedAt: '2026-11-27T01:00:08.000Z',
  durationMs: 8000,
  screen: 'hoi-truong',
} as Parameters<typeof formatPlayLine>[0]);

describe('fuzz: other outside input', () => {
  it(
    'latest-linux.yml from the update server, mangled, is read or refused with a clean error',
    () => {
      fuzz(
        fc.property(mutatedText([LATEST]), (text) => {
          const result = boundedCall('parseReleaseInfo', text, () => parseReleaseInfo(text));
          if (!result.ok) assertCleanMessage(result.error, 'parseReleaseInfo', text);
          else if (!Number.isSafeInteger(result.value.files[0]?.size)) throw new Error('a file has no size');
        }),
        200,
      );
    },
    fuzzTimeoutMs(),
  );

  it(
    'a Range header gives bytes inside the file, unsatisfiable, or null (whole file)',
    () => {
      const header = fc.oneof(
        fc.constant(undefined),
        mutatedText(['bytes=0-499', 'bytes=-500', 'bytes=500-', 'bytes=0-0'], 3),
        fc.string({ maxLength: 40 }),
      );
      fuzz(
        fc.property(header, fc.integer({ min: 0, max: 2 ** 40 }), (text, size) => {
          const range = boundedCall('parseByteRange', text, () => parseByteRange(text, size));
          if (range === null || range === 'unsatisfiable') return;
          if (!(
            Number.isSafeInteger(range.start) &&
            range.start >= 0 &&
            range.start <= range.end &&
            range.end < size
          )) {
            throw new Error(`range ${JSON.stringify(range)} for ${JSON.stringify(text)} does not fit ${size} bytes`);
          }
        }),
        300,
      );
    },
    fuzzTimeoutMs(),
  );

  it(
    'a proof-of-play log line, torn or foreign, is a record or null',
    () => {
      fuzz(
        fc.property(mutatedText([PLAY_LINE]), (line) => {
          boundedCall('parsePlayLine', line, () => parsePlayLine(line));
        }),
        200,
      );
    },
    fuzzTimeoutMs(),
  );

  it(
    'a version string is a version or null',
    () => {
      fuzz(
        fc.property(
          fc.oneof(mutatedText(['1.4.0', '2.0.0-beta.1+build.5'], 3), fc.string({ maxLength: 40 })),
          (text) => {
            boundedCall('parseSemVer', text, () => parseSemVer(text));
          },
        ),
        200,
      );
    },
    fuzzTimeoutMs(),
  );

  it(
    'any command line gives flags or one clean error',
    () => {
      const arg = fc.oneof(
        fc.constantFrom('--port', '--port=0', '--host', '--data-dir', '--feed-url', '--timezone', '--', '-p', '--help'),
        fragmentArb,
        fc.constantFrom('0', '65536', '-1', '1e3', 'Asia/Ho_Chi_Minh', 'Not/AZone', 'http://x', '::1'),
      );
      fuzz(
        fc.property(fc.array(arg, { maxLength: 8 }), (argv) => {
          const result = boundedCall('parseHostFlags', argv, () => parseHostFlags(argv));
          if (!result.ok) assertCleanMessage(result.error, 'parseHostFlags', argv);
        }),
        200,
      );
    },
    fuzzTimeoutMs(),
  );
});
