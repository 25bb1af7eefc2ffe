import { describe, expect, it } from 'vitest';
import { liftInferenceNotes } from '../../../shared/migrate';
import type { Profile } from '../../../shared/profile';

const noted = (notes: string, provenance?: Profile['provenance']): Pick<Profile, 'notes' | 'provenance'> => ({ notes, provenance });

describe('inferred answers recorded in the notes by an older Hostwise', () => {
  const notes = [
    'Imported from RVTools 4.4.2.0.',
    `Inferred: os-needs = windows-legacy from vInfo 'OS according to the VMware Tools' ("Microsoft Windows Server 2012 R2 (64-bit)")`,
    `Inferred: latency = low-latency from vInfo 'Latency Sensitivity' ("say "high")")`,
    'Not inferred: cpu-architecture (the servers disagree: x86-64, arm64)',
    'Inferred: by a colleague, over coffee',
  ].join('\n');

  it('move into provenance, and the other lines stay in the notes', () => {
    const lifted = liftInferenceNotes(noted(notes));
    expect(lifted.provenance).toEqual({
      'os-needs': { answer: 'windows-legacy', source: "vInfo 'OS according to the VMware Tools'", value: 'Microsoft Windows Server 2012 R2 (64-bit)' },
      latency: { answer: 'low-latency', source: "vInfo 'Latency Sensitivity'", value: 'say "high")' },
    });
    expect(lifted.notes).toBe(
      ['Imported from RVTools 4.4.2.0.', 'Not inferred: cpu-architecture (the servers disagree: x86-64, arm64)', 'Inferred: by a colleague, over coffee'].join('\n'),
    );
  });

  it('leave a profile without such lines as it is, and never replace provenance already recorded', () => {
    const plain = noted('Owner: payments team');
    expect(liftInferenceNotes(plain)).toBe(plain);
    const recorded = { answer: 'linux', source: "vInfo 'OS'", value: 'Ubuntu' };
    expect(liftInferenceNotes(noted(notes, { 'os-needs': recorded })).provenance?.['os-needs']).toEqual(recorded);
  });
});
