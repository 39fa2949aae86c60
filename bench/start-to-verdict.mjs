// Start to verdict: how long the real app takes from being started with the bundled demo (the
// seed case, 1,700 recordings of a stranger's home) until its verdict is on screen.
//
//   xvfb-run -a -s '-screen 0 1280x800x24' node bench/start-to-verdict.mjs APP [RUNS]
//
// Drives the app through tauri-driver like tests/e2e (AUSKUNFT_E2E_PORT moves its ports). The
// first run starts from an empty data folder, so the app writes the demo export first (`first`);
// the later runs find it there and only audit it (`again`). Prints one JSON line per run and a
// summary with the medians; the times include starting the process, the webview and the UI.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDriver, stopDriver, Session } from '../tests/e2e/webdriver.mjs';

const [app, runsArg] = process.argv.slice(2);
if (!app) {
  console.error('usage: node bench/start-to-verdict.mjs APP [RUNS]');
  process.exit(2);
}
const runs = Number(runsArg ?? 4);
const dataDir = mkdtempSync(join(tmpdir(), 'auskunft-start-'));
const driver = await startDriver({ ...process.env, AUSKUNFT_DATA_DIR: dataDir, LANG: 'en_US.UTF-8' });
const results = [];
try {
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const s = await Session.start(app, ['--demo']);
    try {
      const verdict = await s.waitText('.verdict h1', 300_000);
      const ms = Math.round(performance.now() - started);
      const result = { run: run === 0 ? 'first' : 'again', ms, verdict };
      results.push(result);
      console.log(JSON.stringify(result));
    } finally {
      await s.end();
    }
  }
} finally {
  stopDriver(driver);
  rmSync(dataDir, { recursive: true, force: true });
}
const again = results.filter((r) => r.run === 'again').map((r) => r.ms).sort((a, b) => a - b);
console.log(
  JSON.stringify({
    app,
    first_ms: results[0]?.ms ?? null,
    again_median_ms: again.length ? again[Math.floor(again.length / 2)] : null,
    again_ms: again,
  }),
);
