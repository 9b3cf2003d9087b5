//! Weighing one number: the evidence around it, nearest first, and the verdict.

use super::hotwords::{all_folded, any_folded, Evidence, Hot, Kind8};
use super::line::Line;
use super::parts::{first_part_before, part_word_before, Part};
use super::runs::Run;
use super::shape::{date_like, is_cjk, is_space_or_bracket};
use super::{
    names_speaker, Pass, Say, AFTER, BEFORE, FAR, GENERIC_MIN, HEADING_UP, LINES_UP, MIN_UNITS,
    TIGHT,
};

/// How many label lines a stack of them may have, and values below it.
const STACK: usize = 6;
/// The most labels a form copied column by column has ([`Pass::halves`]).
const HALF: usize = 12;
/// How many lines above a numbered answer its question is looked for
/// ([`Pass::numbered`]).
const NUMBERED_UP: usize = 30;
/// The most characters of a line of such a form.
const SHORT: usize = 20;
use crate::offsets::char_count;
use crate::prelude::*;
use crate::redact::chars::{is_alnum, is_hiragana, is_kana_or_kanji, is_space, unit, Unit};
use crate::redact::health;
use crate::redact::lines::Shape;
use crate::redact::{Finding, Kind};
use crate::substring::{all_chars, any_char};

/// What is masked so far, for reading the lines above a run as the masked output
/// will read them: the scanner's findings and those the pass added (each list sorted
/// and apart).
#[derive(Clone, Copy)]
pub(super) struct Hidden<'a> {
    pub found: &'a [Finding],
    pub added: &'a [Finding],
}

impl<'a> Hidden<'a> {
    /// The kind of the finding that holds part of bytes `from..to`, if one does.
    fn kind_over(&self, from: usize, to: usize) -> Option<&'a Kind> {
        // The last finding that starts before `to`: the earlier ones end before it.
        fn over(list: &[Finding], from: usize, to: usize) -> Option<&Kind> {
            // Those that start by `to - 1`: before `to`.
            let i = to
                .checked_sub(1)
                .map_or(0, |last| crate::redact::started_by(list, last));
            i.checked_sub(1)
                .and_then(|i| list.get(i))
                .filter(|f| from < f.end)
                .map(|f| &f.kind)
        }
        over(self.found, from, to).or_else(|| over(self.added, from, to))
    }

    /// The finding that ends last before byte `at`, if one does.
    pub(super) fn last_before(&self, at: usize) -> Option<&'a Finding> {
        let last = |list: &'a [Finding]| {
            list.get(..crate::redact::ended_by(list, at))
                .and_then(<[Finding]>::last)
        };
        match (last(self.found), last(self.added)) {
            (Some(a), Some(b)) => Some(if b.end > a.end { b } else { a }),
            (a, b) => a.or(b),
        }
    }

    /// Whether bytes `from..to` lie in part in a finding.
    pub(super) fn holds(&self, from: usize, to: usize) -> bool {
        self.kind_over(from, to).is_some()
    }
}

impl Pass<'_> {
    /// The kind the context gives `run` of line `li`, if it is to be masked.
    pub(super) fn judge(
        &mut self,
        li: usize,
        run: &Run,
        masked: &[(usize, usize)],
        hidden: Hidden<'_>,
    ) -> Option<Kind> {
        if run.wild > 0 && (run.digits <= 4 || (run.wild >= 4 && run.digits <= 10) || run.wild >= 7)
        {
            // Someone masked it already (`****-****-9018`, a card's first six and
            // last four left: `371313******5069`); or a whole value masked stands
            // beside a number, which is judged as it was beside the value
            // (`********* 00000000000`, a passport masked before it).
            return None;
        }
        // A number written after a `+` in a sentence is a phone number: another
        // country's (`+91 98450 12345`, `(+1 503 555 0187)`) is never a value of
        // these kinds, and Japan's (`+81-3-5155-8954`) only a phone number. Not a
        // `+` that starts a line (a diff's added row: `+2231,0134,…`).
        if run.plain_digits()
            && run.group_count() > 1
            && crate::redact::contact::plus_in_sentence(self.text, run.start) > 0
        {
            let japan = run.units().starts_with(b"81");
            return (japan && self.kinds.contains(&Kind::Phone)).then_some(Kind::Phone);
        }
        // A number of a pension number's shape (4 and 6 digits, `4989-348785`) in a
        // text where one was found: another person's (`お母さんの方は 4989-348785`).
        // Not one a negative word names, or a 番号 ending a name no word here
        // knows (`証明書番号 第 2024-118327 号`).
        let named_other = |p: &mut Self| {
            let line = p.line(li);
            let at = line.index(run.start);
            line.hots()
                .iter()
                .rev()
                .find(|h| h.to <= at)
                .is_some_and(|h| {
                    at - h.to <= 4
                        && (h.evidence == Evidence::Negative
                            || (h.evidence == Evidence::Generic && line.unknown_compound(h)))
                })
        };
        if run.plain_digits()
            && run.first_groups() == [4, 6]
            && pension_found(self.text, hidden)
            && !named_other(self)
        {
            return self
                .kinds
                .contains(&Kind::PensionNumber)
                .then_some(Kind::PensionNumber);
        }
        // A legend's label names even a short value parted by marks from the next
        // (`…／3775／…／03（…・記号・番号・枝番）`).
        let listed = self
            .legend
            .as_ref()
            .is_some_and(|l| l.line == li && l.say(run.start).is_some());
        // The parts of a card after its insurer's number, slashes between, read as a
        // date would (`01274109／7110／24／00`).
        if self.slashed_part(li, run, hidden) {
            return self
                .kinds
                .contains(&Kind::InsuredNumber)
                .then_some(Kind::InsuredNumber);
        }
        if (!listed && self.glued(run)) || self.never_a_value(run) {
            return None;
        }
        // Cheap shapes first: a short number is only ever an insurance card's
        // component, never a quantity (`8月`, `3錠`), and a quantity or date only a
        // value right behind its label.
        // Nor the first group of a value typed with odd marks between its groups
        // (`82／43／3392` is no, `628・1539` is).
        if run.alnum < MIN_UNITS
            && !listed
            && (self.quantity(run)
                || !(self.near_component_word(li, run.start)
                    || (self.starts_line(li, run)
                        && matches!(self.stacked(li), Some(Evidence::Component)))
                    || self.joined_after(li, run, 20) >= MIN_UNITS))
        {
            return None;
        }
        let near_only = self.quantity(run) || date_like(run, false);
        let mut far = false;
        let mut say = self.evidence(li, run, masked, hidden, &mut far, near_only);
        let generic = matches!(say, Say::Generic);
        // 番号 alone, a card's 記号 or 枝番 named on its line or just above, is the
        // card's number (`kigo=11892⏎SET bango = '11829'`, `field=bango old=162`).
        // Not a table's column (`No.` over the rows' numbers).
        if generic
            && run.alnum < GENERIC_MIN
            && self.column(li, run.start).is_none()
            && self.symbol_near(li)
        {
            say = Say::Component(false);
        }
        let (kind, tight) = match say {
            Say::Kind(k, tight) => (k, tight),
            Say::Component(tight) => {
                // Components are short: 番号 56, 枝番 01.
                let enough = if tight { 1 } else { 2 };
                let quantity = if tight {
                    self.quantity(run)
                } else {
                    self.not_a_value(run, true)
                };
                // A 記号's kana or kanji count (`"symbol": "千代田5"`).
                let long = run.alnum >= enough || self.symbol_prefix(li, run.start) < run.start;
                return (long && !quantity).then_some(Kind::InsuredNumber);
            }
            // 番号 alone says little: a longer number only.
            Say::Generic if run.alnum >= GENERIC_MIN => (Kind8::Insured, false),
            // A card printed in its groups and read by OCR with a letter for one
            // digit (`4757 0883 61B7 4391` under `(エンボス文字のOCR)`): its issuer
            // and check, the letter read as the digit it looks like.
            Say::Silent if misread_card(run) => {
                return self
                    .kinds
                    .contains(&Kind::CreditCard)
                    .then_some(Kind::CreditCard)
            }
            // A later part of a value said in parts takes the kind of the part
            // before it, its label far above (`マイナンバーの最初の8桁は 5733 9423
            // です⏎（…残りは後で）⏎→ 残り4桁わかりました: 5920`).
            Say::Silent => return self.later_part(li, run, hidden),
            Say::Generic | Say::Block => return None,
        };
        // A code led by one letter and a mark is a record's number, whatever word
        // is beside it (`通話 C-0313-047（口座振替）`); only a card's 記号 right
        // behind its word starts so (`記号 A-12`).
        let coded = run.group_count() > 1
            && run.first_groups().first() == Some(&1)
            && run.units().first().is_some_and(u8::is_ascii_uppercase)
            && matches!(
                self.text.get(run.start..).map(|t| {
                    let mut c = t.chars();
                    (c.next(), c.next())
                }),
                Some((Some(_), Some('-' | '－' | '‐')))
            );
        if coded && !(tight && kind == Kind8::Insured) {
            return None;
        }
        let (lo, hi) = kind.plausible();
        // Its length as written: a masked reading of it (`****`) weighs the same.
        let n = run.alnum + run.wild;
        // A card's number too short for a payment card, under an insurance card's
        // 記号, is the insurance card's (`card_symbol: 東京21⏎card_number: 88310`).
        // So is one after such a 記号 on its line (`"card_symbol":"27100314",
        // "card_no":"1086"`).
        if kind == Kind8::Card && matches!(n, 3..10) {
            // The line above (if any), then its own.
            for l in li.saturating_sub(1)..=li {
                let line = self.line(l);
                let at = if l == li {
                    line.index(run.start)
                } else {
                    usize::MAX
                };
                if line
                    .hots()
                    .iter()
                    .any(|h| h.to <= at && line.names_symbol(h))
                {
                    return Some(Kind::InsuredNumber);
                }
            }
        }
        // The rest of a value broken over the lines below counts toward its length
        // (they are masked after it, as its continuation).
        let n = if n < lo && run.wild == 0 {
            n + self.continued_below(li, run, hi + 2 - n)
        } else {
            n
        };
        // So do the runs it joins on its line by an odd mark (`9769~5055~7068`).
        let n = if n < lo && run.wild == 0 {
            n + self.joined_after(li, run, hi + 2 - n)
        } else {
            n
        };
        // Or a part of it, said as one (`上4桁は2663`, `次が0494`): as long as it.
        // A later part after a part of the same value, on its line or the two
        // above (not after a whole value: `旧カード末尾 4469`).
        let part = n < lo && run.plain_digits() && {
            let from = self.lines.get(li.saturating_sub(2)).map_or(0, |l| l.0);
            let start = self.line(li).start;
            match part_word_before(self.text, start, run.start)
                .or_else(|| self.column_part(li, run.start))
                .or_else(|| {
                    (run.alnum >= 3 && first_part_before(self.text, start, run.start))
                        .then_some(Part::First)
                }) {
                Some(Part::First) => true,
                Some(Part::Later) => hidden.last_before(run.start).is_some_and(|f| {
                    f.end > from && Kind8::of(&f.kind) == Some(kind) && units(self.text, f) < lo
                }),
                None => false,
            }
        };
        let n = if part { lo } else { n };
        // Or cut by a line break, the rest starting the next line, past a quote's
        // mark (`口座番号 8963⏎> 366`): as long as both.
        let n = if n < lo && n >= 3 && run.plain_digits() {
            let rest = self.wrapped_rest(li, run);
            if (lo..=hi).contains(&(n + rest)) {
                lo
            } else {
                n
            }
        } else {
            n
        };
        // A card's number in its column may be as short as its kind's shortest
        // (`被保険者番号` over `830`); not a group of an amount (`健康保険` over
        // `13,013`). The column is looked at only for a value that short.
        let b = self.text.as_bytes();
        let in_column = || {
            self.column_says(li, run.start, Evidence::Kind(kind))
                && !matches!(b.get(run.start.wrapping_sub(1)), Some(b',' | b'.'))
                && !matches!(b.get(run.end), Some(b',' | b'.'))
        };
        if n < MIN_UNITS.max(lo / 2 + 1) && (n < lo || !in_column()) {
            return None;
        }
        // A bank's code (four digits) or branch (three) is no account, however
        // close its word (`bank=0005`); nor a card's number two digits short that
        // does not go on below, a gate's or a shop's card (`card=9791491256 …`).
        let line_end = self.lines.get(li).map_or(run.end, |l| l.1);
        // Nor is a date written with its marks (`普通,2027-06-15`, an expiry in the
        // next cell).
        // Nor a bank's code and branch (`0009 450 ﾌﾂｳ 6520747`, 4 and 3 digits), nor
        // a securities account's branch and number (`証券口座（部店-口座）：307-268822`,
        // 3 and 6): an account has seven digits of its own.
        let codes = run.plain_digits() && matches!(run.first_groups(), [4, 3] | [3, 6]);
        if (kind == Kind8::Bank && (n < 5 || codes || date_like(run, false)))
            || (kind == Kind8::Card && n + 1 < lo && !self.only_space(run.end, line_end))
        {
            return None;
        }
        // A phone number under an account's or a card's word is the phone number
        // it reads as (`口座開設 0570-008-973`): an account has seven digits, a
        // card's number starts with no 0.
        if matches!(kind, Kind8::Bank | Kind8::Card) && self.is_phone(run) {
            return None;
        }
        // Nor is a phone number grouped as one a pension's (`保険年金課
        // 03-2350-6620`).
        let hyphened = || {
            crate::substring::all_chars(
                crate::substring::slice(self.text, run.start, run.end),
                |c| c.is_ascii_digit() || matches!(c, '-' | '－' | '‐' | '−' | '０'..='９'),
            )
        };
        if kind == Kind8::Pension && run.group_count() > 1 && hyphened() && self.is_phone(run) {
            return None;
        }
        // Nor is a code of letters a number of a kind written in digits alone
        // (`アクセスキー 7KQ2-M8XR-4P`, a job's step `KHCHK01 E 0412` before a
        // message `受給者番号チェックエラー`): two letters or more that OCR does not
        // read for digits. A card's 記号 and a document's number have letters: a
        // passport's under another kind's word is masked as that kind
        // (`免許証No … →PP MZ2O17740`).
        let digits_only = !matches!(
            kind,
            Kind8::Insured | Kind8::Passport | Kind8::Residence | Kind8::Card
        );
        if digits_only
            && !document_shaped(run.units())
            && run
                .units()
                .iter()
                .filter(|u| u.is_ascii_alphabetic() && !misread_digit(**u))
                .count()
                > 1
        {
            return None;
        }
        // A card's number has nineteen digits at most: a longer run is another
        // thing's (`ARN：46873446487647813070516`, a chargeback's reference), unless
        // it is a number pasted twice (`card_no: 52739007339801225273900733980122`).
        let units = run.units();
        let twice = units.len() == n && units.split_at_checked(n / 2).is_some_and(|(a, b)| a == b);
        if kind == Kind8::Card && n > hi + 1 && run.wild == 0 && !twice {
            return None;
        }
        // Nor is a run with letters a card's (`"cart":"162ae9373606"`), but for the
        // letters OCR reads for digits (`4O23 4O4O 9797 O437`), or a document's
        // number under a card's word (`新カード番号：VC7098834DG`, a residence
        // card's, two letters first).
        let misread = |u: &u8| u.is_ascii_digit() || misread_digit(*u);
        let document = matches!(units, [a, b, c, ..]
            if a.is_ascii_uppercase() && b.is_ascii_uppercase() && !c.is_ascii_uppercase());
        if kind == Kind8::Card && !units.iter().all(misread) && !document {
            return None;
        }
        // A passport's number has eight letters and digits or more (a German
        // one's nine: `C4J7K2M9P`): six or fewer are a flight's or a booking's
        // (`CI 221`, `YSH7GV`).
        // (Its letters said apart count: `MEの270798`.)
        if kind == Kind8::Passport
            && run.alnum + run.wild <= 6
            && super::letters_before(self.text, run.start) == run.start
        {
            return None;
        }
        if !tight {
            if n + 2 < lo || n > hi + 4 {
                return None;
            }
            if self.not_a_value(run, generic || far) {
                return None;
            }
        }
        if kind == Kind8::Phone {
            // A phone number, even mistyped, is digits from a leading 0. Masked
            // characters may have been letters (`0000000 TK1234567` masked is
            // `0000000 *********`): a run with them is not judged one, so that the
            // masked output reads as the text did.
            // Or from the country code after a `+` (`+81 90‐0283‐9810`).
            let international = || {
                run.units().starts_with(b"81")
                    && run.digits == run.alnum
                    && self.plus_before(run.start) > 0
            };
            // Or in a column a phone's word names, stored as a number that lost its
            // leading 0 (`9056619118`, a spreadsheet's).
            let zero_lost = || {
                let units = run.units();
                let mut d = [b'0'; 11];
                run.digits == run.alnum
                    && run.group_count() == 1
                    && matches!(units.len(), 9..=10)
                    && self.column_says(li, run.start, Evidence::Kind(Kind8::Phone))
                    && d.get_mut(1..=units.len()).is_some_and(|slot| {
                        // By element: `copy_from_slice` would bring a panic's
                        // message into the browser build.
                        for (to, &from) in slot.iter_mut().zip(units) {
                            *to = from;
                        }
                        true
                    })
                    && crate::phone::digits_are_phone(d.get(..=units.len()).unwrap_or(&[]))
            };
            return (run.wild == 0
                && (run.is_digits_from_zero() || international() || zero_lost()))
            .then_some(Kind::Phone);
        }
        // A phone number under a word that names a card's number is one too (`番号は
        // 書かなくてもいいですか？⏎日中は 070-3648-7099`); not in a column its
        // header names (`| 介護保険 | 227009 | 0256305742 |` under 被保険者番号).
        if !tight
            && (generic || far || kind == Kind8::Insured)
            && self.is_phone(run)
            && !matches!(
                self.column(li, run.start),
                Some((_, Some(Evidence::Kind(_))))
            )
        {
            return None;
        }
        Some(kind.kind())
    }

    /// Whether no value stands before `run` on its line `li` (a time or a date may,
    /// and a row's number of three digits at most that starts the line, a word
    /// between: `04　吉田 隆　39223619417`).
    fn first_value(&mut self, li: usize, run: &Run) -> bool {
        for ri in 0..self.line(li).runs.len() {
            match self.line(li).runs.get(ri).copied() {
                Some(r) if r.end <= run.start => {
                    // (A word between them, a name: not `2 / 327804`, a table's
                    // first two cells.)
                    let row_number = ri == 0
                        && r.alnum <= 3
                        && r.digits == r.alnum
                        && self.leads_line(li, r.start)
                        && any_char(crate::substring::slice(self.text, r.end, run.start), |c| {
                            crate::redact::chars::is_kana_or_kanji(c) || c.is_ascii_alphabetic()
                        });
                    if !(row_number || self.glued(&r) || self.not_a_value(&r, true)) {
                        return false;
                    }
                }
                _ => break,
            }
        }
        true
    }

    /// What value `above`, the last value of a line above `run` with none between,
    /// says of `run` when it is masked: a number of the same kind and about the same
    /// length is the next of a list under one label, or its correction; after a
    /// card's component, a generic word before `run` (`pending`: where it starts
    /// and whether it is tight) names the next component (`Symbol: 2714⏎Number:
    /// 96`).
    fn sibling(
        &self,
        above: &Run,
        run: &Run,
        hidden: Hidden<'_>,
        pending: Option<(usize, bool)>,
    ) -> Option<Say> {
        let kind = Kind8::of(hidden.kind_over(above.start, above.end)?)?;
        if let Some((_, tight)) = pending {
            return (kind == Kind8::Insured).then_some(Say::Component(tight));
        }
        // A card's components differ; its whole numbers in a list are alike
        // (`父：1619-008909⏎母：6613-417220`). A public expense's numbers are digits
        // alone (not `C-67034`, an order's, under a 受給者番号).
        let digits = run.digits + run.wild == run.alnum + run.wild;
        let public = matches!(kind, Kind8::Payer | Kind8::Recipient);
        (alike(above, run)
            && (kind != Kind8::Insured || run.alnum + run.wild >= 8)
            && (digits || !public))
            .then_some(Say::Kind(kind, false))
    }

    /// The kind of `run` in a row of values under a row alike: when line `li` and
    /// the line right above it hold as many values, each of about the shape of the
    /// one in its place, after about as much text, and the one in `run`'s place
    /// above is masked, `run` is of its kind (`長男 9歳　88124094　9745399⏎次男 6歳
    /// 88124094　1056118` under a header the first row only reaches).
    pub(super) fn row_above(&mut self, li: usize, run: &Run, hidden: Hidden<'_>) -> Option<Kind> {
        let above = li.checked_sub(1)?;
        // Rows have no word of their own, and the values four characters at least,
        // none of them masked before (a card's last four after `************`) nor
        // found in part (a passport's run that goes on into its expiry); a phone
        // number is what it looks like.
        let plain = |r: &Run| r.wild == 0 && r.alnum >= 4;
        // First what costs nothing: a value masked on the line above.
        let &(above_start, above_end) = self.lines.get(above)?;
        if !plain(run)
            || !hidden.holds(above_start, above_end)
            || hidden.holds(run.start, run.end)
            || self.is_phone(run)
            || !self.same_words(li, above)
        {
            return None;
        }
        let values = |p: &mut Self, l: usize| {
            let mut values = Vec::new();
            for i in 0..p.line(l).runs.len() {
                if let Some(r) = p.line(l).runs.get(i).copied() {
                    if !p.glued(&r) && !p.not_a_value(&r, true) {
                        values.push(r);
                    }
                }
            }
            values
        };
        let (row, over) = (values(self, li), values(self, above));
        let nth = row.iter().position(|r| r.start == run.start)?;
        if row.len() != over.len() || !row.iter().zip(&over).all(|(a, b)| alike(a, b)) {
            return None;
        }
        // What stands before the first value is alike too (`長男 9歳`, `次男 6歳`), not
        // a label of its own (`住民票コード` under `個人番号`).
        let lead = |l: usize, r: &Run| {
            let from = self.lines.get(l).map_or(0, |&(s, _)| s);
            char_count(crate::substring::slice(self.text, from, r.start))
        };
        if let (Some(a), Some(b)) = (row.first(), over.first()) {
            if lead(li, a).abs_diff(lead(above, b)) > 1 {
                return None;
            }
        }
        let counterpart = over.get(nth).filter(|r| plain(r))?;
        let kind = hidden.kind_over(counterpart.start, counterpart.end)?;
        Kind8::of(kind).map(Kind8::kind)
    }

    /// Whether lines `a` and `b` have the same words, in the same order: none, or
    /// a row's key again that names no kind (`家族会員（長男）`, `家族会員（長女）`,
    /// `照会番号` after each value of a list).
    fn same_words(&mut self, a: usize, b: usize) -> bool {
        // The line's words, each character and each word's end, hashed (FNV-1a):
        // the lines are read one at a time.
        let words = |p: &mut Self, l: usize| {
            let line = p.line(l);
            let chars = &line.folded().chars;
            let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
            for h in line.hots() {
                if !matches!(h.evidence, Evidence::Negative | Evidence::Generic) {
                    // A line's own label: no line's but its own.
                    return None;
                }
                let word = chars.get(h.from..h.to).unwrap_or(&[]);
                for c in word.iter().map(|&(c, _)| u64::from(c)).chain([u64::MAX]) {
                    hash = (hash ^ c).wrapping_mul(0x100_0000_01b3);
                }
            }
            Some(hash)
        };
        words(self, a).is_some_and(|x| words(self, b) == Some(x))
    }

    /// The lines `top..end` around line `li` that `row` says are rows of one stack
    /// (`li` among them, [`STACK`] at most).
    fn stack(&mut self, li: usize, row: impl Fn(&mut Self, usize) -> bool) -> (usize, usize) {
        let (mut top, mut end) = (li, li + 1);
        while top > 0 && li - top < STACK && row(self, top - 1) {
            top -= 1;
        }
        while end < self.lines.len() && end - top < STACK && row(self, end) {
            end += 1;
        }
        (top, end)
    }

    /// The label of the value that starts line `li` under a stack of label lines
    /// whose values follow in the same order (a form read by OCR:
    /// `公費負担者番号⏎受給者番号⏎15111883⏎8411647`): the values and the last labels
    /// pair up, the word that names something on the label line as many lines
    /// above `li` as there are values.
    fn stacked(&mut self, li: usize) -> Option<Evidence> {
        // A line that starts with a value (not a date or an amount, nor an
        // address, found or masked: `taro@…`, `****@…`).
        let starts_value = |p: &mut Self, l: usize| {
            let Some(r) = p.line(l).runs.first().copied() else {
                return false;
            };
            let address = matches!(crate::substring::char_at(p.text, r.end), Some('@' | '＠'));
            p.leads_line(l, r.start) && !address && !p.not_a_value(&r, true)
        };
        let (top, end) = self.stack(li, starts_value);
        let values = end - top;
        // A rule or a blank line may part the labels from the values
        // (`番号⏎------⏎835957`): a line of neither words nor values.
        let ruled = top > 0 && {
            let l = self.line(top - 1);
            l.runs.is_empty() && l.hots().is_empty()
        };
        let top = top - usize::from(ruled);
        let mut labels = top;
        let mut card = false;
        while labels > 0 && top - labels < values {
            // A label line: no value, a word that names a kind or a component, or
            // a 番号 under a card's words (`記号⏎番号`).
            let above = self.line(labels - 1);
            let Some(e) = label_word(above) else {
                break;
            };
            if !above.runs.is_empty() || named_in_aside(above) {
                break;
            }
            card |= card_word(e);
            labels -= 1;
        }
        if values < 2 {
            return self.halves(li);
        }
        if top - labels < values {
            return self
                .listed(top, li - (top + usize::from(ruled)), values)
                .or_else(|| self.halves(li));
        }
        let label = self.line(li - values - usize::from(ruled));
        stacked_label(label_word(label)?, card)
    }

    /// The label of the value that starts line `li` in a form copied from a PDF
    /// column by column: a block of short lines, its labels in the first half and
    /// their values in the same order in the second, a name or a date among them
    /// (`氏名⏎生年月日⏎マイナンバー⏎北村 美和⏎1991/02/27⏎318377042018`). A title over
    /// the block or a line under it (`よろしくお願いします。`) is left out of it.
    fn halves(&mut self, li: usize) -> Option<Evidence> {
        let text = self.text;
        let short = |p: &Self, l: usize| {
            p.lines.get(l).is_some_and(|&(s, e)| {
                let line = crate::substring::slice(text, s, e);
                !crate::substring::trim(line).is_empty() && char_count(line) <= SHORT
            })
        };
        // A cheap look first: the value's line and the one above are short.
        if li == 0 || !short(self, li) || !short(self, li - 1) {
            return None;
        }
        let (mut top, mut end) = (li, li + 1);
        while top > 0 && li - top < 2 * HALF && short(self, top - 1) {
            top -= 1;
        }
        while end < self.lines.len() && end - top < 2 * HALF && short(self, end) {
            end += 1;
        }
        // Even, without the first line or the last when it is odd.
        let odd = (end - top) % 2;
        for k in 0..=odd {
            let (top, end) = if k == 0 {
                (top + odd, end)
            } else {
                (top, end - 1)
            };
            let half = (end - top) / 2;
            if half < 3 || li < top + half || li >= end {
                continue;
            }
            // Labels without a value, two of them at least naming something.
            let (mut named, mut card, mut values) = (0, false, true);
            for l in top..top + half {
                let line = self.line(l);
                values &= line.runs.is_empty();
                if let Some(e) =
                    label_word(line).filter(|&e| card_word(e) || matches!(e, Evidence::Kind(_)))
                {
                    named += 1;
                    card |= card_word(e);
                }
            }
            if values && named >= 2 {
                return stacked_label(label_word(self.line(li - half))?, card);
            }
        }
        None
    }

    /// The label of a value that answers by its number a list of what is asked
    /// (`① 保険者番号⏎② 被保険者証の記号 … ⏎①01273002⏎②29599208`): the word of the
    /// line above that starts with the same circled number and holds no value.
    fn numbered(&mut self, li: usize, run: &Run) -> Option<Evidence> {
        let text = self.text;
        let &(ls, _) = self.lines.get(li)?;
        let lead = crate::substring::trim_start(crate::substring::slice(text, ls, run.start));
        let mark = crate::substring::char_at(lead, 0).filter(|c| matches!(c, '①'..='⑳'))?;
        // Only the mark, and a space or a colon, before the value.
        if !crate::substring::all_chars(
            crate::substring::slice(lead, mark.len_utf8(), lead.len()),
            |c| is_space(c) || matches!(c, ':' | '：' | '.' | '．'),
        ) {
            return None;
        }
        let (mut card, mut label) = (false, None);
        for l in (li.saturating_sub(NUMBERED_UP)..li).rev() {
            let &(s, e) = self.lines.get(l)?;
            let first = crate::substring::char_at(
                crate::substring::trim_start(crate::substring::slice(text, s, e)),
                0,
            );
            if !first.is_some_and(|c| matches!(c, '①'..='⑳')) {
                continue;
            }
            let line = self.line(l);
            let Some(e) = label_word(line).filter(|_| line.runs.is_empty()) else {
                continue;
            };
            card |= card_word(e);
            if first == Some(mark) && label.is_none() {
                label = Some(e);
            }
        }
        stacked_label(label?, card)
    }

    /// Whether the value that starts line `li` stands under stacked labels that
    /// name its kind.
    pub(super) fn stacked_kind(&mut self, li: usize) -> bool {
        matches!(self.stacked(li), Some(Evidence::Kind(_)))
    }

    /// The label of the `nth` of `values` values stacked under line `top` when that
    /// line names them all, in their order, and holds no value
    /// (`保険者番号、記号、番号を送ります⏎06132013⏎7120⏎33`): its words pair up with
    /// the values. A 番号 among a card's words is a component; a word that names no
    /// value (注文番号) names none here either.
    fn listed(&mut self, top: usize, nth: usize, values: usize) -> Option<Evidence> {
        let line = self.line(top.checked_sub(1)?);
        if !line.runs.is_empty() {
            return None;
        }
        let (mut n, mut card, mut word) = (0, false, None);
        for h in line.hots() {
            // A 番号 at the end of a word that names something is one label with it
            // (`保険者番号`).
            if matches!(h.evidence, Evidence::Generic) && !own_word(line, h.from) {
                continue;
            }
            if n == nth {
                word = Some(h.evidence);
            }
            card |= card_word(h.evidence);
            n += 1;
        }
        stacked_label(word.filter(|_| n == values)?, card)
    }

    /// Whether only white space and brackets stand before byte `at` on line `li`, or
    /// before the kana or kanji of a 記号 leading the digits there (`イ55`), looked
    /// for only when something stands before them.
    fn leads_line(&mut self, li: usize, at: usize) -> bool {
        let text = self.text;
        let start = self.lines.get(li).map_or(0, |&(s, _)| s);
        let led = |to: usize| {
            text.get(start..to)
                .is_some_and(|s| all_chars(s, is_space_or_bracket))
        };
        led(at) || led(self.symbol_prefix(li, at))
    }

    /// The kind the next line names for `run`, alone on line `li` or in its chat
    /// message: the line (the message of the same speaker) starts with a kind's word,
    /// maybe after a mark or a few kana pointing at the value, and has no value of
    /// its own (`3125437⏎普通です`, `15:43 私: 3125437⏎15:44 私: ↑口座番号です`,
    /// `3125437⏎（これが口座番号）`).
    fn named_below(&mut self, li: usize, run: &Run) -> Option<Kind8> {
        let text = self.text;
        let (&(ls, le), &(ns, _)) = (self.lines.get(li)?, self.lines.get(li + 1)?);
        let lead = text.get(ls..run.start)?;
        // Or in the 第…号 a licence prints its number in (`第460106580010号⏎（免許証の
        // 番号部分…）`).
        let wrapped = licence_form(text, (ls, le), run);
        let body = if wrapped { ns } else { ns + lead.len() };
        let led = wrapped || crate::substring::trim(lead).is_empty() || names_speaker(lead);
        // Five letters or digits at least: no year or count (`2026⏎保険証を…`).
        if run.alnum < 5
            || !led
            || !(wrapped || self.only_space(run.end, le))
            || !text.is_char_boundary(body)
            || !(wrapped || self.same_lead((ls, run.start), (ns, body)))
        {
            return None;
        }
        let below = self.line(li + 1);
        // A length it says is none (`（受給者証 右上の7桁）`).
        if below
            .runs
            .iter()
            .any(|r| r.end > body && !a_length(text, r))
        {
            return None;
        }
        let h = below
            .hots()
            .iter()
            .find(|h| below.folded().at(h.from) >= body)?;
        let gap = text.get(body..below.folded().at(h.from))?;
        // A mark or two before the word (`↑`), or a few words of kana and brackets
        // that point at the value (`（これがマイナンバー）`, `※それは口座番号`), with a
        // word of one character for whose it is at most (`これが私の個人番号です`).
        let n = char_count(gap);
        let pointing = n <= 2
            || (n <= 8
                && crate::substring::count_chars(gap, |c| !is_hiragana(c) && is_alnum(c)) <= 1);
        match h.evidence {
            Evidence::Kind(k) if pointing => Some(k),
            _ => None,
        }
    }

    /// The label of a value alone on line `li` in a stack of such lines (each after
    /// the same lead: nothing, or a chat message's time or speaker), when the line
    /// right under the stack names them from the top down and holds no value
    /// (`14:02 39341367⏎14:03 41789074⏎14:03 さっきの上が保険者番号、下が被保険者番号です`,
    /// `…⏎上から保険者番号、被保険者番号の順です`): a 上 says the order.
    fn ordered_below(&mut self, li: usize, run: &Run) -> Option<Evidence> {
        let text = self.text;
        let &(ls, le) = self.lines.get(li)?;
        let lead = text.get(ls..run.start)?;
        let led = crate::substring::trim(lead).is_empty()
            || names_speaker(lead)
            || lead
                .bytes()
                .all(|b| b.is_ascii_digit() || b" :[]()".contains(&b));
        if run.alnum < 5 || !led || !self.only_space(run.end, le) {
            return None;
        }
        // A value of five letters or digits or more ends the line, after the lead.
        let alone = |p: &mut Self, l: usize| {
            let Some(&(s, e)) = p.lines.get(l) else {
                return false;
            };
            let Some(r) = p.line(l).runs.last().copied() else {
                return false;
            };
            r.alnum >= 5 && p.only_space(r.end, e) && p.same_lead((s, r.start), (ls, run.start))
        };
        let (top, end) = self.stack(li, alone);
        let values = end - top;
        let &(ns, ne) = self.lines.get(end)?;
        let body = ns + lead.len();
        if values < 2
            || !text.is_char_boundary(body)
            || !self.same_lead((ns, body), (ls, run.start))
            || !text
                .get(body..ne)
                .is_some_and(|l| crate::substring::contains(l, "上"))
        {
            return None;
        }
        // Nor a value of its own, written or masked (the output read again reads
        // as the text did).
        let below = self.line(end);
        if below
            .runs
            .iter()
            .any(|r| r.start >= body && r.alnum + r.wild >= 2)
        {
            return None;
        }
        let (mut n, mut card, mut word) = (0, false, None);
        for h in below.hots() {
            // A 番号 at the end of a word that names something is one label with it.
            if below.folded().at(h.from) < body
                || (matches!(h.evidence, Evidence::Generic) && !own_word(below, h.from))
            {
                continue;
            }
            if n == li - top {
                word = Some(h.evidence);
            }
            card |= card_word(h.evidence);
            n += 1;
        }
        stacked_label(word.filter(|_| n == values)?, card)
    }

    /// The label a line by line `li` (the next two, or the one before) gives `run`
    /// by its length: a count of digits as long as `run`, its 桁, and a kind's or
    /// a card's word right after (`「81175648」と「9609595」…⏎上の8けたが公費負担者番号、
    /// 下の7けたが受給者番号`).
    fn named_by_length(&mut self, li: usize, run: &Run) -> Option<Evidence> {
        if !run.plain_digits() || !(5..=19).contains(&run.alnum) {
            return None;
        }
        let text = self.text;
        for l in [li + 1, li + 2, li.wrapping_sub(1)] {
            if l >= self.lines.len() {
                continue;
            }
            let line = self.line(l);
            for r in &line.runs {
                // Two digits at most: their value fits.
                if r.alnum > 2 || r.digits != r.alnum {
                    continue;
                }
                let n = r
                    .units()
                    .iter()
                    .fold(0, |a, &d| a * 10 + usize::from(d.wrapping_sub(b'0')));
                if n != run.alnum || !a_length(text, r) {
                    continue;
                }
                let at = line.index(r.end);
                let h = line
                    .hots()
                    .iter()
                    .find(|h| h.from >= at && h.from - at <= 6)?;
                return matches!(h.evidence, Evidence::Kind(_) | Evidence::Component)
                    .then_some(h.evidence);
            }
        }
        None
    }

    /// Whether `run` is a part of a card written after its insurer's number (or
    /// another long number of the card), a slash between each (`01274109／7110／24／
    /// 00`), or a family's 枝番 after another as long (`枝番が 00/01/02`): back over
    /// the parts found to the long one or the 枝番.
    fn slashed_part(&mut self, li: usize, run: &Run, hidden: Hidden<'_>) -> bool {
        let text = self.text;
        if !run.plain_digits()
            || run.alnum > 8
            || !matches!(
                crate::substring::char_before(text, run.start),
                Some('/' | '／')
            )
        {
            return false;
        }
        let mut at = run.start;
        for r in self
            .line(li)
            .runs
            .iter()
            .rev()
            .filter(|r| r.end <= run.start)
        {
            let slash = matches!(text.get(r.end..at), Some("/" | "／"));
            let card = matches!(
                hidden.kind_over(r.start, r.end),
                Some(Kind::InsurerNumber | Kind::InsuredNumber)
            );
            if !slash || !card {
                return false;
            }
            if r.alnum + r.wild >= 6 || (run.alnum <= 3 && r.alnum + r.wild == run.alnum) {
                return true;
            }
            at = r.start;
        }
        false
    }

    /// Whether `run`, three digits at most, follows on line `li` a card's component
    /// of as many that was found, a person's word between (`枝番が 夫 00 私 01 長男
    /// 02`): the next of one family's list.
    fn listed_beside(&mut self, li: usize, run: &Run, hidden: Hidden<'_>) -> bool {
        if !run.plain_digits() || run.alnum > 3 {
            return false;
        }
        let text = self.text;
        let Some(prev) = self
            .line(li)
            .runs
            .iter()
            .rev()
            .find(|r| r.end <= run.start)
            .copied()
        else {
            return false;
        };
        let gap = text.get(prev.end..run.start).unwrap_or("");
        let word = crate::substring::trim(gap);
        prev.alnum + prev.wild == run.alnum
            && hidden.kind_over(prev.start, prev.end) == Some(&Kind::InsuredNumber)
            && gap.starts_with(' ')
            && gap.ends_with(' ')
            && (1..=3).contains(&char_count(word))
            && all_chars(word, is_kana_or_kanji)
    }

    /// Where the column name of the value at byte `at` of line `li` stands, when the
    /// line is an SQL `INSERT INTO t (a, b, c) VALUES (1, '2', 3)`: the name in the
    /// list before `VALUES` at the place of the value in its parentheses (commas in
    /// quotes aside). Whether the line is one is read once.
    fn sql_name(&mut self, li: usize, at: usize) -> Option<core::ops::Range<usize>> {
        let (ls, le) = *self.lines.get(li)?;
        let line = self.text.get(ls..le)?.as_bytes();
        let open_before = |to: usize| line.get(..to)?.iter().rposition(|&b| b == b'(');
        if self.sql.is_none_or(|(l, _)| l != li) {
            let values = line
                .windows(8)
                .position(|w| w == b") VALUES" || w == b") values");
            let open = values.and_then(|v| Some((open_before(v)? + 1, v)));
            self.sql = Some((li, open));
        }
        let (open, values) = self.sql?.1?;
        let at = at.checked_sub(ls)?;
        // The place of the value in its parentheses, and the name at that place.
        let mut index = super::sql_dump::place_in_tuple(line, values + 1, at)?;
        let mut from = open;
        for (i, &b) in line.get(..values)?.iter().enumerate().skip(open) {
            if b == b',' {
                if index == 0 {
                    return Some(ls + from..ls + i);
                }
                index -= 1;
                from = i + 1;
            }
        }
        (index == 0).then_some(ls + from..ls + values)
    }

    /// Whether `run` starts line `li` and a word that names a kind stands after it:
    /// a record of its own, numbered first (`004 9422066896 ｻﾄｳ ﾊﾅｺ 05 ｻﾞｲﾘｭｳ NO
    /// …`).
    fn leads_record(&mut self, li: usize, run: &Run) -> bool {
        let Some(&(ls, _)) = self.lines.get(li) else {
            return false;
        };
        if !self.only_space(ls, run.start) {
            return false;
        }
        let line = self.line(li);
        let from = line.index(run.end);
        line.hots()
            .iter()
            .any(|h| h.from >= from && matches!(h.evidence, Evidence::Kind(_)))
    }

    /// Whether `run` starts line `li`, but for a 記号's few kana or kanji before it.
    fn starts_line(&self, li: usize, run: &Run) -> bool {
        self.lines
            .get(li)
            .is_some_and(|&(ls, _)| run.start.saturating_sub(ls) <= 4 * 3)
    }

    /// Whether a card's 記号 or 枝番 is named on line `li` or on one of the three
    /// lines above it; or its insurer's number, on one of those above
    /// (`保険者番号 06425638⏎（…）⏎番号は　1204　です`).
    fn symbol_near(&mut self, li: usize) -> bool {
        (li.saturating_sub(3)..=li).any(|l| {
            let text = self.lines.get(l).and_then(|&(s, e)| self.text.get(s..e));
            let symbol = text.is_some_and(super::shape::may_name_symbol) && {
                let line = self.line(l);
                line.hots().iter().any(|h| {
                    matches!(h.evidence, Evidence::Component)
                        && line
                            .folded()
                            .chars
                            .get(h.from)
                            .is_some_and(|&(c, _)| c != '番')
                })
            };
            symbol
                || (l < li
                    && self
                        .line(l)
                        .hots()
                        .iter()
                        .any(|h| matches!(h.evidence, Evidence::Kind(Kind8::Insurer)))
                    && self.says_bangou(li))
        })
    }

    /// Whether line `li` has a 番号 of its own (not `No`, which numbers rows).
    fn says_bangou(&mut self, li: usize) -> bool {
        let line = self.line(li);
        line.hots().iter().any(|h| {
            matches!(h.evidence, Evidence::Generic)
                && own_word(line, h.from)
                && line
                    .folded()
                    .chars
                    .get(h.from)
                    .is_some_and(|&(c, _)| c == '番')
        })
    }

    /// The kind (or a card's component: `記号⇥5310⇥1234`, one person a column) a
    /// word in the first cell of table row `li` names, if one does, when byte `at`
    /// stands in a later cell: the row's key; or one in the cell right before
    /// `at`'s, a column of kinds beside their numbers (`| 運転免許証 |
    /// 500201692293 |` under `| 書類種別 | 書類番号 |`).
    pub(super) fn row_key(&mut self, li: usize, at: usize) -> Option<Evidence> {
        let key_end = self.key_cell_end(li)?;
        if at < key_end {
            return None;
        }
        let d = self.table.as_ref().map(|t| t.delimiter);
        // A key two cells before names a value and its change (`jukyusha_no,
        // 2351955,2757763`), not a column a header says is none (`普通,3479365,23217`
        // under `…,種別,口座番号,精算額`).
        let negative = self.column_says(li, at, Evidence::Negative);
        let line = self.line(li);
        let at = line.index(at);
        let mut generic = false;
        for h in line.hots().iter().rev() {
            let key = line.folded().at(h.to) <= key_end;
            generic |= key && matches!(h.evidence, Evidence::Generic);
            let component = matches!(h.evidence, Evidence::Component);
            if !matches!(h.evidence, Evidence::Kind(_)) && !component {
                continue;
            }
            // A card's brand alone in its cell is the row's brand, not the name of
            // a number (`JCB,33000,1014384812190705` under `ブランド,金額,取引ID`).
            let word = line.folded().chars.get(h.from..h.to).unwrap_or(&[]);
            let alone = match line.folded().chars.get(h.to) {
                None => true,
                Some(&(c, _)) => Some(c) == d || c == ' ',
            };
            if alone
                && BRANDS
                    .iter()
                    .any(|b| b.chars().eq(word.iter().map(|&(c, _)| c)))
            {
                continue;
            }
            // The cell right before, or the one before a value there (`column,
            // old_value,new_value`: `jukyusha_no,2351955,2757763`).
            let cells = line.folded().chars.get(h.to..at).unwrap_or(&[]);
            let crossed = cells.iter().filter(|&&(c, _)| Some(c) == d).count();
            // (There the word ends its cell, its `_no` or 番号 aside: a name that
            // holds such a word is no key, `イオンクレジットサービス株式会社,<card>,<contract>`.)
            let ends_cell = || {
                cells
                    .iter()
                    .position(|&(c, _)| Some(c) == d)
                    .is_some_and(|n| n <= 3)
            };
            if key
                || (!component
                    && (crossed == 1
                        || (crossed == 2 && !negative && a_value_between(cells, d) && ends_cell())))
            {
                return Some(h.evidence);
            }
        }
        // A 番号 keys a card's number between its 記号 and 枝番 rows.
        let beside =
            |p: &mut Self, l: usize| p.lines.get(l).is_some() && p.line(l).names_component();
        (generic && li > 0 && beside(self, li - 1) && beside(self, li + 1))
            .then_some(Evidence::Component)
    }

    /// Whether the last value in the four lines above line `li` is masked as a
    /// card's 記号 or 番号 (a note and a rule may stand between: `ばんごう 296⏎（手で
    /// うちました）⏎──⏎ばんごう まちがえてました⏎ただしくは 496`).
    fn insured_above(&mut self, li: usize, hidden: Hidden<'_>) -> bool {
        for lj in (li.saturating_sub(4)..li).rev() {
            let Some(r) = self.line(lj).runs.last().copied() else {
                continue;
            };
            return matches!(hidden.kind_over(r.start, r.end), Some(Kind::InsuredNumber));
        }
        false
    }

    /// The kind a word names right before byte `at` of line `li` (at most
    /// [`TIGHT`] characters before, two of them kana or kanji), in the same cell of
    /// a table parted by `delimiter`.
    fn kind_in_cell(&mut self, li: usize, at: usize, delimiter: Option<char>) -> Option<Kind8> {
        let line = self.line(li);
        let at = line.index(at);
        let h = line.hots().iter().rev().find(|h| h.to <= at)?;
        let between = line.folded().chars.get(h.to..at)?;
        let apart = delimiter.is_some_and(|d| between.iter().any(|&(c, _)| c == d));
        let near = at - h.to <= TIGHT && between.iter().filter(|&&(c, _)| is_cjk(c)).count() <= 2;
        match h.evidence {
            Evidence::Kind(k) if near && !apart => Some(k),
            _ => None,
        }
    }

    /// How many digits the first run of the line after line `li` has, when `run`
    /// ends line `li` and that run, plain digits, starts the next one (past spaces
    /// and a quote's `>`) and ends it or goes on with words (`9113です`, `366 名義`);
    /// else 0.
    /// Not in a table, nor on lines with a table's delimiter: each row is a record.
    fn wrapped_rest(&mut self, li: usize, run: &Run) -> usize {
        let (Some(&(_, le)), Some(&(ns, ne))) = (self.lines.get(li), self.lines.get(li + 1)) else {
            return 0;
        };
        let delimited = |s: Option<&Shape>| s.is_none_or(|s| s.delimiter().is_some());
        if self.table.is_some()
            || delimited(self.shapes.get(li))
            || delimited(self.shapes.get(li + 1))
            || !self.only_space(run.end, le)
        {
            return 0;
        }
        let text = self.text;
        match self.line(li + 1).runs.first().copied() {
            Some(n)
                if n.plain_digits()
                    && self.only_space(ns, n.start)
                    && (self.only_space(n.end, ne)
                        || crate::substring::char_at(text, n.end).is_some_and(is_hiragana)
                        || (crate::substring::char_at(text, n.end).is_some_and(is_space)
                            && crate::substring::char_at(text, n.end + 1)
                                .is_some_and(|c| !c.is_ascii()))) =>
            {
                n.alnum
            }
            _ => 0,
        }
    }

    /// The kind a word names right after an arrow pointing up (`↑`, `⬆`) near the
    /// start of the line after line `li` (a message's sender and quote before it).
    fn pointed_from_below(&mut self, li: usize) -> Option<Kind8> {
        let &(s, e) = self.lines.get(li + 1)?;
        let head = crate::substring::slice(self.text, s, e.min(s + 24));
        if !(crate::substring::contains(head, "↑") || crate::substring::contains(head, "⬆")) {
            return None;
        }
        let below = self.line(li + 1);
        let chars = &below.folded().chars;
        let arrow = chars.iter().position(|&(c, _)| matches!(c, '↑' | '⬆'))?;
        let h = below.hots().iter().find(|h| h.from > arrow)?;
        match h.evidence {
            Evidence::Kind(k) if h.from - arrow <= 3 => Some(k),
            _ => None,
        }
    }

    /// The evidence for `run` of line `li`, nearest first; `far` tells whether it
    /// is a word more than [`FAR`] characters before the run on its line, or in an
    /// earlier sentence.
    pub(super) fn evidence(
        &mut self,
        li: usize,
        run: &Run,
        masked: &[(usize, usize)],
        hidden: Hidden<'_>,
        far: &mut bool,
        near_only: bool,
    ) -> Say {
        let text = self.text;
        let phone_wanted = self.kinds.contains(&Kind::Phone);
        let read = |e: Evidence, tight: bool| match e {
            Evidence::Kind(Kind8::Phone) if !phone_wanted => Say::Block,
            Evidence::Kind(k) => Say::Kind(k, tight),
            Evidence::Negative => Say::Block,
            // Right before the run (`新宿支店 1234567`); its code is too short to
            // be an account (`支店 137`), which the length check tells.
            Evidence::Branch if tight => Say::Kind(Kind8::Bank, false),
            Evidence::Branch => Say::Block,
            Evidence::Component => Say::Component(tight),
            Evidence::Generic => Say::Generic,
        };
        let mut generic = false;
        // A value of an SQL `INSERT … (…) VALUES (…)` on one line: its column's name,
        // even below another statement's rows. The name says what it is, and a name
        // without a word nothing.
        if let Some(r) = self.sql_name(li, run.start) {
            let line = self.line(li);
            let named = line
                .hots()
                .iter()
                .find(|h| r.contains(&line.folded().at(h.from)));
            return named.map_or(Say::Silent, |h| read(h.evidence, false));
        }
        // A dump's row with no list of columns: the column at its place in the
        // table's `CREATE TABLE` ([`super::sql_dump`]), a kind's word on its line
        // first (`kojin_no CHAR(12) COMMENT '個人番号'`).
        let (ls, le) = self.lines.get(li).copied().unwrap_or((0, 0));
        let row = crate::substring::slice(text, ls, le);
        if let Some(r) = super::sql_dump::column_of(text, ls, row, run.start) {
            let dl = self.lines.partition_point(|&(_, e)| e < r.start);
            let line = self.line(dl);
            let folded = line.folded();
            let inside = line
                .hots()
                .iter()
                .filter(|h| r.contains(&folded.at(h.from)));
            let named = inside
                .clone()
                .find(|h| matches!(h.evidence, Evidence::Kind(_)))
                .or_else(|| inside.clone().next());
            return named.map_or(Say::Silent, |h| read(h.evidence, false));
        }
        // A table row: the column's header; a word that names nothing there, or a
        // negative one (`|項目|請求者|配偶者|`), gives way to the row's own key
        // (`|基礎年金番号|9092-305360|8142-318004|`).
        let table_col = self.column(li, run.start);
        let mut keyed = matches!(table_col, Some((_, None)));
        let key_end = self.key_cell_end(li);
        if let Some((_, Some(e))) = table_col {
            // A card's component column names a digit on its own (`番号` over `7`).
            match read(e, matches!(e, Evidence::Component)) {
                Say::Generic => (generic, keyed) = (true, true),
                Say::Block => {
                    return match self.row_key(li, run.start) {
                        Some(Evidence::Kind(k)) => Say::Kind(k, false),
                        Some(_) => Say::Component(false),
                        None => Say::Block,
                    }
                }
                // Another kind named in the run's own cell right before it is the
                // run's (`国際免許・旅券 M195A1162` under `免許証番号`).
                Say::Kind(k, tight) => {
                    return match self.kind_in_cell(li, run.start, table_col.map(|(d, _)| d)) {
                        Some(own) if own != k => Say::Kind(own, true),
                        _ => Say::Kind(k, tight),
                    }
                }
                say => return say,
            }
        }
        let delimiter = table_col.map(|(d, _)| d);
        // A legend lists the labels of the line's values in their order.
        let legend = self.legend.as_ref().filter(|l| l.line == li && !near_only);
        if let Some(say) = legend.and_then(|l| l.say(run.start)) {
            return say;
        }
        let line_start = self.lines.get(li).map_or(0, |&(ls, _)| ls);
        if near_only
            && text
                .get(line_start..run.start)
                .is_some_and(|s| all_chars(s, crate::substring::is_whitespace))
        {
            // Nothing before it on its line: no label right before it.
            return Say::Silent;
        }
        // A row of cells parted by tabs (or aligned with spaces, below) under one
        // keyed by a card's word (`記号⇥1234⇥5678⏎番号⇥3853⇥19112`).
        let tabbed =
            table_col.is_none() && self.shapes.get(li).and_then(Shape::delimiter) == Some('\t');
        let under_card = table_col.is_none()
            && li > 0
            && self
                .line(li - 1)
                .hots()
                .first()
                .is_some_and(|h| matches!(h.evidence, Evidence::Component) && h.from == 0);
        // Where the text three lines above starts: a 記号 named from there on marks
        // a card's record (a cheap look at the text, [`may_name_symbol`]).
        let near_from = self.lines.get(li.saturating_sub(3)).map_or(0, |l| l.0);
        // A line by it that says which of its length is what (asked before the line
        // is read, for after the labels before the run and before the words after
        // it: `「9609595」という数字が…カードがあります`).
        let by_length = if near_only {
            None
        } else {
            self.named_by_length(li, run)
        };
        let in_list = !near_only && self.listed_beside(li, run, hidden);
        // The line below pointing up at the run, its line's last (asked before the
        // line is borrowed below).
        let last = self
            .line(li)
            .runs
            .last()
            .is_some_and(|r| r.start == run.start);
        let below = if near_only || !last {
            None
        } else {
            self.pointed_from_below(li)
        };
        // The same line, before the run.
        let line = self.line(li);
        let at = line.index(run.start);
        // The nearest generic word (番号) before the run: its start, and whether it
        // is tight.
        let mut pending: Option<(usize, bool)> = None;
        // Cells parted by tabs outside a table: a word in the first keys each value
        // after it, not only the first (`記号⇥K236⇥1612115`, before and after a change).
        // So do columns aligned with spaces, one person a column (`記号　　　　6620
        // 　　　　6620`): the first cell, a word alone, keys the line's values.
        let chars = &line.folded().chars;
        let key_cell = if tabbed {
            chars.iter().position(|&(c, _)| c == '\t')
        } else if table_col.is_none() && line.hots().first().is_some_and(|h| h.from == 0) {
            // Folded, a run of spaces is one: the text tells a gap.
            chars.iter().position(|&(c, b)| {
                let mut raw = crate::substring::slice(text, b, text.len()).chars();
                c == ' ' && raw.next().is_some_and(is_space) && raw.next().is_some_and(is_space)
            })
        } else {
            None
        };
        // Keyed so, under a row a card's word keys.
        let under_card = under_card && key_cell.is_some();
        let mut weak_block = false;
        // A word inside what is masked is part of a value, not a label of it: the
        // masked output no longer has it (`記号番号保険9T` with `保険9T` taken whole).
        let in_value = |h: &Hot| {
            let (from, to) = (line.folded().at(h.from), line.folded().at(h.to));
            masked.iter().any(|&(s, e)| s < to && from < e)
        };
        // A word in brackets right after a value names that value, not the ones
        // after it (`06137566（保険者）、12・345（記号・番号）`).
        let names_before = |h: &Hot| {
            line.runs.iter().any(|r| {
                let e = line.index(r.end);
                e < at && bracketed(line, e, h)
            })
        };
        // A kind named in brackets right after the run (`4762326（普通口座）`): it
        // outweighs a word far before the run.
        let run_end = line.index(run.end);
        let named_after = || {
            line.hots()
                .iter()
                .find(|h| h.from >= run_end && h.from - run_end <= 2 && bracketed(line, run_end, h))
                .and_then(|h| match h.evidence {
                    Evidence::Kind(k) => Some(Say::Kind(k, false)),
                    _ => None,
                })
        };
        for h in line
            .hots()
            .iter()
            .rev()
            .filter(|h| h.to <= at && !in_value(h))
        {
            if names_before(h) {
                continue;
            }
            // A phone word in an aside between a label and its value, when phone
            // numbers are not asked for (`免許証番号（FAX控え）1274・5813・6269`,
            // `カード番号（控え・FAX読取）：3532…`).
            let aside = || {
                let chars = &line.folded().chars;
                let opened = chars
                    .get(h.from.saturating_sub(8)..h.from)
                    .unwrap_or(&[])
                    .iter()
                    .rev()
                    .map(|&(c, _)| c)
                    .find(|c| {
                        matches!(
                            c,
                            '(' | '（' | '【' | '［' | '[' | ')' | '）' | '】' | '］' | ']'
                        )
                    })
                    .is_some_and(|c| matches!(c, '(' | '（' | '【' | '［' | '['));
                opened
                    && line.folded().chars.get(h.to..at).is_some_and(|b| {
                        any_folded(b, |c| matches!(c, ')' | '）' | '】' | '］' | ']'))
                    })
            };
            if matches!(h.evidence, Evidence::Kind(Kind8::Phone)) && !phone_wanted && aside() {
                continue;
            }
            // So is a negative word in an aside right after a kind's word
            // (`クレジットカード番号（手書き申込書より転記）：3549 …`): the aside's.
            let kind_before = || {
                let chars = &line.folded().chars;
                let open = chars
                    .get(..h.from)
                    .unwrap_or(&[])
                    .iter()
                    .rposition(|&(c, _)| c == '(');
                // The word right before it names a kind, or is the 番号 of a kind's
                // word right before that (`クレジットカード番号（`).
                let ends_at = |to: usize| {
                    line.hots().iter().rev().find(|k| {
                        k.to <= to
                            && chars
                                .get(k.to..to)
                                .is_some_and(|b| all_folded(b, |c| c == ' '))
                    })
                };
                open.and_then(ends_at).is_some_and(|w| match w.evidence {
                    Evidence::Kind(_) => true,
                    Evidence::Generic => {
                        ends_at(w.from).is_some_and(|k| matches!(k.evidence, Evidence::Kind(_)))
                    }
                    _ => false,
                })
            };
            if h.evidence == Evidence::Negative && aside() && kind_before() {
                continue;
            }
            let between = line.folded().chars.get(h.to..at).unwrap_or(&[]);
            // Within the run's cell; or a cell before it when its column names
            // nothing (a key/value table: `| 基礎年金番号 | 2598-195335 |`).
            let crossed = delimiter.map_or(0, |d| between.iter().filter(|&&(c, _)| c == d).count());
            // A key/value row's key: the cell right before, or the one before a
            // value there (`jukyusha_no,2351955,2757763` under `column,old_value,
            // new_value`), or the row's first.
            let key = keyed
                && (crossed == 1
                    || (crossed == 2 && a_value_between(between, delimiter))
                    || key_end.is_some_and(|e| line.folded().at(h.to) <= e));
            // An aside in brackets between counts as one character (`Card number
            // (typed from the app, maybe one digit missing): ５２２３ …`).
            let open = between.iter().position(|&(c, _)| matches!(c, '(' | '（'));
            let close = between.iter().rposition(|&(c, _)| matches!(c, ')' | '）'));
            let aside = match (open, close) {
                (Some(o), Some(c)) if o < c => c - o,
                _ => 0,
            };
            if at - h.to - aside > BEFORE || (crossed > 0 && !key) {
                break;
            }
            // A bank's name, its branch's name or code, and the account, parted by
            // slashes (`ゆうちょ銀行／〇一八／5288175`, `福岡銀行／天神／3095149`).
            let branch_path = matches!(h.evidence, Evidence::Branch) && one_field(between);
            // A value between the word and the run: the word was that value's (but
            // for a branch's code of three digits between a bank's name and its
            // account).
            let word_end = line.folded().at(h.to);
            let consumed = key_cell.is_none_or(|t| h.to > t)
                && (line.runs.iter().any(|r| {
                    r.end <= run.start
                        && line.index(r.start) >= h.to
                        && r.alnum + r.wild >= 2
                        && !(branch_path && r.alnum <= 3 && r.digits == r.alnum)
                }) || masked
                    .iter()
                    .any(|&(s, e)| s >= word_end && e <= run.start && a_value_masked(text, s, e)));
            // A key of its own after the value the word took (`"recipientNo":
            // "6997431", "limitYen": 10000`, `no=6997431 limit=10000`): the run is
            // that key's value, not the word's; unless the key is a word too
            // (`"kigo":"2305","bango":"1127"`).
            if consumed && pending.is_none() && key_after_value(text, line, word_end, run.start) {
                break;
            }
            let tight = !consumed
                && at - h.to <= TIGHT
                && (branch_path || between.iter().filter(|&&(c, _)| is_cjk(c)).count() <= 2)
                // A bank's name names the number right after it, not one past a
                // bracket or a cell (`（十六銀行 岐阜駅前支店）⇥058-263-4417`).
                && (!matches!(h.evidence, Evidence::Branch)
                    || branch_path
                    || all_folded(between, |c| matches!(c, ' ' | ':' | 'ノ')));
            // A 番号 ending a name no word knows is that thing's (`契約番号`).
            let say = match read(h.evidence, tight) {
                Say::Generic if line.unknown_compound(h) => Say::Block,
                Say::Generic if under_card && key_cell.is_some_and(|t| h.to <= t) => {
                    Say::Component(tight)
                }
                say => say,
            };
            // After ゆうちょ, a 記号 and a 番号 are a passbook's, the account's
            // (`ゆうちょ銀行 記号 16060 番号 53956271`).
            let say = match say {
                Say::Component(_) | Say::Generic
                    if crate::redact::bank::yucho_before(text, line.folded().at(h.from)) =>
                {
                    Say::Kind(Kind8::Bank, tight)
                }
                say => say,
            };
            *far = at - h.to > FAR || ends_sentence(between);
            if *far {
                if let Some(after) = named_after() {
                    *far = false;
                    return after;
                }
            }
            // Unless the generic word ends a label that names a kind (`口座番号は
            // 5894646ではなく5894664`), or a card's components (`kigo_bango: タ373 /
            // 0401896`, `kigo / bango`): that label names the values after it.
            let compound = || {
                line.hots().iter().any(|k| {
                    matches!(k.evidence, Evidence::Kind(_) | Evidence::Component)
                        && k.to <= h.from
                        && h.from - k.to <= 3
                })
            };
            // Nor a card's component named for a list of values alike (`枝番は私が
            // 「01」、主人が「00」`).
            // A list is parted by `、`, `,`, `と`, `/`, `・`, `で` or a range's `〜` after
            // the value before; its values are written digits (masked ones may have
            // been letters: the masked output reads no list the text had none of).
            let list = || {
                let n = run.alnum + run.wild;
                let mut last = None;
                let alike = line.runs.iter().all(|r| {
                    let between = r.end <= run.start && line.index(r.start) >= h.to;
                    if between && r.alnum + r.wild >= 2 {
                        last = Some(r.end);
                    }
                    !between || r.alnum + r.wild < 2 || (r.plain_digits() && r.alnum == n)
                });
                alike
                    && last.and_then(|e| text.get(e..run.start)).is_some_and(|t| {
                        any_char(t, |c| {
                            matches!(
                                c,
                                '、' | ',' | '，' | 'と' | '/' | '／' | '〜' | '～' | '・' | 'で'
                            )
                        })
                    })
            };
            let listed = matches!(say, Say::Component(_) | Say::Generic) && list();
            let word_only = match say {
                Say::Component(_) => !listed,
                Say::Generic => !compound() && !listed,
                _ => false,
            };
            if consumed && word_only && pending.is_none() {
                break;
            }
            match (say, pending) {
                // A list of values alike under one 番号 (`番号：夫 97／私 66／娘
                // 42`): of the kind of its first.
                // Not after a phone number, which a list of the label's values does
                // not hold (`公費負担者番号、090-1234-5678、10000000000`): masked, it
                // reads as no list.
                (Say::Generic, None)
                    if consumed
                        && listed
                        && hidden
                            .last_before(run.start)
                            .is_none_or(|f| f.kind != Kind::Phone) =>
                {
                    let Some(k) = hidden
                        .last_before(run.start)
                        .filter(|f| f.start >= word_end)
                        .and_then(|f| Kind8::of(&f.kind))
                    else {
                        break;
                    };
                    return match k {
                        Kind8::Insured => Say::Component(false),
                        k => Say::Kind(k, false),
                    };
                }
                (Say::Generic, None) => pending = Some((h.from, tight)),
                (Say::Generic, Some(_)) => {}
                // `保険証は番号33`: a short number under the card's word and its 番号
                // is the card's 番号 (not a length: `8文字`).
                (Say::Kind(Kind8::Insured, _), Some((from, g_tight)))
                    if from <= h.to + 2
                        && run.alnum + run.wild < MIN_UNITS
                        && !a_length(text, run) =>
                {
                    return Say::Component(g_tight)
                }
                // `保険者番号`, `カードの番号`: the word and its 番号 are one label.
                (Say::Kind(k, _), Some((from, g_tight))) if from <= h.to + 2 => {
                    return Say::Kind(k, g_tight)
                }
                (Say::Component(_), Some((from, g_tight))) if from <= h.to + 2 => {
                    return Say::Component(g_tight)
                }
                // `記号 1120 番号 455`: a 番号 after a card's word is its number.
                (
                    Say::Kind(Kind8::Insured | Kind8::Insurer, _) | Say::Component(_),
                    Some((_, g_tight)),
                ) => return Say::Component(g_tight),
                (Say::Kind(k, _), Some((_, g_tight))) => return Say::Kind(k, g_tight),
                // A negative word blocks unless a label follows the value
                // (`支店（251）の2964810（普通口座）`, `駅前支店 9708689（普通預金）`).
                // Not a 番号 that opens a quote after it, though: that one is no
                // compound of the negative word (`患者さん曰く「番号は 1943 1169 3493」`).
                // A bank or its branch named before a 番号 (`静岡銀行の浜松支店、番号は
                // 6887138です`, `banco Shizuoka, número 6887138`): its account.
                (Say::Block, Some((_, g_tight))) if matches!(h.evidence, Evidence::Branch) => {
                    return Say::Kind(Kind8::Bank, g_tight)
                }
                (Say::Block, Some((from, _)))
                    if line
                        .folded()
                        .chars
                        .get(h.to..from)
                        .is_some_and(|b| any_folded(b, |c| matches!(c, '「' | '『' | '“'))) =>
                {
                    break
                }
                // Nor one whose own value stands between, in a card's record
                // (`field=kigo old=6693⏎patient=P0048812 field=bango old=162`).
                (Say::Block, Some(_))
                    if consumed
                        && text
                            .get(near_from..run.start)
                            .is_some_and(super::shape::may_name_symbol) =>
                {
                    break
                }
                // A key of something else that took its own value between
                // (`field=my_number employee=468816 value=…`): a word before it may
                // name the run.
                (Say::Block, None)
                    if consumed
                        && h.to < at
                        && text.as_bytes().get(line.folded().at(h.to)) == Some(&b'=') =>
                {
                    continue
                }
                (Say::Block, _) => {
                    weak_block = true;
                    break;
                }
                (say, _) => return say,
            }
        }
        if pending.is_some() && !weak_block {
            generic = true;
        }
        // The first part of a value after a word that says so (`免許証の番号の照会お願い
        // できますか。前半 221323`): of the kind the last word for a kind before it names,
        // on its line or the two above, however far, that a part of it may be.
        if !near_only && run.alnum >= 3 && first_part_before(text, line_start, run.start) {
            if let Some(k) = self.kind_for_part(li, run) {
                return Say::Kind(k, false);
            }
        }
        let line = self.line(li);
        if near_only {
            // Only a label right before it could make it a value.
            return Say::Silent;
        }
        if let Some(e) = by_length {
            return read(e, false);
        }
        if in_list {
            return Say::Component(false);
        }
        // `番号：` right before the run, the kind named above (a heading).
        let generic_tight = pending.is_some_and(|(_, tight)| tight);
        // The same line, right after the run (other values may stand between:
        // `6913818 と 80017957 （受給者番号と負担者番号）`).
        let end = line.index(run.end);
        // Nor across a quote: a JSON key after the value is the next key's
        // (`"patient":"2097260","kouhi_futansha":…`).
        let same_cell = |h: &Hot| {
            !line
                .folded()
                .chars
                .get(end..h.from)
                .unwrap_or(&[])
                .iter()
                .any(|&(c, _)| Some(c) == delimiter || c == '"')
        };
        // Not a label with a value of its own right after it (`P001203 保険者番号
        // 06133453`), unless a bracket opened right after the run holds it
        // (`06137566（保険者）／12-345（記号・番号）`). What is masked counts as the
        // value the masked output shows there (`口座番号、a.b@x.co.jp` reads as
        // `口座番号、*.*@*.**.**`), a masked group of one too (`記号4 15024` masked
        // is `記号* *****`). Not a value of the next sentence: the label ended
        // the run's (`06133748、これが保険者番号です。09546が記号で`).
        let own_value = |h: &Hot| {
            // Past the words right after it, which it begins a label with (`国保
            // 保険者番号 270850`).
            let mut to = h.to;
            for next in line.hots().iter().filter(|n| n.from >= h.to) {
                if next.from > to + 1 {
                    break;
                }
                to = next.to;
            }
            let near = |at: usize| {
                at >= to
                    && at - to <= TIGHT
                    && !ends_sentence(line.folded().chars.get(h.to..at).unwrap_or(&[]))
            };
            !bracketed(line, end, h)
                && !pointed_back(line, end, h)
                && !subject_named(line, end, h)
                && (line
                    .runs
                    .iter()
                    .any(|r| near(line.index(r.start)) && (r.alnum >= 2 || r.wild > 0))
                    || masked.iter().any(|&(s, e)| {
                        (line.start..line.end).contains(&s)
                            && near(line.index(s))
                            && a_value_masked(text, s, e)
                    }))
        };
        // The number a card prints before its companion, which follows with its
        // own value (`Hk#06435721 記1145番159`: the insurer's before the card's 記号;
        // `生保 12113908 受給者 0183400`: the payer's before the recipient's), its
        // check digit holding.
        if let Some(h) = line
            .hots()
            .iter()
            .find(|h| h.from >= end && h.from - end <= 2 && same_cell(h))
            .filter(|h| own_value(h))
        {
            let units = run.units();
            match h.evidence {
                Evidence::Component | Evidence::Kind(Kind8::Insured)
                    if run.plain_digits() && health::insurer_digits(units) =>
                {
                    return Say::Kind(Kind8::Insurer, false)
                }
                Evidence::Kind(Kind8::Recipient)
                    if run.plain_digits() && health::public_payer(units) =>
                {
                    return Say::Kind(Kind8::Payer, false)
                }
                _ => {}
            }
        }
        // Whether a 番号 after the run names it as its subject (`33が番号です`).
        // Not a key's value (`kaiji_req=KJ-241101-04 verify doc_type=passport`).
        let mut subject = false;
        if let Some(h) = line
            .hots()
            .iter()
            .find(|h| h.from >= end && h.from - end <= AFTER && same_cell(h))
            .filter(|h| {
                !own_value(h)
                    && !matches!(crate::substring::char_before(text, run.start), Some('='))
                    && !keys_next(line, h)
            })
        {
            // An arrow points back at the run with a phrase: its last word is the
            // one it names (`← 保険料引落しのカード番号` names a card).
            let h = if pointed_back(line, end, h) {
                phrase_head(line, h)
            } else {
                h
            };
            match read(h.evidence, false) {
                // Not across the bracket the run stands in (`【チケット #48213】返金口座`).
                Say::Kind(k, _)
                    if !weak_block || (h.from - end <= 4 && !closed_between(line, end, h.from)) =>
                {
                    return Say::Kind(k, false)
                }
                // Not in the next sentence (`番号：9004667。支店は丸の内`).
                Say::Block
                    if h.from - end <= 2
                        && !ends_sentence(line.folded().chars.get(end..h.from).unwrap_or(&[])) =>
                {
                    return Say::Block
                }
                // `12-345（記号・番号）`, `12・345（記号・番号）`: a card's components
                // named after them, in brackets.
                // Or a comment ending the line (`v2 = 17    ; kigo`), or an arrow
                // pointing back from the line's end (`ア12　← 記号`).
                Say::Component(_)
                    if components_before(line, end, h)
                        || subject_named(line, end, h)
                        || (h.from - end <= 2 && ends_line(line, h))
                        || (pointed_back(line, end, h) && ends_line(line, h))
                        || (h.from - end <= 4
                            && ends_line(line, h)
                            && line.folded().chars.get(end..h.from).is_some_and(|b| {
                                all_folded(b, |c| matches!(c, ' ' | ';' | '#' | '/'))
                            })) =>
                {
                    return Say::Component(false)
                }
                Say::Generic => {
                    generic = true;
                    subject = subject_named(line, end, h);
                }
                _ => {}
            }
        }
        if weak_block {
            return Say::Block;
        }
        // The next line pointing up at it with a kind's word (`姉「4983966」⏎姉「↑口番ね、
        // 普通口座」`), the run its line's last.
        if let Some(k) = below {
            return Say::Kind(k, false);
        }
        // Lines above: a label line with no value of its own, or a heading. A table
        // row has its header instead.
        if delimiter.is_some() {
            return if generic { Say::Generic } else { Say::Silent };
        }
        // `番号：33　記号：7120`: a 番号 of its own (not the end of a longer word:
        // `点数表番号 1`) right before the run, and a card's words after it on the
        // line; the card's number before its 記号.
        let bare = pending.is_some_and(|(from, tight)| tight && own_word(line, from));
        if bare
            && line
                .hots()
                .iter()
                .any(|h| h.from >= end && card_word(h.evidence))
        {
            return Say::Component(true);
        }
        let space_or_bracket = |s: Option<&str>| all_chars(s.unwrap_or(""), is_space_or_bracket);
        let alone = line.runs.len() == 1
            && space_or_bracket(text.get(line.start..run.start))
            && space_or_bracket(text.get(run.end..line.end));
        // `記号は7120で、33が番号です`: a card's words about, the number that is its
        // 番号.
        if subject && self.near_component_word(li, run.start) {
            return Say::Component(false);
        }
        if let Some(e) = self.ordered_below(li, run) {
            return read(e, false);
        }
        if let Some(k) = self.named_below(li, run) {
            return Say::Kind(k, false);
        }
        // Twelve digits alone on their line in a 第…号 are a licence's number as the
        // licence prints it (`運転免許証（表）読取 … ⏎第　301518583690　号`), one of
        // them maybe a letter OCR gave for it (`第 45l672284892 号`).
        if run.alnum == 12
            && super::misread_digits(run)
            && self
                .lines
                .get(li)
                .is_some_and(|&l| licence_form(text, l, run))
        {
            return Say::Kind(Kind8::License, false);
        }
        if self.leads_line(li, run.start) {
            if let Some(e) = self.stacked(li) {
                return read(e, false);
            }
        }
        // The number says which it answers, as a label right before it would.
        if let Some(e) = self.numbered(li, run) {
            return read(e, true);
        }
        // A value written as the one that leads the next line, which a finding
        // holds (`~4832 1120 6902 2615~ ← 違った⏎4517 3226 3585 5089 ← 正しいカード
        // 番号`): one of its kind, struck or given wrong (weakly), whatever the words above
        // say (`決済代行に問い合わせる用のメモ`).
        if let Some(k) = self.alike_below(li, run, hidden) {
            *far = true;
            return Say::Kind(k, false);
        }
        // Whether no value stands before the run on its line (asked once, if at all).
        let mut first: Option<bool> = None;
        // Whether the run starts a record of its own ([`Pass::leads_record`]; asked
        // once, if at all).
        let mut record: Option<bool> = None;
        let mut up = 0;
        let mut lj = li;
        let mut passed_value = false;
        // Whether a line passed so far has a value or a word of note.
        let mut worded = false;
        while lj > 0 && up < HEADING_UP {
            lj -= 1;
            up += 1;
            let line = self.line(lj);
            if line.blank {
                // A heading may stand over a blank line, and a label line over a
                // value alone on its line (`マイナンバーは以下のとおりです。⏎⏎
                // 123456789012`); anything else ends the block.
                let above = lj.checked_sub(1);
                match above {
                    Some(a) if !self.line(a).hots().is_empty() && self.line(a).heading() => {
                        continue
                    }
                    // (Past a line or two of words with no value, that point to it:
                    // `件名: Re: 基礎年金番号⏎⏎下記です。⏎8141 651951`.)
                    Some(a)
                        if (up == 1 || (up <= 3 && !worded))
                            && alone
                            && names_alone(self.line(a)) =>
                    {
                        continue
                    }
                    // Values alike in blocks parted by blank lines (`受給者番号⏎3479243⏎⏎
                    // 6494504`): the list goes on.
                    Some(a) if alone => {
                        let last = self.line(a).runs.last().copied();
                        if !last.is_some_and(|r| {
                            (r.wild > 0 || hidden.holds(r.start, r.end)) && alike(&r, run)
                        }) {
                            break;
                        }
                    }
                    _ => break,
                }
            }
            // Postal codes, amounts, doses, dates and times are no value of the line's
            // own: an address between a label and its value does not end the block,
            // nor a chat's timestamp (`18:21 高田: [写真]`).
            let mut has_value = false;
            // The last of them, when it is masked: a list of values under one label
            // (`佐藤さま 5047527⏎小川さま 0038349`, a correction on the next line).
            let mut last_value = None;
            for ri in (0..self.line(lj).runs.len()).rev() {
                let Some(r) = self.line(lj).runs.get(ri).copied() else {
                    break;
                };
                // What a reading masked was a value, or held one (`*******.**
                // ************` is an address's domain and a number read as one);
                // so is what this reading masks, as its output will read
                // (`taro@example.jp` between a label and the run).
                if r.wild > 0
                    || hidden.holds(r.start, r.end)
                    || (!self.glued(&r) && !self.not_a_value(&r, true))
                {
                    has_value = true;
                    last_value = Some(r);
                    break;
                }
            }
            // A line that starts with the run and names a kind after it is a
            // record (`004 9422066896 ｻﾄｳ ﾊﾅｺ 05 ｻﾞｲﾘｭｳ NO PT55302057DD` under a
            // row that ended in its licence's number): the run is not the next of
            // a list the value above began.
            let near = last_value.filter(|_| {
                !passed_value
                    && up <= LINES_UP
                    && !*record.get_or_insert_with(|| self.leads_record(li, run))
            });
            if let Some(above) =
                near.filter(|_| *first.get_or_insert_with(|| self.first_value(li, run)))
            {
                if let Some(say) = self.sibling(&above, run, hidden, pending) {
                    // Weak evidence: a date or a phone number is what it looks like.
                    *far = true;
                    return say;
                }
                // A value of the same shape masked before this reading (the output
                // read again), of a kind not known here: when it was found, it spoke
                // for this one (above), weakly. Read again, nothing further may: it
                // says nothing.
                if above.wild > 0 && alike(&above, run) {
                    *far = true;
                    return Say::Silent;
                }
            }
            // A record's first number under a title (`01 22J9906 青木 大輝　保険者番号
            // …` two lines under `健康保険証 確認台帳`): the words of its own line name
            // its values, and the title none.
            if up >= 2 && *record.get_or_insert_with(|| self.leads_record(li, run)) {
                break;
            }
            let line = self.line(lj);
            // Its words as the masked output has them: a word inside a finding (`ver`
            // of `ver.@m.jp`) is gone there.
            let shown = |h: &&Hot| {
                let folded = line.folded();
                !hidden.holds(folded.at(h.from), folded.at(h.to))
            };
            // The line's last word as the output shows it.
            let Some(last) = line.hots().iter().rev().find(shown) else {
                passed_value |= has_value;
                worded |= has_value;
                continue;
            };
            worded = true;
            let last_to = last.to;
            // No value after its last word: a length or a count there is none
            // (`マイナンバー（12桁）`, `カード番号を2通に分けて送ります。`).
            let length = |r: &Run| a_length(text, r) || a_count(text, r);
            let free = !line
                .runs
                .iter()
                .any(|r| line.index(r.start) >= last_to && !length(r));
            // Past a line with a value of its own, only a heading still governs; a
            // list of codes is no label (`ｼｭﾍﾞﾂ 01=ﾒﾝｷｮｼｮｳ 05=ｻﾞｲﾘｭｳｶｰﾄﾞ`).
            let label_line = up <= LINES_UP
                && free
                && !passed_value
                && !lists_codes(crate::substring::slice(line.text, line.start, line.end));
            passed_value |= has_value;
            // A word in brackets right after a value names that value, not the
            // lines below (`4916248401877188 (Visa)⏎Số biên lai: 1337 3874 6418`).
            let after_value = || {
                line.runs
                    .iter()
                    .rev()
                    .find(|r| line.index(r.end) <= last.from)
                    .is_some_and(|r| {
                        let between = line
                            .folded()
                            .chars
                            .get(line.index(r.end)..last.from)
                            .unwrap_or(&[]);
                        between.iter().any(|&(c, _)| is_open(c))
                            && all_folded(between, |c| c == ' ' || is_open(c))
                    })
            };
            if (label_line || (line.heading() && free)) && !after_value() {
                // The line's last word that names something (`年金番号` is 年金);
                // a kind's the run is too short or long for gives way to an
                // earlier one it fits (`保険者番号も教えていただけますか？カードの
                // 下の方に…⏎06390171`).
                let mut named = None;
                // A negative word in an aside after a word that names a kind is the
                // aside's (`■カード番号（経費精算・手書き申請）`, `マイナンバー（従業員
                // 三浦 拓也）電話で確認`).
                let chars = &line.folded().chars;
                // (Folded: a full-width bracket reads as an ASCII one.)
                let in_aside = |h: &Hot| {
                    let before = chars.get(..h.from).unwrap_or(&[]);
                    let open = before.iter().rposition(|&(c, _)| c == '(');
                    let closed = before.iter().rposition(|&(c, _)| c == ')');
                    open.filter(|&o| closed.is_none_or(|c| c < o))
                        .is_some_and(|o| {
                            any_folded(chars.get(h.to..).unwrap_or(&[]), |c| c == ')')
                                && line
                                    .hots()
                                    .iter()
                                    .any(|k| k.to <= o && matches!(k.evidence, Evidence::Kind(_)))
                        })
                };
                for h in line.hots().iter().rev().filter(shown) {
                    let fits = match h.evidence {
                        Evidence::Generic => continue,
                        Evidence::Negative if in_aside(h) => continue,
                        Evidence::Kind(k) => {
                            let (lo, hi) = k.plausible();
                            run.digits == run.alnum && (lo..=hi).contains(&(run.alnum + run.wild))
                        }
                        _ => named.is_none(),
                    };
                    if fits || named.is_none() {
                        named = Some(h);
                    }
                    if fits {
                        break;
                    }
                }
                let speaker = named.is_some_and(|h| names_words(line, h));
                let branch_named = named.is_some_and(|h| h.evidence == Evidence::Branch);
                // A negative word that ends its sentence with 。 is no label over
                // the lines below (`未回収 2名に再依頼。⏎番号の記載が 6640 4662 6930`).
                let said = named.is_some_and(|h| {
                    line.folded()
                        .chars
                        .get(h.to)
                        .is_some_and(|&(c, _)| c == '。')
                });
                let unknown = last.evidence == Evidence::Generic && line.unknown_compound(last);
                // A word on the line right above a value alone on its line is as
                // tight as one right before it: a bank's branch names the account
                // (`三菱UFJ銀行 新宿支店⏎1234567`), a card's component a digit of its
                // own (`枝番は？⏎1`).
                match named.map(|h| read(h.evidence, up == 1 && alone)) {
                    // A question for the next of a card's components, after the
                    // answer for one (`記号は 6133。⏎番号をお願いします。⏎320。`).
                    None if up == 1 && self.insured_above(lj, hidden) => {
                        return Say::Component(false)
                    }
                    // A 番号 that ends a name no word knows (`約定番号` over a
                    // column) says nothing of the number below.
                    None if unknown => {}
                    None => generic = true,
                    // A value alone on its line under its label is what the label
                    // names, even if it reads like a date (`20251127`).
                    Some(Say::Kind(k, _)) => return Say::Kind(k, alone || generic_tight),
                    // A block of fields, a bank's branch on a line above and `番号：`
                    // right before the run (`支店：津駅前⏎番号：6836538`): the account.
                    Some(Say::Block) if speaker && up <= 2 && generic_tight && branch_named => {
                        return Say::Kind(Kind8::Bank, true)
                    }
                    // A negative word far up (a greeting's お問い合わせ) is no label
                    // of this number, nor one that names the words after it on its
                    // line (a chat's speaker: `窓口: はい、お願いします`).
                    Some(Say::Block) if up > 2 || speaker || said => {}
                    Some(say) => return say,
                }
            } else if up <= LINES_UP
                && line.heading()
                && (!has_value || line.runs.len() <= 2)
                && line
                    .runs
                    .iter()
                    .all(|r| r.alnum + r.wild <= 4 || (!has_value && line.index(r.start) < last_to))
            {
                // A heading with a date or count in it (`[カルテ転記] 保険変更 11/6`),
                // or two numbers of four characters at most (`[2] card_no
                // (クレジットカード番号)  NG=3`; not a layout's widths: `# 区分1 種別2
                // … 口座番号7`), and no value (not a log line: `[…]
                // doc_type=drivers_license doc_no=4817…`): its words still govern.
                if let Some(h) = line
                    .hots()
                    .iter()
                    .filter(shown)
                    .find(|h| matches!(h.evidence, Evidence::Kind(_)))
                {
                    return read(h.evidence, false);
                }
            }
        }
        if generic {
            Say::Generic
        } else {
            Say::Silent
        }
    }

    /// The kind of the finding that holds whole the first run of the line after `li`, when
    /// `run` leads line `li` and is written as it is: ten letters and digits or more,
    /// in groups of the same lengths.
    fn alike_below(&mut self, li: usize, run: &Run, hidden: Hidden<'_>) -> Option<Kind8> {
        let text = self.text;
        if run.alnum + run.wild < 10
            || li + 1 >= self.lines.len()
            || !struck_or_leading(text, &self.lines, li, run.start)
        {
            return None;
        }
        let next = self.line(li + 1).runs.first().copied()?;
        let alike = next.alnum + next.wild == run.alnum + run.wild
            && next.group_count() == run.group_count()
            && next.first_groups() == run.first_groups();
        if !alike || !struck_or_leading(text, &self.lines, li + 1, next.start) {
            return None;
        }
        // Held whole by one finding (not a row of several values).
        hidden
            .found
            .iter()
            .chain(hidden.added)
            .find(|f| f.start == next.start && f.end == next.end)
            .and_then(|f| Kind8::of(&f.kind))
    }
}

/// Whether only spaces, brackets and a strike's `~` stand before byte `at` on line
/// `li` of `text` (`lines` its lines).
fn struck_or_leading(text: &str, lines: &[(usize, usize)], li: usize, at: usize) -> bool {
    lines.get(li).is_some_and(|&(start, _)| {
        text.get(start..at)
            .is_some_and(|s| all_chars(s, |c| is_space_or_bracket(c) || c == '~'))
    })
}

/// Whether `r` counts things, a counter right after it (`2通`, `3回`, `2つ`): how
/// many messages or times a value is given in, no value itself.
fn a_count(text: &str, r: &Run) -> bool {
    r.digits == r.alnum
        && r.alnum <= 2
        && matches!(
            crate::substring::char_at(text, r.end),
            Some('通' | '回' | '件' | 'つ' | '枚' | '度' | '段')
        )
}

/// Whether `line` lists two codes at least, each a number of one to three digits
/// and `=` or `:` before the word it stands for (`01=ﾒﾝｷｮｼｮｳ 03=ﾘｮｹﾝ`, `1：免許証
/// 2：旅券`): a key to a column's codes, whose words name no value below.
fn lists_codes(line: &str) -> bool {
    let mut codes = 0;
    // How many digits since a space or the line's start (`None` after anything else).
    let mut run = Some(0);
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() || ('０'..='９').contains(&c) {
            run = run.map(|n| n + 1);
            continue;
        }
        if matches!(run, Some(1..=3))
            && matches!(c, '=' | '＝' | ':' | '：')
            && chars
                .peek()
                .is_some_and(|&n| !n.is_ascii_digit() && !n.is_whitespace())
        {
            codes += 1;
        }
        run = crate::substring::is_whitespace(c).then_some(0);
    }
    codes >= 2
}

/// Card brands as a text names them, folded: a brand names a card, not its number.
const BRANDS: [&str; 11] = [
    "visa",
    "mastercard",
    "master",
    "amex",
    "americanexpress",
    "jcb",
    "diners",
    "アメックス",
    "ダイナース",
    "ビザ",
    "マスターカード",
];

/// Whether `between` is one field parted by slashes on both sides (`／天神／`,
/// `/018/`): a branch's name or code between a bank's name and its account.
fn one_field(between: &[(char, usize)]) -> bool {
    let slash = |c: char| matches!(c, '/' | '／');
    match between {
        [(first, _), field @ .., (last, _)] => {
            slash(*first)
                && slash(*last)
                && !field.is_empty()
                && field.iter().all(|&(c, _)| !slash(c) && c != ' ')
        }
        _ => false,
    }
}

/// Whether two values have the same shape: about as many digits and letters (a
/// letter more or less is a misread digit: `MU96O8510` under `TK6244971`).
fn alike(a: &Run, b: &Run) -> bool {
    let letters = |r: &Run| r.alnum - r.digits;
    (a.alnum + a.wild).abs_diff(b.alnum + b.wild) <= 1 && letters(a).abs_diff(letters(b)) <= 1
}

/// Whether only values joined by `・`, `/` or `-` and an opening bracket stand
/// between folded character `end` of `line` and the word `h` (`12・345（記号・番号）`).
fn components_before(line: &Line, end: usize, h: &Hot) -> bool {
    let between = line.folded().chars.get(end..h.from).unwrap_or(&[]);
    match between.split_last() {
        Some((&(b, _), rest)) if is_open(b) => {
            all_folded(rest, |c| is_alnum(c) || matches!(c, '・' | '/' | '-'))
        }
        _ => false,
    }
}

/// Whether the word `h` of `line` names the run that ends at folded character `end`
/// as its subject, with only が or は between, and spaces (`06133615が保険者番号で、33が…`;
/// ガ and ハ in a text written in katakana, as half-width forms are): the value
/// after the word is not its own then.
fn subject_named(line: &Line, end: usize, h: &Hot) -> bool {
    let between = line.folded().chars.get(end..h.from).unwrap_or(&[]);
    let mut said = between.iter().map(|&(c, _)| c).filter(|&c| c != ' ');
    matches!(said.next(), Some('が' | 'は' | 'ガ' | 'ハ')) && said.next().is_none()
}

/// Whether the word `h` of `line` stands in brackets opened at folded character
/// `end` and closed before any digit (`06137566（保険者）`, `（負担者番号）`).
/// Whether an arrow pointing back stands between the run's end (`end`, a folded
/// index of `line`) and the word `h`, with spaces alone beside it: the word names
/// the value before it, whatever follows (`54018007 ←負担者番号、0782979 ←受給者番号`).
fn pointed_back(line: &Line, end: usize, h: &Hot) -> bool {
    line.folded().chars.get(end..h.from).is_some_and(|b| {
        b.iter().any(|&(c, _)| c == '←') && all_folded(b, |c| matches!(c, '←' | ' ' | '\u{3000}'))
    })
}

/// The last word that names something of the phrase word `h` of `line` begins:
/// the words after it with at most two kana between each (`保険料` `引落` し の
/// `カード番号`), the head a Japanese phrase ends with.
fn phrase_head<'h>(line: &'h Line, h: &'h Hot) -> &'h Hot {
    let chars = &line.folded().chars;
    let (mut head, mut last) = (h, h);
    for next in line.hots().iter().filter(|n| n.from >= h.to) {
        let between = chars.get(last.to..next.from).unwrap_or(&[]);
        // (Folded, hiragana reads as katakana.)
        if between.len() > 2 || !all_folded(between, |c| matches!(c, 'ァ'..='ヺ')) {
            break;
        }
        last = next;
        // A bare 番号 ends the name of the word before it (`在留カードの番号`).
        if next.evidence != Evidence::Generic {
            head = next;
        }
    }
    head
}

fn bracketed(line: &Line, end: usize, h: &Hot) -> bool {
    let chars = &line.folded().chars;
    let opened = chars
        .get(end..h.from)
        .is_some_and(|b| !b.is_empty() && all_folded(b, is_open));
    // Closed before any digit (`（負担者番号）`), or a mask's character: what is
    // masked was a value (`(記号******)`).
    let closed = || {
        for &(c, _) in chars.get(h.to..).unwrap_or(&[]).iter().take(8) {
            if c.is_ascii_digit() || matches!(c, '*' | '＊' | '●') {
                return false;
            }
            if matches!(c, ')' | ']' | '」' | '】') {
                return true;
            }
        }
        false
    };
    opened && closed()
}

/// Whether the word `h` of `line` has a colon or `=` right after it: the key of
/// what follows (`証券番号：7108214266　被保険者：小林 誠`), not a name of the
/// value before it.
fn keys_next(line: &Line, h: &Hot) -> bool {
    let chars = &line.folded().chars;
    // Past an aside in brackets (`被保険者（故人）：`).
    let mut at = h.to;
    if chars.get(at).is_some_and(|&(c, _)| c == '(') {
        let Some(close) = chars
            .get(at..)
            .and_then(|r| r.iter().take(12).position(|&(c, _)| c == ')'))
        else {
            return false;
        };
        at += close + 1;
    }
    matches!(chars.get(at), Some((':' | '：' | '=', _)))
}

/// Whether `c` (folded) opens a bracket.
fn is_open(c: char) -> bool {
    matches!(c, '(' | '[' | '「' | '【')
}

/// What label word `e` gives a value stacked under it: a 番号 among a card's words
/// (`card`) is a component, and a bare 番号 or a word that names no value (注文番号)
/// gives none.
fn stacked_label(e: Evidence, card: bool) -> Option<Evidence> {
    match e {
        Evidence::Generic if card => Some(Evidence::Component),
        Evidence::Generic | Evidence::Negative | Evidence::Branch => None,
        e => Some(e),
    }
}

/// Whether `text[s..e]`, masked, is sure to read as a value: its letters and digits
/// become mask characters and the rest stays, so only two side by side are (`0)3`
/// masked is `*)*`, two runs of one, which take no word).
fn a_value_masked(text: &str, s: usize, e: usize) -> bool {
    text.get(s..e).is_some_and(|v| {
        let mut after_one = false;
        v.chars().any(|c| {
            let one = is_alnum(c);
            let two = after_one && one;
            after_one = one;
            two
        })
    })
}

impl Pass<'_> {
    /// The part of a value that the header cell over byte `at` of table row `li`
    /// names by its number (`カード番号1⇥カード番号2⇥…`, a card typed in four
    /// cells): the first for `1`, a later one for `2` to `9`.
    fn column_part(&self, li: usize, at: usize) -> Option<Part> {
        let table = self.table.as_ref().filter(|t| t.header != li)?;
        let col = self.column_index(li, at)?;
        let &(hs, he) = self.lines.get(table.header)?;
        let header = crate::substring::slice(self.text, hs, he);
        let (_, cell) = super::table::cells(header, table.delimiter).nth(col)?;
        match crate::substring::trim(cell).as_bytes() {
            [.., x, d @ b'1'..=b'9'] if !x.is_ascii_digit() && !x.is_ascii_punctuation() => {
                Some(if *d == b'1' { Part::First } else { Part::Later })
            }
            _ => None,
        }
    }

    /// The kind of the part of a value before `run` on its line or the two above,
    /// when a word right before `run` names it a later part (`残り4桁`, `次が`) and
    /// both are shorter than the kind's values: `run` is that value's too.
    fn later_part(&mut self, li: usize, run: &Run, hidden: Hidden<'_>) -> Option<Kind> {
        if !run.plain_digits() || run.alnum < 2 {
            return None;
        }
        let start = self.line(li).start;
        if part_word_before(self.text, start, run.start) != Some(Part::Later) {
            return None;
        }
        let from = self.lines.get(li.saturating_sub(2)).map_or(0, |l| l.0);
        let f = hidden.last_before(run.start)?;
        let (lo, _) = Kind8::of(&f.kind)?.plausible();
        (f.end > from && units(self.text, f) < lo && run.alnum < lo).then(|| f.kind.clone())
    }
}

/// Whether `run` is a payment card's number printed in its groups (4-4-4-4) with
/// one letter OCR reads for a digit (`O` 0, `I` and `L` 1, `Z` 2, `S` 5, `G` 6,
/// `B` 8): read as that digit, its issuer's prefix and its Luhn check
/// ([`crate::redact::card::is_card_digits`]).
fn misread_card(run: &Run) -> bool {
    let units = run.units();
    if run.wild > 0
        || run.alnum != 16
        || units.len() != 16
        || run.alnum - run.digits != 1
        || run.group_count() != 4
        || run.first_groups() != [4, 4, 4]
        || run.last_group() != 4
    {
        return false;
    }
    let mut digits = [0u8; 16];
    for (slot, &u) in digits.iter_mut().zip(units) {
        *slot = match u {
            b'0'..=b'9' => u,
            b'O' => b'0',
            b'I' | b'L' => b'1',
            b'Z' => b'2',
            b'S' => b'5',
            b'G' => b'6',
            b'B' => b'8',
            _ => return false,
        };
    }
    crate::redact::card::is_card_digits(&digits)
}

/// Whether `e` names an insurance card or one of its components.
fn card_word(e: Evidence) -> bool {
    matches!(
        e,
        Evidence::Component | Evidence::Kind(Kind8::Insured | Kind8::Insurer)
    )
}

/// Whether the word at folded character `from` of `line` stands on its own, not
/// at the end of a longer word (`点数表番号`, `保険者番号`).
fn own_word(line: &Line, from: usize) -> bool {
    let before = from.checked_sub(1).and_then(|i| line.folded().chars.get(i));
    before.is_none_or(|&(c, _)| !is_cjk(c))
}

/// Whether `run` is a length (`12桁`, `12ケタ`, `8けた`, `8文字`) or a count of parts
/// (`4つにわけて`, `2回に`).
fn a_length(text: &str, run: &Run) -> bool {
    let next = crate::substring::trim_start(crate::substring::slice(text, run.end, text.len()));
    [
        "桁", "ケタ", "けた", "文字", "行", "つに", "つで", "つの", "回に", "分割",
    ]
    .iter()
    .any(|&w| next.starts_with(w))
}

/// Whether the card's words from `h` on end `line` (`7120-33 記号番号`; not `E102
/// 枝番桁数`, a code and what it is about).
fn ends_line(line: &Line, h: &Hot) -> bool {
    let chars = &line.folded().chars;
    let mut i = h.to;
    while let Some(&(c, _)) = chars.get(i) {
        let word = line
            .hots()
            .iter()
            .find(|w| w.from == i && matches!(w.evidence, Evidence::Component | Evidence::Generic));
        match word {
            Some(w) => i = w.to,
            // A mask character stands for what it hid: the masked output reads alike.
            None if is_alnum(c) || unit(c) == Some(Unit::Wild) => return false,
            None => i += 1,
        }
    }
    true
}

/// Whether `line` names one kind and holds no value: the label of a value alone on
/// a line below it.
fn names_alone(line: &Line) -> bool {
    let mut named = None;
    for h in line.hots() {
        if !matches!(h.evidence, Evidence::Generic) {
            if named.is_some() {
                return false;
            }
            named = Some(h.evidence);
        }
    }
    line.runs.is_empty() && matches!(named, Some(Evidence::Kind(_)))
}

/// Whether `h` opens its line and names the words after it, past a colon (a chat's
/// speaker, `受付：山田`; a colon folds to `:`): what it names is on its line, not
/// below it.
fn names_words(line: &Line, h: &Hot) -> bool {
    let chars = &line.folded().chars;
    h.from == 0 && chars.get(h.to).is_some_and(|&(c, _)| c == ':') && chars.len() > h.to + 2
}

/// The word of a label line: its last that names a kind or a card's component, or
/// else its last 番号, or else one that names no value (`年金コード` stacked under
/// `基礎年金番号`: a label still, of the value after the first's).
fn label_word(line: &Line) -> Option<Evidence> {
    // From the last: the first word that names, and the first 番号 and negative
    // word met on the way.
    let (mut generic, mut negative) = (None, None);
    for h in line.hots().iter().rev() {
        match h.evidence {
            e @ (Evidence::Kind(_) | Evidence::Component) => return Some(e),
            e @ Evidence::Generic => generic = generic.or(Some(e)),
            e @ Evidence::Negative => negative = negative.or(Some(e)),
            Evidence::Branch => {}
        }
    }
    generic.or(negative)
}

/// Whether `units` hold a document's number: two capitals, then six digits or more
/// (OCR's letters for digits among them), as a passport's or a residence card's
/// starts (`MZ2O17740`).
fn document_shaped(units: &[u8]) -> bool {
    let mut caps = 0;
    let mut after = 0;
    for &u in units {
        if caps >= 2 && (u.is_ascii_digit() || misread_digit(u)) {
            after += 1;
            if after >= 6 {
                return true;
            }
        } else if u.is_ascii_uppercase() {
            caps += 1;
            after = 0;
        } else {
            caps = 0;
            after = 0;
        }
    }
    false
}

/// Whether `u` (an upper-case letter) is one OCR reads for a digit: `O`, `D`, `Q`
/// for 0, `I` and `L` for 1, `S` for 5, `B` for 8, `Z` for 2, `G` for 6.
pub(super) fn misread_digit(u: u8) -> bool {
    matches!(
        u,
        b'O' | b'D' | b'Q' | b'I' | b'L' | b'S' | b'B' | b'Z' | b'G'
    )
}

/// Whether the words of `line` that name a kind stand only in brackets, after
/// words of its own: a heading with an aside (`お客様メモ（FAX判読）`), no label.
fn named_in_aside(line: &Line) -> bool {
    let chars = &line.folded().chars;
    let depth = |at: usize| {
        let mut d = 0i32;
        for &(c, _) in chars.get(..at).unwrap_or(&[]) {
            if is_open(c) {
                d += 1;
            } else if matches!(c, ')' | ']' | '」' | '】') {
                d -= 1;
            }
        }
        d
    };
    // Words before the first bracket.
    let opened = chars.iter().position(|&(c, _)| is_open(c));
    let before = opened.is_some_and(|o| {
        chars
            .get(..o)
            .is_some_and(|b| b.iter().any(|&(c, _)| c != ' '))
    });
    let mut named = false;
    for h in line.hots() {
        if matches!(h.evidence, Evidence::Kind(_) | Evidence::Component) {
            if depth(h.from) <= 0 {
                return false;
            }
            named = true;
        }
    }
    before && named
}

/// Whether the folded characters `between` a key word and a value, past the key's
/// own cell, hold digits alone between the cells `d` parts: the value of the cell
/// before stands between (`jukyusha_no,2351955,2757763`, the key two cells back).
fn a_value_between(between: &[(char, usize)], d: Option<char>) -> bool {
    let cell = between
        .iter()
        .position(|&(c, _)| Some(c) == d)
        .unwrap_or(between.len());
    between
        .get(cell..)
        .unwrap_or(&[])
        .iter()
        .all(|&(c, _)| Some(c) == d || c.is_ascii_digit() || c == ' ')
}

/// Whether a key of its own stands after the last value of `line` between bytes
/// `from` and `to`: a `:` or `=` right after an ASCII word or a key's closing quote
/// (`, "limitYen": `, ` limit=`). Not a correction's `old:` or `new:`, which names
/// the label's value again; and when the value itself follows such a history key,
/// the keys of words between do not part them (`nenkin_no="…" status=linked
/// prev="…"`: the field's previous value).
fn key_after_value(text: &str, line: &Line, from: usize, to: usize) -> bool {
    let Some(last) = line
        .runs
        .iter()
        .filter(|r| r.start >= from && r.end <= to)
        .map(|r| r.end)
        .next_back()
    else {
        return false;
    };
    let gap = text.as_bytes().get(last..to).unwrap_or(&[]);
    // The bounds of the last ASCII word; whether a key of its own was met, and
    // what the last key was.
    let (mut start, mut end) = (0, 0);
    let (mut own, mut history) = (false, false);
    for (i, &c) in gap.iter().enumerate() {
        if c.is_ascii_alphabetic() {
            if end != i {
                start = i;
            }
            end = i + 1;
        } else if matches!(c, b':' | b'=')
            && end > start
            && (end == i || (end + 1 == i && matches!(gap.get(end), Some(b'"'))))
        {
            // A key that names no field but holds the value of the one named before
            // (`field=my_number employee=468816 value=154520704794`, `old=`, `new=`,
            // `prev=`).
            let w = gap.get(start..end).unwrap_or(&[]);
            let is = |keys: &[&[u8]]| keys.iter().any(|k| w.eq_ignore_ascii_case(k));
            history = is(&[b"old", b"new", b"prev", b"previous", b"before"]);
            own |= !history && !is(&[b"value", b"val"]);
        }
    }
    own && !history
}

/// Whether a pension number written in its two groups (4 and 6 digits, one mark
/// between) is among the findings of `text` so far.
fn pension_found(text: &str, hidden: Hidden<'_>) -> bool {
    let shaped = |f: &&Finding| {
        let b = text.as_bytes().get(f.start..f.end).unwrap_or(&[]);
        let digits = |s: &[u8]| !s.is_empty() && s.iter().all(u8::is_ascii_digit);
        f.kind == Kind::PensionNumber
            && b.len() == 11
            && digits(&b[..4])
            && matches!(b[4], b'-' | b' ')
            && digits(&b[5..])
    };
    hidden.found.iter().chain(hidden.added).any(|f| shaped(&f))
}

/// Whether `run` stands alone in a 第…号 on the line of `text` from byte `ls` to
/// `le`, as a licence prints its number (`第 460106580010 号`), maybe after the date
/// it is valid to, which OCR reads onto its line (`令和11年03月09日まで有効　第
/// 6288O2526271 号`).
fn licence_form(text: &str, (ls, le): (usize, usize), run: &Run) -> bool {
    let before = text.get(ls..run.start).map(crate::substring::trim);
    before.is_some_and(|b| {
        b == "第"
            || b.strip_suffix('第')
                .map(crate::substring::trim_end)
                .is_some_and(|b| b.ends_with("有効"))
    }) && matches!(
        text.get(run.end..le).map(crate::substring::trim),
        Some("号")
    )
}

/// Whether a sentence ends among the folded characters `between`.
fn ends_sentence(between: &[(char, usize)]) -> bool {
    any_folded(between, |c| matches!(c, '。' | '！' | '？' | '!' | '?'))
}

/// Whether a closing bracket stands between folded indices `from` and `to` of
/// `line`.
fn closed_between(line: &Line, from: usize, to: usize) -> bool {
    line.folded()
        .chars
        .get(from..to)
        .is_some_and(|b| any_folded(b, |c| matches!(c, '】' | ')' | ']' | '」' | '』' | '〕')))
}

/// How many letters, digits and mask characters finding `f` of `text` holds.
pub(super) fn units(text: &str, f: &Finding) -> usize {
    crate::substring::count_chars(crate::substring::slice(text, f.start, f.end), |c| {
        unit(c).is_some()
    })
}

impl Pass<'_> {
    /// The kind the last word for a kind before `run` names, on its line (line `li`)
    /// or the two above, when `run` is shorter than that kind's values: a part of one.
    fn kind_for_part(&mut self, li: usize, run: &Run) -> Option<Kind8> {
        let n = run.alnum + run.wild;
        for lj in (li.saturating_sub(2)..=li).rev() {
            let line = self.line(lj);
            let at = if lj == li {
                line.index(run.start)
            } else {
                usize::MAX
            };
            let found = line.hots().iter().rev().find_map(|h| match h.evidence {
                Evidence::Kind(k) if h.to <= at => Some(k),
                _ => None,
            });
            if let Some(k) = found {
                return (n < k.plausible().0).then_some(k);
            }
        }
        None
    }
}
