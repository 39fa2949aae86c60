//! A `customerHistoryRecords` page read straight into the fields the module uses.
//!
//! Parsing a 100 KB page into a `serde_json::Value` tree allocates a map, a string per key and
//! a string per value, only for the module to look up a dozen of them; on the 100,000-record
//! export that was a fifth of the whole audit. Here the page is read once into these few
//! fields, borrowing the text from the page's bytes where it has no escapes, and everything
//! else is skipped while parsing.
//!
//! It reads exactly what the `Value` route reads: a field of another type than expected counts
//! as absent (as `Value::as_str` and `as_i64` say), an entry that is not an object is reported
//! as one, and of a key given twice the last one counts. A page of any other shape (no
//! `customerHistoryRecords` list at the top level, or invalid JSON) gives `None`, and the module
//! takes the `Value` route, which says what is wrong with it. One difference is deliberate: a
//! number too large for a 64-bit float in a field the module does not read stops the `Value`
//! route ("number out of range") but is simply skipped here.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// The entries of a page's `customerHistoryRecords` list, or `None` when the page has no such
/// list (or is not JSON at all).
pub(super) fn entries(bytes: &[u8]) -> Option<Vec<Entry<'_>>> {
    serde_json::from_slice::<Top<'_>>(bytes).ok()?.entries
}

/// One entry already parsed as a `Value` (a page that took the `Value` route): its fields, or
/// `None` when it is not an object.
pub(super) fn entry(value: &serde_json::Value) -> Option<HistoryRecord<'_>> {
    Object::deserialize(value).ok()?.0
}

/// One entry: its fields, or `None` when it is not an object.
pub(super) type Entry<'a> = Option<HistoryRecord<'a>>;

/// The fields of one `customerHistoryRecords` entry the module reads.
#[derive(Debug, Default)]
pub(super) struct HistoryRecord<'a> {
    pub record_key: Text<'a>,
    pub timestamp: Millis,
    pub customer_id: Text<'a>,
    /// `device.deviceName`.
    pub device_name: Text<'a>,
    pub utterance_id: Text<'a>,
    /// `voiceHistoryRecordItems`, when it is a list.
    pub items: Vec<Item<'a>>,
}

/// The fields of one `voiceHistoryRecordItems` entry (all absent when it is not an object).
#[derive(Debug, Default)]
pub(super) struct Item<'a> {
    pub utterance_id: Text<'a>,
    /// `personsInfo[].personFirstName`, one per person (absent where not text).
    pub persons: Vec<Text<'a>>,
    pub transcript_text: Text<'a>,
    pub record_item_type: Text<'a>,
}

/// A text field: its text, or `None` when the value is not a string (`Value::as_str`).
#[derive(Debug, Default)]
pub(super) struct Text<'a>(pub Option<Cow<'a, str>>);

impl Text<'_> {
    /// Trimmed and not empty, as the module's `text` helper reads a field.
    pub fn trimmed(&self) -> Option<String> {
        self.0
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    }

    /// The text as it is.
    pub fn exact(&self) -> Option<&str> {
        self.0.as_deref()
    }
}

/// Epoch milliseconds given as an integer or a string of digits (`Value::as_i64`, else the
/// trimmed string parsed); `None` for anything else.
#[derive(Debug, Default)]
pub(super) struct Millis(pub Option<i64>);

/// Skips what is left of a list.
fn skip_seq<'de, A: SeqAccess<'de>>(mut seq: A) -> Result<(), A::Error> {
    while seq.next_element::<IgnoredAny>()?.is_some() {}
    Ok(())
}

/// Skips what is left of an object.
fn skip_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<(), A::Error> {
    while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
    Ok(())
}

/// Implements the `visit_*` methods for every kind of value a field does not expect: each
/// gives `$absent`, and lists and objects are skipped to their end.
macro_rules! otherwise {
    ($absent:expr) => {
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
            Ok($absent)
        }
        fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
            Ok($absent)
        }
        fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
            Ok($absent)
        }
        fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
            Ok($absent)
        }
        fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
            Ok($absent)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok($absent)
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok($absent)
        }
    };
}

macro_rules! not_a_list {
    ($absent:expr) => {
        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
            skip_seq(seq)?;
            Ok($absent)
        }
    };
}

macro_rules! not_an_object {
    ($absent:expr) => {
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
            skip_map(map)?;
            Ok($absent)
        }
    };
}

impl<'de> Deserialize<'de> for Text<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Text<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Text<'de>, E> {
                Ok(Text(Some(Cow::Borrowed(v))))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Text<'de>, E> {
                Ok(Text(Some(Cow::Owned(v))))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text<'de>, E> {
                Ok(Text(Some(Cow::Owned(v.to_string()))))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Text<'de>, E> {
                Ok(Text(None))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Text<'de>, E> {
                Ok(Text(None))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<Text<'de>, E> {
                Ok(Text(None))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Text<'de>, E> {
                Ok(Text(None))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Text<'de>, E> {
                Ok(Text(None))
            }
            fn visit_none<E: de::Error>(self) -> Result<Text<'de>, E> {
                Ok(Text(None))
            }
            not_a_list!(Text(None));
            not_an_object!(Text(None));
        }
        d.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for Millis {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Millis;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Millis, E> {
                Ok(Millis(Some(v)))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Millis, E> {
                Ok(Millis(i64::try_from(v).ok()))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Millis, E> {
                Ok(Millis(v.trim().parse().ok()))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Millis, E> {
                Ok(Millis(None))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Millis, E> {
                Ok(Millis(None))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Millis, E> {
                Ok(Millis(None))
            }
            fn visit_none<E: de::Error>(self) -> Result<Millis, E> {
                Ok(Millis(None))
            }
            not_a_list!(Millis(None));
            not_an_object!(Millis(None));
        }
        d.deserialize_any(V)
    }
}

/// A list of `T`; an empty one when the value is not a list (`Value::as_array`).
struct List<T>(Vec<T>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = List<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<List<T>, A::Error> {
                let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(List(items))
            }
            otherwise!(List(Vec::new()));
            not_an_object!(List(Vec::new()));
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

/// An object's field names, decoded (`"record\u004bey"` is `recordKey`).
struct Key<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_string())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v)))
            }
        }
        d.deserialize_str(V)
    }
}

/// Implements `Deserialize` for a struct read from an object, field by field: it starts as
/// `$init`, and `$read` is called with it, the field's name and the map for every field; a
/// value that is not an object gives `$absent`.
macro_rules! from_object {
    ($ty:ident, $init:expr, $absent:expr, |$out:ident, $key:ident, $map:ident| $read:block) => {
        impl<'de> Deserialize<'de> for $ty<'de> {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> Visitor<'de> for V {
                    type Value = $ty<'de>;
                    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                        f.write_str("any JSON value")
                    }
                    fn visit_map<A: MapAccess<'de>>(
                        self,
                        mut $map: A,
                    ) -> Result<$ty<'de>, A::Error> {
                        let mut $out = $init;
                        while let Some(Key($key)) = $map.next_key()? {
                            $read
                        }
                        Ok($out)
                    }
                    otherwise!($absent);
                    not_a_list!($absent);
                }
                d.deserialize_any(V)
            }
        }
    };
}

/// An entry: `Some` for an object.
#[derive(Default)]
struct Object<'a>(Option<HistoryRecord<'a>>);

from_object!(
    Object,
    Object(Some(HistoryRecord::default())),
    Object(None),
    |out, key, map| {
        let record = out.0.get_or_insert_with(HistoryRecord::default);
        match key.as_ref() {
            "recordKey" => record.record_key = map.next_value()?,
            "timestamp" => record.timestamp = map.next_value()?,
            "customerId" => record.customer_id = map.next_value()?,
            "device" => record.device_name = map.next_value::<Device>()?.name,
            "utteranceId" => record.utterance_id = map.next_value()?,
            "voiceHistoryRecordItems" => record.items = map.next_value::<List<Item>>()?.0,
            _ => {
                map.next_value::<IgnoredAny>()?;
            }
        }
    }
);

#[derive(Default)]
struct Device<'a> {
    name: Text<'a>,
}

from_object!(
    Device,
    Device::default(),
    Device::default(),
    |out, key, map| {
        match key.as_ref() {
            "deviceName" => out.name = map.next_value()?,
            _ => {
                map.next_value::<IgnoredAny>()?;
            }
        }
    }
);

from_object!(Item, Item::default(), Item::default(), |out, key, map| {
    match key.as_ref() {
        "utteranceId" => out.utterance_id = map.next_value()?,
        "personsInfo" => {
            out.persons = map
                .next_value::<List<Person>>()?
                .0
                .into_iter()
                .map(|p| p.first_name)
                .collect()
        }
        "transcriptText" => out.transcript_text = map.next_value()?,
        "recordItemType" => out.record_item_type = map.next_value()?,
        _ => {
            map.next_value::<IgnoredAny>()?;
        }
    }
});

#[derive(Default)]
struct Person<'a> {
    first_name: Text<'a>,
}

from_object!(
    Person,
    Person::default(),
    Person::default(),
    |out, key, map| {
        match key.as_ref() {
            "personFirstName" => out.first_name = map.next_value()?,
            _ => {
                map.next_value::<IgnoredAny>()?;
            }
        }
    }
);

/// The top level: `entries` is `Some` when `customerHistoryRecords` is a list.
#[derive(Default)]
struct Top<'a> {
    entries: Option<Vec<Entry<'a>>>,
}

from_object!(Top, Top::default(), Top::default(), |out, key, map| {
    match key.as_ref() {
        "customerHistoryRecords" => {
            out.entries = map
                .next_value::<Records>()?
                .0
                .map(|list| list.into_iter().map(|o| o.0).collect())
        }
        _ => {
            map.next_value::<IgnoredAny>()?;
        }
    }
});

/// `customerHistoryRecords`: `Some` when it is a list.
struct Records<'a>(Option<Vec<Object<'a>>>);

impl<'de> Deserialize<'de> for Records<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Records<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Records<'de>, A::Error> {
                let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Records(Some(items)))
            }
            otherwise!(Records(None));
            not_an_object!(Records(None));
        }
        d.deserialize_any(V)
    }
}
