import { count } from '../engine/format';
import { fileError, type ProfileFileError, type ProfileFileErrorCode } from './errors';
import { fileLimits, type JsonLimits } from './limits';
import { formatPath, type PathSegment } from './json-path';
import { printable } from './text';

/** What the grammar allows next. */
type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

interface Frame {
  kind: 'object' | 'array';
  /** Keys or elements begun so far. */
  count: number;
  /** Text span of the current key, decoded only when a message needs the path. */
  key: { start: number; end: number } | null;
}

const whitespace = /[ \t\n\r]*/y;
/** A run of characters a string may hold as they are. */
// eslint-disable-next-line no-control-regex -- JSON strings may not hold U+0000–U+001F unescaped.
const plain = /[^"\\\u0000-\u001f]*/y;
const literals = ['true', 'false', 'null'] as const;
const simpleEscapes = '"\\/bfnrt';
const hex4 = /^[0-9a-fA-F]{4}$/;

/**
 * One pass over the text, without recursion, checking JSON syntax and the structural limits (nesting depth,
 * keys per object, string length) before JSON.parse builds anything. Errors carry the line, the column and
 * the JSON path of the place. Null when the text is JSON within the limits.
 */
export function scanJson(text: string, limits: JsonLimits = fileLimits): ProfileFileError | null {
  return new Scanner(text, limits).run();
}

class Scanner {
  private pos = 0;
  private expect: Expect = 'value';
  private readonly stack: Frame[] = [];

  constructor(
    private readonly text: string,
    private readonly limits: JsonLimits,
  ) {}

  // Not stack.at(-1): this runs for every value of a 5 MB file, and indexing is markedly faster.
  private get top(): Frame | undefined {
    return this.stack[this.stack.length - 1];
  }

  run(): ProfileFileError | null {
    for (;;) {
      this.skipWhitespace();
      if (this.pos >= this.text.length) return this.expect === 'end' ? null : this.endedEarly();
      const error = this.step(this.text[this.pos]!);
      if (error) return error;
    }
  }

  private step(char: string): ProfileFileError | null {
    switch (this.expect) {
      case 'value':
        return this.value(char);
      case 'value-or-close':
        return char === ']' ? this.close() : this.value(char);
      case 'key':
        return this.key(char);
      case 'key-or-close':
        return char === '}' ? this.close() : this.key(char);
      case 'colon':
        return char === ':' ? this.punctuation('value') : this.unexpected("':'");
      case 'comma-or-close':
        return this.commaOrClose(char, this.top!);
      case 'end':
        return this.unexpected('the end of the file');
    }
  }

  private value(char: string): ProfileFileError | null {
    const top = this.top;
    if (top?.kind === 'array') top.count++;
    if (char === '{') return this.open('object');
    if (char === '[') return this.open('array');
    if (char === '"') return this.string() ?? this.afterValue();
    if (char === '-' || (char >= '0' && char <= '9')) return this.number();
    const literal = literals.find((word) => this.text.startsWith(word, this.pos));
    if (!literal) return this.unexpected('a value');
    this.pos += literal.length;
    return this.afterValue();
  }

  private key(char: string): ProfileFileError | null {
    if (char !== '"') return this.unexpected('a property name in double quotes');
    const frame = this.top!;
    frame.key = null;
    if (++frame.count > this.limits.maxKeysPerObject) {
      return this.fail('too-many-keys', `An object has more than ${this.limits.maxKeysPerObject} properties.`);
    }
    const start = this.pos;
    const error = this.string();
    if (error) return error;
    frame.key = { start, end: this.pos };
    this.expect = 'colon';
    return null;
  }

  private commaOrClose(char: string, frame: Frame): ProfileFileError | null {
    if (char === ',') {
      frame.key = null;
      return this.punctuation(frame.kind === 'object' ? 'key' : 'value');
    }
    const closing = frame.kind === 'object' ? '}' : ']';
    return char === closing ? this.close() : this.unexpected(`',' or '${closing}'`);
  }

  private open(kind: Frame['kind']): ProfileFileError | null {
    if (this.stack.length >= this.limits.maxDepth) {
      return this.fail('too-deep', `The data nests deeper than ${this.limits.maxDepth} levels.`);
    }
    this.stack.push({ kind, count: 0, key: null });
    return this.punctuation(kind === 'object' ? 'key-or-close' : 'value-or-close');
  }

  private close(): ProfileFileError | null {
    this.stack.pop();
    this.pos++;
    return this.afterValue();
  }

  private punctuation(next: Expect): null {
    this.pos++;
    this.expect = next;
    return null;
  }

  private afterValue(): null {
    this.expect = this.stack.length === 0 ? 'end' : 'comma-or-close';
    return null;
  }

  private number(): ProfileFileError | null {
    const text = this.text;
    let end = this.pos + (text[this.pos] === '-' ? 1 : 0);
    end = text[end] === '0' ? end + 1 : digitsEnd(text, end);
    if (end !== -1 && text[end] === '.') end = digitsEnd(text, end + 1);
    if (end !== -1 && (text[end] === 'e' || text[end] === 'E')) {
      end = digitsEnd(text, end + (text[end + 1] === '+' || text[end + 1] === '-' ? 2 : 1));
    }
    if (end === -1) return this.fail('invalid-json', 'Not valid JSON: a number is malformed.');
    this.pos = end;
    return this.afterValue();
  }

  /** From the opening quote to past the closing one, counting UTF-16 units as zod does. */
  private string(): ProfileFileError | null {
    const start = this.pos++;
    for (let length = this.skipPlain(); length <= this.limits.maxStringLength; length += 1 + this.skipPlain()) {
      const char = this.text[this.pos];
      if (char === undefined) return this.failAt(start, 'invalid-json', 'Not valid JSON: a string is never closed.');
      if (char === '"') {
        this.pos++;
        return null;
      }
      if (char !== '\\') return this.fail('invalid-json', 'Not valid JSON: a control character must be escaped inside a string.');
      const size = this.escapeSize();
      if (size === 0) return this.fail('invalid-json', 'Not valid JSON: a backslash starts no valid escape.');
      this.pos += size;
    }
    return this.failAt(start, 'string-too-long', `A text is longer than ${count(this.limits.maxStringLength)} characters.`);
  }

  /** Skips characters a string holds as they are; returns how many. */
  private skipPlain(): number {
    const from = this.pos;
    plain.lastIndex = from;
    plain.test(this.text);
    this.pos = plain.lastIndex;
    return this.pos - from;
  }

  private escapeSize(): number {
    const next = this.text[this.pos + 1] ?? '';
    if (next !== '' && simpleEscapes.includes(next)) return 2;
    return next === 'u' && hex4.test(this.text.slice(this.pos + 2, this.pos + 6)) ? 6 : 0;
  }

  private skipWhitespace(): void {
    if (this.text.charCodeAt(this.pos) > 0x20) return;
    whitespace.lastIndex = this.pos;
    whitespace.test(this.text);
    this.pos = whitespace.lastIndex;
  }

  private endedEarly(): ProfileFileError {
    if (this.expect === 'value' && this.stack.length === 0) return this.fail('invalid-json', 'The file is empty.');
    return this.fail('invalid-json', 'Not valid JSON: the file ends before the data is complete.');
  }

  private unexpected(expected: string): ProfileFileError {
    const found = describeChar(this.text.codePointAt(this.pos)!);
    return this.fail('invalid-json', `Not valid JSON: expected ${expected} but found ${found}.`);
  }

  private failAt(pos: number, code: ProfileFileErrorCode, sentence: string): ProfileFileError {
    this.pos = pos;
    return this.fail(code, sentence);
  }

  private fail(code: ProfileFileErrorCode, sentence: string): ProfileFileError {
    const { line, column } = lineAndColumn(this.text, this.pos);
    return fileError(code, `${sentence} Line ${line}, column ${column}.`, {
      path: formatPath(this.path()),
      details: { line, column },
    });
  }

  private path(): PathSegment[] {
    return this.stack.flatMap((frame): PathSegment[] => {
      if (frame.kind === 'array') return frame.count > 0 ? [frame.count - 1] : [];
      return frame.key ? [JSON.parse(this.text.slice(frame.key.start, frame.key.end)) as string] : [];
    });
  }
}

/** Past the digits from `start`; -1 when there is none. */
function digitsEnd(text: string, start: number): number {
  let end = start;
  while (text.charCodeAt(end) >= 0x30 && text.charCodeAt(end) <= 0x39) end++;
  return end === start ? -1 : end;
}

function describeChar(codePoint: number): string {
  const char = String.fromCodePoint(codePoint);
  const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
  return printable(char) === char && char.trim() !== '' ? `'${char}'` : `U+${hex}`;
}

/** 1-based line and column (in UTF-16 units, as editors count) of a position. */
function lineAndColumn(text: string, pos: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let newline = text.indexOf('\n'); newline !== -1 && newline < pos; newline = text.indexOf('\n', newline + 1)) {
    line++;
    lineStart = newline + 1;
  }
  return { line, column: pos - lineStart + 1 };
}
