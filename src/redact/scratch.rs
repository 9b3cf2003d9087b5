//! Buffers kept from one redaction to the next on the same thread.
//!
//! A short text (a form's field, a value of an exported record) takes some
//! thousands of instructions to redact, and the buffers a reading allocates (the
//! token being built, the lines and their shapes, the context pass's lines and
//! runs) were about a tenth of them (valgrind, 2026-12-02: 13 allocations for
//! `03-1234-5678`). The readings take those buffers from here and give them back
//! when done. A thread keeps a few of each kind, and only small ones: one that once
//! redacted a large text does not hold on to its memory.
//!
//! The `reuse` feature (on by default, and in the Node build) turns it on; the
//! browser build leaves it out, where it would cost about 1 KiB gzip of the download,
//! and every buffer is then new.
//!
//! ```text
//! let mut token: Token = scratch::take();   // a kept buffer, or a new one
//! ...                                       // used as any other
//! scratch::give(token);                     // emptied and kept, if small
//! ```

use crate::prelude::*;
#[cfg(feature = "reuse")]
use std::cell::RefCell;

use super::context::Buffers;
use super::lines::Lines;
use super::token::Token;

/// How many buffers of one kind a thread keeps (a reading uses one or two at a time).
#[cfg(feature = "reuse")]
const KEEP: usize = 4;
/// The largest buffer kept, in bytes of capacity.
#[cfg(feature = "reuse")]
const MAX_BYTES: usize = 64 * 1024;

/// A buffer that can be kept for the next reading.
#[cfg_attr(not(feature = "reuse"), allow(dead_code))]
pub(crate) trait Reuse: Default + 'static {
    /// Empties it, keeping its capacity.
    fn empty(&mut self);
    /// The bytes it holds room for.
    fn capacity_bytes(&self) -> usize;
    /// Runs `f` on this thread's shelf of buffers of this kind, if it is free.
    #[cfg(feature = "reuse")]
    fn with_shelf<R>(f: impl FnOnce(&mut Vec<Self>) -> R) -> Option<R>;
}

/// A buffer of kind `T`: one this thread kept, or a new one.
pub(crate) fn take<T: Reuse>() -> T {
    #[cfg(feature = "reuse")]
    if let Some(kept) = T::with_shelf(Vec::pop).flatten() {
        return kept;
    }
    T::default()
}

/// Gives `buffer` back: it is emptied and kept for the next reading, unless the
/// thread keeps enough of its kind or it is large (without the `reuse` feature, it
/// is dropped).
pub(crate) fn give<T: Reuse>(buffer: T) {
    #[cfg(feature = "reuse")]
    keep(buffer);
    #[cfg(not(feature = "reuse"))]
    drop(buffer);
}

/// Keeps `buffer` on its shelf, emptied, if it is small and the shelf has room.
#[cfg(feature = "reuse")]
fn keep<T: Reuse>(mut buffer: T) {
    if buffer.capacity_bytes() > MAX_BYTES {
        return;
    }
    buffer.empty();
    T::with_shelf(|shelf| {
        if shelf.len() < KEEP {
            shelf.push(buffer);
        }
    });
}

/// Bytes of room in `v`.
pub(crate) fn room<T>(v: &Vec<T>) -> usize {
    v.capacity() * core::mem::size_of::<T>()
}

/// Declares a thread's shelf for each kind of buffer.
macro_rules! shelves {
    ($($shelf:ident: $kind:ty),* $(,)?) => {
        #[cfg(feature = "reuse")]
        thread_local! {
            $(static $shelf: RefCell<Vec<$kind>> = const { RefCell::new(Vec::new()) };)*
        }
        $(impl Reuse for $kind {
            fn empty(&mut self) {
                self.clear();
            }
            fn capacity_bytes(&self) -> usize {
                self.room()
            }
            #[cfg(feature = "reuse")]
            fn with_shelf<R>(f: impl FnOnce(&mut Vec<Self>) -> R) -> Option<R> {
                // A thread being torn down has no shelf any more; nothing is kept then.
                $shelf
                    .try_with(|shelf| shelf.try_borrow_mut().ok().map(|mut s| f(&mut s)))
                    .ok()
                    .flatten()
            }
        })*
    };
}

shelves! {
    TOKENS: Token,
    LINES: Lines,
    BUFFERS: Buffers,
}

#[cfg(all(test, feature = "reuse"))]
mod tests {
    use super::{give, take, KEEP};
    use crate::redact::lines::Lines;

    #[test]
    fn a_buffer_given_back_comes_back_empty_with_its_room() {
        let mut lines: Lines = take();
        lines.push(0, 3, Default::default());
        let room = lines.spans.capacity();
        assert!(room > 0);
        give(lines);
        let again: Lines = take();
        assert!(again.spans.is_empty() && again.shapes.is_empty());
        assert_eq!(again.spans.capacity(), room);
    }

    #[test]
    fn large_buffers_and_more_than_a_few_are_not_kept() {
        // Empty the shelf first (other tests on this thread may have left some).
        let kept: Vec<Lines> = (0..KEEP + 2).map(|_| take()).collect();
        drop(kept);
        let mut big = Lines::default();
        big.spans.reserve(1 << 20);
        give(big);
        assert_eq!(
            take::<Lines>().spans.capacity(),
            0,
            "a large buffer was kept"
        );
        for _ in 0..KEEP + 3 {
            let mut l = Lines::default();
            l.spans.reserve(8);
            give(l);
        }
        let taken: Vec<Lines> = (0..KEEP + 3).map(|_| take()).collect();
        let with_room = taken.iter().filter(|l| l.spans.capacity() > 0).count();
        assert_eq!(with_room, KEEP);
    }
}
