//! The knowledge base: places (the gazetteer), people and organisations, with
//! their canonical names and the forms that name them. Extraction reads text
//! against it; merging, the store, rendering and the exports name things through it.

pub mod gazetteer;
pub mod organisations;
pub mod people;
