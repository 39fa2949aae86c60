// Milestones on the page's clock (performance marks; bench/open.mjs reads them): `auskunft:script`
// once the bundle's modules are evaluated (imports run first), then `auskunft:mounted` (the app's
// first view is on the page), `auskunft:started` (the Rust side answered), `auskunft:opened` (the
// report's head arrived), `auskunft:verdict` (the verdict is on the page) and `auskunft:drawn` (the
// frame showing it is done).
performance.mark('auskunft:script');
import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { locale } from './lib/i18n';
import { applyTheme, storedTheme } from './lib/theme';

document.documentElement.lang = locale;
applyTheme(storedTheme());

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

export default mount(App, { target });
