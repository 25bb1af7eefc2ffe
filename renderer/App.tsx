import { catalog } from '../shared/catalog';

export function App() {
  return (
    <main>
      <h1>Hostwise</h1>
      <p>
        Deciding between {catalog.options.map((option) => option.name).join(', ')} on {catalog.criteria.length} criteria.
      </p>
    </main>
  );
}
