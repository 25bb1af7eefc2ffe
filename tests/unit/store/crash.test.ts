import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { openStore } from '../../../electron/store';
import { tempDir } from './helpers';

const child = fileURLToPath(new URL('./crash-child.ts', import.meta.url));
const repo = fileURLToPath(new URL('../../../', import.meta.url));

const lanes = 2;
const trialsPerLane = 30;

interface Trial {
  acks: number;
  stderr: string;
}

/**
 * Runs the child until a random moment, then SIGKILLs it. Most trials kill it while it saves: a random
 * 0–50 ms after its first to fourth acknowledged save, so a slow, loaded machine still kills among the
 * writes; one in eight kills it at a random point of its start-up (lock, temp clean-up, open, journal
 * replay and write-back). The child's journal limit is small, so the kills land among journal appends and
 * compactions (whole-file write, then a new journal) alike.
 * `acknowledged` (id → highest acknowledged version) is updated from the child's output.
 */
function runTrial(dir: string, trial: number, acknowledged: Map<string, number>): Promise<Trial> {
  const worker = spawn(process.execPath, ['--import', 'tsx', child, dir, String(trial)], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const kill = () => worker.kill('SIGKILL');
  const duringStartUp = Math.random() < 1 / 8;
  if (duringStartUp) setTimeout(kill, Math.random() * 800);
  const killAfterAcks = 1 + Math.floor(Math.random() * 4);
  let armed = duringStartUp;
  worker.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (armed || (stdout.match(/^ack /gm)?.length ?? 0) < killAfterAcks) return;
    armed = true;
    setTimeout(kill, Math.random() * 50);
  });
  worker.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => {
    worker.on('exit', () => {
      let acks = 0;
      for (const line of stdout.split('\n')) {
        const [word, id, version] = line.split(' ');
        if (word !== 'ack' || !id || !version) continue;
        acks += 1;
        acknowledged.set(id, Math.max(Number(version), acknowledged.get(id) ?? 0));
      }
      resolve({ acks, stderr });
    });
  });
}

/** Every acknowledged save is in the store, at its version or a later one (saved but killed before its ack). */
async function verify(dir: string, acknowledged: Map<string, number>): Promise<void> {
  await verifyDamaged(dir, acknowledged);
  const { store, notice } = await openStore({ dir });
  expect(notice.outcome === 'opened' || notice.outcome === 'created', `outcome ${notice.outcome}: ${notice.message}`).toBe(true);
  expect(notice.readOnly).toBeNull();
  for (const [id, version] of acknowledged) {
    expect(Number(store.get(id).notes), `profile ${id}`).toBeGreaterThanOrEqual(version);
  }
  await store.close();
}

/** The same from a copy of what the kill left whose store file is then damaged: `.bak` and its journals hold every save. */
async function verifyDamaged(dir: string, acknowledged: Map<string, number>): Promise<void> {
  // Until a first save is acknowledged the store may not have finished being created (no `.bak` yet).
  if (acknowledged.size === 0 || !existsSync(join(dir, 'profiles.db'))) return;
  const copy = await tempDir();
  await cp(dir, copy, { recursive: true, filter: (source) => !source.endsWith('.lock') });
  await truncate(join(copy, 'profiles.db'), 100);
  const { store, notice } = await openStore({ dir: copy });
  expect(notice.outcome, String(notice.message)).toBe('recovered');
  for (const [id, version] of acknowledged) {
    expect(Number(store.get(id).notes), `profile ${id} (damaged store file)`).toBeGreaterThanOrEqual(version);
  }
  await store.close();
}

/** One folder, killed `trials` times in a row: each child starts from what the previous one left. */
async function lane(trials: number): Promise<number> {
  const dir = await tempDir();
  const acknowledged = new Map<string, number>();
  let acks = 0;
  for (let trial = 1; trial <= trials; trial += 1) {
    const result = await runTrial(dir, trial, acknowledged);
    expect(result.stderr).toBe('');
    acks += result.acks;
    await verify(dir, acknowledged);
  }
  return acks;
}

test(`SIGKILL at random points during saves (${lanes * trialsPerLane} trials): every acknowledged save survives`, async () => {
  const acks = await Promise.all(Array.from({ length: lanes }, () => lane(trialsPerLane)));
  const total = acks.reduce((sum, n) => sum + n, 0);
  console.info(`crash trials: ${lanes * trialsPerLane}, acknowledged saves checked: ${total}`);
  // The kills land among writes: every trial not killed during start-up saw at least one acknowledged save.
  expect(total).toBeGreaterThanOrEqual(lanes * trialsPerLane * (1 / 2));
}, 180_000);
