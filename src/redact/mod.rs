//! Redaction of Japanese sensitive numbers (issue #7).
