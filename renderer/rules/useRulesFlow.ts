import { useEffect, useState, useSyncExternalStore } from 'react';
import { api } from '../api';
import { useReloadCatalog } from '../catalog/CatalogProvider';
import { RulesFlow, type RulesView } from './rules-flow';

/** How long the screen waits between two looks at the saved profiles being evaluated again. */
const followEvery = 250;

/** The Rules screen's flow over the app's client; the catalogue is fetched again whenever the rules in force change. */
export function useRulesFlow(): { view: RulesView; flow: RulesFlow } {
  const reloadCatalog = useReloadCatalog();
  const [flow] = useState(
    () => new RulesFlow(api, { rulesChanged: reloadCatalog, pause: () => new Promise((resolve) => setTimeout(resolve, followEvery)) }),
  );
  useEffect(() => void flow.load(), [flow]);
  return { view: useSyncExternalStore(flow.subscribe, flow.snapshot), flow };
}
