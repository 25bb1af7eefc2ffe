/**
 * The contract's constants the renderer needs as values. Zod-free, so the renderer may import them (the
 * contract itself it imports for types only).
 */
import type { InventoryOptions } from './contract';

/** The paper sizes a PDF report is printed on. */
export const papers = ['A4', 'Letter'] as const;
export type Paper = (typeof papers)[number];

/** What one imported file may weigh: a profile file, or a Hostwise PDF report that carries one. */
export const importLimits = {
  maxBytes: 50 * 1024 * 1024,
  /** Profiles one import applies: it is all-or-nothing, so it is one call. */
  maxProfiles: 10_000,
} as const;

/** An inventory's first preview: one workload per server, powered-off servers listed but not imported (the CLI's defaults). */
export const defaultInventoryOptions: InventoryOptions = { format: 'auto', groupBy: null, includePoweredOff: false };
