import { fileError, refused, type Refused } from './errors';
import { fileLimits, type JsonLimits } from './limits';

// Both Node and Chromium have TextDecoder, but neither ES lib declares it; shared/ stays free of DOM types.
declare const TextDecoder: new (label: 'utf-8', options: { fatal: boolean }) => { decode(bytes: Uint8Array): string };

export type Decoded = { ok: true; text: string } | Refused;

const byteOrderMark = '\uFEFF';
const loneSurrogate = /\p{Cs}/u;
const nonAscii = /[\u0080-\uffff]/;

/** Size cap, then strict UTF-8: the first two checks, before the content is looked at. */
export function decodeFile(input: string | Uint8Array, limits: JsonLimits = fileLimits): Decoded {
  const tooBig = typeof input === 'string' ? exceedsByteCap(input, limits.maxBytes) : input.byteLength > limits.maxBytes;
  if (tooBig) return tooLarge(limits);
  if (typeof input !== 'string' && hasUtf16Mark(input)) return notUtf8('It is saved as UTF-16.');
  const text = typeof input === 'string' ? input : decodeUtf8(input);
  if (text === null) return notUtf8('It contains bytes that are not valid UTF-8.');
  // A string handed over by a caller (e.g. the renderer) can hold what no UTF-8 file can.
  if (loneSurrogate.test(text)) return notUtf8('It contains broken characters (unpaired surrogates).');
  // NUL is valid UTF-8 but never valid JSON: most likely UTF-16 text without a byte order mark, or a binary file.
  if (text.includes('\0')) return notUtf8('It contains NUL bytes, as UTF-16 text and binary files do.');
  return { ok: true, text: text.startsWith(byteOrderMark) ? text.slice(1) : text };
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    // The decoder drops a UTF-8 byte order mark by itself.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Whether the text takes more than the cap in UTF-8, without encoding it. */
function exceedsByteCap(text: string, maxBytes: number): boolean {
  if (text.length > maxBytes) return true;
  if (text.length * 3 <= maxBytes || !nonAscii.test(text)) return false;
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    // Each half of a surrogate pair counts 2: the pair takes 4 bytes.
    bytes += unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit <= 0xdfff) ? 2 : 3;
  }
  return bytes > maxBytes;
}

function hasUtf16Mark(bytes: Uint8Array): boolean {
  const [first, second] = bytes;
  return (first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff);
}

function tooLarge(limits: JsonLimits): Decoded {
  const megabytes = limits.maxBytes / 1024 / 1024;
  return refused(
    fileError('file-too-large', `The file is larger than ${megabytes} MB, the most a ${limits.document} may hold.`, {
      details: { limit: limits.maxBytes },
    }),
  );
}

function notUtf8(why: string): Decoded {
  return refused(fileError('invalid-encoding', `The file is not UTF-8 text. ${why} Save it as UTF-8 and try again.`));
}
