// Bundles main.js into dist/ (or the folder given), with the wasm as an asset, and
// copies index.html beside it. The configuration is webpack's defaults: an entry and
// an output folder. (On the command line: webpack --entry ./main.js --mode production.)
import webpack from 'webpack';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const here = import.meta.dirname;
const outdir = path.resolve(process.argv[2] ?? path.join(here, 'dist'));
const stats = await new Promise((resolve, reject) => {
  webpack({
    mode: 'production',
    entry: path.join(here, 'main.js'),
    output: { path: outdir },
  }, (err, result) => (err ? reject(err) : resolve(result)));
});
if (stats.hasErrors()) {
  console.error(stats.toString('errors-only'));
  process.exit(1);
}
mkdirSync(outdir, { recursive: true });
copyFileSync(path.join(here, 'index.html'), path.join(outdir, 'index.html'));
