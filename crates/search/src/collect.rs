//! One pass over the matching records: the exact total, counts per device and per fit, and the
//! best `limit` records ordered by score, then time (earlier first, none last), then position
//! in the report; the last two are one number, the record's rank (see [`Fields::rank`]).
//!
//! Why a collector of our own: tantivy's `TopDocs` breaks score ties by document address, which
//! depends on how segments were written; identical transcripts ("stopp") score identically and
//! are common, so the tie-break decides most orderings and must be by something people see.
//!
//! Cost per matching record: two column reads for the facets, and the rank only when the record
//! could enter the best `limit` (its score is not below the worst kept). At 100,000 records the
//! query that matches everything is the slowest; see `docs/benchmarks.md`.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BinaryHeap, HashSet};

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::index::SegmentReader;
use tantivy::{BitSet, DocAddress, DocId, Score, SegmentOrdinal};

use crate::schema::Fields;

/// What a pass yields.
#[derive(Debug, Default)]
pub(crate) struct Fruit {
    /// Matching records.
    pub total: usize,
    /// Matching records per device id (records without a device are not counted).
    pub devices: BTreeMap<String, usize>,
    /// Matching records per fit name.
    pub fits: BTreeMap<String, usize>,
    /// The best records, best first.
    pub top: Vec<Ranked>,
}

/// A matching record with what ranks it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ranked {
    /// BM25 score (0 for queries of filters only).
    pub score: Score,
    /// Place in time order, then report order.
    pub rank: u64,
    /// Where the document is.
    pub address: DocAddress,
}

impl Ranked {
    /// `Less` when `self` ranks before `other`.
    fn rank(&self, other: &Ranked) -> Ordering {
        other
            .score
            .total_cmp(&self.score)
            .then(self.rank.cmp(&other.rank))
    }
}

/// Heap entries ordered so the *worst* ranked is on top.
struct Worst(Ranked);
impl PartialEq for Worst {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Worst {}
impl PartialOrd for Worst {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Worst {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.rank(&other.0)
    }
}

/// Counts, facets and top records in one pass.
pub(crate) struct Pass<'f> {
    /// Field names.
    pub fields: &'f Fields,
    /// How many records to keep.
    pub limit: usize,
    /// Whether scores matter (false for counting passes).
    pub scoring: bool,
    /// Documents an excluded word or phrase matches: never counted.
    pub skip: &'f HashSet<DocAddress>,
}

pub(crate) struct SegmentPass {
    segment: SegmentOrdinal,
    skip: Option<BitSet>,
    limit: usize,
    rank: Column<u64>,
    device: Option<StrColumn>,
    fit: Option<StrColumn>,
    device_counts: Vec<usize>,
    fit_counts: Vec<usize>,
    total: usize,
    heap: BinaryHeap<Worst>,
}

impl Collector for Pass<'_> {
    type Fruit = Fruit;
    type Child = SegmentPass;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentPass> {
        let fast = reader.fast_fields();
        let device = fast.str(self.fields.name(self.fields.device))?;
        let fit = fast.str(self.fields.name(self.fields.fit))?;
        let terms = |c: &Option<StrColumn>| c.as_ref().map_or(0, |c| c.dictionary().num_terms());
        Ok(SegmentPass {
            segment,
            skip: (!self.skip.is_empty()).then(|| {
                let mut set = BitSet::with_max_value(reader.max_doc());
                for a in self.skip.iter().filter(|a| a.segment_ord == segment) {
                    set.insert(a.doc_id);
                }
                set
            }),
            limit: self.limit,
            rank: fast.u64(self.fields.name(self.fields.rank))?,
            device_counts: vec![0; terms(&device)],
            fit_counts: vec![0; terms(&fit)],
            device,
            fit,
            total: 0,
            heap: BinaryHeap::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        self.scoring
    }

    fn merge_fruits(&self, segments: Vec<Fruit>) -> tantivy::Result<Fruit> {
        let mut out = Fruit::default();
        let mut top = Vec::new();
        for s in segments {
            out.total += s.total;
            for (k, v) in s.devices {
                *out.devices.entry(k).or_default() += v;
            }
            for (k, v) in s.fits {
                *out.fits.entry(k).or_default() += v;
            }
            top.extend(s.top);
        }
        top.sort_by(Ranked::rank);
        top.truncate(self.limit);
        out.top = top;
        Ok(out)
    }
}

impl SegmentCollector for SegmentPass {
    type Fruit = Fruit;

    fn collect(&mut self, doc: DocId, score: Score) {
        if self.skip.as_ref().is_some_and(|s| s.contains(doc)) {
            return;
        }
        self.total += 1;
        // Device and fit have one value per record.
        for (column, counts) in [
            (&self.device, &mut self.device_counts),
            (&self.fit, &mut self.fit_counts),
        ] {
            if let Some(ord) = column.as_ref().and_then(|c| c.ords().first(doc)) {
                if let Some(n) = counts.get_mut(ord as usize) {
                    *n += 1;
                }
            }
        }
        if self.limit == 0 {
            return;
        }
        let full = self.heap.len() >= self.limit;
        if full && self.heap.peek().is_some_and(|worst| score < worst.0.score) {
            return;
        }
        let ranked = Ranked {
            score,
            rank: self.rank.first(doc).unwrap_or(u64::MAX),
            address: DocAddress::new(self.segment, doc),
        };
        if !full {
            self.heap.push(Worst(ranked));
        } else if self
            .heap
            .peek()
            .is_some_and(|worst| ranked.rank(&worst.0) == Ordering::Less)
        {
            self.heap.pop();
            self.heap.push(Worst(ranked));
        }
    }

    fn harvest(self) -> Fruit {
        let names = |column: &Option<StrColumn>, counts: Vec<usize>| {
            let mut out = BTreeMap::new();
            let mut name = String::new();
            if let Some(c) = column {
                for (ord, n) in counts.into_iter().enumerate() {
                    if n > 0 && c.ord_to_str(ord as u64, &mut name).unwrap_or(false) {
                        out.insert(name.clone(), n);
                    }
                }
            }
            out
        };
        Fruit {
            total: self.total,
            devices: names(&self.device, self.device_counts),
            fits: names(&self.fit, self.fit_counts),
            top: self.heap.into_iter().map(|w| w.0).collect(),
        }
    }
}
