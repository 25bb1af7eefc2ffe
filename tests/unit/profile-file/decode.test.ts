import { describe, expect, it } from 'vitest';
import { fileLimits } from '../../../shared/profile-file';
import { accepted, refusal, validFile, validProfile } from './support';

const encode = (text: string) => new TextEncoder().encode(text);
const padded = (bytes: number) => validFile + ' '.repeat(bytes - encode(validFile).length);

describe('size cap and encoding, the first two checks', () => {
  it('accepts a file of exactly 5 MB and refuses one byte more, as bytes and as a string', () => {
    expect(accepted(encode(padded(fileLimits.maxBytes))).profiles).toEqual([validProfile]);
    expect(refusal(encode(padded(fileLimits.maxBytes + 1))).code).toBe('file-too-large');
    expect(accepted(padded(fileLimits.maxBytes)).profiles).toEqual([validProfile]);
    expect(refusal(padded(fileLimits.maxBytes + 1)).code).toBe('file-too-large');
  });

  it('counts a string in UTF-8 bytes, not in characters', () => {
    const euros = '€'.repeat(Math.floor(fileLimits.maxBytes / 3) + 1);
    expect(euros.length).toBeLessThan(fileLimits.maxBytes);
    expect(refusal(euros).code).toBe('file-too-large');
    const emoji = '😀'.repeat(fileLimits.maxBytes / 4);
    expect(refusal(emoji).code).not.toBe('file-too-large');
  });

  it('checks the size before anything else: an oversized file of invalid bytes is "too large"', () => {
    expect(refusal(new Uint8Array(fileLimits.maxBytes + 1).fill(0xff)).code).toBe('file-too-large');
  });

  it('accepts a UTF-8 byte order mark, in bytes and at the start of a string', () => {
    expect(accepted(new Uint8Array([0xef, 0xbb, 0xbf, ...encode(validFile)])).profiles).toEqual([validProfile]);
    expect(accepted(`\uFEFF${validFile}`).profiles).toEqual([validProfile]);
  });

  it('names UTF-16 when the file starts with a UTF-16 byte order mark', () => {
    for (const mark of [[0xff, 0xfe], [0xfe, 0xff]]) {
      const error = refusal(new Uint8Array([...mark, 0x7b, 0x00]));
      expect(error.code).toBe('invalid-encoding');
      expect(error.message).toContain('UTF-16');
    }
  });

  it('refuses invalid UTF-8 instead of replacing it with U+FFFD', () => {
    const latin1 = new Uint8Array([...encode('{"notes":"caf'), 0xe9, ...encode('"}')]);
    expect(refusal(latin1)).toMatchObject({ code: 'invalid-encoding', message: expect.stringContaining('not valid UTF-8') });
  });

  it('refuses NUL characters (UTF-16 without a mark, binary files) from bytes and strings', () => {
    expect(refusal(encode('{\0"a": 1}')).message).toContain('NUL');
    expect(refusal('{\0"a": 1}').code).toBe('invalid-encoding');
  });

  it('refuses a string with an unpaired surrogate, which no UTF-8 file can hold', () => {
    expect(refusal(validFile.replace('Order service', 'Order \uD800service')).code).toBe('invalid-encoding');
  });
});
