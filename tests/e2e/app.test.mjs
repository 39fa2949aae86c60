// End-to-end: the real app (self-contained debug build) driven through tauri-driver and
// WebKitWebDriver under Xvfb. Run by scripts/test.sh via tests/e2e/run.sh, which sets
// AUSKUNFT_APP, AUSKUNFT_CLI and DISPLAY.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

import { startDriver, stopDriver, Session } from './webdriver.mjs';

const app = process.env.AUSKUNFT_APP;
const cli = process.env.AUSKUNFT_CLI;
assert.ok(app && cli, 'AUSKUNFT_APP and AUSKUNFT_CLI must name the built app and CLI');
const out = join(dirname(fileURLToPath(import.meta.url)), 'out');
mkdirSync(out, { recursive: true });
const dataDir = mkdtempSync(join(tmpdir(), 'auskunft-e2e-'));
let driver;

before(async () => {
  driver = await startDriver({ ...process.env, AUSKUNFT_DATA_DIR: dataDir, LANG: 'en_US.UTF-8' });
});

after(() => {
  stopDriver(driver);
  rmSync(dataDir, { recursive: true, force: true });
});

async function withApp(args, body) {
  const session = await Session.start(app, args);
  try {
    await body(session);
  } finally {
    await session.end();
  }
}

test('with --demo the app writes the bundled demo and shows its verdict', async () => {
  await withApp(['--demo'], async (s) => {
    const verdict = await s.waitText('.verdict h1', 120_000);
    // The demo the app wrote, audited by the CLI against the demo's own inventory, says the same.
    const demo = join(dataDir, 'demo', 'seed-case-v0.1.0');
    const report = JSON.parse(
      execFileSync(cli, ['audit', '--json', '--inventory', `${demo}.inventory.toml`, `${demo}.zip`], {
        env: { ...process.env, AUSKUNFT_DATA_DIR: dataDir },
        maxBuffer: 512 << 20,
      }),
    );
    assert.equal(verdict, report.summary.verdict);
    // Every recording of the demo's ground truth is in the report.
    const truth = JSON.parse(readFileSync(`${demo}.truth.json`, 'utf8'));
    assert.equal(report.summary.records_with_audio, truth.counts.audio_files);
    await s.screenshot(join(out, 'demo.png'));
  });
});

test('an archive given on the command line is audited at start, as the CLI audits it', async () => {
  const archive = join(dataDir, 'two-households.zip');
  execFileSync(cli, ['demo', '--scenario', 'two-households', '--records', '30', archive]);
  const report = JSON.parse(
    execFileSync(cli, ['audit', '--json', archive], { env: { ...process.env, AUSKUNFT_DATA_DIR: dataDir }, maxBuffer: 512 << 20 }),
  );
  await withApp([archive], async (s) => {
    const verdict = await s.waitText('.verdict h1');
    assert.equal(verdict, report.summary.verdict);
    const page = await s.pageText();
    assert.ok(page.includes('two-households.zip'), 'the input is listed');
    // Every member is accounted for on screen: the input row's read/skipped/failed cells
    // equal the CLI's counts for that input.
    const cells = await Promise.all((await s.find('.files tbody tr td.num')).map((e) => s.text(e)));
    const count = (status) => report.members.filter((m) => m.input === 0 && m.status === status).length;
    assert.deepEqual(cells.map((c) => c.trim()), [count('parsed'), count('skipped'), count('failed')].map(String));
    await s.screenshot(join(out, 'two-households.png'));
  });
});

test('a file that is not an archive gets a clear message, not a crash', async () => {
  const notZip = join(dataDir, 'notes.pdf');
  execFileSync('sh', ['-c', `printf '%%PDF-1.4 not an archive' > '${notZip}'`]);
  await withApp([notZip], async (s) => {
    await s.waitText('.verdict h1');
    const page = await s.pageText();
    assert.match(page, /not a ZIP, TAR or gzip archive/);
    assert.match(page, /No file held anything that could be read/);
    await s.screenshot(join(out, 'not-an-archive.png'));
  });
});
