// Bundles app.js into dist/ (or the folder given) with the wasm beside it. The same
// on the command line:
//   esbuild app.js --bundle --format=esm --outdir=dist --loader:.wasm=file
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const here = import.meta.dirname;
const outdir = path.resolve(process.argv[2] ?? path.join(here, 'dist'));
await build({
  entryPoints: [path.join(here, 'app.js')],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  outdir,
  // `import wasmUrl from "mamori/web/mamori_bg.wasm"` copies the file into outdir
  // (with a content hash in its name) and gives its URL.
  loader: { '.wasm': 'file' },
  logLevel: 'warning',
});
mkdirSync(outdir, { recursive: true });
copyFileSync(path.join(here, 'index.html'), path.join(outdir, 'index.html'));
