import { ActivityStatus } from './ActivityStatus';
import type { Route } from './router';
import { href } from './router';

export function Header({ route }: { route: Route }) {
  return (
    <header className="hw-header">
      <h1 className="hw-brand">
        <a href={href.library()}>Hostwise</a>
      </h1>
      <nav aria-label="Main">
        <a href={href.library()} aria-current={route.name === 'library' ? 'page' : undefined}>
          Library
        </a>
        <a href={href.portfolio()} aria-current={route.name === 'portfolio' ? 'page' : undefined}>
          Portfolio
        </a>
        <a href={href.rules()} aria-current={route.name === 'rules' ? 'page' : undefined}>
          House rules
        </a>
      </nav>
      <ActivityStatus />
    </header>
  );
}
