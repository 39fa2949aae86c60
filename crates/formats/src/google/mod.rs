//! Google Takeout: Assistant activity (My Activity) and its recordings.
//!
//! Three modules: [`ASSISTANT`] (`google.assistant`) turns `My Activity/Assistant/
//! MyActivity.json` into records and asks for each record's MP3 by the name in `audioFiles`;
//! [`ASSISTANT_HTML`] (`google.assistant_html`) does the same for `MyActivity.html`, correcting
//! zone abbreviations written at export time; [`DEVICES_CSV`] (`google.devices_csv`) reads
//! Takeout's device list. The MP3s themselves are offered by the generic audio module, which may read them from a
//! different Takeout part: the join is by [`crate::audio_key`] of the file name, never by time.
//!
//! What is known about the shapes is in `formats.md` ("Google Takeout (Assistant)").

mod activity_html;
mod assistant;
mod devices_csv;
mod said;
mod zones;

pub use activity_html::{AssistantHtml, ASSISTANT_HTML};
pub use assistant::{coordinates, details, Assistant};
pub use devices_csv::DevicesCsv;
pub use said::{is_general_area, not_imported, said, Entry, NotVoice, Said};

use crate::read::member_ref;

/// `google.assistant`: Assistant activity from Takeout (`MyActivity.json`).
pub static ASSISTANT: Assistant = Assistant;
/// `google.devices_csv`: the Takeout list of devices that accessed the account.
pub static DEVICES_CSV: DevicesCsv = DevicesCsv;
