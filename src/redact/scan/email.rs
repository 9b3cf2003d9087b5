//! E-mail addresses: an `@` ends the token before it, and the address around it
//! is one finding that takes the findings it overlaps.

use crate::redact::{contact, Kind};

use super::read::Build;
use super::Scanner;

impl Scanner<'_> {
    /// Whether the `%` at `pos` starts `%40` between the parts of an e-mail address
    /// (`email=yuki.shimada%40example.jp` in a URL), when addresses are asked for.
    pub(super) fn encoded_at_sign(&self, pos: usize) -> bool {
        matches!(self.text.as_bytes().get(pos..pos + 3), Some(b"%40"))
            && self.kinds.contains(&Kind::Email)
            && contact::email_at(self.text, pos, 3).is_some()
    }

    /// An `@` (`len` bytes) at `pos`: an e-mail address around it is one finding
    /// (when asked for) and nothing else; returns where to go on.
    pub(super) fn at_sign(&mut self, st: &mut Build, pos: usize, len: usize) -> usize {
        self.shape.valued = true;
        // When addresses are not asked for, an address is text like any other: a
        // number typed right against it (`1234 5678 9018@example.com`) is judged as a
        // number, never dropped with the address.
        let address = if self.kinds.contains(&Kind::Email) {
            contact::email_at(self.text, pos, len)
        } else {
            None
        };
        let Some((mut start, end)) = address else {
            self.flush(st);
            return pos + len;
        };
        // The token before the `@` is judged whole first; then the address takes the
        // findings it overlaps. One that began before it (a number or another address
        // run into it: `1234 5678 9018@example.com`,
        // `taro@example.comhanako@example.com`) widens it, so that none of it is left
        // unmasked. Groups of the local part without a digit (`taro`, or `****` of
        // an address masked before) are the address's alone: no label takes them as
        // its value, so a text and its masked output move the labels alike.
        self.end_group(st);
        let local = self
            .token
            .groups
            .iter()
            .position(|g| g.start >= start)
            .unwrap_or(self.token.groups.len());
        if self
            .token
            .groups
            .get(local..)
            .is_some_and(|gs| gs.iter().all(|g| g.digits == 0))
        {
            self.token.truncate(local);
        }
        self.flush(st);
        while let Some(before) = self
            .findings
            .last()
            .filter(|f| f.end > start)
            .map(|f| f.start)
        {
            start = start.min(before);
            self.findings.pop();
        }
        // An address already masked whole is left as it is.
        if self
            .text
            .get(start..end)
            .is_some_and(|a| crate::substring::any_char(a, crate::redact::chars::hides))
        {
            self.emit(Kind::Email, start, end);
        }
        self.passed(pos + len, end);
        end
    }
}

#[cfg(test)]
mod tests {
    use crate::redact::scan::tests::found;
    use crate::redact::Kind;

    #[test]
    fn an_address_is_one_finding() {
        assert_eq!(
            found("連絡先 taro.yamada@example.co.jp まで", &Kind::ALL),
            [(Kind::Email, "taro.yamada@example.co.jp")]
        );
        // An address already masked is left as it is.
        assert_eq!(found("****@*******.**", &Kind::ALL), []);
    }

    #[test]
    fn an_address_takes_the_findings_it_overlaps() {
        // A card number run into the address: one finding, the address widened.
        assert_eq!(
            found("4539 5787 6362 1486@example.com", &Kind::ALL),
            [(Kind::Email, "4539 5787 6362 1486@example.com")]
        );
    }

    #[test]
    fn without_addresses_asked_for_the_number_before_the_at_is_judged() {
        assert_eq!(
            found("4539 5787 6362 1486@example.com", &[Kind::CreditCard]),
            [(Kind::CreditCard, "4539 5787 6362 1486")]
        );
    }
}
