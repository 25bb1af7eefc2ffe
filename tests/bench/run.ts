import { catalog } from '../../shared/catalog';
import { benchBulk } from './bulk';
import { benchEngine } from './engine';
import { benchExport } from './export';
import { benchInventory } from './inventory';
import { benchPdf } from './pdf';
import { benchPortfolio } from './portfolio';
import { benchProfileFile } from './profile-file';
import { benchReevaluate } from './reevaluate';
import { benchRenderer } from './renderer';
import { benchRulesPreview } from './rules-preview';
import { benchStore } from './store';

/** `npm run bench`: every benchmark prints its medians and ratios; `npm run bench -- store` runs one. */
const benches: Record<string, () => Promise<void>> = {
  engine: () => benchEngine(catalog),
  'profile-file': benchProfileFile,
  store: benchStore,
  pdf: benchPdf,
  renderer: benchRenderer,
  'rules-preview': benchRulesPreview,
  inventory: benchInventory,
  portfolio: benchPortfolio,
  export: benchExport,
  bulk: benchBulk,
  reevaluate: benchReevaluate,
};

const chosen = process.argv.slice(2);
for (const [name, run] of Object.entries(benches)) {
  if (chosen.length > 0 && !chosen.includes(name)) continue;
  console.log(`\n== ${name}`);
  await run();
}
