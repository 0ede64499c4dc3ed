//! A newer read replacing an older one: the window asks for the counts of
//! each search as the user types, and only the latest answer is drawn. An
//! older search still waiting for the store, or still running, is stopped
//! (its SQL interrupted through SQLite's progress handler) and answers
//! [`Error::Superseded`] instead of holding the store, and the window's
//! thread, for an answer nobody will draw (issue 16).

use super::Store;
use crate::error::{Error, Result};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// How many SQLite steps run between two checks of a ticket (a few
/// microseconds each).
const STEPS_BETWEEN_CHECKS: i32 = 1000;

/// Hands out tickets in order: a ticket is superseded once a newer one is
/// handed out. One per kind of read (the day counts, the place counts).
#[derive(Debug, Clone, Default)]
pub struct Generations(Arc<AtomicU64>);

impl Generations {
    /// A ticket for a new read; every older ticket is superseded by it.
    pub fn next(&self) -> Ticket {
        let mine = self.0.fetch_add(1, Ordering::SeqCst) + 1;
        Ticket { latest: Arc::clone(&self.0), mine }
    }

    /// How many tickets were handed out.
    pub fn issued(&self) -> u64 {
        self.0.load(Ordering::SeqCst)
    }
}

/// A read's place in its generations.
#[derive(Debug, Clone)]
pub struct Ticket {
    latest: Arc<AtomicU64>,
    mine: u64,
}

impl Ticket {
    pub fn is_superseded(&self) -> bool {
        self.latest.load(Ordering::SeqCst) != self.mine
    }
}

impl Store {
    /// Runs `read` unless `ticket` is already superseded, interrupting its SQL
    /// as soon as it is; an answer superseded meanwhile is dropped too (the
    /// window would not draw it). A superseded read is [`Error::Superseded`].
    pub fn unless_superseded<T>(&self, ticket: &Ticket, read: impl FnOnce(&Store) -> Result<T>) -> Result<T> {
        if ticket.is_superseded() {
            return Err(Error::Superseded);
        }
        let watched = ticket.clone();
        self.conn.progress_handler(STEPS_BETWEEN_CHECKS, Some(move || watched.is_superseded()));
        let answer = read(self);
        self.conn.progress_handler(STEPS_BETWEEN_CHECKS, None::<fn() -> bool>);
        match answer {
            _ if ticket.is_superseded() => Err(Error::Superseded),
            answer => answer,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::LaneMode;
    use crate::EventFilter;

    fn sample() -> Store {
        Store::sample_in_memory()
    }

    #[test]
    fn the_latest_read_answers() {
        let store = sample();
        let searches = Generations::default();
        let ticket = searches.next();
        let counts = store.unless_superseded(&ticket, |s| s.day_counts(&EventFilter::default(), LaneMode::None)).unwrap();
        assert!(counts.total > 0);
    }

    #[test]
    fn a_read_superseded_while_it_waited_does_not_run() {
        let store = sample();
        let searches = Generations::default();
        let older = searches.next();
        let _newer = searches.next();
        let mut ran = false;
        let answer = store.unless_superseded(&older, |_| {
            ran = true;
            Ok(())
        });
        assert!(matches!(answer, Err(Error::Superseded)), "{answer:?}");
        assert!(!ran);
    }

    #[test]
    fn a_newer_read_interrupts_the_sql_of_a_running_one() {
        let store = sample();
        let searches = Generations::default();
        let older = searches.next();
        let mut steps_done = None;
        let answer = store.unless_superseded(&older, |s| {
            // A newer search arrives while this one's SQL runs (a count over a million rows).
            let _newer = searches.next();
            let counted = s.conn.query_row(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) SELECT count(*) FROM n",
                [],
                |r| r.get::<_, i64>(0),
            );
            steps_done = Some(counted.is_ok());
            Ok(counted?)
        });
        assert!(matches!(answer, Err(Error::Superseded)), "{answer:?}");
        assert_eq!(steps_done, Some(false), "the query was interrupted, not run to its end");
        // The connection is whole and unwatched after: the next read runs to its end.
        let latest = searches.next();
        let total =
            store.unless_superseded(&latest, |s| Ok(s.conn.query_row("SELECT count(*) FROM events", [], |r| r.get::<_, i64>(0))?));
        assert!(total.unwrap() > 0);
    }
}
