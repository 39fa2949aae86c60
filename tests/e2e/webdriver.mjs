// A minimal W3C WebDriver client over fetch, enough to drive the app through tauri-driver:
// sessions, finding elements, reading text, screenshots. No dependencies.

import { spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import { writeFileSync } from 'node:fs';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
// tauri-driver's port and WebKitWebDriver's behind it; AUSKUNFT_E2E_PORT moves both (PORT, PORT+1)
// so two checkouts can run their end-to-end tests at once.
const PORT = Number(process.env.AUSKUNFT_E2E_PORT ?? 4444);
const NATIVE_PORT = PORT + 1;

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitFor(what, check, timeoutMs, stepMs = 200) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      last = await check();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, stepMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${last})`);
}

/** Starts tauri-driver (which starts WebKitWebDriver on PORT+1) and waits for both ports. */
export async function startDriver(env) {
  if ((await portOpen(PORT)) || (await portOpen(NATIVE_PORT))) {
    throw new Error(`ports ${PORT}/${NATIVE_PORT} are taken: another tauri-driver or WebKitWebDriver is running (AUSKUNFT_E2E_PORT moves them)`);
  }
  // Its own process group, so stopDriver ends WebKitWebDriver and the app with it.
  const driver = spawn('tauri-driver', ['--port', String(PORT), '--native-port', String(NATIVE_PORT)], { env, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
  const exited = new Promise((_, reject) => driver.once('exit', (code) => reject(new Error(`tauri-driver exited with ${code}`))));
  // tauri-driver accepts on 4444 before WebKitWebDriver is ready behind it; /status answers
  // only when both are (probing 4445 with bare connections can wedge WebKitWebDriver).
  const ready = async () => {
    const response = await fetch(`http://127.0.0.1:${PORT}/status`);
    return response.ok && (await response.json()).value?.ready !== false;
  };
  await Promise.race([exited, waitFor('tauri-driver and WebKitWebDriver to be ready', ready, 30_000)]);
  return driver;
}

/** Stops tauri-driver and everything it started. */
export function stopDriver(driver) {
  if (!driver || driver.exitCode !== null) return;
  try {
    process.kill(-driver.pid, 'SIGTERM');
  } catch {
    driver.kill('SIGTERM');
  }
}

async function call(method, path, body) {
  const response = await fetch(`http://127.0.0.1:${PORT}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json.value)}`);
  return json.value;
}

export class Session {
  static async start(application, args = []) {
    const value = await call('POST', '/session', {
      capabilities: { alwaysMatch: { 'tauri:options': { application, args } } },
    });
    return new Session(value.sessionId);
  }

  constructor(id) {
    this.id = id;
  }

  async find(css) {
    const value = await call('POST', `/session/${this.id}/elements`, { using: 'css selector', value: css });
    return value.map((v) => v[ELEMENT]);
  }

  async text(element) {
    return call('GET', `/session/${this.id}/element/${element}/text`);
  }

  /** Waits until `css` matches an element with non-empty text; returns that text. */
  async waitText(css, timeoutMs = 60_000) {
    return waitFor(`text in ${css}`, async () => {
      const [first] = await this.find(css);
      return first ? (await this.text(first)).trim() || false : false;
    }, timeoutMs);
  }

  /** A DOM property of an element (`textContent` includes text hidden by CSS). */
  async property(element, name) {
    return call('GET', `/session/${this.id}/element/${element}/property/${name}`);
  }

  async click(element) {
    await call('POST', `/session/${this.id}/element/${element}/click`, {});
  }

  /** Clicks the first element matching `css` whose text contains `text` (waits for it). */
  async clickText(css, text, timeoutMs = 30_000) {
    const element = await waitFor(`${css} with text ${JSON.stringify(text)}`, async () => {
      for (const e of await this.find(css)) {
        if ((await this.text(e)).includes(text)) return e;
      }
      return false;
    }, timeoutMs);
    await this.click(element);
  }

  /** Types `text` into an element (an input). */
  /** Empties a text field the way a user selecting all and deleting would (an input event). */
  async clear(element) {
    await this.execute('arguments[0].value = ""; arguments[0].dispatchEvent(new Event("input", { bubbles: true }));', [{ [ELEMENT]: element }]);
  }

  async type(element, text) {
    await call('POST', `/session/${this.id}/element/${element}/value`, { text });
  }

  /** Runs `script` (a function body; `arguments` holds `args`) in the page; returns its value. */
  async execute(script, args = []) {
    return call('POST', `/session/${this.id}/execute/sync`, { script, args });
  }

  /** Runs an async `script`: it gets a callback as its last argument and calls it with the result. */
  async executeAsync(script, args = []) {
    return call('POST', `/session/${this.id}/execute/async`, { script, args });
  }

  /** Waits until `probe` (an async function) returns something truthy; returns it. */
  async until(what, probe, timeoutMs = 60_000) {
    return waitFor(what, probe, timeoutMs);
  }

  async pageText() {
    const [body] = await this.find('body');
    return this.text(body);
  }

  /**
   * Saves a PNG of the window. WebKit takes it after the page's next presentation update; when
   * the app draws without compositing (no GPU, see src-tauri/src/rendering.rs) an idle page has
   * none and the call would wait forever. So a one-pixel, all-but-transparent element changes
   * on every frame until the picture is taken (ten seconds at most).
   */
  async screenshot(file) {
    await this.execute(`
      const dot = document.createElement('div');
      dot.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;opacity:0.01;pointer-events:none';
      document.body.appendChild(dot);
      window.__e2eRepaint = dot;
      const end = performance.now() + 10000;
      let n = 0;
      (function tick(now) {
        if (window.__e2eRepaint !== dot || now > end) return dot.remove();
        dot.textContent = String(n++ % 2);
        requestAnimationFrame(tick);
      })(performance.now());`);
    try {
      const png = await call('GET', `/session/${this.id}/screenshot`);
      writeFileSync(file, Buffer.from(png, 'base64'));
    } finally {
      await this.execute('window.__e2eRepaint = null;');
    }
  }

  async end() {
    await call('DELETE', `/session/${this.id}`).catch(() => {});
  }
}
