//! Tables built on first use and kept for the program's life.

/// `&'static $ty`: `$init`'s value, built on the first call from this place and
/// kept. The browser build runs one thread, and a thread's cell does there what
/// `OnceLock` does elsewhere without its synchronisation, which cost the module
/// some 1.5 KB for two tables; a native build, which may run many threads, keeps
/// `OnceLock`.
macro_rules! built_once {
    ($ty:ty, $init:expr) => {{
        #[cfg(target_arch = "wasm32")]
        {
            thread_local! {
                static CELL: std::cell::Cell<Option<&'static $ty>> =
                    const { std::cell::Cell::new(None) };
            }
            match CELL.try_with(std::cell::Cell::get).ok().flatten() {
                Some(built) => built,
                None => {
                    let built: &'static $ty = Box::leak(Box::new($init));
                    let _kept = CELL.try_with(|cell| cell.set(Some(built)));
                    built
                }
            }
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            static CELL: std::sync::OnceLock<$ty> = std::sync::OnceLock::new();
            CELL.get_or_init(|| $init)
        }
    }};
}

pub(crate) use built_once;
