'use strict';
// The four commands: what each does to a record, its options, and its summary lines.
const { RecordError, UsageError, engineCall } = require('./errors.js');

const KINDS = [
  'my_number', 'insurer_number', 'insured_number', 'public_expense_payer',
  'public_expense_recipient', 'credit_card', 'bank_account', 'passport',
  'residence_card', 'drivers_license', 'pension_number', 'phone', 'email',
];
const DEFAULT_KINDS = KINDS.filter((k) => k !== 'phone' && k !== 'email');
const STYLES = ['mask', 'label', 'partial'];
const PROFILES = ['text', 'name', 'kana'];
const FORM_FIELDS = ['inquiryType', 'name', 'phone', 'email', 'body'];

function list(value) {
  return String(value).split(',').map((s) => s.trim()).filter(Boolean);
}

/** `--kinds a,b`; `default` stands for the default set, `all` for every kind. */
function parseKinds(value) {
  if (value === undefined) return undefined;
  const kinds = [];
  for (const k of list(value)) {
    const add = k === 'all' ? KINDS : k === 'default' ? DEFAULT_KINDS : [k];
    for (const a of add) {
      if (!KINDS.includes(a)) throw new UsageError(`unknown kind "${k}"; kinds: ${KINDS.join(', ')}, or all, default`);
      if (!kinds.includes(a)) kinds.push(a);
    }
  }
  if (kinds.length === 0) throw new UsageError('--kinds is empty');
  return kinds;
}

/** `--fields a,b` (or, with `suffixes`, `a,b:profile`: a name and an optional `:suffix`). */
function parseFields(value, fallback, suffixes = false) {
  const fields = list(value ?? fallback).map((spec) => {
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

function counter() {
  const counts = new Map();
  return {
    add(key, n = 1) {
      counts.set(key, (counts.get(key) || 0) + n);
    },
    get: (key) => counts.get(key) || 0,
    entries: () => [...counts.entries()],
  };
}

function redactOptions(values) {
  const options = {};
  const kinds = parseKinds(values.kinds);
  if (kinds) options.kinds = kinds;
  if (values.style !== undefined) {
    if (!STYLES.includes(values.style)) throw new UsageError(`--style must be one of ${STYLES.join(', ')}`);
    options.style = values.style;
  }
  if (values['keep-last'] !== undefined) {
    if (options.style !== 'partial') throw new UsageError('--keep-last goes with --style partial');
    const n = Number(values['keep-last']);
    if (!/^\d+$/.test(values['keep-last']) || !Number.isSafeInteger(n)) throw new UsageError('--keep-last must be a whole number, e.g. --keep-last 4');
    options.keepLast = n;
  }
  return options;
}

/** Checks options against the engine once, so that a bad one is a usage error. */
function probe(fn) {
  try {
    fn();
  } catch (e) {
    if (e instanceof TypeError || e instanceof RangeError || typeof e?.code === 'string') throw new UsageError(e.message);
    throw e;
  }
}

function redact(m, values) {
  const options = redactOptions(values);
  probe(() => m.redact('', options));
  const kinds = options.kinds || DEFAULT_KINDS;
  const found = counter();
  return {
    mode: 'rewrite',
    fields: parseFields(values.fields, 'body'),
    numbers: true,
    once: (text) => m.redact(text, options).text,
    rewrite(value, field) {
      if (value === '') return value;
      const r = engineCall(`field "${field}"`, () => m.redact(value, options));
      for (const f of r.findings) found.add(f.kind);
      return r.text;
    },
    summary() {
      const total = kinds.reduce((n, k) => n + found.get(k), 0);
      const some = kinds.filter((k) => found.get(k) > 0).map((k) => `${k} ${found.get(k)}`);
      return [`findings: ${total}${some.length ? ` (${some.join(', ')})` : ''}`];
    },
    notOk: () => 0,
  };
}

function normalize(m, values) {
  if (values.profile !== undefined && !PROFILES.includes(values.profile)) {
    throw new UsageError(`--profile must be one of ${PROFILES.join(', ')}`);
  }
  const fallback = values.profile || 'text';
  const fields = parseFields(values.fields, 'body', true);
  for (const f of fields) {
    f.profile = f.suffix ?? fallback;
    if (!PROFILES.includes(f.profile)) throw new UsageError(`--fields ${f.name}:${f.profile}: the profile must be one of ${PROFILES.join(', ')}`);
  }
  const profileOf = new Map(fields.map((f) => [f.name, f.profile]));
  const changed = counter();
  return {
    mode: 'rewrite',
    fields,
    once: (text) => m.normalize(text, fallback),
    rewrite(value, field) {
      const after = engineCall(`field "${field}"`, () => m.normalize(value, profileOf.get(field)));
      if (after !== value) changed.add(field);
      return after;
    },
    summary() {
      return [`changed: ${fields.map((f) => `${f.name} ${changed.get(f.name)}`).join(', ')}`];
    },
    notOk: () => 0,
  };
}

function phone(m, values) {
  const to = values.to ?? 'national';
  if (to !== 'national' && to !== 'e164') throw new UsageError('--to must be national or e164');
  const invalid = counter();
  let valid = 0;
  let bad = 0;
  const command = {
    mode: 'rewrite',
    fields: parseFields(values.fields, 'phone'),
    once: (text) => JSON.stringify(m.parsePhone(text)),
    onceOk: (text) => m.parsePhone(text).valid,
    rewrite(value, field, where) {
      if (value.trim() === '') return value;
      const r = engineCall(`field "${field}"`, () => m.parsePhone(value));
      if (r.valid) {
        valid++;
        return r[to];
      }
      bad++;
      invalid.add(r.error.code);
      command.note(`line ${where.line} (record ${where.record}): field "${field}" is not a valid Japanese phone number (${r.error.code}); left as it was`);
      return value;
    },
    summary() {
      const codes = invalid.entries().map(([c, n]) => `${c} ${n}`).join(', ');
      return [`phone numbers: ${valid} valid, ${bad} invalid${codes ? ` (${codes})` : ''}`];
    },
    notOk: () => bad,
    note: () => {},
  };
  return command;
}

function validate(m, values) {
  const columnOf = new Map(FORM_FIELDS.map((f) => [f, f]));
  if (values.map !== undefined) {
    for (const pair of list(values.map)) {
      const eq = pair.indexOf('=');
      const field = pair.slice(0, eq);
      if (eq <= 0 || !FORM_FIELDS.includes(field) || eq === pair.length - 1) {
        throw new UsageError(`--map takes field=column pairs with a field among ${FORM_FIELDS.join(', ')}; got "${pair}"`);
      }
      columnOf.set(field, pair.slice(eq + 1));
    }
  }
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
  return {
    mode: 'report',
    onHeader(header) {
      const missing = [...columnOf.values()].filter((c) => !header.includes(c));
      if (missing.length === columnOf.size) {
        throw new UsageError(`the CSV header has none of the form's columns (${[...columnOf.values()].join(', ')}); map them with --map`);
      }
    },
    evaluate(record, where) {
      const form = {};
      for (const [field, column] of columnOf) {
        const v = record[column];
        if (v === undefined || v === null) continue;
        if (typeof v === 'string') form[field] = v;
        else if (typeof v === 'number' || typeof v === 'boolean') form[field] = String(v);
        else throw new RecordError(`"${column}" is not text`);
      }
      const r = engineCall('validateForm', () => m.validateForm(form, formOptions));
      if (r.ok) ok++;
      else notOk++;
      for (const e of r.errors) issues.add(`${e.field}:${e.code}`);
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
}

module.exports = { commands: { redact, validate, normalize, phone }, KINDS, DEFAULT_KINDS, STYLES, PROFILES, FORM_FIELDS };
