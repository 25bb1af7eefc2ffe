import { describe, expect, it } from 'vitest';
import { inferenceLine, inferenceNotes } from '../../../shared/inventory';

describe('the notes line of an inferred answer', () => {
  it('reads back what the import wrote, and nothing from other lines', () => {
    const notes = [
      'Imported from RVTools 4.4.2.0.',
      inferenceLine('os-needs', 'windows-legacy', "vInfo 'OS according to the VMware Tools'", 'Microsoft Windows Server 2012 R2 (64-bit)'),
      inferenceLine('latency', 'low-latency', "vInfo 'Latency Sensitivity'", 'say "high")'),
      'Not inferred: cpu-architecture (the servers disagree: x86-64, arm64)',
      'Inferred: by a colleague, over coffee',
    ].join('\n');
    expect(inferenceNotes(notes)).toEqual([
      { questionId: 'os-needs', answerId: 'windows-legacy', source: "vInfo 'OS according to the VMware Tools'", value: 'Microsoft Windows Server 2012 R2 (64-bit)' },
      { questionId: 'latency', answerId: 'low-latency', source: "vInfo 'Latency Sensitivity'", value: 'say "high")' },
    ]);
  });
});
