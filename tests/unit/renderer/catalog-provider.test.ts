import { createElement } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { Client } from '../../../shared/api/client';
import { catalog } from '../../../shared/catalog';
import { CatalogProvider, loadCatalog, useCatalog } from '../../../renderer/catalog/CatalogProvider';
import { useLabels } from '../../../renderer/catalog/labels';

/** A catalogue as a house-rules overlay served by main might change it: one option renamed. */
const overlay = { ...catalog, options: catalog.options.map((option) => (option.id === 'vm' ? { ...option, name: 'House VM' } : option)) };

function fakeClient() {
  return { 'catalog.get': vi.fn<Client['catalog.get']>(async () => overlay) };
}

function OptionNames() {
  const seen = useCatalog();
  return createElement('p', null, `${seen.version}: ${useLabels().option('vm')}`);
}

async function render(element: ReturnType<typeof createElement>): Promise<string> {
  const { prelude } = await prerenderToNodeStream(element);
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  return html;
}

describe('the catalogue provider', () => {
  it('asks the API for the catalogue once, and every part sees what it serves', async () => {
    const client = fakeClient();
    const html = await render(createElement(CatalogProvider, { loading: loadCatalog(client), children: createElement(OptionNames) }));
    expect(client['catalog.get']).toHaveBeenCalledTimes(1);
    expect(client['catalog.get']).toHaveBeenCalledWith(null);
    expect(html).toContain(`${catalog.version}: House VM`);
  });

  it('renders a catalogue already in hand at once, without the fallback (the report view starts so)', () => {
    const html = renderToString(createElement(CatalogProvider, { loading: overlay, children: createElement(OptionNames) }));
    expect(html).toContain(`${catalog.version}: House VM`);
    expect(html).not.toContain('Loading the catalogue');
  });

  it('refuses to be used outside the provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => renderToString(createElement(OptionNames))).toThrow(/outside a CatalogProvider/);
  });
});
