import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The UI runs inside Tauri's webview (WebKitGTK on Linux, WebView2, WKWebView): no server, no
// remote resources. `tauri dev` expects the dev server on 5173; `tauri build` embeds `dist/`.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  server: { port: 5173, strictPort: true },
  envPrefix: ['VITE_', 'TAURI_ENV_'],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'safari15',
    // Keep every asset a file: the CSP allows no inline styles, and fewer data: URLs.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
});
