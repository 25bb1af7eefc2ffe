import { createHash } from 'node:crypto';
import type { SavedMapping } from '../../shared/api';
import { InventoryError, mappingWith, parseMapping, type ColumnMapping } from '../../shared/inventory';
import type { ProfileStore } from '../store';

/** A mapping is saved per header: the same columns, in any order and case, find it again. */
function settingKey(headers: readonly string[]): string {
  const columns = headers.map((header) => header.trim().toLowerCase()).filter((header) => header !== '').sort();
  return `inventory-mapping:${createHash('sha256').update(JSON.stringify(columns)).digest('hex')}`;
}

/** The mapping saved for this header, spelled as this file spells its columns; null when none is (or it no longer reads). */
export function savedMappingFor(store: ProfileStore, headers: readonly string[]): SavedMapping | null {
  const stored = store.getSetting(settingKey(headers));
  if (stored === undefined) return null;
  try {
    const { mapping, savedAt } = JSON.parse(stored) as { mapping: unknown; savedAt: unknown };
    if (typeof savedAt !== 'string') return null;
    return { mapping: mappingWith(headers, parseMapping(mapping)), savedAt };
  } catch (error) {
    if (error instanceof InventoryError || error instanceof SyntaxError) return null;
    throw error;
  }
}

export async function saveMapping(store: ProfileStore, headers: readonly string[], mapping: ColumnMapping): Promise<SavedMapping> {
  const saved = { mapping, savedAt: store.now().toISOString() };
  await store.setSetting(settingKey(headers), JSON.stringify(saved));
  return saved;
}
