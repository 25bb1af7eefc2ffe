import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'library' }
  | { name: 'profile'; id: string }
  | { name: 'compare'; a: string; b: string }
  | { name: 'rules' }
  | { name: 'portfolio' }
  /** The printer's view; main.tsx renders it, the workspace renders nothing for it. */
  | { name: 'report' }
  | { name: 'not-found'; hash: string };

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const parts = path.split('/').filter(Boolean);
  const [first, second] = parts;
  if (parts.length === 0) return { name: 'library' };
  if (first === 'profile' && second && parts.length === 2) return { name: 'profile', id: decodeURIComponent(second) };
  if (first === 'report') return { name: 'report' };
  if (first === 'rules' && parts.length === 1) return { name: 'rules' };
  if (first === 'portfolio' && parts.length === 1) return { name: 'portfolio' };
  if (first === 'compare' && parts.length === 1) {
    const params = new URLSearchParams(query);
    return { name: 'compare', a: params.get('a') ?? '', b: params.get('b') ?? '' };
  }
  return { name: 'not-found', hash };
}

export const href = {
  library: () => '#/',
  profile: (id: string) => `#/profile/${encodeURIComponent(id)}`,
  rules: () => '#/rules',
  portfolio: () => '#/portfolio',
  compare: (a: string, b: string) => `#/compare?${new URLSearchParams({ a, b }).toString()}`,
};

export function navigate(to: string): void {
  location.hash = to;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current hash; a route object would be a new value on every read. */
const hashSnapshot = () => location.hash;

export function useHash(): string {
  return useSyncExternalStore(subscribe, hashSnapshot);
}

export function useRoute(): Route {
  return parseRoute(useHash());
}
