import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER } from '../../../electron/csp';

const parse = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );

function metaPolicy(): string {
  const html = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  expect(meta, 'renderer/index.html has a CSP meta tag').not.toBeNull();
  return meta![1]!.replace(/\s+/g, ' ').trim();
}

describe('the Content Security Policy', () => {
  it('is the one in the meta tag of renderer/index.html', () => {
    expect(metaPolicy()).toBe(CONTENT_SECURITY_POLICY);
  });

  it('is sent as a header with frame-ancestors added', () => {
    const header = parse(CONTENT_SECURITY_POLICY_HEADER);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    header.delete('frame-ancestors');
    expect(header).toEqual(parse(CONTENT_SECURITY_POLICY));
  });

  it.each([CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER])('is strict: %s', (policy) => {
    const directives = parse(policy);
    expect(["'none'", "'self'"]).toContain(directives.get('default-src')?.join(' '));
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    for (const [name, sources] of directives) {
      for (const source of sources) {
        // Only the app's own origin, nothing inline or evaluated, no remote or wildcard origins.
        expect(["'self'", "'none'", ...(name === 'img-src' ? ['data:'] : [])], `${name} ${source}`).toContain(source);
      }
    }
    expect(policy).not.toMatch(/unsafe-|\*|https?:|wss?:|blob:/);
  });
});
