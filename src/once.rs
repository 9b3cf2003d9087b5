//! Tables built on first use and kept for the program's life.

/// `&'static $ty`: `$init`'s value, built on the first call from this place and
/// kept. A `once_cell::race::OnceBox`: without std (the browser build), and
/// lighter than std's `OnceLock` (which cost the module some 1.5 KB for two
/// tables); two threads that race may each build the table, and one is kept.
macro_rules! built_once {
    ($ty:ty, $init:expr) => {{
        static CELL: once_cell::race::OnceBox<$ty> = once_cell::race::OnceBox::new();
        CELL.get_or_init(|| $crate::prelude::Box::new($init))
    }};
}

pub(crate) use built_once;
