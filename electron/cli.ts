import { catalog } from '../shared/catalog';

console.log(`Hostwise catalogue v${catalog.version}: ${catalog.criteria.length} criteria, ${catalog.options.length} options.`);
