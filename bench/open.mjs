// Start to verdict on screen, and the memory of app + webview, for the desktop app driven by
// tauri-driver (as the end-to-end tests drive it). Run by bench/open-100k.sh; not a test.
//
//   node bench/open.mjs RUNS APP ARG...
//
// Each run gets a new, empty data folder (cold: no search index, no demo written, no webview
// cache), starts the app with ARG..., and times from asking tauri-driver for the session (which
// starts the app) until `.verdict h1` has text. Then, 2 s later, it reads the memory of the app
// process and of its children (WebKitWebProcess, WebKitNetworkProcess) from /proc: the sum of
// their RSS, and of their PSS (shared pages counted once). It opens the timeline and reads the
// memory again once the canvas is there. Prints one line per run and the medians.

import { mkdtempSync, readFileSync, readdirSync, readlinkSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDriver, stopDriver, Session } from '../tests/e2e/webdriver.mjs';

const [runsArg, app, ...args] = process.argv.slice(2);
const runs = Number(runsArg);
if (!runs || !app) {
  console.error('usage: node bench/open.mjs RUNS APP ARG...');
  process.exit(2);
}
const appPath = realpathSync(app);

function processes() {
  const all = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      let exe = '';
      try {
        exe = readlinkSync(`/proc/${name}/exe`);
      } catch {}
      all.push({ pid: Number(name), ppid, exe, comm: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) });
    } catch {}
  }
  return all;
}

function kib(file, field) {
  try {
    const m = readFileSync(file, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** RSS and PSS (MiB) of the app and every process below it, and their names. */
function memory() {
  const all = processes();
  const root = all.filter((p) => p.exe === appPath);
  const tree = [...root];
  for (let i = 0; i < tree.length; i += 1) {
    for (const p of all) if (p.ppid === tree[i].pid) tree.push(p);
  }
  let rss = 0;
  let pss = 0;
  const parts = {};
  for (const p of tree) {
    const r = kib(`/proc/${p.pid}/status`, 'VmRSS');
    rss += r;
    pss += kib(`/proc/${p.pid}/smaps_rollup`, 'Pss');
    parts[p.comm] = Math.round(((parts[p.comm] ?? 0) + r / 1024) * 10) / 10;
  }
  return { rss: Math.round(rss / 1024), pss: Math.round(pss / 1024), parts };
}

/** When the process running `exe` started, in ms since the epoch (10 ms resolution). */
function processStart(exe) {
  const [app] = processes().filter((p) => p.exe === exe);
  if (!app) throw new Error(`no process runs ${exe}`);
  const stat = readFileSync(`/proc/${app.pid}/stat`, 'utf8');
  const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
  // btime has whole seconds only; the uptime (1/100 s) against the clock places the boot.
  const boot = Date.now() - Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]) * 1000;
  return boot + ticks * 10;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const results = [];
for (let run = 1; run <= runs; run += 1) {
  const data = mkdtempSync(join(tmpdir(), 'auskunft-bench-'));
  const driver = await startDriver({ ...process.env, AUSKUNFT_DATA_DIR: data, LANG: 'en_US.UTF-8' });
  try {
    const started = performance.now();
    const s = await Session.start(app, args);
    try {
      // In the page: the frame in which `.verdict h1` first has text (checked every frame, so
      // the time is within one frame of the picture), on the page's clock; and when the page
      // began loading and its script ran (DOMContentLoaded).
      let page = null;
      while (!page) {
        page = await s.executeAsync(`
          const done = arguments[arguments.length - 1];
          const give_up = performance.now() + 10000;
          (function check() {
            const h1 = document.querySelector('.verdict h1');
            // A UI that marks its milestones says when the verdict's frame is drawn: wait for it.
            const marked = performance.getEntriesByName('auskunft:script').length > 0;
            const drawn = performance.getEntriesByName('auskunft:drawn').length > 0;
            if (h1 && h1.textContent.trim() !== '' && (drawn || !marked)) {
              const nav = performance.getEntriesByType('navigation')[0];
              const marks = Object.fromEntries(performance.getEntriesByType('mark')
                .filter((m) => m.name.startsWith('auskunft:'))
                .map((m) => [m.name.slice(9), m.startTime]));
              return done({ origin: performance.timeOrigin, verdict: performance.now(),
                loaded: nav ? nav.domContentLoadedEventEnd : null, marks });
            }
            if (performance.now() > give_up) return done(null);
            requestAnimationFrame(check);
          })();`);
      }
      const verdictMs = Math.round(performance.now() - started);
      // The app's own start, from /proc (clock ticks since boot), on the wall clock.
      const appStart = processStart(appPath);
      const fromLaunch = {
        pageStarts: Math.round(page.origin - appStart),
        scriptRan: page.loaded == null ? null : Math.round(page.origin + page.loaded - appStart),
        // The frame with the verdict drawn (the UI's mark), else when this script saw it.
        verdict: Math.round(page.origin + (page.marks?.drawn ?? page.verdict) - appStart),
        // The UI's own milestones (ui/src/main.ts).
        ui: Object.fromEntries(
          Object.entries(page.marks ?? {}).map(([name, at]) => [name, Math.round(page.origin + at - appStart)]),
        ),
      };
      await sleep(2000);
      const atVerdict = memory();
      const opened = performance.now();
      await s.clickText('.screens .tab', 'Timeline');
      await s.until('the timeline canvas', async () => (await s.find('.timeline canvas.lanes')).length > 0, 120_000);
      const timelineMs = Math.round(performance.now() - opened);
      await sleep(1000);
      const atTimeline = memory();
      const result = { run, verdictMs, fromLaunch, timelineMs, atVerdict, atTimeline };
      results.push(result);
      console.log(JSON.stringify(result));
    } finally {
      await s.end();
    }
  } finally {
    stopDriver(driver);
    await sleep(500);
    rmSync(data, { recursive: true, force: true });
  }
}
console.log(
  `median of ${runs}: start to verdict ${median(results.map((r) => r.verdictMs))} ms from the driver's request, ` +
    `${median(results.map((r) => r.fromLaunch.verdict))} ms from the app's launch (page starts ${median(results.map((r) => r.fromLaunch.pageStarts))} ms, its script ran ${median(results.map((r) => r.fromLaunch.scriptRan))} ms); ` +
    `timeline shown ${median(results.map((r) => r.timelineMs))} ms after the click; ` +
    `app + webview at the verdict RSS ${median(results.map((r) => r.atVerdict.rss))} MiB / PSS ${median(results.map((r) => r.atVerdict.pss))} MiB, ` +
    `with the timeline RSS ${median(results.map((r) => r.atTimeline.rss))} MiB / PSS ${median(results.map((r) => r.atTimeline.pss))} MiB`,
);
