import { describe, expect, it } from 'vitest';
import {
  charsetFromContentType,
  checkUtf8,
  chooseCharset,
  sniffBom,
  sniffDeclaredCharset,
} from '../../../../main/core/feed/charset';
import { encodeWindows1258 } from '../../../support/feed-server';

const bytes = (text: string) => new TextEncoder().encode(text);
const TITLE = 'Đại hội Công đoàn tỉnh Bắc Kạn lần thứ XIII';

describe('charset', () => {
  it('reads the charset parameter of a Content-Type, quoted or not, in any case', () => {
    expect(charsetFromContentType('application/rss+xml; charset=UTF-8')).toBe('utf-8');
    expect(charsetFromContentType('text/xml;charset="Windows-1258"')).toBe('windows-1258');
    expect(charsetFromContentType('text/html; boundary=x; charset=iso-8859-1')).toBe('iso-8859-1');
    expect(charsetFromContentType('application/xml')).toBeNull();
    expect(charsetFromContentType(null)).toBeNull();
  });

  it('finds byte order marks', () => {
    expect(sniffBom(Uint8Array.of(0xef, 0xbb, 0xbf, 0x3c))).toEqual({ label: 'utf-8', length: 3 });
    expect(sniffBom(Uint8Array.of(0xff, 0xfe, 0x3c, 0))).toEqual({ label: 'utf-16le', length: 2 });
    expect(sniffBom(Uint8Array.of(0xfe, 0xff, 0, 0x3c))).toEqual({ label: 'utf-16be', length: 2 });
    expect(sniffBom(bytes('<rss>'))).toBeNull();
  });

  it('reads the XML declaration and HTML meta tags', () => {
    expect(sniffDeclaredCharset(bytes('<?xml version="1.0" encoding="windows-1258"?><rss/>'))).toBe('windows-1258');
    expect(sniffDeclaredCharset(bytes("<?xml version='1.0' encoding='ISO-8859-1' ?>"))).toBe('iso-8859-1');
    expect(sniffDeclaredCharset(bytes('<!doctype html><head><meta charset="windows-1252">'))).toBe('windows-1252');
    expect(
      sniffDeclaredCharset(
        bytes('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258" />'),
      ),
    ).toBe('windows-1258');
    expect(sniffDeclaredCharset(bytes('<?xml version="1.0"?><rss/>'))).toBeNull();
    // Readable as ASCII, so it is not UTF-16 whatever it says.
    expect(sniffDeclaredCharset(bytes('<?xml version="1.0" encoding="UTF-16"?>'))).toBeNull();
  });

  it('validates UTF-8', () => {
    expect(checkUtf8(bytes(TITLE))).toEqual({ valid: true, multibyte: true });
    expect(checkUtf8(bytes('plain ascii'))).toEqual({ valid: true, multibyte: false });
    expect(checkUtf8(encodeWindows1258(TITLE)).valid).toBe(false);
    expect(checkUtf8(Uint8Array.of(0xc0, 0x80)).valid).toBe(false); // overlong
    expect(checkUtf8(Uint8Array.of(0xed, 0xa0, 0x80)).valid).toBe(false); // surrogate
    expect(checkUtf8(Uint8Array.of(0xe1, 0xba)).valid).toBe(false); // cut short
  });

  it('follows a correct declaration: header first, then the document', () => {
    const legacy = encodeWindows1258(TITLE);
    expect(chooseCharset(legacy, 'text/xml; charset=windows-1258')).toMatchObject({
      label: 'windows-1258',
      source: 'header',
      note: null,
    });
    const declared = new Uint8Array([...bytes('<?xml version="1.0" encoding="windows-1258"?>'), ...legacy]);
    expect(chooseCharset(declared, 'application/rss+xml')).toMatchObject({ label: 'windows-1258', source: 'document' });
    expect(chooseCharset(bytes(TITLE), null)).toMatchObject({ label: 'utf-8', source: 'default', note: null });
  });

  it('trusts a byte order mark over the header', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(TITLE)]);
    const choice = chooseCharset(withBom, 'text/xml; charset=windows-1252');
    expect(choice).toMatchObject({ label: 'utf-8', bomLength: 3, source: 'bom' });
    expect(choice.note).toMatch(/server says windows-1252/);
  });

  it('reads windows-1258 bytes served as utf-8 by the charset the document declares', () => {
    const body = new Uint8Array([
      ...bytes('<?xml version="1.0" encoding="windows-1258"?>'),
      ...encodeWindows1258(TITLE),
    ]);
    const choice = chooseCharset(body, 'application/rss+xml; charset=utf-8');
    expect(choice).toMatchObject({ label: 'windows-1258', source: 'document' });
    expect(choice.note).toMatch(/server says utf-8 but the text is windows-1258/);
  });

  it('reads UTF-8 served as windows-1258 as UTF-8', () => {
    const choice = chooseCharset(bytes(`<?xml version="1.0" encoding="windows-1258"?>${TITLE}`), 'text/xml');
    expect(choice).toMatchObject({ label: 'utf-8', source: 'bytes' });
    expect(choice.note).toMatch(/declared as windows-1258 but the text is UTF-8/);
  });

  it('keeps a legacy declaration for plain ASCII and says so when UTF-8 is simply broken', () => {
    expect(chooseCharset(bytes('<rss/>'), 'text/xml; charset=iso-8859-1').label).toBe('iso-8859-1');
    const broken = chooseCharset(encodeWindows1258(TITLE), 'text/xml; charset=utf-8');
    expect(broken).toMatchObject({ label: 'utf-8' });
    expect(broken.note).toMatch(/not valid UTF-8/);
  });
});
