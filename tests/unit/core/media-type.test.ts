import { describe, expect, it } from 'vitest';
import { contentTypeForFile, sniffImageType, sniffVideoType, videoDurationMs } from '../../../main/core/media-type';
import {
  AVIF_HEAD_BYTES,
  GIF_BYTES,
  HEIC_HEAD_BYTES,
  HTML_BYTES,
  JPEG_BYTES,
  PNG_BYTES,
  WEBP_BYTES,
} from '../../fixtures/images';
import { ftyp, mp4Bytes, webmBytes } from '../../fixtures/video/video-bytes';

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

describe('sniffVideoType', () => {
  it.each(['isom', 'iso2', 'mp41', 'mp42', 'avc1', 'dash', 'M4V '])('recognises an MP4 of brand "%s"', (brand) => {
    expect(sniffVideoType(mp4Bytes({ brand, compatible: [] }))).toBe('video/mp4');
  });

  it('recognises an MP4 whose major brand is unusual but a compatible brand is MP4', () => {
    expect(sniffVideoType(new Uint8Array([...ftyp('XAVC', ['XAVC', 'mp42']), 0, 0, 0, 8]))).toBe('video/mp4');
  });

  it('recognises WebM by its EBML DocType, not Matroska nor any other EBML', () => {
    expect(sniffVideoType(webmBytes({}))).toBe('video/webm');
    expect(sniffVideoType(webmBytes({ docType: 'matroska' }))).toBeNull();
  });

  it('rejects QuickTime, AVIF pictures, JPEG and HTML, whatever the file is called', () => {
    expect(sniffVideoType(mp4Bytes({ brand: 'qt  ', compatible: ['qt  '] }))).toBeNull();
    expect(sniffVideoType(AVIF_HEAD_BYTES)).toBeNull();
    expect(sniffVideoType(JPEG_BYTES)).toBeNull();
    expect(sniffVideoType(HTML_BYTES)).toBeNull();
    expect(sniffVideoType(new Uint8Array([0x1a, 0x45]))).toBeNull();
  });

  it('does not take a video for an image', () => {
    expect(sniffImageType(mp4Bytes({}))).toBeNull();
    expect(sniffImageType(webmBytes({}))).toBeNull();
  });

  it('serves stored videos with their type', () => {
    expect(contentTypeForFile('dai-hoi.MP4')).toBe('video/mp4');
    expect(contentTypeForFile('x.webm')).toBe('video/webm');
  });
});

describe('videoDurationMs', () => {
  it('reads an MP4 movie header of version 0 (timescale and duration)', () => {
    expect(videoDurationMs(mp4Bytes({ timescale: 600, duration: 57_288 }))).toBe(95_480);
  });

  it('reads an MP4 movie header of version 1 (64-bit duration)', () => {
    expect(videoDurationMs(mp4Bytes({ timescale: 90_000, duration: 2 ** 32 + 90_000, version: 1 }))).toBe(
      Math.round(((2 ** 32 + 90_000) / 90_000) * 1000),
    );
  });

  it('finds the header after the media data, and in the last bytes of a file alone', () => {
    const file = mp4Bytes({ timescale: 1000, duration: 12_500, mediaBytes: 4096, moovLast: true });
    expect(videoDurationMs(file)).toBe(12_500);
    expect(videoDurationMs(file.subarray(file.length - 200))).toBe(12_500);
  });

  it('says null when the head of a large MP4 does not reach its index, or the duration is unknown', () => {
    const file = mp4Bytes({ mediaBytes: 4096, moovLast: true });
    expect(videoDurationMs(file.subarray(0, 1024))).toBeNull();
    expect(videoDurationMs(mp4Bytes({ duration: 0xffffffff }))).toBeNull();
  });

  it('reads a WebM Duration in TimecodeScale units', () => {
    expect(videoDurationMs(webmBytes({ durationTicks: 8_040 }))).toBe(8_040);
    expect(videoDurationMs(webmBytes({ durationTicks: 804, timecodeScaleNs: 10_000_000 }))).toBe(8_040);
    expect(videoDurationMs(webmBytes({ durationTicks: 8_040, unknownSegmentSize: true }))).toBe(8_040);
  });

  it('says null for a live WebM recording without a Duration, and for bytes that are no video', () => {
    expect(videoDurationMs(webmBytes({ durationTicks: null }))).toBeNull();
    expect(videoDurationMs(JPEG_BYTES)).toBeNull();
    expect(videoDurationMs(new Uint8Array())).toBeNull();
  });

  it('never throws on cut or garbled bytes', () => {
    const webm = webmBytes({});
    const mp4 = mp4Bytes({});
    for (let end = 0; end <= webm.length; end++) expect(() => videoDurationMs(webm.subarray(0, end))).not.toThrow();
    for (let end = 0; end <= mp4.length; end++) expect(() => videoDurationMs(mp4.subarray(0, end))).not.toThrow();
    const garbled = Uint8Array.from(mp4, (b, i) => (i % 7 === 3 ? 0xff : b));
    expect(() => videoDurationMs(garbled)).not.toThrow();
  });
});
