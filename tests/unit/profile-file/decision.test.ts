import { describe, expect, it } from 'vitest';
import { accept, override } from '../../../shared/decision';
import { serializeProfileFile } from '../../../shared/profile-file';
import { decided, evaluated, exampleProfile, now } from '../decision/support';
import { accepted, refusal } from './support';

const profile = exampleProfile('edge-iot-gateways');

describe('a decision in the profile file', () => {
  it('travels in the file and reads back exactly, accepted or overridden', () => {
    const other = { ...profile, id: '5d1c0e8a-7f3b-4a2c-9d6e-1b2c3d4e5f60' };
    const decisions = [
      decided(accept(profile, evaluated(profile), 'Ana', now)),
      decided(override(other, evaluated(other), 'vm', 'Vendor support.', 'Bo', now)),
    ];
    const text = serializeProfileFile(decisions);
    expect(accepted(text).profiles.map((p) => p.decision)).toEqual(decisions.map((p) => p.decision));
  });

  it('is written with its keys in a fixed order, whatever order it was built in', () => {
    const { decision, ...rest } = decided(override(profile, evaluated(profile), 'vm', 'Vendor support.', 'Ana', now));
    const shuffled = Object.fromEntries(Object.entries(decision!).reverse()) as typeof decision;
    const text = serializeProfileFile([{ ...rest, decision: shuffled }]);
    const written = (JSON.parse(text) as { profiles: { decision: object }[] }).profiles[0]!.decision;
    expect(Object.keys(written)).toEqual(['kind', 'status', 'option', 'by', 'at', 'catalogVersion', 'inputs', 'justification']);
    expect(text).toBe(serializeProfileFile([{ ...rest, decision }]));
  });

  it('refuses an override without a justification and an unknown status', () => {
    const text = serializeProfileFile([decided(override(profile, evaluated(profile), 'vm', 'Vendor support.', 'Ana', now))]);
    expect(refusal(text.replace('"justification": "Vendor support."', '"justification": "  "'))).toMatchObject({
      code: 'schema-violation',
      path: '$.profiles[0].decision.justification',
    });
    expect(refusal(text.replace('"status": "accepted"', '"status": "approved"')).path).toBe('$.profiles[0].decision.status');
  });
});
