'use strict';
// --help texts, one per command, each with examples that can be pasted as they are.

const IO = `Input and output:
  -i, --in FILE        read records from FILE; - (the default) is standard input
  -o, --out FILE       write to FILE; - (the default) is standard output
  -f, --format F       jsonl or csv; by default from the extension of --in
                       (.csv is CSV; anything else, or stdin, is JSON Lines)
      --strict         stop at the first record that cannot be read (exit 2)
      --rejects FILE   also write the records that could not be read, as they
                       were, to FILE (to fix them and run again)
  -q, --quiet          no summary, no progress bar (errors are still shown)
  -j, --jobs N         records processed by N threads: N - 1 workers and this
                       one (default: the number of cores); the output, messages
                       and summary are the same, in the same order
  -h, --help           this help

JSON Lines: one JSON object per line. CSV: UTF-8, a header line first; quotes,
commas and line breaks inside quoted fields are fine.
A record that cannot be read (broken JSON, wrong number of CSV fields, not UTF-8)
is reported on stderr with its line number, left out of the output, and the run
goes on. The summary on stderr counts records read, written and failed.`;

const TOP = `mamori — check and mask Japanese contact-form data

Usage: mamori <command> [options]

Commands:
  redact      mask sensitive numbers (My Number, insurance, cards, accounts…)
              in the given fields of every record of a JSONL or CSV export
  validate    check every record as a contact form; one result per record
  normalize   normalize Japanese text (width, kana, line breaks) in fields
  phone       parse Japanese phone numbers; rewrite phone fields to one format

Run "mamori <command> --help" for its options and examples.

Examples:
  mamori redact --in inquiries.jsonl --out inquiries.masked.jsonl
  mamori validate --in inquiries.csv --out results.csv
  mamori phone "０３ー１２３４ー５６７８"

Exit codes: 0 all records done (and, for validate and phone, all ok);
1 some records failed to read, or some forms or numbers are not ok;
2 wrong usage, a file that cannot be read or written, or a run that stopped.
Version: mamori --version`;

const REDACT = `Usage: mamori redact [options] [TEXT…]

Masks sensitive numbers in the given fields of every record and writes the
records back in the same format and order. Every other field is left exactly as
it was: in JSON Lines only the masked values change, byte for byte; in CSV a
record with nothing to mask is copied as it was read. With TEXT arguments, masks
each one and prints it on its own line (no files, no summary).

Options:
      --fields LIST    fields to mask, comma-separated (default: body)
      --kinds LIST     what to look for (default: every kind but phone and email;
                       "all" for every kind, "default,phone" to add one):
                       my_number, insurer_number, insured_number,
                       public_expense_payer, public_expense_recipient,
                       credit_card, bank_account, passport, residence_card,
                       drivers_license, pension_number, phone, email
      --style S        mask (default: every letter and digit becomes *, the
                       length stays), label (〔保険者番号〕…) or partial
      --keep-last N    with --style partial: letters/digits left visible at the
                       end (default 4)
${IO}

Summary: records read, written, failed, and findings per kind.

Examples:
  mamori redact --in inquiries.jsonl --out masked.jsonl
  mamori redact --in export.csv --out masked.csv --fields body,memo
  mamori redact --kinds all --style label < inquiries.jsonl > masked.jsonl
  cat export.csv | mamori redact --format csv --style partial --keep-last 4
  mamori redact "マイナンバーは 1234 5678 9018 です"`;

const VALIDATE = `Usage: mamori validate [options]

Checks every record as a contact form (the rules of validateForm) and writes
one result per record: {"line","record","id","ok","errors","warnings",
"disclosure"} as JSON Lines, or as CSV when --out ends in .csv (errors and
warnings as "field:code" words). Exit code 0 when every form is ok, 1 when some
are not or some records could not be read, 2 on usage or I/O errors.

The form's fields are read from the columns (JSON keys) inquiryType, name,
phone, email and body; a column that is missing counts as empty.

Options:
      --map PAIRS      take form fields from other columns: field=column,…
                       e.g. --map "inquiryType=種類,name=氏名,body=内容"
      --id COLUMN      column copied into each result as "id" (default: id)
      --form-options JSON
                       validateForm's options, as the site uses them, e.g.
                       '{"required":{"email":true},"maxLength":{"body":5000}}'
${IO}
The results go to --out in JSON Lines, or in CSV when --out ends in .csv
(standard output: the input's format).

Examples:
  mamori validate --in inquiries.jsonl --out results.jsonl
  mamori validate --in export.csv --out results.csv \\
    --map "inquiryType=お問い合わせの種類,name=氏名,phone=電話番号,email=メールアドレス,body=お問い合わせ内容"
  mamori validate --in inquiries.jsonl --quiet > /dev/null || echo "some forms are not ok"`;

const NORMALIZE = `Usage: mamori normalize [options] [TEXT…]

Normalizes Japanese text: full-width letters and digits to half-width,
half-width katakana to full-width, CRLF to LF, invisible characters removed
(profile text); plus one line and single spaces (name); plus hiragana to
katakana (kana). With TEXT arguments, prints each one normalized on its own
line. Otherwise rewrites the given fields of every record.

Options:
      --profile P      text (default), name or kana
      --fields LIST    fields to normalize (default: body); a field may name
                       its own profile: --fields name:name,kana:kana,body
${IO}

Examples:
  mamori normalize "ＴＥＬ：０３－１２３４－５６７８"
  mamori normalize --profile kana "やまだ たろう"
  mamori normalize --in export.csv --out clean.csv --fields name:name,furigana:kana,body`;

const PHONE = `Usage: mamori phone [options] [NUMBER…]

Parses Japanese phone numbers as people type them (full-width digits, any dash,
+81). With NUMBER arguments, prints one JSON result per number:
{"valid","type","e164","national","error"}; exit code 1 if any is invalid.
Otherwise rewrites the given fields of every record to one format; a number
that is not valid is left as it was and reported on stderr (exit code 1).

Options:
      --to F           national (default, 03-1234-5678) or e164 (+81312345678)
      --fields LIST    fields holding phone numbers (default: phone)
${IO}

Examples:
  mamori phone "０３ー１２３４ー５６７８" "+81 90-1234-5678"
  mamori phone --in export.csv --out fixed.csv --fields phone,mobile
  mamori phone --to e164 < inquiries.jsonl > inquiries.e164.jsonl`;

module.exports = { TOP, help: { redact: REDACT, validate: VALIDATE, normalize: NORMALIZE, phone: PHONE } };
