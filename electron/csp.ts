/**
 * The Content Security Policy of the renderer. `renderer/index.html` carries the same policy in a meta tag
 * (a test keeps the two equal); the header adds what a meta tag cannot express.
 */
const directives = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['object-src', "'none'"],
] as const;

const render = (list: readonly (readonly [string, string])[]) => list.map((d) => d.join(' ')).join('; ');

/** The policy of the renderer's meta tag. */
export const CONTENT_SECURITY_POLICY = render(directives);

/** The policy every `app://` response carries; `frame-ancestors` is ignored in a meta tag. */
export const CONTENT_SECURITY_POLICY_HEADER = render([...directives, ['frame-ancestors', "'none'"]]);

/** The headers every response serving the renderer carries, from either transport. */
export const RESPONSE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY_HEADER,
  'x-content-type-options': 'nosniff',
};
