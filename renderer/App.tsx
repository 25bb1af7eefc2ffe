import { useEffect, useState } from 'react';
import type { ProfileSummary } from '../shared/api';
import { catalog } from '../shared/catalog';
import { api } from './api';

function newProfile(name: string) {
  const now = new Date().toISOString();
  return { id: crypto.randomUUID(), name, catalogVersion: catalog.version, answers: {}, weightOverrides: {}, notes: '', revisit: [], createdAt: now, updatedAt: now };
}

export function App() {
  const [profiles, setProfiles] = useState<ProfileSummary[] | null>(null);
  const refresh = () => void api['profiles.list'](null).then(setProfiles);
  useEffect(refresh, []);

  return (
    <main>
      <h1>Hostwise</h1>
      <button type="button" onClick={() => void api['profiles.save']({ profile: newProfile('Untitled workload') }).then(refresh)}>
        New profile
      </button>
      <ul aria-label="Saved profiles">
        {profiles?.map((p) => (
          <li key={p.id}>
            {p.name} — {p.winner}
          </li>
        ))}
      </ul>
    </main>
  );
}
