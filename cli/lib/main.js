'use strict';
// Argument parsing (node:util parseArgs) and dispatch.
const os = require('node:os');
const path = require('node:path');
const { parseArgs } = require('node:util');
const { commands } = require('./commands.js');
const { TOP, help } = require('./help.js');
const { runRecords } = require('./run.js');
const { UsageError, FatalError } = require('./errors.js');

/** @typedef {keyof typeof commands} CommandName */
/** @typedef {import('node:util').ParseArgsConfig['options']} Options */

/** @type {Options} */
const COMMON = {
  in: { type: 'string', short: 'i' },
  out: { type: 'string', short: 'o' },
  format: { type: 'string', short: 'f' },
  strict: { type: 'boolean' },
  rejects: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  jobs: { type: 'string', short: 'j' },
  help: { type: 'boolean', short: 'h' },
};
/** @type {Record<CommandName, Options>} */
const OPTIONS = {
  redact: { ...COMMON, fields: { type: 'string' }, kinds: { type: 'string' }, style: { type: 'string' }, 'keep-last': { type: 'string' } },
  validate: { ...COMMON, map: { type: 'string' }, id: { type: 'string' }, 'form-options': { type: 'string' } },
  normalize: { ...COMMON, fields: { type: 'string' }, profile: { type: 'string' } },
  phone: { ...COMMON, fields: { type: 'string' }, to: { type: 'string' } },
};
const FORMATS = ['jsonl', 'csv'];

/**
 * The format a file's extension says.
 * @param {string | undefined} file
 * @returns {'jsonl' | 'csv' | null}
 */
function formatOfPath(file) {
  if (!file || file === '-') return null;
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json') return 'jsonl';
  return null;
}

/**
 * Runs the command line; resolves to the exit code. `load` returns the engine
 * (the Node build), loaded only when a command needs it; `engine` is its path, for
 * the worker threads of --jobs.
 * @param {string[]} argv the arguments after the program's name
 * @param {() => import('./commands.js').Engine} load
 * @param {string} [engine]
 * @returns {Promise<number>}
 */
async function main(argv, load, engine = path.join(__dirname, '..', '..', 'node', 'mamori.js')) {
  const out = process.stdout;
  const err = process.stderr;
  const [name, ...rest] = argv;
  if (name === undefined) {
    err.write(`${TOP}\n`);
    return 2;
  }
  if (name === '--help' || name === '-h') {
    out.write(`${TOP}\n`);
    return 0;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    out.write(`${load().version()}\n`);
    return 0;
  }
  if (name === 'help') {
    const topic = rest[0];
    const text = topic && Object.hasOwn(help, topic) ? help[/** @type {CommandName} */ (topic)] : undefined;
    out.write(`${text ?? TOP}\n`);
    return topic && !text ? 2 : 0;
  }
  if (!Object.hasOwn(commands, name)) {
    err.write(`mamori: unknown command "${name}"; commands: ${Object.keys(commands).join(', ')} (mamori --help)\n`);
    return 2;
  }
  try {
    return await run(/** @type {CommandName} */ (name), rest, load, engine);
  } catch (e) {
    if (/** @type {{ reported?: boolean }} */ (e).reported) return 2;
    if (e instanceof UsageError) {
      err.write(`mamori ${name}: ${e.message}\n(see mamori ${name} --help)\n`);
      return 2;
    }
    if (e instanceof FatalError) {
      err.write(`mamori ${name}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

/**
 * @param {CommandName} name
 * @param {string[]} argv the arguments after the command's name
 * @param {() => import('./commands.js').Engine} load
 * @param {string} engine the engine's path
 * @returns {Promise<number>} the exit code
 */
async function run(name, argv, load, engine) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS[name], allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(/** @type {Error} */ (e).message.split('\n')[0]);
  }
  const { positionals } = parsed;
  const values = /** @type {import('./commands.js').Values} */ (parsed.values);
  if (values.help) {
    process.stdout.write(`${help[name]}\n`);
    return 0;
  }
  if (values.format !== undefined && !FORMATS.includes(values.format)) {
    throw new UsageError(`--format must be jsonl or csv`);
  }
  const jobs = values.jobs === undefined ? os.availableParallelism() : Number(values.jobs);
  if (values.jobs !== undefined && (!/^\d+$/.test(values.jobs) || !Number.isSafeInteger(jobs) || jobs < 1)) {
    throw new UsageError('--jobs must be a whole number of 1 or more, e.g. --jobs 4');
  }
  const m = load();
  const command = commands[name](m, values);

  if (positionals.length) {
    if (!command.once) throw new UsageError(`${name} takes no arguments; give the records with --in FILE or on standard input`);
    const clash = /** @type {const} */ (['in', 'out', 'format', 'rejects', 'strict', 'jobs']).find((o) => values[o] !== undefined);
    if (clash) throw new UsageError(`--${clash} is for files of records; with TEXT arguments the results are printed`);
    let bad = 0;
    for (const text of positionals) {
      let line;
      try {
        line = command.once(text);
      } catch (error) {
        const e = /** @type {Error & { code?: unknown }} */ (error);
        if (!(e instanceof TypeError || e instanceof RangeError || typeof e.code === 'string')) throw e;
        throw new FatalError(e.message);
      }
      if (command.onceOk && !command.onceOk(text)) bad++;
      process.stdout.write(`${line}\n`);
    }
    return bad ? 1 : 0;
  }

  const input = values.in ?? '-';
  const output = values.out ?? '-';
  if (values.rejects !== undefined && (values.rejects === '-' || path.resolve(values.rejects) === path.resolve(output))) {
    throw new UsageError('--rejects needs a file of its own (not the output)');
  }
  // --format was checked against FORMATS above.
  const format = /** @type {'jsonl' | 'csv' | undefined} */ (values.format) ?? formatOfPath(input) ?? (command.mode === 'rewrite' ? formatOfPath(output) : null) ?? 'jsonl';
  const resultFormat = formatOfPath(output) ?? format;
  if (input === '-' && process.stdin.isTTY && !values.quiet) {
    process.stderr.write(`mamori ${name}: reading records from the terminal (end with Ctrl-D; mamori ${name} --help)\n`);
  }
  const { stats, stopped } = await runRecords({
    name, command, input, output, format, resultFormat,
    strict: Boolean(values.strict), quiet: Boolean(values.quiet), rejects: values.rejects,
    jobs, setup: { engine, name, values },
  });
  if (stopped) return 2;
  return stats.failed > 0 || command.notOk() > 0 ? 1 : 0;
}

module.exports = { main };
