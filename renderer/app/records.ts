/** A record with `key` set to `value`, or without `key` when `value` is null. */
export function withEntry<K extends string, V>(record: Partial<Record<K, V>>, key: K, value: V | null): Partial<Record<K, V>> {
  const copy = { ...record };
  if (value === null) delete copy[key];
  else copy[key] = value;
  return copy;
}
