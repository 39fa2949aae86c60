// End-to-end: the real app (self-contained debug build) driven through tauri-driver and
// WebKitWebDriver under Xvfb. Run by scripts/test.sh via tests/e2e/run.sh, which sets
// AUSKUNFT_APP, AUSKUNFT_CLI and DISPLAY.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

import { startDriver, stopDriver, Session } from './webdriver.mjs';
import { englishLines, allowedFromReport } from './english.mjs';
import { CALLS, violations } from './confinement.mjs';

const app = process.env.AUSKUNFT_APP;
const cli = process.env.AUSKUNFT_CLI;
assert.ok(app && cli, 'AUSKUNFT_APP and AUSKUNFT_CLI must name the built app and CLI');
const out = join(dirname(fileURLToPath(import.meta.url)), 'out');
mkdirSync(out, { recursive: true });
const dataDir = mkdtempSync(join(tmpdir(), 'auskunft-e2e-'));
// Where the app's save commands write instead of opening the native save dialog
// (pick_save_path reads AUSKUNFT_SAVE_DIR).
const saveDir = join(dataDir, 'saved');
mkdirSync(saveDir, { recursive: true });
let driver;

before(async () => {
  driver = await startDriver({ ...process.env, AUSKUNFT_DATA_DIR: dataDir, AUSKUNFT_SAVE_DIR: saveDir, LANG: 'en_US.UTF-8' });
});

after(() => {
  stopDriver(driver);
  rmSync(dataDir, { recursive: true, force: true });
});

/** Runs `body` with the app started on `args` (through `application`, a wrapper, if given). */
async function withApp(args, body, application = app) {
  const session = await Session.start(application, args);
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
    await s.clickText('.screens .tab', 'Files');
    await s.waitText('.files tbody tr td.num');
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
    await s.clickText('.screens .tab', 'Files');
    await s.waitText('.files tbody tr td.num');
    const page = await s.pageText();
    assert.match(page, /not a ZIP, TAR or gzip archive/);
    assert.match(page, /No file held anything that could be read/);
    await s.screenshot(join(out, 'not-an-archive.png'));
  });
});

// ---- Issue 6: the desktop app as a user uses it ----

const timings = {};
after(() => {
  writeFileSync(join(out, 'timings.json'), JSON.stringify(timings, null, 2));
});

function cliJson(args) {
  return JSON.parse(
    execFileSync(cli, args, { env: { ...process.env, AUSKUNFT_DATA_DIR: dataDir }, maxBuffer: 1 << 30 }),
  );
}

test('the seed-case export from the command line shows the verdict and counts at once', async () => {
  const archive = join(dataDir, 'seed-case.zip');
  execFileSync(cli, ['demo', '--scenario', 'seed-case', archive]);
  const inventoryFile = join(dataDir, 'inventory.toml');
  rmSync(inventoryFile, { force: true });
  // Issue 11: without an inventory the app asks instead of claiming.
  const unsaid = cliJson(['audit', '--json', archive]);
  assert.equal(unsaid.summary.inventory, 'none');
  assert.equal(unsaid.summary.records_foreign, 0);
  const started = Date.now();
  await withApp([archive], async (s) => {
    const verdict = await s.waitText('.verdict h1', 120_000);
    timings.seedCaseVerdictMs = Date.now() - started;
    assert.equal(verdict, unsaid.summary.verdict);
    assert.doesNotMatch(verdict, /none of them yours/);
    assert.equal(await s.waitText('[data-testid=question] h2'), 'Are any of these 4 devices yours?');
    assert.equal((await s.find('[data-testid=question] li[data-device]')).length, 4);
    await s.screenshot(join(out, 'question.png'));
    await s.click((await s.find('.prefs select option[value=de]'))[0]);
    await s.until('the German question', async () => (await s.waitText('[data-testid=question] h2')) === 'Gehört eines dieser 4 Geräte Ihnen?');
    const germanButtons = await Promise.all((await s.find('[data-testid=question] button')).map((e) => s.text(e)));
    assert.ok(germanButtons.includes('Meins') && germanButtons.includes('Nicht meins'), germanButtons.join(', '));
    assert.ok(germanButtons.includes('Mir gehört keines davon'), germanButtons.join(', '));
    await s.until('the German verdict', async () => (await s.waitText('.verdict h1')) === unsaid.summary.verdict_de);
    await s.screenshot(join(out, 'question-de.png'));
    await s.click((await s.find('.prefs select option[value=en]'))[0]);
    await s.until('the English question', async () => (await s.waitText('[data-testid=question] h2')) === 'Are any of these 4 devices yours?');

    // "Mine" on one device: written to the inventory, judged again in place, the card gone.
    await s.clickText('[data-testid=question] li[data-device] button', 'Mine');
    const mine = await s.until('a new verdict', async () => {
      const text = await s.waitText('.verdict h1');
      return text !== verdict && text;
    });
    await s.until('the question gone', async () => (await s.find('[data-testid=question]')).length === 0);
    await s.screenshot(join(out, 'question-mine.png'));
    assert.match(readFileSync(inventoryFile, 'utf8'), /^\[\[device\]\]/m);
    // The CLI reads the same inventory and the same per-export marks: the same verdict.
    const declared = cliJson(['audit', '--json', archive]);
    assert.equal(mine, declared.summary.verdict);
    assert.equal(declared.summary.inventory, 'declared');
    assert.match(mine, /from 4 devices: [0-9,]+ yours, [0-9,]+ unclear\./);
    const owned = declared.devices.filter((d) => d.fit === 'mine');
    assert.equal(owned.length, 1);
    assert.equal(declared.summary.records_mine, owned[0].records);
  });

  // Start over without an inventory or marks: "I own none of these" gives the seed case's verdict.
  rmSync(inventoryFile, { force: true });
  rmSync(join(dataDir, 'exports', unsaid.export_id), { recursive: true, force: true });
  await withApp([archive], async (s) => {
    await s.waitText('[data-testid=question] h2', 120_000);
    await s.clickText('[data-testid=question] button', 'I own none of these');
    const verdict = await s.until('the seed-case verdict', async () => {
      const text = await s.waitText('.verdict h1');
      return /none of them yours/.test(text) && text;
    });
    assert.equal((await s.find('[data-testid=question]')).length, 0);
    assert.match(readFileSync(inventoryFile, 'utf8'), /^owns_voice_devices = false$/m);
    const report = cliJson(['audit', '--json', archive]);
    assert.equal(verdict, report.summary.verdict);
    assert.equal(report.summary.voice_data_without_voice_device, true);
    const values = await Promise.all((await s.find('.stat-value')).map((e) => s.text(e)));
    assert.deepEqual(
      values.map((v) => v.replace(/,/g, '')),
      [report.summary.records_mine, report.summary.records_foreign, report.summary.records_unknown].map(String),
    );
    await s.screenshot(join(out, 'overview.png'));
  });
});

test('search gives the exact hit count, and a hit opens the player with its words', async () => {
  const archive = join(dataDir, 'seed-case.zip');
  const query = 'wetter';
  const expected = cliJson(['search', '--json', '--limit', '500', '--query', query, archive]);
  const report = cliJson(['audit', '--json', archive]);
  assert.ok(expected.total > 0, 'the demo has weather questions');
  await withApp([archive], async (s) => {
    await s.waitText('.verdict h1', 120_000);
    await s.clickText('.screens .tab', 'Search');
    const [box] = await s.until('the search box', async () => (await s.find('.search input[type=search]')).length && s.find('.search input[type=search]'));
    await s.type(box, query);
    const pattern = new RegExp(`^${expected.total.toLocaleString('en-US')} recordings? found`);
    const total = await s.until(`a total of ${expected.total}`, async () => {
      const text = await s.waitText('.search .total');
      return pattern.test(text) && text;
    });
    assert.match(total, pattern);
    const hits = await s.find('.search .hit');
    assert.equal(hits.length, Math.min(expected.hits.length, 100));
    await s.screenshot(join(out, 'search.png'));
    await s.click(hits[0]);
    const said = await s.waitText('.drawer .said');
    const record = report.records.find((r) => r.id === expected.hits[0].record);
    assert.equal(said, record.transcript);
    // The stranger's words are veiled until asked for; nothing plays by itself.
    assert.ok((await s.find('.drawer .said.veiled')).length === 1);
    const play = await s.waitText('.drawer .play');
    assert.equal(play, 'Play');
    await s.screenshot(join(out, 'player.png'));
  });
});

test('a range brushed on the timeline narrows search to exactly the recordings in it', async () => {
  const archive = join(dataDir, 'seed-case.zip');
  if (!existsSync(archive)) execFileSync(cli, ['demo', '--scenario', 'seed-case', archive]);
  const report = cliJson(['audit', '--json', archive]);
  await withApp([archive], async (s) => {
    await s.waitText('.verdict h1', 120_000);
    await s.clickText('.screens .tab', 'Timeline');
    await s.until('the timeline canvas', async () => (await s.find('.timeline canvas.lanes')).length > 0);
    // Shift + drag over the middle fifth of the lanes, as a user selects a range.
    await s.execute(`
      const canvas = document.querySelector('.timeline canvas.lanes');
      const box = canvas.getBoundingClientRect();
      const y = box.top + 60;
      const at = (type, f) => canvas.dispatchEvent(new PointerEvent(type, {
        clientX: box.left + box.width * f, clientY: y, shiftKey: type === 'pointerdown',
        button: 0, buttons: type === 'pointerup' ? 0 : 1, pointerId: 7, isPrimary: true, bubbles: true, cancelable: true }));
      at('pointerdown', 0.4); at('pointermove', 0.5); at('pointermove', 0.6); at('pointerup', 0.6);`);
    await s.waitText('.timeline .brush');
    await s.clickText('.screens .tab', 'Search');
    const times = await s.until('the range on the search screen', async () => {
      const found = await s.find('.search .range time');
      return found.length === 2 && found;
    });
    const [from, to] = await Promise.all(times.map(async (e) => Date.parse(await s.property(e, 'dateTime'))));
    assert.ok(from < to);
    // What the search may find: every transcribed recording at or after `from` and before `to`.
    const inside = report.records.filter((r) => {
      const t = r.time === null ? NaN : Date.parse(r.time);
      return t >= from && t < to && !r.placeholder && (r.transcript ?? '').trim() !== '';
    });
    const all = report.records.filter((r) => !r.placeholder && (r.transcript ?? '').trim() !== '');
    assert.ok(inside.length > 0 && inside.length < all.length, `the range holds some recordings, not all (${inside.length})`);
    const pattern = new RegExp(`^${inside.length.toLocaleString('en-US')} recordings? found`);
    await s.until(`a total of ${inside.length}`, async () => pattern.test(await s.waitText('.search .total')));
    // With a word as well: the recordings the CLI finds for it that lie in the range.
    const word = 'wetter';
    const found = new Set(cliJson(['search', '--json', '--limit', '100000', '--query', word, archive]).hits.map((h) => h.record));
    const both = inside.filter((r) => found.has(r.id)).length;
    const [box] = await s.find('.search input[type=search]');
    await s.type(box, word);
    const wordPattern = new RegExp(`^${both.toLocaleString('en-US')} recordings? found`);
    await s.until(`a total of ${both} for ${word} in the range`, async () => wordPattern.test(await s.waitText('.search .total')));
    await s.screenshot(join(out, 'search-range.png'));
  });
});

test('adding a device to the inventory changes the verdict at once', async () => {
  const archive = join(dataDir, 'two-households-inv.zip');
  execFileSync(cli, ['demo', '--scenario', 'two-households', '--records', '60', archive]);
  const before = cliJson(['audit', '--json', archive]);
  await withApp([archive], async (s) => {
    const first = await s.waitText('.verdict h1', 120_000);
    assert.equal(first, before.summary.verdict);
    await s.clickText('.screens .tab', 'Devices');
    await s.clickText('button', 'This is mine');
    await s.waitText('p.ok');
    await s.clickText('.screens .tab', 'Overview');
    const after = await s.until('a new verdict', async () => {
      const text = await s.waitText('.verdict h1');
      return text !== first && text;
    });
    // The inventory the app wrote is the one the CLI now reads: same verdict.
    const now = cliJson(['audit', '--json', archive]);
    assert.equal(after, now.summary.verdict);
    assert.notEqual(now.summary.records_mine, before.summary.records_mine);
    await s.clickText('.screens .tab', 'Inventory');
    await s.waitText('.entries li');
    await s.screenshot(join(out, 'inventory.png'));
  });
});

test('an inventory entry is edited in place, and a rejected suggestion stays rejected after a restart', async () => {
  // The export and the device the previous test declared.
  const archive = join(dataDir, 'two-households-inv.zip');
  const inventoryFile = join(dataDir, 'inventory.toml');
  const fileBefore = readFileSync(inventoryFile, 'utf8');
  const devicesBefore = (fileBefore.match(/^\[\[device\]\]/gm) ?? []).length;
  assert.ok(devicesBefore >= 1, 'the previous test declared a device');
  const candidateCount = async (s) => (await s.find('.candidates li.cand')).length;
  let shown;
  await withApp([archive], async (s) => {
    await s.waitText('.verdict h1', 120_000);
    await s.clickText('.screens .tab', 'Inventory');
    await s.waitText('.entries li');
    // Edit the first device: the form comes filled in; a new name is saved in place.
    await s.clickText('.entries li button', 'Edit');
    const [name] = await s.until('the filled form', async () => {
      const inputs = await s.find('form.form input[type=text]');
      return inputs.length > 0 && (await s.property(inputs[0], 'value')) !== '' && inputs;
    });
    await s.clear(name);
    await s.type(name, 'Küchen-Echo');
    await s.screenshot(join(out, 'inventory-edit.png'));
    await s.clickText('form.form button', 'Save');
    await s.until('the change confirmed', async () => (await s.waitText('p.ok')).startsWith('Changed'));
    const text = readFileSync(inventoryFile, 'utf8');
    assert.match(text, /^name = "Küchen-Echo"/m);
    assert.equal((text.match(/^\[\[device\]\]/gm) ?? []).length, devicesBefore, 'edited, not added');
    // Only the name changed: no key was added, dropped or altered by filling in the form.
    const withoutNames = (t) => t.split('\n').filter((line) => !line.startsWith('name = '));
    assert.deepEqual(withoutNames(text), withoutNames(fileBefore));
    assert.ok((await s.pageText()).includes('Küchen-Echo'));

    // Reject a suggestion: it goes, and the screen says how many are hidden.
    const before = await s.until('suggestions', async () => (await candidateCount(s)) || false);
    await s.clickText('.candidates li.cand button', 'Not mine');
    await s.until('one suggestion fewer', async () => (await candidateCount(s)) === before - 1);
    assert.match(await s.waitText('p.rejected'), /^1 suggestion you rejected is hidden/);
    shown = before;
  });
  // After a restart the rejection holds, and it can be undone.
  await withApp([archive], async (s) => {
    await s.waitText('.verdict h1', 120_000);
    await s.clickText('.screens .tab', 'Inventory');
    assert.match(await s.waitText('p.rejected'), /^1 suggestion you rejected is hidden/);
    assert.equal(await candidateCount(s), shown - 1);
    await s.clickText('p.rejected button', 'Show them again');
    await s.until('every suggestion again', async () => (await candidateCount(s)) === shown);
    assert.equal((await s.find('p.rejected')).length, 0);
  });
});

test('the window may call the app\'s commands and listen to events, and no other core command', async () => {
  // src-tauri/capabilities/main.json grants listen/unlisten only; the app's own commands need
  // no entry. Anything else of Tauri's core (emit, window commands) is refused.
  await withApp([], async (s) => {
    await s.waitText('.start h1', 60_000);
    const result = await s.executeAsync(`
      const done = arguments[arguments.length - 1];
      const ipc = window.__TAURI_INTERNALS__;
      const attempt = (cmd, args) =>
        ipc.invoke(cmd, args).then(() => 'allowed', (e) => 'refused: ' + String(e?.message ?? e));
      (async () => {
        const handler = ipc.transformCallback(() => {});
        done({
          listen: await attempt('plugin:event|listen', { event: 'audit-progress', target: { kind: 'Any' }, handler }),
          startup: await attempt('startup', {}),
          emit: await attempt('plugin:event|emit', { event: 'audit-progress', payload: null }),
          title: await attempt('plugin:window|title', { label: 'main' }),
        });
      })();`);
    assert.equal(result.listen, 'allowed', JSON.stringify(result));
    assert.equal(result.startup, 'allowed', JSON.stringify(result));
    assert.match(result.emit, /^refused/, JSON.stringify(result));
    assert.match(result.title, /^refused/, JSON.stringify(result));
  });
});

test('a transcript holding markup is shown as text, never run', async () => {
  const archive = join(dataDir, 'xss.zip');
  const activity = [
    {
      header: 'Assistant',
      title: 'Said <img src=x onerror="window.__pwned=1"> weather <script>window.__pwned=2</script>',
      time: '2021-03-01T10:00:00.000Z',
      products: ['Assistant'],
    },
    { header: 'Assistant', title: 'Said what is the weather', time: '2021-03-02T10:00:00.000Z', products: ['Assistant'] },
  ];
  execFileSync('python3', [
    '-c',
    'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1], "w"); z.writestr("Takeout/My Activity/Assistant/MyActivity.json", sys.argv[2]); z.close()',
    archive,
    JSON.stringify(activity),
  ]);
  await withApp([archive], async (s) => {
    await s.waitText('.verdict h1', 60_000);
    await s.clickText('.screens .tab', 'Search');
    const [box] = await s.until('the search box', async () => (await s.find('.search input[type=search]')).length && s.find('.search input[type=search]'));
    await s.type(box, 'weather');
    await s.waitText('.search .total');
    const snippets = await Promise.all((await s.find('.search .snippet')).map((e) => s.property(e, 'textContent')));
    assert.ok(snippets.some((t) => t.includes('<img src=x onerror=') && t.includes('<script>')), JSON.stringify(snippets));
    const hits = await s.find('.search .hit');
    await s.click(hits[0]);
    await s.waitText('.drawer .said');
    const state = await s.execute(
      'return { pwned: window.__pwned ?? null, images: document.querySelectorAll(".search img, .drawer img").length, scripts: document.querySelectorAll(".search script, .drawer script").length }',
    );
    assert.deepEqual(state, { pwned: null, images: 0, scripts: 0 });
    await s.screenshot(join(out, 'xss.png'));
  });
});

test('the 100,000-record export opens, and its timeline\'s frame gaps are measured', async () => {
  const archive = join(dataDir, 'big.zip');
  execFileSync(cli, ['demo', '--scenario', 'two-households', '--records', '100000', archive]);
  const started = Date.now();
  await withApp([archive], async (s) => {
    // While it is read, the loading screen counts files and recordings, and they grow.
    const seen = [];
    await s.until('the verdict', async () => {
      if ((await s.find('.verdict h1')).length > 0) return true;
      const [line] = await s.find('.loading .progress');
      const text = line ? await s.text(line).catch(() => '') : '';
      if (text && text !== seen[seen.length - 1]) seen.push(text);
      return false;
    }, 600_000);
    timings.bigVerdictMs = Date.now() - started;
    timings.bigProgress = { lines: seen.length, first: seen[0], last: seen[seen.length - 1] };
    const counts = seen
      .map((line) => line.match(/([\d,]+) files so far · ([\d,]+) recordings found/))
      .filter(Boolean)
      .map((m) => [Number(m[1].replace(/,/g, '')), Number(m[2].replace(/,/g, ''))]);
    assert.ok(counts.length >= 2, `progress lines while reading: ${JSON.stringify(seen)}`);
    assert.ok(counts.some(([, records]) => records > 0), JSON.stringify(seen));
    for (let i = 1; i < counts.length; i += 1) {
      assert.ok(counts[i][0] >= counts[i - 1][0] && counts[i][1] >= counts[i - 1][1], JSON.stringify(counts));
    }
    await s.clickText('.screens .tab', 'Timeline');
    await s.until('the timeline canvas', async () => (await s.find('.timeline canvas.lanes')).length > 0);
    // Zoom in and out and pan with real wheel and pointer events, one per frame, and time the
    // frames: the longest gap between two frames is the worst stall a user would feel.
    const result = await s.executeAsync(`
      const done = arguments[arguments.length - 1];
      const canvas = document.querySelector('.timeline canvas.lanes');
      const box = canvas.getBoundingClientRect();
      const x = box.left + box.width / 2, y = box.top + 20;
      const gaps = [];
      let last = performance.now(), step = 0;
      function frame(now) {
        gaps.push(now - last);
        last = now;
        step += 1;
        if (step <= 60) {
          canvas.dispatchEvent(new WheelEvent('wheel', { deltaY: -120, ctrlKey: true, clientX: x, clientY: y, bubbles: true, cancelable: true }));
        } else if (step <= 120) {
          canvas.dispatchEvent(new WheelEvent('wheel', { deltaX: 80, shiftKey: true, clientX: x, clientY: y, bubbles: true, cancelable: true }));
        } else if (step <= 180) {
          canvas.dispatchEvent(new WheelEvent('wheel', { deltaY: 120, ctrlKey: true, clientX: x, clientY: y, bubbles: true, cancelable: true }));
        } else {
          gaps.shift();
          // Which step stalled longest, and every gap over 50 ms with its step, for diagnosis.
          const slow = gaps.map((g, i) => [i + 1, Math.round(g)]).filter(([, g]) => g > 50);
          gaps.sort((a, b) => a - b);
          done({ frames: gaps.length, max: gaps[gaps.length - 1], p95: gaps[Math.floor(gaps.length * 0.95)], median: gaps[Math.floor(gaps.length / 2)], slow });
          return;
        }
        requestAnimationFrame(frame);
      }
      requestAnimationFrame(frame);
    `);
    timings.bigTimelineFrames = result;
    assert.equal(result.frames, 180);
    await s.screenshot(join(out, 'timeline-100k.png'));
  });
});

test('the report (HTML, PDF) and both letters are saved from "Act on it", without the stranger\'s words', {
}, async () => {
  const archive = join(dataDir, 'seed-case.zip');
  if (!existsSync(archive)) execFileSync(cli, ['demo', '--scenario', 'seed-case', archive]);
  const truth = JSON.parse(readFileSync(archive.replace(/\.zip$/, '.truth.json'), 'utf8'));
  // The seed case on the user's word: no voice device of their own; [me] without a Land.
  writeFileSync(
    join(dataDir, 'inventory.toml'),
    'owns_voice_devices = false\n\n[me]\nname = "Lena Beispiel"\naddress = "Musterstraße 1\\n80331 München"\ncountry = "DE"\n',
  );
  const report = cliJson(['audit', '--json', archive]);
  rmSync(join(dataDir, 'exports', report.export_id), { recursive: true, force: true });
  const fresh = cliJson(['audit', '--json', archive]);
  assert.ok(fresh.summary.records_foreign > 0);
  const strangers = [...new Set(
    truth.records
      .filter((r) => r.household === 'stranger' && !r.placeholder && r.transcript && r.transcript.length > 12)
      .map((r) => r.transcript),
  )];
  assert.ok(strangers.length > 0, 'the stranger says something in the demo');
  rmSync(saveDir, { recursive: true, force: true });
  mkdirSync(saveDir, { recursive: true });
  const pdfText = (file) => execFileSync('pdftotext', ['-layout', file, '-'], { maxBuffer: 64 << 20 }).toString();
  const flat = (s) => s.replace(/\s+/g, ' ');

  await withApp([archive], async (s) => {
    await s.waitText('.verdict h1', 120_000);
    await s.clickText('.screens .tab', 'Act on it');
    await s.waitText('[data-testid=report-section] h2');
    await s.click((await s.find('[data-testid=report-save-html]'))[0]);
    await s.until('the HTML report saved', async () => /Saved/.test(await s.waitText('[data-testid=report-status]')));
    await s.click((await s.find('[data-testid=report-save-pdf]'))[0]);
    // Typesetting in a debug build takes a while.
    await s.until('the PDF report saved', async () => /\.pdf/.test(await s.waitText('[data-testid=report-status]')), 300_000);
    const preview = await s.waitText('[data-testid=letter-preview]');
    assert.match(preview, /Lena Beispiel/);
    const missing = await s.waitText('[data-testid=letter-missing]');
    assert.match(missing, /asked for your data/);
    await s.screenshot(join(out, 'act-report-letters.png'));
    await s.click((await s.find('[data-testid=letter-save-pdf]'))[0]);
    await s.until('the company letter saved', async () => /letter-to-company-en\.pdf/.test(await s.waitText('[data-testid=letter-status]')), 300_000);
    await s.click((await s.find('[data-testid=letter-to-authority]'))[0]);
    await s.until('the authority letter', async () => /Article 77/.test(await s.waitText('[data-testid=letter-preview]')));
    await s.click((await s.find('[data-testid=letter-save-text]'))[0]);
    await s.until('the authority letter saved', async () => /letter-to-authority-en\.txt/.test(await s.waitText('[data-testid=letter-status]')));
    await s.click((await s.find('.prefs select option[value=de]'))[0]);
    // The views re-mount in German: the company's letter again, now in German.
    await s.until('the German letter', async () => /Art\. 15 DSGVO/.test(await s.waitText('[data-testid=letter-preview]')));
    assert.equal(await s.waitText('[data-testid=report-section] h2'), 'Bericht');
    await s.screenshot(join(out, 'act-report-letters-de.png'));
    await s.click((await s.find('.prefs select option[value=en]'))[0]);
  });

  const html = readFileSync(join(saveDir, readdirSync(saveDir).find((f) => f.endsWith('.html'))), 'utf8');
  assert.ok(html.includes(fresh.summary.verdict.replace(/'/g, '&#39;')), 'the verdict in the HTML');
  const pdf = join(saveDir, readdirSync(saveDir).find((f) => f.startsWith('auskunft-report') && f.endsWith('.pdf')));
  const text = flat(pdfText(pdf));
  assert.ok(text.includes(flat(fresh.summary.verdict)), `the verdict in the PDF: ${text.slice(0, 400)}`);
  assert.ok(text.includes(fresh.summary.records_foreign.toLocaleString('en-US')), 'the count in the PDF');
  const company = flat(pdfText(join(saveDir, 'letter-to-company-en.pdf')));
  assert.match(company, /Article 15 GDPR/);
  assert.match(company, /eu-privacy@amazon\.de/);
  const authority = readFileSync(join(saveDir, 'letter-to-authority-en.txt'), 'utf8');
  assert.match(authority, /Article 77 GDPR/);
  // No Land in [me]: the federal authority, and the Land named as the field to fill in.
  assert.match(authority, /Bundesbeauftragte/);
  for (const [name, body] of [['HTML report', html], ['PDF report', text], ['company letter', company], ['authority letter', authority]]) {
    const leaked = strangers.filter((w) => body.includes(w) || flat(body).includes(flat(w)));
    assert.deepEqual(leaked, [], `the stranger's words in the ${name}`);
  }
  // The report's pages as the README shows them.
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(out, 'report-page')]);
});

// ---- Issue 13: every sentence in the user's language ----


/** Walks every screen of the open export in German; returns the English lines found, by screen. */
async function germanScreens(s, report, name) {
  await s.click((await s.find('.prefs select option[value=de]'))[0]);
  await s.until('the German tabs', async () => (await s.pageText()).includes('Überblick'));
  try {
    return await walkScreens(s, report, name);
  } finally {
    // Back to English even when the walk fails, so the tests after it read English.
    await s.click((await s.find('.prefs select option[value=en]'))[0]);
  }
}

async function walkScreens(s, report, name) {
  // The search syntax's operators are words of the query language, typed as they are.
  const allowed = [...allowedFromReport(report), 'device:', 'fit:', 'lang:', 'after:', 'before:'];
  const found = {};
  const tabs = (await s.find('.screens .tab')).length;
  assert.ok(tabs >= 6, `the screens are there (${tabs})`);
  for (let i = 0; i < tabs; i += 1) {
    const tab = (await s.find('.screens .tab'))[i];
    const label = (await s.text(tab)).trim();
    await s.click(tab);
    await new Promise((r) => setTimeout(r, 800));
    if (i === 2) {
      // Search: a German query, and the first hit opened in the player with its flags.
      const [box] = await s.until('the search box', async () => (await s.find('.search input[type=search]')).length && s.find('.search input[type=search]'));
      await s.type(box, 'wetter');
      const hits = await s.until('hits', async () => { const h = await s.find('.search .hit'); return h.length > 0 && h; });
      await s.click(hits[0]);
      await s.waitText('.drawer .said');
    }
    const bad = englishLines(await s.pageText(), allowed);
    if (bad.length) found[label] = bad;
    await s.screenshot(join(out, `de-${name}-${i}.png`));
  }
  return found;
}

test('in German, no screen shows an English sentence (seed case and two households)', {
}, async () => {
  const inventoryFile = join(dataDir, 'inventory.toml');
  rmSync(inventoryFile, { force: true });
  const seed = join(dataDir, 'seed-case-de.zip');
  execFileSync(cli, ['demo', '--scenario', 'seed-case', seed]);
  const two = join(dataDir, 'two-households-de.zip');
  execFileSync(cli, ['demo', '--scenario', 'two-households', '--records', '60', two]);
  for (const [name, archive] of [['seed-case', seed], ['two-households', two]]) {
    const report = cliJson(['audit', '--json', archive]);
    await withApp([archive], async (s) => {
      await s.waitText('.verdict h1', 120_000);
      const found = await germanScreens(s, report, name);
      assert.deepEqual(found, {}, `${name}: English on the German screens`);
    });
  }
  // A mistake in the inventory is said in German too: a place at latitude 200 is refused, the
  // key and the value named, and the file is not written.
  await withApp([seed], async (s) => {
    await s.waitText('.verdict h1', 120_000);
    await s.click((await s.find('.prefs select option[value=de]'))[0]);
    try {
      await s.clickText('.screens .tab', 'Inventar');
      await s.clickText('.add-row button', 'Ort hinzufügen');
      const inputs = await s.until('the place form', async () => { const i = await s.find('form.form input'); return i.length >= 4 && i; });
      await s.type(inputs[0], 'Nirgendwo');
      await s.type(inputs[1], '200');
      await s.type(inputs[2], '11');
      await s.clickText('form.form button', 'Speichern');
      const said = await s.waitText('p.error');
      assert.match(said, /`lat` muss ein Breitengrad zwischen -90 und 90 sein, nicht 200/);
      assert.deepEqual(englishLines(said, ['lat']), [], said);
      assert.ok(!existsSync(inventoryFile), 'nothing was written');
      await s.screenshot(join(out, 'inventory-error-de.png'));
    } finally {
      await s.click((await s.find('.prefs select option[value=en]'))[0]);
    }
  });
});

// ---- Issue 12: evidence, the stranger's data set aside, own data ----

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Waits until `done` shows in the section, or fails with the error the section shows instead. */
async function untilSaved(s, section, done) {
  const outcome = await s.until(`${done} in ${section}`, async () => {
    if ((await s.find(`${section} ${done}`)).length) return 'saved';
    const [error] = await s.find(`${section} .error`);
    return error ? `error: ${await s.text(error)}` : false;
  }, 120_000);
  assert.equal(outcome, 'saved');
}

/** Flips one byte in the data of the stored member `name` of a ZIP (found by its local header). */
function flipByteOf(zipFile, name) {
  const bytes = readFileSync(zipFile);
  const at = bytes.indexOf(Buffer.from(name, 'utf8'));
  assert.ok(at >= 30 && bytes.readUInt32LE(at - 30) === 0x04034b50, `local header of ${name}`);
  assert.equal(bytes.readUInt16LE(at - 30 + 8), 0, `${name} is stored, not deflated`);
  const data = at + bytes.readUInt16LE(at - 30 + 26) + bytes.readUInt16LE(at - 30 + 28);
  bytes[data + 100] ^= 0x01;
  writeFileSync(zipFile, bytes);
}

test('the Act screen saves a signed manifest, verify names a flipped byte, and the set-aside copy has no stranger\'s recording', async () => {
  const demo = join(dataDir, 'demo', 'seed-case-v0.1.0');
  // The bundled demo is the seed case: judged against its own inventory, every recording is the
  // stranger's. Marks left by earlier tests on the same export are removed first.
  if (existsSync(`${demo}.zip`)) {
    const judged = cliJson(['audit', '--json', '--inventory', `${demo}.inventory.toml`, `${demo}.zip`]);
    rmSync(join(dataDir, 'exports', judged.export_id), { recursive: true, force: true });
  }
  await withApp(['--demo'], async (s) => {
    await s.waitText('.verdict h1', 120_000);
    await s.clickText('.screens .tab', 'Act on it');
    await s.waitText('[data-testid=evidence-manifest] h2');
    const original = sha256(`${demo}.zip`);

    // Save evidence: the manifest and its signature where the (scripted) dialog put them.
    await s.clickText('[data-testid=save-manifest]', 'Save evidence');
    await untilSaved(s, '[data-testid=evidence-manifest]', '[data-testid=manifest-saved]');
    const saved = await s.execute(
      'const d = document.querySelector("[data-testid=manifest-saved]").dataset; return { path: d.path, key: d.key, id: d.keyId };',
    );
    assert.equal(saved.path, join(saveDir, 'seed-case-v0.1.0-manifest.json'));
    assert.equal(saved.key, join(dataDir, 'keys', 'evidence.pub'));
    assert.match(saved.id, /^[0-9A-F]{16}$/);
    assert.ok(existsSync(`${saved.path}.minisig`));
    const page = await s.pageText();
    assert.ok(page.includes(saved.key) && page.includes(saved.id), 'the public key and its id are shown');
    await s.execute('document.querySelector("[data-testid=evidence-manifest]").scrollIntoView({ block: "center" })');
    await s.screenshot(join(out, 'act-evidence.png'));

    // minisign itself verifies the signature.
    const minisign = spawnSync('minisign', ['-Vm', saved.path, '-p', saved.key], { encoding: 'utf8' });
    if (minisign.error) {
      console.log('minisign is not installed: its check of the signature is skipped');
    } else {
      assert.equal(minisign.status, 0, minisign.stderr + minisign.stdout);
      assert.match(minisign.stdout, /Signature and comment signature verified/);
    }

    // The CLI verifies the original, and names the member of a copy whose byte was flipped.
    const cliEnv = { ...process.env, AUSKUNFT_DATA_DIR: dataDir, LANG: 'en_US.UTF-8' };
    const ok = spawnSync(cli, ['verify', saved.path, `${demo}.zip`], { env: cliEnv, encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    const manifest = JSON.parse(readFileSync(saved.path, 'utf8'));
    const victim = manifest.members.find((m) => m.kind === 'audio').path;
    const copy = join(dataDir, 'flipped.zip');
    writeFileSync(copy, readFileSync(`${demo}.zip`));
    flipByteOf(copy, victim);
    const bad = spawnSync(cli, ['verify', saved.path, copy], { env: cliEnv, encoding: 'utf8' });
    assert.equal(bad.status, 3, bad.stdout + bad.stderr);
    assert.ok(bad.stdout.split('\n').some((l) => l.includes('changed') && l.includes(victim)), bad.stdout);

    // Set aside what is not mine: the copy holds none of the stranger's recordings (ground truth).
    await s.clickText('[data-testid=save-set-aside]', 'Save the copy');
    await untilSaved(s, '[data-testid=set-aside]', '[data-testid=set-aside-saved]');
    const copyPath = await s.execute('return document.querySelector("[data-testid=set-aside-saved]").dataset.path;');
    assert.equal(copyPath, join(saveDir, 'seed-case-v0.1.0-mine.zip'));
    const names = new Set(execFileSync('unzip', ['-Z1', copyPath], { encoding: 'utf8', maxBuffer: 64 << 20 }).split('\n'));
    const truth = JSON.parse(readFileSync(`${demo}.truth.json`, 'utf8'));
    const foreign = truth.records.filter((r) => r.household === 'stranger' && r.audio).map((r) => r.audio.path);
    assert.ok(foreign.length > 1000);
    assert.deepEqual(foreign.filter((p) => names.has(p)), [], 'no stranger\'s recording in the copy');
    assert.ok(names.has('auskunft-set-aside.json') && names.has('auskunft-set-aside.txt'));
    assert.equal(sha256(`${demo}.zip`), original, 'the original is unchanged');
    await s.execute('document.querySelector("[data-testid=set-aside]").scrollIntoView({ block: "center" })');
    await s.screenshot(join(out, 'act-set-aside.png'));

    // Forget the foreign part: recorded in the data folder.
    await s.clickText('[data-testid=forget-foreign]', 'Forget the foreign part');
    await s.waitText('[data-testid=forgotten]');
    const forgotten = JSON.parse(readFileSync(join(dataDir, 'forgotten.json'), 'utf8'));
    assert.equal(forgotten.entries.at(-1).export_id, manifest.export_id);
    await s.execute('document.querySelector("[data-testid=transcripts]").scrollIntoView({ block: "center" })');
    await s.screenshot(join(out, 'act-transcripts.png'));

    // The same sections in German.
    await s.click((await s.find('.prefs select option[value=de]'))[0]);
    await s.until('the German sections', async () => (await s.waitText('[data-testid=evidence-manifest] h2')).startsWith('Beweise sichern'));
    await s.clickText('[data-testid=save-manifest]', 'Beweise speichern');
    await untilSaved(s, '[data-testid=evidence-manifest]', '[data-testid=manifest-saved]');
    await s.execute('document.querySelector("[data-testid=evidence-manifest]").scrollIntoView({ block: "center" })');
    await s.screenshot(join(out, 'act-evidence-de.png'));
    await s.execute('document.querySelector("[data-testid=set-aside]").scrollIntoView({ block: "center" })');
    await s.screenshot(join(out, 'act-set-aside-de.png'));
    await s.click((await s.find('.prefs select option[value=en]'))[0]);
  });
});

// ---- Issue 14: hostile archives in the app; the app confined ----

/** Writes three hostile archives with Python's zipfile: a name that climbs out, a member whose
 * data does not match its CRC, and an archive cut off in the middle. Returns their paths. */
function hostileArchives(dir) {
  const script = `
import sys, zipfile, io, os
d = sys.argv[1]
with zipfile.ZipFile(os.path.join(d, 'climbs-out.zip'), 'w') as z:
    z.writestr('../../outside.txt', 'escape')
    z.writestr('inside.txt', 'fine')
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_STORED) as z:
    z.writestr('notes.txt', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')
data = bytearray(buf.getvalue())
i = data.index(b'AAAA')
data[i] = ord('B')
open(os.path.join(d, 'bad-crc.zip'), 'wb').write(bytes(data))
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_STORED) as z:
    for n in range(4):
        z.writestr(f'part-{n}.txt', os.urandom(4000))
data = buf.getvalue()
open(os.path.join(d, 'cut-off.zip'), 'wb').write(data[: len(data) // 2])
`;
  execFileSync('python3', ['-c', script, dir]);
  return ['climbs-out.zip', 'bad-crc.zip', 'cut-off.zip'].map((f) => join(dir, f));
}

test('hostile archives opened in the app show what is wrong with each, in English and German', async () => {
  const dir = join(dataDir, 'hostile');
  mkdirSync(dir, { recursive: true });
  const archives = hostileArchives(dir);
  const before = archives.map(sha256);
  await withApp(archives, async (s) => {
    await s.waitText('.verdict h1', 120_000);
    await s.clickText('.screens .tab', 'Files');
    await s.waitText('.files tbody tr td.num');
    const page = await s.pageText();
    assert.match(page, /unsafe name: it points outside the archive/);
    assert.match(page, /CRC mismatch: the data does not match its checksum/);
    assert.match(page, /cut off/);
    await s.screenshot(join(out, 'hostile-archives.png'));
    await s.click((await s.find('.prefs select option[value=de]'))[0]);
    try {
      await s.until('the German files screen', async () => /Unsicherer Name/.test(await s.pageText()));
      const german = await s.pageText();
      assert.match(german, /Prüfsummenfehler \(CRC\)/);
      await s.screenshot(join(out, 'hostile-archives-de.png'));
    } finally {
      await s.click((await s.find('.prefs select option[value=en]'))[0]);
    }
  });
  assert.deepEqual(archives.map(sha256), before, 'the archives are unchanged');
  assert.ok(!existsSync(join(dataDir, 'outside.txt')) && !existsSync(join(dir, '..', '..', 'outside.txt')));
});

test('the app opens and searches an export without a connection off the machine and without writing outside its data folder', async () => {
  // The check itself: it catches what it is for, and lets the toolkit's device files pass.
  const folder = '/home/u/.local/share/auskunft';
  for (const line of [
    '7 connect(3, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("1.2.3.4")}, 16) = -1 EINPROGRESS',
    '7 connect(3, {sa_family=AF_INET6, sin6_port=htons(443), inet_pton(AF_INET6, "2a00:1450::1", &sin6_addr)}, 28) = 0',
    '7 openat(AT_FDCWD, "/home/u/.cache/webkitgtk/x", O_WRONLY|O_CREAT|O_TRUNC|O_CLOEXEC, 0666) = 3',
    '7 renameat2(AT_FDCWD, "/home/u/.local/share/auskunft/a", AT_FDCWD, "/home/u/a", 0) = 0',
    '7 unlinkat(16</home/u/.cache/webkitgtk>, "origin", 0) = 0',
    '7 unlinkat(16, "origin", 0) = 0',
    '7 renameat2(5</home/u/.local/share/auskunft>, "a", 6</home/u>, "a", 0) = 0',
  ]) assert.equal(violations(line, folder).length, 1, line);
  for (const line of [
    '7 openat(AT_FDCWD, "/home/u/Downloads/Alexa.zip", O_RDONLY|O_CLOEXEC) = 3',
    '7 openat(AT_FDCWD, "/home/u/.local/share/auskunft/webview/x", O_RDWR|O_CREAT, 0600) = 3',
    '7 openat(AT_FDCWD, "/dev/dri/renderD128", O_RDWR|O_CLOEXEC) = 3',
    '7 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 3',
    '7 connect(16, {sa_family=AF_INET, sin_port=htons(43653), sin_addr=inet_addr("127.0.0.1")}, 16) = 0',
    '7 mkdir("/root/.cache", 0700) = -1 EEXIST (File exists)',
    '7 unlinkat(16</home/u/.local/share/auskunft/webview/x>, "origin", 0) = 0',
    '7 openat(9</home/u/.local/share/auskunft/webview>, "y", O_RDWR|O_CREAT, 0600) = 3</home/u/.local/share/auskunft/webview/y>',
  ]) assert.deepEqual(violations(line, folder), [], line);

  const strace = spawnSync('strace', ['-V']);
  if (strace.error) {
    assert.ok(!process.env.CI, 'strace is missing under CI: scripts/test.sh installs it');
    console.log('strace is not installed: the app\'s confinement check is skipped');
    return;
  }
  const archive = join(dataDir, 'confined.zip');
  execFileSync(cli, ['demo', '--scenario', 'seed-case', '--records', '60', archive]);
  const log = join(dataDir, '..', `${basename(dataDir)}-app-trace.log`);
  const wrapper = join(dataDir, '..', `${basename(dataDir)}-traced-app.sh`);
  writeFileSync(wrapper, `#!/bin/sh\nexec strace -f -qq -y -e '${CALLS}' -o '${log}' -- '${app}' "$@"\n`, { mode: 0o755 });
  try {
    await withApp([archive], async (s) => {
      await s.waitText('.verdict h1', 120_000);
      // The third tab is Search, in either language.
      await s.click((await s.find('.screens .tab'))[2]);
      const [box] = await s.until('the search box', async () => (await s.find('.search input[type=search]')).length && s.find('.search input[type=search]'));
      await s.type(box, 'wetter');
      await s.until('hits', async () => (await s.find('.search .hit')).length > 0);
    }, wrapper);
  } finally {
    // strace detaches when the driver stops it; the app it started must not outlive the test.
    spawnSync('pkill', ['-f', archive]);
    rmSync(wrapper, { force: true });
  }
  const trace = readFileSync(log, 'utf8');
  rmSync(log, { force: true });
  // The tracer saw the app work: it read the archive and wrote the search index.
  assert.ok(trace.split('\n').some((l) => l.includes(archive) && l.includes('O_RDONLY')), 'the trace shows no read of the archive');
  assert.ok(trace.split('\n').some((l) => l.includes(dataDir) && l.includes('O_CREAT')), 'the trace shows no write into the data folder');
  assert.deepEqual(violations(trace, dataDir), []);
});
