import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    const utf8 = new TextEncoder().encode('sted\nNæstved');
    expect(decodeText(utf8)).toBe('sted\nNæstved');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe('sted\nNæstved');
  });

  it("reads Excel's Windows-1252 CSV: æ, ø and å survive", () => {
    // "Køge;Århus" in Windows-1252: ø = 0xF8, Å = 0xC5
    const bytes = new Uint8Array([0x4b, 0xf8, 0x67, 0x65, 0x3b, 0xc5, 0x72, 0x68, 0x75, 0x73]);
    expect(decodeText(bytes)).toBe('Køge;Århus');
  });

  it('reads UTF-16 with its byte order mark', () => {
    const text = 'Ø';
    const bytes = new Uint8Array([0xff, 0xfe, text.charCodeAt(0) & 0xff, text.charCodeAt(0) >> 8]);
    expect(decodeText(bytes)).toBe('Ø');
  });
});
