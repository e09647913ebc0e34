//! Every text a project holds, found by walking its serialised form, so a
//! text field added later is checked without being listed here.

use serde::ser::{self, Serialize};
use std::fmt;

/// Whether `c` is a Unicode noncharacter (U+FDD0 to U+FDEF, and the last
/// two code points of every plane, U+FFFE and U+FFFF among them): codes
/// set aside never to be characters, which XML cannot carry either.
pub fn is_noncharacter(c: char) -> bool {
    let u = u32::from(c);
    (0xFDD0..=0xFDEF).contains(&u) || u & 0xFFFE == 0xFFFE
}

/// One step down into the project.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Field(&'static str),
    Index(usize),
}

/// Calls `visit` with every text in `value` and its path.
pub fn walk<T: Serialize>(value: &T, visit: &mut dyn FnMut(&[Step], &str)) {
    let mut w = Walker { path: Vec::new(), visit, number: &mut |_, _| {} };
    let _ = value.serialize(&mut w);
}

/// Calls `visit` with every floating-point number in `value` and its path.
pub fn walk_numbers<T: Serialize>(value: &T, visit: &mut dyn FnMut(&[Step], f64)) {
    let mut w = Walker { path: Vec::new(), visit: &mut |_, _| {}, number: visit };
    let _ = value.serialize(&mut w);
}

struct Walker<'a> {
    path: Vec<Step>,
    visit: &'a mut dyn FnMut(&[Step], &str),
    number: &'a mut dyn FnMut(&[Step], f64),
}

#[derive(Debug)]
struct Never;

impl fmt::Display for Never {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("never")
    }
}

impl std::error::Error for Never {}

impl ser::Error for Never {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Self
    }
}

type R = Result<(), Never>;

macro_rules! ignore {
    ($($name:ident: $t:ty),*) => {
        $(fn $name(self, _: $t) -> R { Ok(()) })*
    };
}

impl<'w> ser::Serializer for &mut Walker<'w> {
    type Ok = ();
    type Error = Never;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Self;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    ignore!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64,
        serialize_char: char, serialize_bytes: &[u8], serialize_unit_struct: &'static str);

    fn serialize_str(self, v: &str) -> R {
        (self.visit)(&self.path, v);
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> R {
        (self.number)(&self.path, f64::from(v));
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> R {
        (self.number)(&self.path, v);
        Ok(())
    }
    fn serialize_none(self) -> R {
        Ok(())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, v: &T) -> R {
        v.serialize(self)
    }
    fn serialize_unit(self) -> R {
        Ok(())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> R {
        Ok(())
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _: &'static str, v: &T) -> R {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(self, _: &'static str, _: u32, _: &'static str, v: &T) -> R {
        v.serialize(self)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self, Never> {
        self.path.push(Step::Index(0));
        Ok(self)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self, Never> {
        self.serialize_seq(None)
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self, Never> {
        self.serialize_seq(None)
    }
    fn serialize_tuple_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> Result<Self, Never> {
        self.serialize_seq(None)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self, Never> {
        self.serialize_seq(None)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, Never> {
        self.path.push(Step::Field(""));
        Ok(self)
    }
    fn serialize_struct_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> Result<Self, Never> {
        self.serialize_struct("", 0)
    }
}

impl Walker<'_> {
    /// The next element of the list being walked.
    fn element<T: ?Sized + Serialize>(&mut self, v: &T) -> R {
        v.serialize(&mut *self)?;
        if let Some(Step::Index(i)) = self.path.last_mut() {
            *i += 1;
        }
        Ok(())
    }

    fn field<T: ?Sized + Serialize>(&mut self, name: &'static str, v: &T) -> R {
        // A review's kept lines are one text of codes, not words anyone wrote.
        if name == super::snapshot::LINES_FIELD {
            return Ok(());
        }
        if let Some(last) = self.path.last_mut() {
            *last = Step::Field(name);
        }
        v.serialize(&mut *self)
    }

    #[expect(clippy::unnecessary_wraps, reason = "it ends a serializer method, which returns a Result")]
    fn close(&mut self) -> R {
        self.path.pop();
        Ok(())
    }
}

macro_rules! list {
    ($($tr:ident :: $method:ident),*) => {
        $(impl ser::$tr for &mut Walker<'_> {
            type Ok = ();
            type Error = Never;
            fn $method<T: ?Sized + Serialize>(&mut self, v: &T) -> R {
                self.element(v)
            }
            fn end(self) -> R {
                self.close()
            }
        })*
    };
}

list!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for &mut Walker<'_> {
    type Ok = ();
    type Error = Never;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, _: &T) -> R {
        Ok(())
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, v: &T) -> R {
        self.element(v)
    }
    fn end(self) -> R {
        self.close()
    }
}

macro_rules! fields {
    ($($tr:ident),*) => {
        $(impl ser::$tr for &mut Walker<'_> {
            type Ok = ();
            type Error = Never;
            fn serialize_field<T: ?Sized + Serialize>(&mut self, name: &'static str, v: &T) -> R {
                self.field(name, v)
            }
            fn end(self) -> R {
                self.close()
            }
        })*
    };
}

fields!(SerializeStruct, SerializeStructVariant);

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Serialize)]
    struct Inner {
        name: String,
        n: u32,
    }

    #[derive(serde::Serialize)]
    struct Outer {
        title: String,
        items: Vec<Inner>,
        note: Option<String>,
    }

    #[test]
    fn every_text_is_found_with_its_path() {
        let o = Outer {
            title: "T".into(),
            items: vec![Inner { name: "a".into(), n: 1 }, Inner { name: "b".into(), n: 2 }],
            note: Some("x".into()),
        };
        let mut found = Vec::new();
        walk(&o, &mut |path, text| found.push((path.to_vec(), text.to_owned())));
        use Step::{Field, Index};
        assert_eq!(
            found,
            vec![
                (vec![Field("title")], "T".to_owned()),
                (vec![Field("items"), Index(0), Field("name")], "a".to_owned()),
                (vec![Field("items"), Index(1), Field("name")], "b".to_owned()),
                (vec![Field("note")], "x".to_owned()),
            ]
        );
    }
}
