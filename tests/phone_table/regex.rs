//! The subset of regular expressions the JP metadata uses: alternation, groups,
//! digit classes, `\d`, `?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}`, and `$`.

/// A set of digits: bit `d` stands for the digit `d`.
pub type Digits = u16;

/// All ten digits.
pub const DIGITS: Digits = 0x3ff;

/// The most strings a national-prefix alternative may stand for.
const MAX_PREFIX_LITERALS: usize = 64;

/// A parsed regular expression.
#[derive(Clone, Debug)]
pub enum Node {
    Set(Digits),
    Cat(Vec<Node>),
    Alt(Vec<Node>),
    /// The node, at least `lo` and at most `hi` times (no bound when `None`).
    Rep(Box<Node>, u32, Option<u32>),
    /// A group; `true` when it captures.
    Group(Box<Node>, bool),
    End,
}

/// Parses a pattern of the subset.
pub fn parse(text: &str) -> Result<Node, String> {
    let mut p = Parser {
        s: text.as_bytes(),
        text,
        i: 0,
    };
    let node = p.alt()?;
    if p.i != p.s.len() {
        return Err(p.fail("unexpected character"));
    }
    Ok(node)
}

struct Parser<'a> {
    s: &'a [u8],
    text: &'a str,
    i: usize,
}

impl Parser<'_> {
    fn fail(&self, msg: &str) -> String {
        format!("regex {:?} at {}: {msg}", self.text, self.i)
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn at(&self, offset: usize) -> Option<u8> {
        self.s.get(self.i + offset).copied()
    }

    fn alt(&mut self) -> Result<Node, String> {
        let mut branches = vec![self.seq()?];
        while self.peek() == Some(b'|') {
            self.i += 1;
            branches.push(self.seq()?);
        }
        Ok(if branches.len() == 1 {
            branches.pop().unwrap()
        } else {
            Node::Alt(branches)
        })
    }

    fn seq(&mut self) -> Result<Node, String> {
        let mut items = Vec::new();
        while !matches!(self.peek(), None | Some(b'|' | b')')) {
            let atom = self.atom()?;
            items.push(self.quant(atom)?);
        }
        Ok(Node::Cat(items))
    }

    fn atom(&mut self) -> Result<Node, String> {
        match self.peek() {
            Some(b'(') => {
                self.i += 1;
                let mut capturing = true;
                if self.peek() == Some(b'?') {
                    if self.at(1) != Some(b':') {
                        return Err(self.fail("unsupported group"));
                    }
                    self.i += 2;
                    capturing = false;
                }
                let inner = self.alt()?;
                if self.peek() != Some(b')') {
                    return Err(self.fail("missing )"));
                }
                self.i += 1;
                Ok(Node::Group(Box::new(inner), capturing))
            }
            Some(b'[') => Ok(Node::Set(self.class()?)),
            Some(b'\\') => {
                if self.at(1) != Some(b'd') {
                    return Err(self.fail("unsupported escape"));
                }
                self.i += 2;
                Ok(Node::Set(DIGITS))
            }
            Some(b'$') => {
                self.i += 1;
                Ok(Node::End)
            }
            Some(c @ b'0'..=b'9') => {
                self.i += 1;
                Ok(Node::Set(1 << (c - b'0')))
            }
            _ => Err(self.fail("unsupported character")),
        }
    }

    fn class(&mut self) -> Result<Digits, String> {
        self.i += 1; // [
        let mut out: Digits = 0;
        if self.peek() == Some(b'^') {
            return Err(self.fail("negated classes are not supported"));
        }
        loop {
            let c = match self.peek() {
                None => return Err(self.fail("unterminated class")),
                Some(b']') => break,
                Some(c) => c,
            };
            if c == b'\\' && self.at(1) == Some(b'd') {
                out |= DIGITS;
                self.i += 2;
                continue;
            }
            if !c.is_ascii_digit() {
                return Err(self.fail("non-digit in class"));
            }
            if self.at(1) == Some(b'-') && self.at(2) != Some(b']') {
                let hi = match self.at(2) {
                    Some(hi) if hi.is_ascii_digit() && hi >= c => hi,
                    _ => return Err(self.fail("bad range")),
                };
                for d in c..=hi {
                    out |= 1 << (d - b'0');
                }
                self.i += 3;
            } else {
                out |= 1 << (c - b'0');
                self.i += 1;
            }
        }
        self.i += 1; // ]
        Ok(out)
    }

    fn number(&mut self) -> Option<u32> {
        let start = self.i;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.i += 1;
        }
        self.text[start..self.i].parse().ok()
    }

    fn quant(&mut self, atom: Node) -> Result<Node, String> {
        let node = match self.peek() {
            Some(b'?') => {
                self.i += 1;
                Node::Rep(Box::new(atom), 0, Some(1))
            }
            Some(b'*') => {
                self.i += 1;
                Node::Rep(Box::new(atom), 0, None)
            }
            Some(b'+') => {
                self.i += 1;
                Node::Rep(Box::new(atom), 1, None)
            }
            Some(b'{') => {
                let start = self.i;
                self.i += 1;
                let bounds = self.number().and_then(|lo| {
                    let hi = if self.peek() == Some(b',') {
                        self.i += 1;
                        self.number()
                    } else {
                        Some(lo)
                    };
                    (self.peek() == Some(b'}')).then_some((lo, hi))
                });
                let Some((lo, hi)) = bounds else {
                    self.i = start;
                    return Err(self.fail("bad {}"));
                };
                self.i += 1;
                Node::Rep(Box::new(atom), lo, hi)
            }
            _ => return Ok(atom),
        };
        if matches!(self.peek(), Some(b'?' | b'+')) {
            return Err(self.fail("lazy or possessive quantifiers are not supported"));
        }
        Ok(node)
    }
}

/// Whether the node holds a `$` or a capturing group.
pub fn has_end_or_capture(node: &Node) -> bool {
    match node {
        Node::End => true,
        Node::Group(inner, capturing) => *capturing || has_end_or_capture(inner),
        Node::Cat(items) | Node::Alt(items) => items.iter().any(has_end_or_capture),
        Node::Rep(inner, _, _) => has_end_or_capture(inner),
        Node::Set(_) => false,
    }
}

/// The strings `node` matches, in the order a backtracking engine tries them
/// (alternatives left to right, greedy quantifiers longest first).
pub fn literals(node: &Node) -> Result<Vec<String>, String> {
    let too_many = || "national prefix alternative matches too many strings".to_string();
    match node {
        Node::Set(set) => Ok((0..10)
            .filter(|d| set & (1 << d) != 0)
            .map(|d| d.to_string())
            .collect()),
        Node::Group(inner, _) => literals(inner),
        Node::Alt(branches) => {
            let mut out = Vec::new();
            for b in branches {
                out.extend(literals(b)?);
            }
            Ok(out)
        }
        Node::Cat(items) => {
            let mut out = vec![String::new()];
            for item in items {
                out = product(&out, &literals(item)?);
                if out.len() > MAX_PREFIX_LITERALS {
                    return Err(too_many());
                }
            }
            Ok(out)
        }
        Node::Rep(inner, lo, hi) => {
            let hi = hi.ok_or("unbounded repetition in a national prefix alternative")?;
            let base = literals(inner)?;
            let mut out = Vec::new();
            for count in (*lo..=hi).rev() {
                let mut cur = vec![String::new()];
                for _ in 0..count {
                    cur = product(&cur, &base);
                }
                out.extend(cur);
                if out.len() > MAX_PREFIX_LITERALS {
                    return Err(too_many());
                }
            }
            Ok(out)
        }
        Node::End => Err("unexpected $ in a national prefix alternative".into()),
    }
}

fn product(heads: &[String], tails: &[String]) -> Vec<String> {
    heads
        .iter()
        .flat_map(|a| tails.iter().map(move |b| format!("{a}{b}")))
        .collect()
}
