import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeProfileFile } from '../../../shared/profile-file';
import { accept, override } from '../../../shared/decision';
import { decided, evaluated, exampleProfile, now } from '../decision/support';
import { headings, markdownTokens } from './markdown-tokens';
import { example, hostwise, writeTemp } from './support';

const examples = ['edge-iot-gateways', 'gpu-training-pipeline', 'legacy-windows-erp', 'multi-tenant-saas', 'regulated-payments', 'stateless-web-api'];
const decisions = new URL('../../../assets/examples/decisions/', import.meta.url);
const madrSections = [
  '## Context and Problem Statement',
  '## Decision Drivers',
  '## Considered Options',
  '## Decision Outcome',
  '## Pros and Cons of the Options',
  '## More Information',
];

describe('hostwise report --adr', () => {
  it.each(examples)('writes valid Markdown in the MADR layout for %s', async (name) => {
    const run = await hostwise('report', '--adr', example(name));
    expect(run.code).toBe(0);
    const tokens = markdownTokens(run.stdout);
    expect(tokens.filter((token) => token.type === 'html')).toEqual([]);
    const sections = headings(run.stdout);
    expect(sections.filter((heading) => heading.startsWith('# '))).toHaveLength(1);
    expect(sections.filter((heading) => heading.startsWith('## '))).toEqual(madrSections);
    // Pros and cons of each of the five options, each a list of "Good/Neutral/Bad, because …".
    expect(sections.filter((heading) => heading.startsWith('### '))).toHaveLength(5);
    expect(run.stdout).toContain('\n- Status\\: proposed\n');
    expect(tokens.filter((token) => token.type === 'link').length).toBeGreaterThan(0);
  });

  it('records the override and its justification as the decision outcome', async () => {
    const profile = exampleProfile('regulated-payments');
    const file = writeTemp('payments.hostwise', serializeProfileFile([decided(override(profile, evaluated(profile), 'vm', 'The card scheme auditors accept only VMs.', 'Bo', now))]));
    const { stdout } = await hostwise('report', '--adr', file);
    expect(stdout).toContain('\nChosen option\\: “Virtual machine”, because The card scheme auditors accept only VMs\\.\n');
    expect(stdout).toContain('\n- Status\\: accepted\n- Deciders\\: Bo\n- Date\\: 2026\\-03\\-02\n');
  });

  it('escapes names, notes and justifications: they add no heading, list, link, image or HTML', async () => {
    const hostile = '<script>alert(1)</script> # [click](javascript:alert(1)) ![x](http://e.vil/x.png) *bold* | www.e.vil';
    const profile = { ...exampleProfile('edge-iot-gateways'), name: hostile, notes: `${hostile}\n\n# Injected heading\n- injected item\n<img src=x onerror=alert(1)>` };
    const file = writeTemp('hostile.hostwise', serializeProfileFile([decided(override(profile, evaluated(profile), 'vm', `Because\n## Injected\n${hostile}`, '<b>Eve</b>', now))]));
    const { stdout, code } = await hostwise('report', '--adr', file);
    expect(code).toBe(0);
    const tokens = markdownTokens(stdout);
    expect(tokens.filter((token) => token.type === 'html')).toEqual([]);
    expect(tokens.filter((token) => token.type === 'image')).toEqual([]);
    expect(tokens.filter((token) => token.type === 'link').every((link) => 'href' in link && /^https:\/\//.test(String(link.href)))).toBe(true);
    expect(headings(stdout).filter((heading) => heading.startsWith('## '))).toEqual(madrSections);
    expect(headings(stdout)[0]).toBe(`# Host ${hostile} on Virtual machine`);
    expect(stdout).not.toContain('<script>');
  });

  it('is committed for the decided example, as the command writes it', async () => {
    const file = new URL('legacy-windows-erp.hostwise', decisions).pathname;
    const adr = readFileSync(new URL('legacy-windows-erp.adr.md', decisions), 'utf8');
    // Regenerate: npm run hostwise -- report --adr assets/examples/decisions/legacy-windows-erp.hostwise > assets/examples/decisions/legacy-windows-erp.adr.md
    expect((await hostwise('report', '--adr', file)).stdout).toBe(adr);
    expect(await hostwise('check', file)).toMatchObject({ code: 0, stdout: '1 profile: 1 current, 0 stale, 0 undecided\n' });
  });
});

describe('hostwise report', () => {
  it('writes a Markdown report per workload: recommendation, decision, ranking table, reasons, answers', async () => {
    const profile = exampleProfile('edge-iot-gateways');
    const file = writeTemp('edge.hostwise', serializeProfileFile([decided(accept(profile, evaluated(profile), 'Ana Lima', now))]));
    const run = await hostwise('report', '--format', 'md', file, example('legacy-windows-erp'));
    expect(run.code).toBe(0);
    expect(headings(run.stdout).filter((heading) => !heading.startsWith('### '))).toEqual([
      '# Hostwise report',
      '## IoT gateway software for 4,000 retail stores (5b052b13-8322-4eef-b5c6-31230fb3efb5)',
      '## Legacy Windows ERP (finance and warehouse) (06b9b547-dfb2-45f0-acd1-ee5385db3a27)',
    ]);
    expect(markdownTokens(run.stdout).filter((token) => token.type === 'table')).toHaveLength(2);
    expect(run.stdout).toContain('\n- Decision\\: Ana Lima accepted the recommendation, Containers on bare metal, on 2026\\-03\\-02; decided, current\n');
    expect(run.stdout).toContain('\n- Decision\\: none; undecided\n');
  });

  it('prints the same as plain text with --format text, and refuses other formats', async () => {
    const run = await hostwise('report', '--format', 'text', example('legacy-windows-erp'));
    expect(run.stdout).toContain('\nLegacy Windows ERP (finance and warehouse) (06b9b547-dfb2-45f0-acd1-ee5385db3a27)\n');
    expect(run.stdout).toContain('  - Decision: none; undecided\n');
    expect(await hostwise('report', '--format', 'pdf', 'x.hostwise')).toMatchObject({ code: 2, stderr: expect.stringContaining('--format takes md or text') });
  });
});
