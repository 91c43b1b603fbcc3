import { describe, expect, it } from 'vitest';
import { contentTypeForFile, sniffImageType } from '../../../main/core/media-type';
import {
  AVIF_HEAD_BYTES,
  GIF_BYTES,
  HEIC_HEAD_BYTES,
  HTML_BYTES,
  JPEG_BYTES,
  PNG_BYTES,
  WEBP_BYTES,
} from '../../fixtures/images';

describe('sniffImageType', () => {
  it.each([
    ['JPEG', JPEG_BYTES, 'image/jpeg'],
    ['PNG', PNG_BYTES, 'image/png'],
    ['WebP', WEBP_BYTES, 'image/webp'],
    ['GIF', GIF_BYTES, 'image/gif'],
    ['AVIF', AVIF_HEAD_BYTES, 'image/avif'],
  ])('recognises a %s file from its bytes', (_name, bytes, type) => {
    expect(sniffImageType(bytes)).toBe(type);
  });

  it('rejects an HTML page that was saved as .jpg', () => {
    expect(sniffImageType(HTML_BYTES)).toBeNull();
  });

  it('rejects a phone photo in HEIC, which a screen cannot show', () => {
    expect(sniffImageType(HEIC_HEAD_BYTES)).toBeNull();
  });

  it('rejects a RIFF file that is audio, not WebP', () => {
    const wave = new Uint8Array([
      ...new TextEncoder().encode('RIFF'),
      0x24,
      0,
      0,
      0,
      ...new TextEncoder().encode('WAVEfmt '),
    ]);
    expect(sniffImageType(wave)).toBeNull();
  });

  it('rejects a file cut off after two bytes and an empty file', () => {
    expect(sniffImageType(JPEG_BYTES.slice(0, 2))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });
});

describe('contentTypeForFile', () => {
  it('serves stored files with the type of the extension Pano gave them', () => {
    expect(contentTypeForFile('bk1.jpg')).toBe('image/jpeg');
    expect(contentTypeForFile('Đại hội XIII.PNG')).toBe('image/png');
    expect(contentTypeForFile('3f9a.webp')).toBe('image/webp');
    expect(contentTypeForFile('ghi-chu.txt')).toBe('application/octet-stream');
  });
});
