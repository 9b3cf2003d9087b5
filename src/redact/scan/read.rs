//! Reading characters into tokens: letters, digits and mask characters make
//! groups, separators join groups into a token, and anything else ends the token,
//! which is then judged ([`super::judge`]). Labels are found on the way and
//! remembered.

use crate::redact::chars::{amount_at, day_at, is_invisible, minutes_at, sep, unit, Sep, Unit};
use crate::redact::labels::{
    ascii_may_go_on, char_at, filter_hit, first_char, match_at, may_go_on, may_start_label, Family,
    Found,
};
use crate::redact::token::{Group, MAX_UNITS};
use crate::redact::{kanji_digits, spoken_digits};

use super::distance::within;
use super::{Scanner, Slot, MEMORY, SYMBOL_CONTEXT};

/// The end of the run of inert characters starting at byte `pos`: hiragana
/// (U+3041–U+309F), CJK punctuation (U+3001–U+303F), katakana (U+30A1–U+30FA) and
/// kanji (U+3400–U+9FFF) that cannot
/// start a label nor are a kanji digit ([`may_start_label`]'s bit filter says no, or
/// no label they start goes on with the character after them: [`may_go_on`]).
/// Such a character is never part of a value nor of a label, so the scanner only has
/// to end the token before it. `pos` itself when the character there is not inert.
#[inline]
fn inert_run(bytes: &[u8], pos: usize) -> usize {
    // The bytes left, taken three at a time off the front (a test of their length
    // each, where indexing from `pos` tests `pos + 3` for overflow too).
    let Some(mut rest) = bytes.get(pos..) else {
        return pos;
    };
    // All three ranges are of 3-byte characters, whose UTF-8 read as a number
    // orders them as their code points do (`pos` is a character's start).
    while let [b0, b1, b2, tail @ ..] = rest {
        let inert = match u32::from_be_bytes([0, *b0, *b1, *b2]) {
            // U+3041–U+309F.
            0xE3_81_81..=0xE3_82_9F => true,
            // U+30A1–U+30FA, U+3400–U+9FFF: the filter reads the low 12 bits.
            0xE3_82_A1..=0xE3_83_BA | 0xE3_90_80..=0xE9_BF_BF => {
                let low = (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F);
                !filter_hit(low) || !may_go_on(low, tail)
            }
            // U+3001–U+303F, CJK punctuation (、。「」): no letter, digit nor
            // separator among them (U+3000, a space, is one); 〒 starts a label and
            // 〇 is a kanji digit, which the filter knows.
            0xE3_80_81..=0xE3_80_BF => !filter_hit(u32::from(b2 & 0x3F)),
            _ => false,
        };
        if !inert {
            break;
        }
        rest = tail;
    }
    bytes.len() - rest.len()
}

/// Whether `No.` or `No:` (any case, a full-width stop or colon too) starts at
/// byte `pos`: the label of the next value, not two letters that end this one
/// (`記号 1101 No. 2284`, as `AB12345678 CD` ends in two).
fn number_sign(text: &str, pos: usize) -> bool {
    let b = text.as_bytes();
    matches!(b.get(pos..pos + 2), Some([b'N' | b'n', b'o' | b'O']))
        && matches!(
            b.get(pos + 2..pos + 5),
            Some([b'.' | b':', ..] | [0xEF, 0xBC, 0x8E | 0x9A])
        )
}

/// The group being built and the separators after the last one.
#[derive(Debug, Default)]
pub(super) struct Build {
    /// The group being built.
    cur: Option<Group>,
    /// The separators after the last group, if the token may go on.
    pending: Option<Pending>,
}

/// A separator run after the last group of the token being built.
#[derive(Debug, Clone, Copy)]
struct Pending {
    /// What kind of separator (a space and a parenthesis make a parenthesis).
    sep: Sep,
    /// How many characters (at most two).
    chars: u8,
}

impl Scanner<'_> {
    /// Reads from byte `from` (a line start, or the start) up to `to`, or a little
    /// past it when a label goes on past it; returns where it stopped.
    pub(super) fn read(&mut self, from: usize, to: usize) -> usize {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut st = Build::default();
        let mut pos = from;
        while pos < to {
            let Some(&b) = bytes.get(pos) else {
                break;
            };
            if b < 0x80 {
                let c = char::from(b);
                if let Some(u) = unit(c) {
                    self.shape.unit(u);
                    pos = self.on_unit(&mut st, pos, pos + 1, to, c, u);
                } else if let Some(s) = sep(c) {
                    self.on_sep(&mut st, s);
                    if b == b' ' {
                        self.shape.note(bytes, pos);
                    }
                    pos += 1;
                } else if b == b'@' {
                    pos = self.at_sign(&mut st, pos, 1);
                } else if b == 0x01 {
                    // Invisible ([`is_invisible`]): what it joins reads as it looks.
                    pos += 1;
                } else if b == b'%' && self.encoded_at_sign(pos) {
                    // `%40`, the `@` of an address in a URL's query: its digits
                    // are the line's too.
                    if let Some(u) = unit('4') {
                        self.shape.unit(u);
                    }
                    pos = self.at_sign(&mut st, pos, 3);
                } else {
                    // No ASCII punctuation starts a label.
                    self.flush(&mut st);
                    pos += 1;
                    if b == b'\n' {
                        self.line_end(pos);
                        if self.kanji_digits {
                            return pos;
                        }
                    } else {
                        self.shape.note(bytes, pos - 1);
                    }
                }
                continue;
            }
            // Hiragana, and kanji and katakana that start no label: the bulk of
            // Japanese text, never part of a value. The token ends; the run is
            // skipped three bytes at a time without decoding a `char`.
            let inert = inert_run(bytes, pos);
            if inert > pos {
                self.flush(&mut st);
                pos = inert;
                continue;
            }
            let Some((c, end)) = char_at(bytes, pos) else {
                break;
            };
            // Two kanji digits in a row, not both 〇, or one beside a written digit
            // (kanji digits are never inert): a reading of their own is to read them
            // as digits, and this one ends at the line's end.
            if let Some(d) = kanji_digits::digit_at(bytes, pos) {
                let before = pos
                    .checked_sub(3)
                    .and_then(|b| kanji_digits::digit_at(bytes, b));
                self.kanji_digits |= before.is_some_and(|b| d + b > 0)
                    || kanji_digits::beside_digit(bytes, pos, end)
                    || kanji_digits::spaced_fourth(bytes, pos);
            }
            // Kanji and katakana (but ー, a separator): never part of a value (a
            // 記号's kana or kanji are added later), maybe the start of a label; they
            // need no folding.
            if matches!(c, '\u{3400}'..='\u{9FFF}') || matches!(c, '\u{30A1}'..='\u{30FA}') {
                self.flush(&mut st);
                pos = end;
                if may_start_label(c) {
                    if let Some(found) = match_at(text, pos - c.len_utf8(), c) {
                        pos = self.remember(found, pos - c.len_utf8(), end);
                    }
                }
                continue;
            }
            if let Some(u) = unit(c) {
                self.shape.unit(u);
                pos = self.on_unit(&mut st, pos, end, to, c, u);
            } else if let Some(s) = sep(c) {
                self.on_sep(&mut st, s);
                pos = end;
            } else if c == '＠' {
                pos = self.at_sign(&mut st, pos, end - pos);
            } else if is_invisible(c) {
                // What it joins reads as it looks.
                pos = end;
            } else {
                // No character of a line's shape but those above, the bars of
                // tables and a full-width slash.
                self.flush(&mut st);
                if matches!(
                    c,
                    '｜' | '／'
                        | '│'
                        | '├'
                        | '┤'
                        | '┼'
                        | '┃'
                        | '┣'
                        | '┫'
                        | '╋'
                        | '║'
                        | '╠'
                        | '╣'
                        | '╬'
                ) {
                    self.shape.note(bytes, pos);
                }
                pos = match self.label_at(pos, c) {
                    Some(found) => self.remember(found, pos, end),
                    None => end,
                };
            }
        }
        self.flush(&mut st);
        if pos == text.len() && self.line.start.at < pos {
            self.line_end(pos);
        }
        pos
    }

    /// A letter, digit or mask character at `pos..end`, in a reading up to `to`;
    /// returns where to go on.
    #[inline]
    fn on_unit(
        &mut self,
        st: &mut Build,
        pos: usize,
        end: usize,
        to: usize,
        c: char,
        u: Unit,
    ) -> usize {
        // An English label starts with a letter outside a group.
        if st.cur.is_none() && matches!(u, Unit::Letter(..)) {
            if let Some(found) = self.label_at(pos, c) {
                self.flush(st);
                return self.remember(found, pos, end);
            }
        }
        let g = match (st.cur.as_mut(), st.pending) {
            (Some(g), _) => {
                self.token.extend_group(g, end, u);
                g
            }
            (None, Some(p))
                if self.can_join(p, u)
                    && !number_sign(self.text, pos)
                    && !(p.sep == Sep::Space && amount_at(self.text.as_bytes(), pos)) =>
            {
                st.pending = None;
                st.cur
                    .insert(self.token.start_group(pos, end, u, Some(p.sep)))
            }
            (None, _) => {
                self.flush(st);
                st.cur.insert(self.token.start_group(pos, end, u, None))
            }
        };
        // The ASCII letters, digits and `*` right after it only extend its group,
        // as the reading's loop would have them do one call each: most values are
        // ASCII.
        let mut end = end;
        while let Some(u) = self
            .text
            .as_bytes()
            .get(end)
            .filter(|&&b| b < 0x80 && end < to)
            .and_then(|&b| unit(char::from(b)))
        {
            self.shape.unit(u);
            end += 1;
            self.token.extend_group(g, end, u);
        }
        end
    }

    /// A separator.
    #[inline]
    fn on_sep(&mut self, st: &mut Build, s: Sep) {
        if let Some(g) = st.cur.take() {
            let bytes = self.text.as_bytes();
            let minutes = s == Sep::Space
                && g.sep_before.is_none()
                && g.digits == g.len
                && ((g.len == 2 && minutes_at(bytes, g.start)) || day_at(bytes, g.start, g.end));
            self.close_group(g);
            if minutes {
                // A time's minutes or a date's day end their value (`18:02 4354
                // 8957`, `3/15 4325-7433-7460-1926`).
                self.flush(st);
                return;
            }
            st.pending = Some(Pending { sep: s, chars: 1 });
        } else if let Some(p) = st.pending.as_mut() {
            // `+81 (0)90…`, `03 (1234) 5678`: a parenthesis may pair with a space;
            // any other run of two separators ends the value.
            if p.chars == 1 && (p.sep == Sep::Paren || s == Sep::Paren) {
                p.chars = 2;
                p.sep = Sep::Paren;
            } else {
                self.flush(st);
            }
        }
    }

    /// The label starting with `c` at `pos`, if one does.
    fn label_at(&self, pos: usize, c: char) -> Option<Found> {
        let first = first_char(self.text, pos, c);
        if !may_start_label(first) {
            return None;
        }
        // An ASCII letter before an ASCII character that no label of it goes on
        // with: most English words.
        if c.is_ascii() {
            let next = self.text.as_bytes().get(pos + 1);
            if next.is_some_and(|&b| !ascii_may_go_on(first, b)) {
                return None;
            }
        }
        match_at(self.text, pos, c)
    }

    /// Records a label found at `pos`, whose first character ends at `end`, and
    /// returns where the reading goes on: past the label (its bytes noted in the
    /// line's shape).
    fn remember(&mut self, found: Found, pos: usize, end: usize) -> usize {
        let next = found.end.max(end);
        self.passed(end, next);
        self.record(found, pos);
        next
    }

    /// Records a label found at `pos` in the reading's memory.
    pub(super) fn record(&mut self, mut found: Found, pos: usize) {
        // After ゆうちょ, a 記号 and a 番号 (or the two written as one) are a
        // passbook's: the account's, not an insurance card's. Not after a
        // ゆうちょ inside a value found before, which its mask hides.
        let findings = &self.findings;
        let found_at = |i: usize| {
            findings
                .iter()
                .rev()
                .take(4)
                .any(|f| f.start <= i && i < f.end)
        };
        if matches!(
            found.family,
            Family::InsuredSymbol | Family::InsuredNumber | Family::InsuredSingle
        ) && crate::redact::bank::yucho_outside(self.text, pos, found_at)
        {
            found.family = Family::Bank;
            found.quota = 1;
            found.needs_symbol = false;
        }
        // Spoken digits after any word for a number (a bare `番号は、〇八〇の…` too).
        // (Asked of a reading that notes its lines only: no one asks `find`'s,
        // nor the masked reading's.)
        // And a number dictated whole further on, after a label of a kind (`マイナ
        // ンバーを…読み上げられてしまった：⏎「さん・ぜろ・…」`).
        if !self.spoken && self.log.is_some() && found.family != Family::Negative {
            // (A bare `の番号` names no kind, but a number dictated whole after it
            // is someone's: `ご本人の番号を…⏎読み上げ：「ハチサンイチゴ、…」`.)
            let bare_number = found.family == Family::Skip
                && matches!(
                    crate::substring::char_before(self.text, found.end),
                    Some('号')
                );
            self.spoken = (found.family != Family::Skip
                && spoken_digits::near(self.text, found.end))
                || ((found.family.names_a_kind() || bare_number)
                    && spoken_digits::dictated_after(self.text, found.end));
        }
        match found.family {
            Family::Skip => return,
            // What is not sensitive, in an aside right after a label, is said of
            // where the value came from (`免許証番号（申込書記入欄）：30-18-998375-60`);
            // listed after it, of a value after the label's (`基礎年金番号・年金コード⏎
            // 9118-238074 1150`).
            Family::Negative if self.right_after_label(pos) => return,
            Family::InsuredSymbol => self.last_symbol_end = Some(found.end),
            Family::InsuredNumber if found.needs_symbol => {
                // A bare 番号 labels the card's number only just after a 記号.
                let near = self
                    .last_symbol_end
                    .is_some_and(|at| at <= pos && within(self.text, at, pos, SYMBOL_CONTEXT, 2));
                if !near {
                    return;
                }
            }
            _ => {}
        }
        if let Some(slot) = self.labels.get_mut(self.next_label) {
            self.undo.push((self.next_label, *slot));
            *slot = Some(Slot {
                family: found.family,
                at: pos,
                anchor: found.end,
                quota: found.quota,
            });
        }
        self.next_label = (self.next_label + 1) % MEMORY;
    }

    /// Whether the label at `pos` opens an aside in brackets, or is listed with a
    /// `・` or a `/`, right after the newest label remembered, which announces a
    /// value.
    fn right_after_label(&self, pos: usize) -> bool {
        let Some(mark) = crate::substring::char_before(self.text, pos) else {
            return false;
        };
        let newest = self
            .labels
            .get((self.next_label + MEMORY - 1) % MEMORY)
            .copied()
            .flatten();
        matches!(mark, '（' | '(' | '・' | '･' | '/' | '／')
            && newest.is_some_and(|slot| {
                slot.anchor + mark.len_utf8() == pos
                    && !matches!(slot.family, Family::Negative | Family::Skip)
            })
    }

    /// Whether a unit `u` after separator run `p` continues the token.
    fn can_join(&self, p: Pending, u: Unit) -> bool {
        let Some(prev) = self.token.groups.last() else {
            return false;
        };
        let numeric = !matches!(u, Unit::Letter(..));
        match p.sep {
            Sep::Space if p.chars == 1 => {
                // After digits: more digits, or a two-letter tail (`AB12345678 CD`,
                // checked when the tail ends). After two letters: digits
                // (`TK 1234567`).
                !prev.last_letter
                    || (prev.pure_letters() && prev.len <= 2 && matches!(u, Unit::Digit(_)))
            }
            // After a letter or two, digits past a hyphen: a 記号 (`G-31`, `NK-12`).
            Sep::Dash => numeric && (!prev.last_letter || (prev.pure_letters() && prev.len <= 3)),
            _ => !prev.last_letter && numeric,
        }
    }

    /// Adds a finished group to the token. A group of letters joined to digits by a
    /// space must be a short tail (`CD` of `AB12345678 CD`); otherwise the token ends
    /// before it and a new one starts with it.
    fn close_group(&mut self, g: Group) {
        let after_digits = self.token.groups.last().is_some_and(|p| !p.last_letter);
        let tail_ok = g.pure_letters() && g.len <= 2;
        if g.sep_before == Some(Sep::Space) && g.first_letter && after_digits && !tail_ok {
            // The group's units are the last ones in the buffer (at most
            // MAX_UNITS + 1 of them are kept).
            let stored = (g.len as usize)
                .min(MAX_UNITS + 1)
                .min(self.token.norm.len());
            let cut = self.token.norm.len() - stored;
            let mut units = [0u8; MAX_UNITS + 1];
            if let (Some(dst), Some(src)) = (units.get_mut(..stored), self.token.norm.get(cut..)) {
                for (d, s) in dst.iter_mut().zip(src) {
                    *d = *s;
                }
            }
            // Judge the token without the group, then start again from it.
            self.token.norm.truncate(cut);
            self.classify();
            self.token.clear();
            let mut first = g;
            first.sep_before = None;
            first.set_norm_at(0);
            debug_assert!(stored <= units.len());
            self.token
                .norm
                .extend_from_slice(units.get(..stored).unwrap_or(&[]));
            self.token.groups.push(first);
            return;
        }
        self.token.groups.push(g);
    }

    /// Closes the group being built and forgets the separators after it; the
    /// token stays to be judged.
    pub(super) fn end_group(&mut self, st: &mut Build) {
        if let Some(g) = st.cur.take() {
            self.close_group(g);
        }
        st.pending = None;
    }

    /// Ends the token being built and judges it.
    #[inline]
    pub(super) fn flush(&mut self, st: &mut Build) {
        self.end_group(st);
        if !self.token.groups.is_empty() {
            self.classify();
            self.token.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::inert_run;
    use crate::redact::scan::tests::found;
    use crate::redact::Kind;

    #[test]
    fn inert_runs_stop_at_what_may_matter() {
        // Hiragana and kanji that start no label are skipped three bytes at a time.
        assert_eq!(inert_run("こんにちは1".as_bytes(), 0), 15);
        // A kanji that may start a label (記号) ends the run.
        assert_eq!(inert_run("です記号".as_bytes(), 0), 6);
        // ASCII, ー and full-width digits are not inert.
        assert_eq!(inert_run(b"abc", 0), 0);
        assert_eq!(inert_run("ー".as_bytes(), 0), 0);
        assert_eq!(inert_run("１".as_bytes(), 0), 0);
        assert_eq!(inert_run("あ".as_bytes(), 3), 3);
    }

    #[test]
    fn a_label_s_first_character_is_inert_before_what_no_label_goes_on_with() {
        // 記 starts 記号 and 記・番, not 記載.
        assert_eq!(inert_run("記載です".as_bytes(), 0), 12);
        assert_eq!(inert_run("記号".as_bytes(), 0), 0);
        // カ before a voiced mark reads as ガ: not passed over.
        assert_eq!(inert_run("カ\u{309B}".as_bytes(), 0), 0);
        // A kanji digit never is.
        assert_eq!(inert_run("二日".as_bytes(), 0), 0);
        // Nor 〒, a label, 〇, nor U+3000, a space; 、 and 「」 are.
        assert_eq!(inert_run("、「です」〒".as_bytes(), 0), 15);
        assert_eq!(inert_run("〇".as_bytes(), 0), 0);
        assert_eq!(inert_run("\u{3000}".as_bytes(), 0), 0);
    }

    #[test]
    fn business_hours_in_brackets_after_a_phone_number_are_no_part_of_it() {
        let phone = [Kind::Phone];
        assert_eq!(
            found("サポート 0570-300-992（10:00～19:00）", &phone),
            [(Kind::Phone, "0570-300-992")]
        );
        assert_eq!(
            found("TEL 03(1234)5678", &phone),
            [(Kind::Phone, "03(1234)5678")]
        );
    }

    #[test]
    fn separators_join_groups_into_one_value() {
        let card = [Kind::CreditCard];
        assert_eq!(
            found("4539-5787-6362-1486", &card),
            [(Kind::CreditCard, "4539-5787-6362-1486")]
        );
        assert_eq!(
            found("４５３９ ５７８７ ６３６２ １４８６", &card),
            [(Kind::CreditCard, "４５３９ ５７８７ ６３６２ １４８６")]
        );
        // Two separators in a row end the value.
        assert_eq!(found("4539  5787 6362 1486", &card), []);
        // So does a line break.
        assert_eq!(found("4539 5787\n6362 1486", &card), []);
    }

    #[test]
    fn words_end_a_value_and_labels_are_remembered() {
        assert_eq!(
            found("4539578763621486です", &[Kind::CreditCard]),
            [(Kind::CreditCard, "4539578763621486")]
        );
        // The label is read across the prose between it and its value.
        assert_eq!(
            found("保険者番号は次のとおり：01130012", &[Kind::InsurerNumber]),
            [(Kind::InsurerNumber, "01130012")]
        );
        // A bare 番号 labels a card's number only just after a 記号.
        let insured = [Kind::InsuredNumber];
        assert_eq!(
            found("記号 12 番号 345", &insured),
            [(Kind::InsuredNumber, "12"), (Kind::InsuredNumber, "345")]
        );
        assert_eq!(found("番号 345", &insured), []);
    }
}
