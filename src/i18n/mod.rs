//! Every person in their language: the locales we speak, how a request's locale is
//! chosen, and the message catalogues (`locales/<code>/*.ftl`, Fluent).
//!
//! Pages and emails carry a [`Locale`] (`chrome.t`, a message's `t`) and ask it for every
//! word: `{{ chrome.t.get("nav-expos") }}`, `{{ t.arg("buyers-count", "count", n) }}`.
//! A key missing in one language falls back to English for that message alone; a key
//! missing in English too shows the key (the catalogue test fails first).
//! Dates, numbers, money and names go through [`format`] (ICU4X, CLDR data).

pub mod format;
mod labels_match;
mod labels_ops;
mod labels_supplier;

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::sync::LazyLock;

use fluent_templates::LanguageIdentifier;
use fluent_templates::fluent_bundle::FluentValue;

use crate::domain::text::{Arg, Text};

fluent_templates::static_loader! {
    static CATALOGUES = {
        locales: "./locales",
        fallback_language: "en",
        // Isolation marks around arguments would reach plain-text emails, CSV cells and
        // calendar files as invisible characters; pages set `dir` themselves.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

macro_rules! locales {
    ($($variant:ident = $code:literal, $native:literal;)+) => {
        /// A language the product speaks.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub enum Locale {
            #[default]
            $($variant,)+
            /// Tests only: English wrapped in ⟦…⟧, so text that did not pass through the
            /// catalogue stands out. Never offered in the switcher.
            Pseudo,
        }

        impl Locale {
            /// The languages offered to people, in the switcher's order.
            pub const OFFERED: &'static [Self] = &[$(Self::$variant,)+];

            /// BCP 47 code, as in `lang="…"`, the catalogue folder and the database.
            pub const fn code(self) -> &'static str {
                match self {
                    $(Self::$variant => $code,)+
                    Self::Pseudo => "en-XA",
                }
            }

            /// The language's own name for itself, for the switcher.
            pub const fn native_name(self) -> &'static str {
                match self {
                    $(Self::$variant => $native,)+
                    Self::Pseudo => "Pseudo",
                }
            }

            /// A stored or posted code; `None` for anything else.
            pub fn parse(code: &str) -> Option<Self> {
                match code {
                    $($code => Some(Self::$variant),)+
                    "en-XA" => Some(Self::Pseudo),
                    _ => None,
                }
            }
        }
    };
}

locales! {
    En = "en", "English";
    Ko = "ko", "한국어";
    ZhHans = "zh-Hans", "简体中文";
    Ja = "ja", "日本語";
    Vi = "vi", "Tiếng Việt";
    Es = "es", "Español";
    Ru = "ru", "Русский";
    Ar = "ar", "العربية";
}

static LANGIDS: LazyLock<HashMap<Locale, LanguageIdentifier>> = LazyLock::new(|| {
    Locale::OFFERED
        .iter()
        .chain([&Locale::Pseudo])
        .map(|l| {
            let code = if *l == Locale::Pseudo { "en" } else { l.code() };
            (*l, code.parse().unwrap_or_default())
        })
        .collect()
});

/// Something with a label in the catalogue (states, roles, sizes).
pub trait Labelled {
    fn label_key(&self) -> &'static str;
}

/// Templates hand values over by reference.
impl<T: Labelled> Labelled for &T {
    fn label_key(&self) -> &'static str {
        (**self).label_key()
    }
}

impl Locale {
    /// `rtl` for Arabic, `ltr` otherwise.
    pub const fn dir(self) -> &'static str {
        match self {
            Self::Ar => "rtl",
            _ => "ltr",
        }
    }

    pub const fn is_rtl(self) -> bool {
        matches!(self, Self::Ar)
    }

    /// The best offered locale for an `Accept-Language` header (q-values honoured;
    /// any Chinese reads Simplified), `None` when none of them is asked for.
    pub fn negotiate(accept_language: &str) -> Option<Self> {
        let mut asked: Vec<(f32, usize, Self)> = accept_language
            .split(',')
            .enumerate()
            .filter_map(|(i, part)| {
                let mut bits = part.split(';');
                let tag = bits.next()?.trim().to_ascii_lowercase();
                let q = bits
                    .find_map(|b| b.trim().strip_prefix("q=").map(str::to_owned))
                    .map_or(Some(1.0), |q| q.parse::<f32>().ok())?;
                let primary = tag.split(['-', '_']).next()?;
                let locale = match primary {
                    "en" => Self::En,
                    "ko" => Self::Ko,
                    "zh" => Self::ZhHans,
                    "ja" => Self::Ja,
                    "vi" => Self::Vi,
                    "es" => Self::Es,
                    "ru" => Self::Ru,
                    "ar" => Self::Ar,
                    _ => return None,
                };
                (q > 0.0).then_some((q, i, locale))
            })
            .collect();
        asked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        asked.first().map(|a| a.2)
    }

    /// The message for `key`.
    pub fn get(&self, key: &str) -> String {
        self.lookup(key, None)
    }

    /// The message for `key` with one argument.
    pub fn arg(&self, key: &str, name: &str, value: impl Into<Arg>) -> String {
        let args = HashMap::from([(Cow::Owned(name.to_owned()), fluent(value.into()))]);
        self.lookup(key, Some(&args))
    }

    /// The message for `key` with two arguments.
    pub fn arg2(
        &self,
        key: &str,
        name: &str,
        value: impl Into<Arg>,
        name2: &str,
        value2: impl Into<Arg>,
    ) -> String {
        let args = HashMap::from([
            (Cow::Owned(name.to_owned()), fluent(value.into())),
            (Cow::Owned(name2.to_owned()), fluent(value2.into())),
        ]);
        self.lookup(key, Some(&args))
    }

    /// A [`Text`] from the domain, flash or form error, in this language.
    pub fn text(&self, text: &Text) -> String {
        if text.args.is_empty() {
            return self.lookup(&text.key, None);
        }
        let args = text
            .args
            .iter()
            .map(|(name, value)| (name.clone(), fluent(value.clone())))
            .collect();
        self.lookup(&text.key, Some(&args))
    }

    /// The label of a state, role or other labelled value.
    pub fn label(&self, value: &impl Labelled) -> String {
        self.get(value.label_key())
    }

    fn lookup(&self, key: &str, args: Option<&HashMap<Cow<'static, str>, FluentValue>>) -> String {
        // Own language first, then English for this message alone; no negotiation per
        // lookup (the loader's own fallback walk allocates on every call).
        let found = CATALOGUES
            .lookup_single_language(&LANGIDS[self], key, args)
            .or_else(|_| CATALOGUES.lookup_single_language(&LANGIDS[&Self::En], key, args))
            .unwrap_or_else(|_| key.to_owned());
        match self {
            Self::Pseudo => format!("⟦{found}⟧"),
            _ => found,
        }
    }

    /// Whether this locale's own catalogue has `key` (no fallback), for coverage.
    pub fn has(&self, key: &str) -> bool {
        // Looked up without arguments, a message with variables formats with errors:
        // it is there all the same (the loader's error type is private, hence Debug).
        match CATALOGUES.lookup_single_language::<&str>(&LANGIDS[self], key, None) {
            Ok(_) => true,
            Err(e) => format!("{e:?}").starts_with("FluentError"),
        }
    }
}

fn fluent(arg: Arg) -> FluentValue<'static> {
    match arg {
        Arg::Num(n) => FluentValue::from(n),
        Arg::Str(s) => FluentValue::from(s),
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

macro_rules! labelled_states {
    ($($state:ty),+) => {$(
        impl Labelled for $state {
            fn label_key(&self) -> &'static str {
                (*self).label_key()
            }
        }
    )+};
}

labelled_states!(
    crate::domain::status::ExpoStatus,
    crate::domain::status::SupplierStatus,
    crate::domain::status::RequestStatus,
    crate::domain::status::MeetingStatus,
    crate::domain::status::MeetingMode,
    crate::domain::status::MessageStatus,
    crate::domain::status::RunStatus,
    crate::domain::status::ImproveState,
    crate::domain::status::BuyerProgress,
    crate::domain::status::StaffRole
);

impl Labelled for crate::domain::Role {
    fn label_key(&self) -> &'static str {
        match self {
            Self::Organizer => "role-organizer",
            Self::Supplier => "role-supplier",
            Self::Buyer => "role-buyer",
        }
    }
}

#[cfg(test)]
mod tests;
