//! Custom rules: regular expressions a caller adds at run time (back-office use).
//!
//! They need the `regex` crate, behind the `rules` cargo feature: the Node build has
//! it, the browser build leaves it out to stay small, and there a rule is refused
//! with [`RedactError::RulesUnavailable`]. Patterns are compiled once, when the
//! [`super::Redactor`] is built; matching is linear in the text (the `regex` crate
//! has no backtracking).

use super::{Finding, Kind, RedactError, RuleSpec};
use crate::prelude::*;

/// Compiled rules, and the labels they give their kinds.
#[derive(Debug, Clone, Default)]
pub(crate) struct Rules {
    #[cfg(feature = "rules")]
    list: Vec<(Kind, regex::Regex)>,
    labels: Vec<(Kind, String)>,
}

/// The most compiled program size one pattern may take (1 MiB): a pattern that asks
/// for more is refused rather than slowing every call.
#[cfg(feature = "rules")]
const SIZE_LIMIT: usize = 1 << 20;

impl Rules {
    /// Compiles `specs`.
    #[cfg(not(feature = "rules"))]
    pub(crate) fn compile(specs: &[RuleSpec]) -> Result<Rules, RedactError> {
        if specs.is_empty() {
            Ok(Rules::default())
        } else {
            Err(RedactError::RulesUnavailable)
        }
    }

    /// Compiles `specs`.
    #[cfg(feature = "rules")]
    pub(crate) fn compile(specs: &[RuleSpec]) -> Result<Rules, RedactError> {
        let mut rules = Rules::default();
        for (index, spec) in specs.iter().enumerate() {
            if spec.kind.is_empty() {
                return Err(RedactError::EmptyRuleKind { index });
            }
            let kind = spec
                .kind
                .parse::<Kind>()
                .unwrap_or_else(|_| Kind::Custom(spec.kind.as_str().into()));
            let regex = regex::RegexBuilder::new(&spec.pattern)
                .size_limit(SIZE_LIMIT)
                .dfa_size_limit(SIZE_LIMIT)
                .build()
                .map_err(|e| RedactError::InvalidPattern {
                    index,
                    reason: e.to_string(),
                })?;
            rules.list.push((kind.clone(), regex));
            if let Some(label) = &spec.label {
                rules.labels.push((kind, label.clone()));
            } else if let Kind::Custom(name) = &kind {
                rules.labels.push((kind.clone(), format!("〔{name}〕")));
            }
        }
        Ok(rules)
    }

    /// Whether there are no rules.
    pub(crate) fn is_empty(&self) -> bool {
        #[cfg(feature = "rules")]
        {
            self.list.is_empty()
        }
        #[cfg(not(feature = "rules"))]
        {
            true
        }
    }

    /// The label a rule gave `kind`, if any.
    pub(crate) fn label(&self, kind: &Kind) -> Option<&str> {
        self.labels
            .iter()
            .find(|(k, _)| k == kind)
            .map(|(_, label)| label.as_str())
    }

    /// How many non-empty matches the rules have in `text`, counted up to `limit`.
    pub(crate) fn count(&self, text: &str, limit: usize) -> usize {
        #[cfg(feature = "rules")]
        {
            let mut matches = 0;
            for (_, regex) in &self.list {
                let left = limit.saturating_sub(matches);
                matches += regex
                    .find_iter(text)
                    .filter(|m| !m.is_empty())
                    .take(left)
                    .count();
            }
            matches
        }
        #[cfg(not(feature = "rules"))]
        {
            let _ = (text, limit);
            0
        }
    }

    /// Adds the rules' matches to the built-in `found`, merging overlaps.
    pub(crate) fn apply(&self, text: &str, found: Vec<Finding>) -> Vec<Finding> {
        #[cfg(feature = "rules")]
        {
            if self.list.is_empty() {
                return found;
            }
            let mut matches = Vec::new();
            for (kind, regex) in &self.list {
                matches.extend(
                    regex
                        .find_iter(text)
                        .filter(|m| !m.is_empty())
                        .map(|m| Finding {
                            kind: kind.clone(),
                            start: m.start(),
                            end: m.end(),
                        }),
                );
            }
            // Sorted by start, the longer first: a match inside another joins it.
            matches.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
            super::settle::merge(found, matches)
        }
        #[cfg(not(feature = "rules"))]
        {
            let _ = text;
            found
        }
    }
}

#[cfg(all(test, feature = "rules"))]
mod tests {
    use crate::redact::{Kind, Redactor, Style};

    #[test]
    fn a_rule_finds_its_kind() {
        let r = Redactor::builder()
            .rule("patient_id", r"P\d{6}")
            .build()
            .unwrap();
        let out = r.redact("患者ID P123456 です");
        assert_eq!(out.text, "患者ID ******* です");
        assert_eq!(out.findings[0].kind.as_str(), "patient_id");
        assert_eq!(out.findings[0].kind, Kind::Custom("patient_id".into()));
    }

    #[test]
    fn matches_are_counted_up_to_the_limit() {
        let r = Redactor::builder()
            .rule("a", "a")
            .rule("b", "b|")
            .build()
            .unwrap();
        assert_eq!(r.rule_matches("aab b", 100), 4);
        assert_eq!(r.rule_matches("aab b", 3), 3);
        assert_eq!(Redactor::default().rule_matches("aab", 100), 0);
    }

    #[test]
    fn overlapping_matches_merge_with_built_in_findings() {
        let r = Redactor::builder().rule("x", r"9018 です").build().unwrap();
        let out = r.redact("個人番号 1234 5678 9018 です");
        assert_eq!(out.findings.len(), 1);
        assert_eq!(out.findings[0].kind, Kind::MyNumber);
        assert_eq!(out.text, "個人番号 **** **** **** ＊＊");
    }

    #[test]
    fn labels_of_rules() {
        let r = Redactor::builder()
            .style(Style::Label)
            .rule_with_label("patient_id", r"P\d{6}", "〔患者ID〕")
            .rule("staff", r"S\d{4}")
            .build()
            .unwrap();
        assert_eq!(r.redact("P123456 S1234").text, "〔患者ID〕 〔staff〕");
    }

    #[test]
    fn bad_patterns_are_refused_with_their_index() {
        let err = Redactor::builder()
            .rule("a", "x")
            .rule("b", "(")
            .build()
            .unwrap_err();
        assert!(matches!(
            err,
            super::RedactError::InvalidPattern { index: 1, .. }
        ));
        let err = Redactor::builder().rule("", "x").build().unwrap_err();
        assert_eq!(err, super::RedactError::EmptyRuleKind { index: 0 });
    }

    #[test]
    fn empty_matches_are_ignored() {
        let r = Redactor::builder().rule("a", "x*").build().unwrap();
        assert!(r.redact("abc").findings.is_empty());
    }
}

#[cfg(all(test, not(feature = "rules")))]
mod tests {
    use crate::redact::{RedactError, Redactor};

    #[test]
    fn rules_need_the_feature() {
        let err = Redactor::builder().rule("a", "x").build().unwrap_err();
        assert_eq!(err, RedactError::RulesUnavailable);
        assert!(Redactor::builder().build().is_ok());
    }
}
