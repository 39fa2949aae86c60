//! Feeds arbitrary text to the inventory reader and editor, the file users edit by hand.
//!
//! Never a panic, and what holds for every input:
//! - an error names a line inside the file (or 0 for the file as a whole);
//! - a document that parsed reads as an inventory, and unedited gives back its bytes exactly;
//! - an edit (taking back `owns_voice_devices`) leaves text the reader accepts.
#![no_main]

use auskunft_inventory::{Inventory, InventoryDocument};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match InventoryDocument::parse(text, Some("inventory.toml")) {
        Ok(mut doc) => {
            doc.inventory()
                .expect("a document that parsed reads as an inventory");
            assert_eq!(doc.text(), text, "an unedited document changed its bytes");
            if doc.set_owns_voice_devices(None).is_ok() {
                let edited = doc.text();
                if let Err(e) = Inventory::parse(&edited, None) {
                    panic!("an edit left text the reader refuses: {e}\n---\n{edited}");
                }
            }
        }
        Err(e) => {
            let lines = text.lines().count() + 1;
            assert!(e.line <= lines, "error on line {} of a {lines}-line file", e.line);
        }
    }
});
