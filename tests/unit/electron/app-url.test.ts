import { describe, expect, it } from 'vitest';
import { APP_START_URL, isAppUrl } from '../../../main/electron/app-url';

describe('isAppUrl', () => {
  it.each([APP_START_URL, 'pano://app/player/index.html', 'pano://app/media/bundled/bk1.jpg'])('trusts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:7420/',
    'file:///etc/passwd',
    'pano://evil/',
    'pano://app.evil.com/',
    'pano://app:8080/',
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});
