//! A small XML reader for the pinned metadata: elements, attributes, text, comments
//! and the five predefined entities. No DTD, CDATA or processing instructions but the
//! XML declaration, which the metadata does not use.

/// One element: its name, attributes in document order, direct text and children.
#[derive(Debug, Default)]
pub struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub text: String,
    pub children: Vec<Element>,
}

impl Element {
    /// The value of an attribute.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The first child element of that name.
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }

    /// Every child element of that name, in document order.
    pub fn children<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }

    /// Every element below this one, depth first, in document order.
    pub fn descendants(&self) -> Vec<&Element> {
        let mut out = Vec::new();
        for c in &self.children {
            out.push(c);
            out.extend(c.descendants());
        }
        out
    }
}

/// Parses a whole document and returns its root element.
pub fn parse(text: &str) -> Result<Element, String> {
    let mut r = Reader { s: text, i: 0 };
    r.skip_misc()?;
    let root = r.element()?;
    r.skip_misc()?;
    if r.i != r.s.len() {
        return Err(r.fail("content after the root element"));
    }
    Ok(root)
}

struct Reader<'a> {
    s: &'a str,
    i: usize,
}

impl<'a> Reader<'a> {
    fn fail(&self, msg: &str) -> String {
        let line = self.s[..self.i].matches('\n').count() + 1;
        format!("xml line {line}: {msg}")
    }

    fn rest(&self) -> &'a str {
        &self.s[self.i..]
    }

    /// Skips white space, comments and an XML declaration.
    fn skip_misc(&mut self) -> Result<(), String> {
        loop {
            let trimmed = self.rest().trim_start();
            self.i = self.s.len() - trimmed.len();
            if trimmed.starts_with("<!--") {
                self.comment()?;
            } else if trimmed.starts_with("<?xml") {
                let end = trimmed
                    .find("?>")
                    .ok_or_else(|| self.fail("unclosed <?xml"))?;
                self.i += end + 2;
            } else {
                return Ok(());
            }
        }
    }

    fn comment(&mut self) -> Result<(), String> {
        let end = self
            .rest()
            .find("-->")
            .ok_or_else(|| self.fail("unclosed comment"))?;
        self.i += end + 3;
        Ok(())
    }

    fn name(&mut self) -> Result<String, String> {
        let len = self
            .rest()
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | ':')))
            .unwrap_or(self.rest().len());
        if len == 0 {
            return Err(self.fail("a name was expected"));
        }
        let name = self.rest()[..len].to_string();
        self.i += len;
        Ok(name)
    }

    fn skip_space(&mut self) {
        let trimmed = self.rest().trim_start();
        self.i = self.s.len() - trimmed.len();
    }

    fn expect(&mut self, what: &str) -> Result<(), String> {
        if !self.rest().starts_with(what) {
            return Err(self.fail(&format!("{what:?} was expected")));
        }
        self.i += what.len();
        Ok(())
    }

    fn element(&mut self) -> Result<Element, String> {
        self.expect("<")?;
        let mut el = Element {
            name: self.name()?,
            ..Element::default()
        };
        loop {
            self.skip_space();
            if self.rest().starts_with("/>") {
                self.i += 2;
                return Ok(el);
            }
            if self.rest().starts_with('>') {
                self.i += 1;
                break;
            }
            let key = self.name()?;
            self.skip_space();
            self.expect("=")?;
            self.skip_space();
            let quote = match self.rest().chars().next() {
                Some(q @ ('"' | '\'')) => q,
                _ => return Err(self.fail("a quoted attribute value was expected")),
            };
            self.i += 1;
            let len = self
                .rest()
                .find(quote)
                .ok_or_else(|| self.fail("unclosed attribute value"))?;
            let raw = &self.rest()[..len];
            // Attribute-value normalization: each white-space character is a space.
            let value = unescape(raw)
                .map_err(|e| self.fail(&e))?
                .replace(['\t', '\n', '\r'], " ");
            self.i += len + 1;
            el.attrs.push((key, value));
        }
        loop {
            let len = self
                .rest()
                .find('<')
                .ok_or_else(|| self.fail("unclosed element"))?;
            let text = unescape(&self.rest()[..len]).map_err(|e| self.fail(&e))?;
            el.text.push_str(&text);
            self.i += len;
            if self.rest().starts_with("<!--") {
                self.comment()?;
            } else if self.rest().starts_with("</") {
                self.i += 2;
                let end = self.name()?;
                if end != el.name {
                    return Err(self.fail(&format!("</{end}> closes <{}>", el.name)));
                }
                self.skip_space();
                self.expect(">")?;
                return Ok(el);
            } else if self.rest().starts_with("<!") || self.rest().starts_with("<?") {
                return Err(self.fail("unsupported markup"));
            } else {
                el.children.push(self.element()?);
            }
        }
    }
}

fn unescape(raw: &str) -> Result<String, String> {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let end = rest[at..]
            .find(';')
            .ok_or_else(|| "unterminated entity".to_string())?;
        out.push(match &rest[at + 1..at + end] {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            other => return Err(format!("unsupported entity &{other};")),
        });
        rest = &rest[at + end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}
