import { describe, expect, it } from 'vitest';
import { override } from '../../../shared/decision';
import { importInventory, refreshOf, type ImportOptions, type Table } from '../../../shared/inventory';
import { inventoryNotesHeading } from '../../../shared/inventory/notes';
import { answeredByPerson } from '../../../shared/person-answer';
import type { Profile } from '../../../shared/profile';
import { decided, evaluated } from '../decision/support';

const headers = ['VM', 'Powerstate', 'CPUs', 'Memory', 'OS according to the VMware Tools', 'FT State', 'Application', 'VI SDK Server'];

/** An RVTools vInfo of rows [name, memory, OS, FT state, application, vCenter]. */
const vInfo = (...rows: [string, string, string, string, string, string][]): Table => ({
  sheet: 'vInfo',
  headers,
  headerRow: 1,
  rows: rows.map(([name, memory, os, ft, application, vcenter], index) => ({ row: index + 2, values: [name, 'poweredOn', '2', memory, os, ft, application, vcenter] })),
});

const estate = (memory = '4096', vcenter = 'vc1.example.com') =>
  vInfo(
    ['web-01', memory, 'Ubuntu 22.04 LTS', 'running', 'Shop', vcenter],
    ['web-02', '4096', 'Microsoft Windows Server 2022 (64-bit)', 'notConfigured', 'Shop', vcenter],
    ['db-01', '8192', 'Red Hat Enterprise Linux 9', 'notConfigured', '', vcenter],
  );

function imported(table: Table, extra: Partial<ImportOptions> = {}) {
  const result = importInventory([table], [], { format: 'rvtools', now: '2026-12-06T21:00:00.000Z', ...extra });
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('the ids of imported workloads', () => {
  it('are the same at every import of the same estate, and UUIDs of version 5', () => {
    const ids = imported(estate()).profiles.map((profile) => profile.id);
    expect(imported(estate('16384')).profiles.map((profile) => profile.id)).toEqual(ids);
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('differ by vCenter, by inventory kind and by grouping: the same server name in another estate is another workload', () => {
    const ids = (table: Table, extra: Partial<ImportOptions> = {}) => imported(table, extra).profiles.map((profile) => profile.id);
    const here = ids(estate());
    const there = ids(estate('4096', 'vc2.example.com'));
    expect(here.filter((id) => there.includes(id))).toEqual([]);
    const grouped = imported(estate(), { groupBy: 'Application' }).profiles;
    expect(grouped.map((profile) => profile.name)).toEqual(['Shop', 'db-01']);
    // A server left alone by the grouping keeps its id; the group's is its own.
    expect(grouped[1]!.id).toBe(here[2]);
    expect(here).not.toContain(grouped[0]!.id);
    expect(imported(estate(), { groupBy: 'application' }).profiles[0]!.id).toBe(grouped[0]!.id);
  });
});

describe('a refresh of a saved workload', () => {
  const [saved] = imported(estate(), { groupBy: 'Application' }).profiles;

  it('of an unchanged estate changes nothing', () => {
    const [again] = imported(estate(), { groupBy: 'Application' }).profiles;
    expect(refreshOf({ ...saved!, updatedAt: '2026-12-07T08:00:00.000Z' }, again!).status).toBe('same');
    expect(refreshOf(null, again!)).toEqual({ status: 'new', profile: again, changes: null });
  });

  it("updates sizes and inferred answers, and keeps a person's answers, weights, decision, name and notes text", () => {
    const answered = answeredByPerson(saved!, 'latency', 'low-latency');
    const person: Profile = {
      ...decided(override(answered, evaluated(answered), 'vm', 'The team runs VMs.', 'Ana', new Date('2026-12-07T09:00:00Z'))),
      name: 'Web shop',
      weightOverrides: { cost: 5 },
      notes: `Ask Bo about the licence.\n${saved!.notes}`,
    };
    // Next month: web-01 has more memory and no longer runs Fault Tolerance; Shop moves to another group column value.
    const next = vInfo(
      ['web-01', '16384', 'Ubuntu 22.04 LTS', 'notConfigured', 'Shop', 'vc1.example.com'],
      ['web-02', '4096', 'Microsoft Windows Server 2022 (64-bit)', 'notConfigured', 'Shop', 'vc1.example.com'],
    );
    const [incoming] = imported(next, { groupBy: 'Application' }).profiles;
    expect(saved!.answers.availability).toBe('singleton-platform-ha');

    const { status, profile, changes } = refreshOf(person, incoming!);

    expect(status).toBe('update');
    expect(changes).toEqual({ answers: ['availability'], group: false, servers: true });
    expect(profile).toMatchObject({ id: saved!.id, name: 'Web shop', weightOverrides: { cost: 5 }, decision: person.decision, group: 'Shop', createdAt: saved!.createdAt });
    // Fault Tolerance off: the inferred availability goes. The OS and architecture stay open: Windows Server 2022 has no
    // inferred OS need, and "Ubuntu 22.04 LTS" names no architecture, so not every server of Shop supports one.
    expect(profile.answers).toEqual({ latency: 'low-latency' });
    expect(profile.provenance?.availability).toBeUndefined();
    expect(profile.notes.split('\n').slice(0, 2)).toEqual(['Ask Bo about the licence.', inventoryNotesHeading]);
    expect(profile.notes).toContain('memory MiB: 20,480');
    expect(profile.notes).not.toContain('memory MiB: 8,192');
  });

  it('puts the inventory part after notes whose heading a person removed, and leaves a changed inferred answer a person\'s', () => {
    const person: Profile = { ...saved!, notes: 'All mine.', answers: { ...saved!.answers, availability: 'stateless' } };
    const { profile } = refreshOf(person, saved!);
    expect(profile.notes).toBe(`All mine.\n${saved!.notes}`);
    expect(profile.answers.availability).toBe('stateless');
  });

  it("keeps within the notes limit: a person's long text stays whole, the inventory part is clipped", () => {
    const long = 'x'.repeat(9_900);
    const { profile } = refreshOf({ ...saved!, notes: long }, saved!);
    expect(profile.notes.length).toBeLessThanOrEqual(10_000);
    expect(profile.notes.startsWith(`${long}\n${inventoryNotesHeading}`)).toBe(true);
  });
});

describe('a grouping of servers with different OS families', () => {
  it('lists the families, so the review can say the servers disagree', () => {
    const { workloads, profiles } = imported(estate(), { groupBy: 'Application' });
    expect(workloads.map((workload) => workload.osFamilies)).toEqual([['Linux', 'Windows'], ['Linux']]);
    expect(profiles[0]!.notes).toContain('Servers disagree on the OS family: Linux, Windows');
  });
});

describe('where a workload runs today', () => {
  it('is not inferred: a VM of vCenter says nothing of where the workload will run', () => {
    expect(imported(estate()).profiles.every((profile) => !('hosting-environment' in profile.answers))).toBe(true);
  });
});
