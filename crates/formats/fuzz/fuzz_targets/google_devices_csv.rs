//! Feeds arbitrary bytes to `google.devices_csv`: Google Takeout's device list (CSV). The module is called without `recognize`, so
//! every input reaches the parser. It must never panic or hang; what it reports must hold
//! together (see `common.rs`).
#![no_main]

mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    common::check("google.devices_csv", "Takeout/Access Log Activity/Devices - A list of devices.csv", data);
});
