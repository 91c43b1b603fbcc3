import { describe, expect, it } from 'vitest';
import { compareVersions, isNewerVersion, parseSemVer } from '../../../../main/core/update/semver';

describe('semver', () => {
  it('reads releases, pre-releases and build metadata', () => {
    expect(parseSemVer('1.4.0')).toMatchObject({ major: 1, minor: 4, patch: 0, prerelease: [] });
    expect(parseSemVer('v2.0.0-beta.2+build.7')).toMatchObject({ prerelease: ['beta', '2'], build: ['build', '7'] });
    for (const bad of ['1.4', '01.2.3', '1.2.3-01', '1.2.3-', 'latest', '']) expect(parseSemVer(bad)).toBeNull();
  });

  it('orders versions by the spec (numbers as numbers, pre-releases before the release)', () => {
    const ordered = [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.2.0',
      '1.10.0',
      '2.0.0',
    ];
    for (let i = 1; i < ordered.length; i++) {
      expect(compareVersions(ordered[i - 1]!, ordered[i]!)).toBe(-1);
      expect(compareVersions(ordered[i]!, ordered[i - 1]!)).toBe(1);
    }
    expect(compareVersions('1.0.0+a', '1.0.0+b')).toBe(0);
  });

  it('never calls an unreadable version newer', () => {
    expect(compareVersions('garbage', '1.0.0')).toBeNull();
    expect(isNewerVersion('garbage', '1.0.0')).toBe(false);
    expect(isNewerVersion('1.0.0', 'garbage')).toBe(false);
    expect(isNewerVersion('1.10.0', '1.9.9')).toBe(true);
  });
});
