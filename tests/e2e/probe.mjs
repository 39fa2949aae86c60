// Ad-hoc probe (not part of the suite): frame gaps on the timeline of a big export.
import { startDriver, stopDriver, Session } from './webdriver.mjs';
const [app, archive] = process.argv.slice(2);
const driver = await startDriver({ ...process.env, AUSKUNFT_DATA_DIR: '/tmp/probe/data', LANG: 'en_US.UTF-8' });
const s = await Session.start(app, [archive]);
try {
  await s.waitText('.verdict h1', 600_000);
  await s.clickText('.screens .tab', 'Timeline');
  await s.until('canvas', async () => (await s.find('.timeline canvas.lanes')).length > 0);
  const measure = (mode) => s.executeAsync(`
    const done = arguments[arguments.length - 1];
    const mode = ${JSON.stringify(mode)};
    const canvas = document.querySelector('.timeline canvas.lanes');
    const box = canvas.getBoundingClientRect();
    const x = box.left + box.width / 2, y = box.top + 20;
    const gaps = [], handler = [];
    let last = performance.now(), step = 0;
    function frame(now) {
      gaps.push(now - last); last = now; step += 1;
      if (step > 60) { gaps.shift(); gaps.sort((a,b)=>a-b); handler.sort((a,b)=>a-b);
        done({ mode, median: gaps[30], max: gaps[gaps.length-1], handlerMedian: handler[Math.floor(handler.length/2)] ?? null }); return; }
      if (mode !== 'idle') {
        const t0 = performance.now();
        canvas.dispatchEvent(new WheelEvent('wheel', { deltaY: step % 2 ? -120 : 120, ctrlKey: true, clientX: x, clientY: y, bubbles: true, cancelable: true }));
        handler.push(performance.now() - t0);
      }
      requestAnimationFrame(frame);
    }
    requestAnimationFrame(frame);`);
  await s.execute(`
    const raf = window.requestAnimationFrame.bind(window);
    window.__cb = [];
    window.requestAnimationFrame = (cb) => raf((t) => { const t0 = performance.now(); cb(t); window.__cb.push(performance.now() - t0); });
    const put = CanvasRenderingContext2D.prototype.putImageData;
    window.__put = [];
    CanvasRenderingContext2D.prototype.putImageData = function (...a) { const t0 = performance.now(); put.apply(this, a); window.__put.push(performance.now() - t0); };
  `);
  console.log(JSON.stringify(await measure('idle')));
  await s.execute('window.__cb = []; window.__put = [];');
  console.log(JSON.stringify(await measure('wheel')));
  console.log('callbacks', JSON.stringify(await s.execute('const c = window.__cb.slice().sort((a,b)=>a-b); const p = window.__put.slice().sort((a,b)=>a-b); return { n: c.length, median: c[Math.floor(c.length/2)], max: c[c.length-1], putN: p.length, putMedian: p[Math.floor(p.length/2)], putMax: p[p.length-1] }')));
  await s.clickText('.screens .tab', 'Overview');
  console.log('overview', JSON.stringify(await s.executeAsync(`
    const done = arguments[arguments.length - 1]; const gaps = []; let last = performance.now(), n = 0;
    function f(now) { gaps.push(now - last); last = now; if (++n > 60) { gaps.shift(); gaps.sort((a,b)=>a-b); done({ median: gaps[30], max: gaps[gaps.length-1] }); return; } requestAnimationFrame(f); }
    requestAnimationFrame(f);`)));
} finally {
  await s.end();
  stopDriver(driver);
}
