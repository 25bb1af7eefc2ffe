import { catalog } from '../../shared/catalog';
import { benchEngine } from './engine';

await benchEngine(catalog);
