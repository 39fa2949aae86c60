//! Feeds arbitrary bytes to the archive walker as one input file: ZIP (central directory and
//! local-header recovery), TAR, gzip and nested combinations. It must never panic, hang or grow
//! without bound; every member it reports must carry a reason unless parsed.
#![no_main]

use auskunft_model::MemberStatus;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let walk = auskunft_archive::fuzz_one(data);
    for m in &walk.members {
        assert!(m.status == MemberStatus::Parsed || m.reason.is_some());
    }
});
