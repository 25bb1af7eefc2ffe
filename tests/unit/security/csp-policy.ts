/** Reads a Content Security Policy and says what makes it less than strict. */

export function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

/** Sources that only ever name the app itself or nothing; `data:` images are the one exception. */
const ownSources = new Set(["'self'", "'none'"]);

/**
 * Strict: `default-src` is 'none' or 'self', scripts and objects are restricted, and no directive allows
 * evaluation, inline code, wildcards or any other origin.
 */
export function cspProblems(policy: string): string[] {
  const directives = parsePolicy(policy);
  const problems: string[] = [];
  const defaultSrc = directives.get('default-src')?.join(' ');
  if (defaultSrc !== "'none'" && defaultSrc !== "'self'") problems.push(`default-src is ${defaultSrc ?? 'missing'}`);
  if (directives.get('object-src')?.join(' ') !== "'none'") problems.push("object-src is not 'none'");
  for (const [name, sources] of directives) {
    for (const source of sources) {
      const allowed = ownSources.has(source) || (name === 'img-src' && source === 'data:');
      if (!allowed) problems.push(`${name} allows ${source}`);
    }
  }
  return problems;
}

/** The policy of the page's `<meta http-equiv="Content-Security-Policy">`, or null when there is none. */
export function metaPolicy(html: string): string | null {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  return meta?.[1]?.replace(/\s+/g, ' ').trim() ?? null;
}
