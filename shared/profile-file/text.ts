const invisible = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;
const maxQuoted = 60;

/**
 * Text from the file made safe to echo in a message: invisible and control characters (terminal escapes,
 * bidi overrides, lone surrogates) become visible \u{…} escapes, so a message can never carry markup or
 * control sequences into a terminal or a dialog.
 */
export function printable(text: string): string {
  return text.replace(invisible, (char) => `\\u{${char.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

/** A value from the file, quoted (JSON style) and shortened for a message. */
export function quote(text: string): string {
  const short = text.length > maxQuoted ? `${text.slice(0, maxQuoted)}…` : text;
  return printable(JSON.stringify(short));
}
