//! French: the locale's data and named rules (word tables, the trigger lexicon
//! and its inflections). The engine in `extract/` reads text with them.

pub mod conjugation;
pub mod lexicon;
