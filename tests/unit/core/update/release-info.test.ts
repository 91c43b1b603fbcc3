import { describe, expect, it } from 'vitest';
import { appImageFile, parseReleaseInfo } from '../../../../main/core/update/release-info';

const SHA = `${'A'.repeat(85)}w==`;
const SHA_DEB = `${'B'.repeat(85)}w==`;

/** The shape electron-builder 26 writes for a Linux AppImage + deb release. */
const LATEST = `version: 1.4.0
files:
  - url: Pano-x86_64.AppImage
    sha512: ${SHA}
    size: 123456789
    blockMapSize: 130000
  - url: pano_1.4.0_amd64.deb
    sha512: ${SHA_DEB}
    size: 98765432
path: Pano-x86_64.AppImage
sha512: ${SHA}
releaseDate: '2026-11-20T10:00:00.000Z'
`;

describe('parseReleaseInfo', () => {
  it('reads what electron-builder writes', () => {
    const parsed = parseReleaseInfo(LATEST);
    expect(parsed).toEqual({
      ok: true,
      value: {
        version: '1.4.0',
        files: [
          { url: 'Pano-x86_64.AppImage', sha512: SHA, size: 123456789 },
          { url: 'pano_1.4.0_amd64.deb', sha512: SHA_DEB, size: 98765432 },
        ],
        releaseDate: '2026-11-20T10:00:00.000Z',
        stagingPercentage: null,
      },
    });
    expect(parsed.ok && appImageFile(parsed.value)?.url).toBe('Pano-x86_64.AppImage');
  });

  it('reads a staged rollout, CRLF line ends and comments', () => {
    const text = `# staged\r\n${LATEST.replaceAll('\n', '\r\n')}stagingPercentage: 10\r\n`;
    expect(parseReleaseInfo(text)).toMatchObject({ ok: true, value: { stagingPercentage: 10 } });
  });

  it.each([
    ['', 'version is missing'],
    [LATEST.replace('version: 1.4.0', 'version: latest'), 'version "latest" is not a version such as 1.4.0'],
    [LATEST.replace(`    sha512: ${SHA}\n    size: 123456789`, '    size: 123456789'), 'files[0].sha512 is missing'],
    [LATEST.replace('size: 123456789', 'size: -5'), 'files[0].size must be a positive whole number of bytes'],
    [LATEST.replace(`sha512: ${SHA_DEB}`, 'sha512: abc'), 'files[1].sha512 is not a base64 SHA-512 (88 characters)'],
    [
      LATEST.replace('url: Pano-x86_64.AppImage', 'url: ../../etc/passwd'),
      'files[0].url must be a file name on the update server',
    ],
    [`${LATEST}stagingPercentage: 150\n`, 'stagingPercentage must be a number from 0 to 100'],
    [`${LATEST}version: 2.0.0\n`, 'line 13: version is written twice'],
    [`${LATEST}notes: hi\n`, 'notes is not a known field'],
    ['<html><body>Not Found</body></html>', 'line 1: not a "key: value" line electron-builder writes'],
    ['version: 1.4.0\nfiles:\n', 'files is missing or empty'],
    [
      LATEST.replace('path: Pano-x86_64.AppImage', 'path: Other.AppImage'),
      'path "Other.AppImage" is not one of the files',
    ],
  ])('refuses a broken file and names the field (%#)', (text, error) => {
    expect(parseReleaseInfo(text)).toEqual({ ok: false, error });
  });
});
