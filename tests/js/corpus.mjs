// Where the package tests find labelled records.
//   fixture(name)          the project's own fixtures (tests/fixtures/), always there
//   shared(name)           the shared development corpus ($MAMORI_CORPUS_DIR, else
//                          ../shared/corpus), or null when a clone of the repository
//                          alone lacks it; MAMORI_REQUIRE_CORPUS=1 (set by .ci/run)
//                          makes a missing corpus an error instead
//   sharedOrFixture(name)  records to feed a test: the shared corpus when there
//   skipUnless(records, name)  the `skip` option of a test over the shared corpus:
//                          one line saying what is missing, or false
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
export const sharedDir = process.env.MAMORI_CORPUS_DIR || path.resolve(root, '..', 'shared', 'corpus');
const required = process.env.MAMORI_REQUIRE_CORPUS === '1';

const parse = (text) => text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

export function fixture(name) {
  return parse(readFileSync(path.join(root, 'tests', 'fixtures', name), 'utf8'));
}

export function shared(name) {
  const file = path.join(sharedDir, name);
  try {
    return parse(readFileSync(file, 'utf8'));
  } catch (e) {
    if (e.code !== 'ENOENT' || required) {
      throw new Error(`the shared corpus is missing at ${file}${required ? ' and MAMORI_REQUIRE_CORPUS=1' : ''}: ${e.message}`);
    }
    return null;
  }
}

export function sharedOrFixture(name) {
  return shared(name) ?? fixture(name);
}

export function skipUnless(records, name) {
  return records ? false : `no shared corpus at ${path.join(sharedDir, name)} (set MAMORI_CORPUS_DIR; MAMORI_REQUIRE_CORPUS=1 makes this an error)`;
}
