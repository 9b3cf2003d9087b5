//! Tables built on first use and kept for the program's life.

/// `&'static $ty`: `$init`'s value, built on the first call from this place and
/// kept. A `once_cell::race::OnceRef` to a leaked box: without std (the browser
/// build), and lighter than std's `OnceLock` (which cost the module some 1.5 KB
/// for two tables) or a `OnceBox` (whose freeing of a loser's table cost some 90
/// bytes); two threads that race may each build the table: one is kept, and the
/// others' copies are never freed (once per thread at most, on first use; the
/// browser build has one thread).
macro_rules! built_once {
    ($ty:ty, $init:expr) => {{
        static CELL: once_cell::race::OnceRef<'static, $ty> = once_cell::race::OnceRef::new();
        CELL.get_or_init(|| $crate::prelude::Box::leak($crate::prelude::Box::new($init)))
    }};
}

pub(crate) use built_once;
