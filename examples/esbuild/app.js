// esbuild bundles the JavaScript but does not emit the .wasm that mamori's browser
// build asks for: import it with the `file` loader (see build.mjs), which copies it
// to the output folder and gives its URL, and pass that URL to init.
import init, { redact } from 'mamori';
import wasmUrl from 'mamori/web/mamori_bg.wasm';

const body = document.getElementById('body');
const masked = document.getElementById('masked');

await init({ module_or_path: wasmUrl });
const show = () => { masked.textContent = redact(body.value).text; };
body.addEventListener('input', show);
show();
masked.dataset.state = 'ready';
