//! `amazon.household`: the household file, which names the account the export was made for.
//!
//! # Format
//!
//! The response of Alexa's `/api/household` (real captures in `shared/data/alexa-api-2019` and
//! `alexa-app-cards-2017`): `{"accounts": [{"id", "firstName", "fullName", "email", "role",
//! …}], "id": …}`. `accounts[].id` is the customer id that voice records carry in
//! `customerId` / `registeredCustomerId` and in their record keys.
//!
//! It holds no voice data. What it adds is the export's own word on whose account it is: each
//! account becomes an [`AccountHolder`] (`evidence: "household"`) that the audit compares with
//! the accounts the records name, so that, before the user has said anything, records of
//! another customer account can be told apart (see `auskunft_audit::rules::export_account`).
//!
//! # Detection
//!
//! JSON whose first 4 KiB hold `"accounts"` and at least two of `"firstName"`, `"role"`,
//! `"eulaAcceptance"`, `"pendingUserPin"`, and none of the voice-history names.
//!
//! # Not imported
//!
//! Names, e-mail addresses and PINs: people's names are offered by the inventory's candidates
//! from the records themselves, and nothing here is shown as evidence but the id.

use std::io::Read;

use auskunft_archive::{Content, Outcome};
use auskunft_model::{AccountHolder, Locator, MemberKind, Message};
use serde_json::Value;

use super::{head_has, member_ref};
use crate::read::read_json;
use crate::{Candidate, Format, Import, Imported};

/// The household module; see the module docs.
#[derive(Debug, Clone, Copy, Default)]
pub struct Household;

impl Format for Household {
    fn name(&self) -> &'static str {
        "amazon.household"
    }

    fn recognize(&self, candidate: &Candidate<'_>) -> bool {
        let head = candidate.head;
        candidate.content == Content::Json
            && head_has(head, "\"accounts\"")
            && [
                "\"firstName\"",
                "\"role\"",
                "\"eulaAcceptance\"",
                "\"pendingUserPin\"",
            ]
            .iter()
            .filter(|k| head_has(head, k))
            .count()
                >= 2
            && !["\"customerHistoryRecords\"", "\"activities\"", "\"cards\""]
                .iter()
                .any(|k| head_has(head, k))
    }

    fn import(
        &self,
        candidate: &Candidate<'_>,
        content: &mut dyn Read,
        import: &mut Import,
    ) -> Imported {
        let done = |outcome| Imported {
            kind: MemberKind::Records,
            outcome,
        };
        let file: Value = match read_json(content) {
            Ok(v) => v,
            Err(why) => return done(Outcome::Failed(why)),
        };
        let Some(accounts) = file.get("accounts").and_then(Value::as_array) else {
            return done(Outcome::Failed(
                Message::new("format-not-a-list").arg("key", "accounts"),
            ));
        };
        let member = member_ref(candidate);
        for (i, account) in accounts.iter().enumerate() {
            let at = Locator::json(format!("$.accounts[{i}]"));
            let id = account
                .get("id")
                .and_then(Value::as_str)
                .map(str::trim)
                .filter(|id| !id.is_empty());
            match id {
                Some(id) => import.account_holder(AccountHolder {
                    vendor: "amazon".into(),
                    account: id.to_string(),
                    evidence: "household".into(),
                    source: candidate.source(&at),
                }),
                None => import.warn(&member, Message::new("format-row-no-id").arg("at", &at)),
            }
        }
        done(Outcome::Parsed)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn run(json: &str) -> (Imported, crate::Finished) {
        crate::fuzz_import("amazon.household", "Alexa/household.json", json.as_bytes()).unwrap()
    }

    #[test]
    fn each_account_is_a_holder_of_the_export() {
        let json = r#"{"accounts":[{"firstName":"Bob","id":"A1PG6NJNPE0LPH","pendingUserPin":null,"role":"ADULT","eulaAcceptance":true}],"id":null}"#;
        let head = json.as_bytes();
        let c = Candidate {
            input: 0,
            member: 0,
            path: "household.json",
            content: auskunft_archive::probe::sniff(head),
            head,
        };
        assert!(Household.recognize(&c));
        let (imported, finished) = run(json);
        assert_eq!(imported.outcome, Outcome::Parsed);
        assert!(finished.records.is_empty() && finished.devices.is_empty());
        assert_eq!(finished.accounts.len(), 1);
        assert_eq!(finished.accounts[0].account, "A1PG6NJNPE0LPH");
        assert_eq!(finished.accounts[0].source.locator, "$.accounts[0]");
    }

    #[test]
    fn voice_history_is_not_a_household() {
        let json = r#"{"activities":[{"registeredCustomerId":"A1","firstName":"x","role":"y"}],"accounts":[]}"#;
        let head = json.as_bytes();
        let c = Candidate {
            input: 0,
            member: 0,
            path: "x.json",
            content: auskunft_archive::probe::sniff(head),
            head,
        };
        assert!(!Household.recognize(&c));
    }

    #[test]
    fn an_account_without_id_is_a_warning() {
        let (imported, finished) = run(r#"{"accounts":[{"firstName":"x","role":"ADULT"}]}"#);
        assert_eq!(imported.outcome, Outcome::Parsed);
        assert!(finished.accounts.is_empty());
        assert_eq!(finished.warnings.len(), 1);
    }
}
