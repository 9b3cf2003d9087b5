'use strict';
// The four commands: what each does to a record, its options, and its summary lines.
const { RecordError, UsageError, engineCall } = require('./errors.js');

/**
 * @typedef {typeof import('../../node/mamori.js')} Engine the Node build
 * @typedef {{ line: number, record: number }} Where a record's first line and its number
 * @typedef {{ name: string, suffix: string | null, profile?: string }} Field a field of --fields
 * @typedef {Partial<Record<'in' | 'out' | 'format' | 'rejects' | 'fields' | 'kinds' | 'style' | 'keep-last'
 *   | 'map' | 'id' | 'form-options' | 'profile' | 'to' | 'jobs', string>>
 *   & Partial<Record<'strict' | 'quiet' | 'help', boolean>>} Values the parsed options
 */
/**
 * A command that rewrites fields of each record in place.
 * @typedef {object} RewriteCommand
 * @property {'rewrite'} mode
 * @property {Field[]} fields
 * @property {boolean} [numbers] whether a JSON number in a field is text too
 * @property {(text: string) => string} once the line printed for a TEXT argument
 * @property {(text: string) => boolean} [onceOk] whether a TEXT argument is fine
 * @property {(value: string, field: string, where: Where) => string} rewrite
 *   compute, then account: what a record's field becomes
 * @property {(bytes: Uint8Array, shape: import('../../node/mamori.js').CsvShape, last: boolean) => import('../../node/mamori.js').CsvRecordsResult} [csv]
 *   the whole work on the plain CSV records at the start of `bytes` in the engine
 *   (csv.js: engineRecords), as the JavaScript would do it record by record
 * @property {(values: string[] | null) => void} [prefetch] the engine's work on many
 *   values at once (a worker's batch), which compute then looks up; null forgets it
 * @property {(bytes: Uint8Array, ends: Uint32Array) => import('../../node/mamori.js').JsonLinesResult} [lines]
 *   the whole work on a batch of JSON Lines in the engine (jsonl.js: linesCall), as
 *   the JavaScript would do it record by record; effects are the kinds found
 * @property {(value: string, field: string) => Computed} compute the engine's work on a
 *   field, with no effect on the command (a worker thread runs it)
 * @property {(effect: unknown, field: string, where: Where) => void} account counts what
 *   compute found (in input order, on the main thread)
 * @property {() => string[]} summary
 * @property {() => number} notOk how many records make the exit code 1
 * @property {(message: string) => void} [note] set by the run: a message on stderr
 */
/**
 * The row `validate` reports for a record.
 * @typedef {object} ReportRow
 * @property {number} line
 * @property {number} record
 * @property {string | number | null} id
 * @property {boolean} ok
 * @property {import('../../node/mamori.js').FormIssue[]} errors
 * @property {import('../../node/mamori.js').FormIssue[]} warnings
 * @property {import('../../node/mamori.js').Disclosure | null} disclosure
 */
/**
 * A command that reports one row per record.
 * @typedef {object} ReportCommand
 * @property {'report'} mode
 * @property {(header: string[]) => void} onHeader
 * @property {(record: Record<string, unknown>, where: Where) => ReportRow} evaluate
 *   compute, then account
 * @property {(record: Record<string, unknown>, where: Where) => ReportRow} compute the
 *   engine's work on a record, with no effect on the command (a worker thread runs it)
 * @property {(row: ReportRow) => void} account counts a row (in input order, on the main thread)
 * @property {string[]} resultColumns
 * @property {(row: ReportRow) => unknown[]} resultRow
 * @property {() => string[]} summary
 * @property {() => number} notOk
 * @property {undefined} [once]
 * @property {undefined} [onceOk]
 * @property {(message: string) => void} [note]
 */
/** @typedef {RewriteCommand | ReportCommand} Command */
/**
 * A field as compute leaves it, and what account counts of it (undefined: nothing).
 * @typedef {{ value: string, effect?: unknown }} Computed
 */

/**
 * A command's rewrite of a field: compute, then account.
 * @param {Pick<RewriteCommand, 'compute' | 'account'>} command
 * @param {string} value
 * @param {string} field
 * @param {Where} where
 * @returns {string}
 */
function rewriteField(command, value, field, where) {
  const r = command.compute(value, field);
  if (r.effect !== undefined) command.account(r.effect, field, where);
  return r.value;
}

/** @typedef {import('../../node/mamori.js').Kind} Kind */

/**
 * The kinds and the form fields, as the engine declares them (`kinds()`,
 * `formFields()`): the CLI writes none of them out.
 * @param {Engine} m
 */
function lists(m) {
  const info = m.kinds();
  return {
    /** @type {Kind[]} */
    kinds: info.map((k) => k.name),
    /** @type {Kind[]} */
    defaults: info.filter((k) => k.isDefault).map((k) => k.name),
    /** @type {string[]} */
    fields: m.formFields(),
  };
}
const STYLES = ['mask', 'label', 'partial'];
const PROFILES = ['text', 'name', 'kana'];

/**
 * @param {string} value
 * @returns {string[]} the comma-separated items, trimmed, empty ones left out
 */
function list(value) {
  return String(value).split(',').map((s) => s.trim()).filter(Boolean);
}

/**
 * `--kinds a,b`; `default` stands for the default set, `all` for every kind.
 * @param {string | undefined} value
 * @param {Engine} m
 * @returns {Kind[] | undefined}
 */
function parseKinds(value, m) {
  if (value === undefined) return undefined;
  const { kinds: all, defaults } = lists(m);
  /** @type {Kind[]} */
  const kinds = [];
  for (const k of list(value)) {
    const add = k === 'all' ? all : k === 'default' ? defaults : [k];
    for (const a of add) {
      const kind = all.find((known) => known === a);
      if (!kind) throw new UsageError(`unknown kind "${k}"; kinds: ${all.join(', ')}, or all, default`);
      if (!kinds.includes(kind)) kinds.push(kind);
    }
  }
  if (kinds.length === 0) throw new UsageError('--kinds is empty');
  return kinds;
}

/**
 * `--fields a,b` (or, with `suffixes`, `a,b:profile`: a name and an optional `:suffix`).
 * @param {string | undefined} value
 * @param {string} fallback
 * @returns {Field[]}
 */
function parseFields(value, fallback, suffixes = false) {
  const fields = list(value ?? fallback).map((spec) => /** @type {Field} */ {
    const colon = suffixes ? spec.lastIndexOf(':') : -1;
    return colon > 0 ? { name: spec.slice(0, colon), suffix: spec.slice(colon + 1) } : { name: spec, suffix: null };
  });
  if (fields.length === 0) throw new UsageError('--fields is empty');
  const names = new Set();
  for (const f of fields) {
    if (names.has(f.name)) throw new UsageError(`--fields names "${f.name}" twice`);
    names.add(f.name);
  }
  return fields;
}

/** Counts by key. */
function counter() {
  /** @type {Map<string, number>} */
  const counts = new Map();
  return {
    /** @param {string} key */
    add(key, n = 1) {
      counts.set(key, (counts.get(key) || 0) + n);
    },
    get: (/** @type {string} */ key) => counts.get(key) || 0,
    entries: () => [...counts.entries()],
  };
}

/**
 * @param {Values} values
 * @param {Engine} m
 * @returns {import('../../node/mamori.js').RedactOptions}
 */
function redactOptions(values, m) {
  /** @type {import('../../node/mamori.js').RedactOptions} */
  const options = {};
  const kinds = parseKinds(values.kinds, m);
  if (kinds) options.kinds = kinds;
  if (values.style !== undefined) {
    if (!STYLES.includes(values.style)) throw new UsageError(`--style must be one of ${STYLES.join(', ')}`);
    options.style = /** @type {import('../../node/mamori.js').RedactStyle} */ (values.style);
  }
  if (values['keep-last'] !== undefined) {
    if (options.style !== 'partial') throw new UsageError('--keep-last goes with --style partial');
    const n = Number(values['keep-last']);
    if (!/^\d+$/.test(values['keep-last']) || !Number.isSafeInteger(n)) throw new UsageError('--keep-last must be a whole number, e.g. --keep-last 4');
    options.keepLast = n;
  }
  return options;
}

/**
 * Checks options against the engine once, so that a bad one is a usage error.
 * @param {() => unknown} fn
 */
function probe(fn) {
  try {
    fn();
  } catch (e) {
    if (e instanceof TypeError || e instanceof RangeError || typeof /** @type {{ code?: unknown }} */ (e)?.code === 'string') {
      throw new UsageError(/** @type {Error} */ (e).message);
    }
    throw e;
  }
}

/**
 * @param {Engine} m
 * @param {Values} values
 * @returns {RewriteCommand}
 */
function redact(m, values) {
  const options = redactOptions(values, m);
  probe(() => m.redact('', options));
  const kinds = options.kinds || lists(m).defaults;
  const found = counter();
  /** @type {Map<string, import('../../node/mamori.js').RedactResult> | null} */
  let fetched = null;
  const fields = parseFields(values.fields, 'body');
  const names = fields.map((f) => f.name);
  /** @type {RewriteCommand} */
  const command = {
    mode: 'rewrite',
    fields,
    numbers: true,
    once: (text) => m.redact(text, options).text,
    lines: typeof m.redactJsonLines === 'function'
      ? (bytes, ends) => m.redactJsonLines(bytes, ends, names, options)
      : undefined,
    csv: typeof m.redactCsvRecords === 'function'
      ? (bytes, shape, last) => m.redactCsvRecords(bytes, shape, last, options)
      : undefined,
    prefetch(values) {
      fetched = null;
      if (!values?.length) return;
      try {
        const results = m.redactMany(values, options);
        fetched = new Map(values.map((v, i) => [v, results[i]]));
      } catch {
        // Each value is then redacted on its own, and an error reported for its field.
      }
    },
    compute(value, field) {
      if (value === '') return { value };
      const r = fetched?.get(value) ?? engineCall(`field "${field}"`, () => m.redact(value, options));
      return { value: r.text, effect: r.findings.length ? r.findings.map((f) => f.kind) : undefined };
    },
    account(effect) {
      for (const kind of /** @type {string[]} */ (effect)) found.add(kind);
    },
    rewrite: (value, field, where) => rewriteField(command, value, field, where),
    summary() {
      const total = kinds.reduce((n, k) => n + found.get(k), 0);
      const some = kinds.filter((k) => found.get(k) > 0).map((k) => `${k} ${found.get(k)}`);
      return [`findings: ${total}${some.length ? ` (${some.join(', ')})` : ''}`];
    },
    notOk: () => 0,
  };
  return command;
}

/**
 * @param {Engine} m
 * @param {Values} values
 * @returns {RewriteCommand}
 */
function normalize(m, values) {
  if (values.profile !== undefined && !PROFILES.includes(values.profile)) {
    throw new UsageError(`--profile must be one of ${PROFILES.join(', ')}`);
  }
  /** @typedef {import('../../node/mamori.js').Profile} Profile */
  // Checked above and below: every profile is one of PROFILES.
  const fallback = /** @type {Profile} */ (values.profile || 'text');
  const fields = parseFields(values.fields, 'body', true);
  for (const f of fields) {
    f.profile = f.suffix ?? fallback;
    if (!PROFILES.includes(f.profile)) throw new UsageError(`--fields ${f.name}:${f.profile}: the profile must be one of ${PROFILES.join(', ')}`);
  }
  const profileOf = new Map(fields.map((f) => [f.name, /** @type {Profile} */ (f.profile)]));
  const changed = counter();
  /** @type {RewriteCommand} */
  const command = {
    mode: 'rewrite',
    fields,
    once: (text) => m.normalize(text, fallback),
    compute(value, field) {
      const after = engineCall(`field "${field}"`, () => m.normalize(value, profileOf.get(field)));
      return { value: after, effect: after !== value ? true : undefined };
    },
    account(_effect, field) {
      changed.add(field);
    },
    rewrite: (value, field, where) => rewriteField(command, value, field, where),
    summary() {
      return [`changed: ${fields.map((f) => `${f.name} ${changed.get(f.name)}`).join(', ')}`];
    },
    notOk: () => 0,
  };
  return command;
}

/**
 * @param {Engine} m
 * @param {Values} values
 * @returns {RewriteCommand}
 */
function phone(m, values) {
  const to = values.to ?? 'national';
  if (to !== 'national' && to !== 'e164') throw new UsageError('--to must be national or e164');
  const invalid = counter();
  let valid = 0;
  let bad = 0;
  /** @type {RewriteCommand & { note: (message: string) => void }} */
  const command = {
    mode: 'rewrite',
    fields: parseFields(values.fields, 'phone'),
    once: (text) => JSON.stringify(m.parsePhone(text)),
    onceOk: (text) => m.parsePhone(text).valid,
    compute(value, field) {
      if (value.trim() === '') return { value };
      const r = engineCall(`field "${field}"`, () => m.parsePhone(value));
      // The effect: null for a valid number, the error's code for one that is not.
      return r.valid ? { value: r[to], effect: null } : { value, effect: r.error.code };
    },
    account(effect, field, where) {
      if (effect === null) {
        valid++;
        return;
      }
      const code = /** @type {string} */ (effect);
      bad++;
      invalid.add(code);
      command.note(`line ${where.line} (record ${where.record}): field "${field}" is not a valid Japanese phone number (${code}); left as it was`);
    },
    rewrite: (value, field, where) => rewriteField(command, value, field, where),
    summary() {
      const codes = invalid.entries().map(([c, n]) => `${c} ${n}`).join(', ');
      return [`phone numbers: ${valid} valid, ${bad} invalid${codes ? ` (${codes})` : ''}`];
    },
    notOk: () => bad,
    note: () => {},
  };
  return command;
}

/**
 * @param {Engine} m
 * @param {Values} values
 * @returns {ReportCommand}
 */
function validate(m, values) {
  const fields = lists(m).fields;
  const columnOf = new Map(fields.map((f) => [f, f]));
  if (values.map !== undefined) {
    for (const pair of list(values.map)) {
      const eq = pair.indexOf('=');
      const field = pair.slice(0, eq);
      if (eq <= 0 || !fields.includes(field) || eq === pair.length - 1) {
        throw new UsageError(`--map takes field=column pairs with a field among ${fields.join(', ')}; got "${pair}"`);
      }
      columnOf.set(field, pair.slice(eq + 1));
    }
  }
  /** @type {import('../../node/mamori.js').FormOptions | undefined} */
  let formOptions;
  if (values['form-options'] !== undefined) {
    try {
      formOptions = JSON.parse(values['form-options']);
    } catch {
      throw new UsageError('--form-options takes JSON, e.g. \'{"maxLength":{"body":5000}}\'');
    }
    probe(() => m.validateForm({}, formOptions));
  }
  const idColumn = values.id ?? 'id';
  let ok = 0;
  let notOk = 0;
  const issues = counter();
  /** @type {ReportCommand} */
  const command = {
    mode: 'report',
    onHeader(header) {
      const missing = [...columnOf.values()].filter((c) => !header.includes(c));
      if (missing.length === columnOf.size) {
        throw new UsageError(`the CSV header has none of the form's columns (${[...columnOf.values()].join(', ')}); map them with --map`);
      }
    },
    evaluate(record, where) {
      const row = command.compute(record, where);
      command.account(row);
      return row;
    },
    compute(record, where) {
      /** @type {Record<string, string>} */
      const form = {};
      for (const [field, column] of columnOf) {
        const v = record[column];
        if (v === undefined || v === null) continue;
        if (typeof v === 'string') form[field] = v;
        else if (typeof v === 'number' || typeof v === 'boolean') form[field] = String(v);
        else throw new RecordError(`"${column}" is not text`);
      }
      const r = engineCall('validateForm', () => m.validateForm(form, formOptions));
      const id = record[idColumn];
      return {
        line: where.line,
        record: where.record,
        id: typeof id === 'string' || typeof id === 'number' ? id : null,
        ok: r.ok,
        errors: r.errors,
        warnings: r.warnings,
        disclosure: r.disclosure,
      };
    },
    account(row) {
      if (row.ok) ok++;
      else notOk++;
      for (const e of row.errors) issues.add(`${e.field}:${e.code}`);
    },
    resultColumns: ['line', 'record', 'id', 'ok', 'errors', 'warnings', 'disclosure', 'requester'],
    resultRow: (r) => [
      r.line, r.record, r.id ?? '', r.ok,
      r.errors.map((e) => `${e.field}:${e.code}`).join(' '),
      r.warnings.map((e) => `${e.field}:${e.code}`).join(' '),
      r.disclosure ? r.disclosure.kinds.join(' ') || '-' : '',
      r.disclosure?.requester ?? '',
    ],
    summary() {
      const list = issues.entries().sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
      return [`forms: ${ok} ok, ${notOk} not ok`, `errors: ${list || 'none'}`];
    },
    notOk: () => notOk,
  };
  return command;
}

module.exports = { commands: { redact, validate, normalize, phone }, lists, STYLES, PROFILES };
