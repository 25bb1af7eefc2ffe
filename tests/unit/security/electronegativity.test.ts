import { describe, expect, it } from 'vitest';
import { judge, parseAccepted, parseFindings, readAccepted } from '../../tools/electronegativity';

const result = (ruleId: string, uri: string, level = 'warning') => ({
  ruleId,
  level,
  message: { text: `${ruleId} found` },
  locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: 3 } } }],
});
const sarif = (...results: ReturnType<typeof result>[]) => ({ runs: [{ tool: {}, results }] });
const acceptance = (rule: string, file: string) => ({ rule, file, reason: 'Safe here because of a reason written out in full.' });

describe('the Electronegativity gate', () => {
  it('reads findings from SARIF, global checks without a file as "(global)"', () => {
    expect(parseFindings(sarif(result('SANDBOX_JS_CHECK', 'electron/shell/window.ts'), result('CSP_GLOBAL_CHECK', 'file:///')))).toEqual([
      { rule: 'SANDBOX_JS_CHECK', file: 'electron/shell/window.ts', line: 3, level: 'warning', message: 'SANDBOX_JS_CHECK found' },
      { rule: 'CSP_GLOBAL_CHECK', file: '(global)', line: 3, level: 'warning', message: 'CSP_GLOBAL_CHECK found' },
    ]);
  });

  it('fails a finding not accepted, even of the same rule in another file', () => {
    const findings = parseFindings(sarif(result('SANDBOX_JS_CHECK', 'electron/shell/window.ts'), result('SANDBOX_JS_CHECK', 'electron/shell/other.ts')));
    const verdict = judge(findings, [acceptance('SANDBOX_JS_CHECK', 'electron/shell/window.ts')]);
    expect(verdict.accepted.map((finding) => finding.file)).toEqual(['electron/shell/window.ts']);
    expect(verdict.unaccepted.map((finding) => finding.file)).toEqual(['electron/shell/other.ts']);
    expect(verdict.stale).toEqual([]);
  });

  it('accepts one finding per acceptance: a second of the same rule in the same file fails', () => {
    const findings = parseFindings(sarif(result('SANDBOX_JS_CHECK', 'electron/shell/window.ts'), result('SANDBOX_JS_CHECK', 'electron/shell/window.ts')));
    const verdict = judge(findings, [acceptance('SANDBOX_JS_CHECK', 'electron/shell/window.ts')]);
    expect([verdict.accepted.length, verdict.unaccepted.length]).toEqual([1, 1]);
    expect(judge(findings, [acceptance('SANDBOX_JS_CHECK', 'electron/shell/window.ts'), acceptance('SANDBOX_JS_CHECK', 'electron/shell/window.ts')]).unaccepted).toEqual([]);
  });

  it('reports acceptances no finding matches any more', () => {
    expect(judge([], [acceptance('AUXCLICK_JS_CHECK', 'electron/shell/window.ts')]).stale).toHaveLength(1);
  });

  it('refuses an acceptance without a written reason', () => {
    expect(() => parseAccepted([{ rule: 'SANDBOX_JS_CHECK', file: 'electron/shell/window.ts', reason: ' ' }])).toThrow();
    expect(() => parseAccepted([{ rule: 'SANDBOX_JS_CHECK', file: 'electron/shell/window.ts' }])).toThrow();
  });

  it('has a valid accepted-findings file', () => {
    expect(() => readAccepted()).not.toThrow();
  });
});
