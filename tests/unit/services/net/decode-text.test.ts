import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../main/services/net/decode-text';
import { encodeWindows1258 } from '../../../support/feed-server';

const TITLE = 'Trao quà Tết cho đoàn viên có hoàn cảnh khó khăn';

describe('decodeText', () => {
  it('decodes correctly declared windows-1258 into the same Vietnamese text', () => {
    const decoded = decodeText(encodeWindows1258(TITLE), 'text/xml; charset=windows-1258');
    expect(decoded.text.normalize('NFC')).toBe(TITLE);
    expect(decoded).toMatchObject({ charset: 'windows-1258', note: null });
  });

  it('decodes iso-8859-1 declared in the XML declaration (as windows-1252, as browsers do)', () => {
    const body = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><title>Café</title>', 'latin1');
    const decoded = decodeText(body, 'application/xml');
    expect(decoded.text).toContain('<title>Café</title>');
    expect(decoded.charset).toBe('windows-1252');
  });

  it('strips a UTF-8 byte order mark and decodes UTF-16 with one', () => {
    expect(decodeText(Buffer.from(`\uFEFF${TITLE}`), null).text).toBe(TITLE);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TITLE, 'utf16le')]);
    expect(decodeText(utf16, 'text/xml').text).toBe(TITLE);
  });

  it('reads an unknown charset label as UTF-8 and says so', () => {
    const decoded = decodeText(Buffer.from('<title>Tin tuc</title>'), 'text/xml; charset=x-klingon');
    expect(decoded.text).toBe('<title>Tin tuc</title>');
    expect(decoded.note).toBe('unknown character set "x-klingon"; read as UTF-8');
  });
});
