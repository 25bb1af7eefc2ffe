import { href } from './router';

export function NotFound({ hash }: { hash: string }) {
  return (
    <section className="hw-screen" aria-labelledby="hw-not-found">
      <h2 id="hw-not-found">Nothing here</h2>
      <p>
        Hostwise has no screen at “{hash}”. <a href={href.library()}>Back to the library</a>
      </p>
    </section>
  );
}
