// Vite needs no configuration: it sees the `new URL("mamori_bg.wasm", import.meta.url)`
// in mamori's browser build and emits the wasm with the bundle.
import init, { redact } from 'mamori';

const body = document.getElementById('body');
const masked = document.getElementById('masked');

await init();
const show = () => { masked.textContent = redact(body.value).text; };
body.addEventListener('input', show);
show();
masked.dataset.state = 'ready';
