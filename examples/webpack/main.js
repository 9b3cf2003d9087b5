// webpack 5 needs no loader or plugin: it turns the
// `new URL("mamori_bg.wasm", import.meta.url)` in mamori's browser build into an
// asset of its own, emitted with the bundle.
import init, { redact } from 'mamori';

const body = document.getElementById('body');
const masked = document.getElementById('masked');

await init();
const show = () => { masked.textContent = redact(body.value).text; };
body.addEventListener('input', show);
show();
masked.dataset.state = 'ready';
