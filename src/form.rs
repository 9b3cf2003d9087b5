//! The disclosure-request contact form (issue #6).
