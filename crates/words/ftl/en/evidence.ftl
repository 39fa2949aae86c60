# Evidence (manifest, verify), setting the stranger's data aside, forgetting it, and the user's
# own transcripts: the CLI's sentences (evidence-…) and the "Act on it" sections (evidence-ui-…),
# English. Rendered by crates/evidence and the UI alike.

## CLI: manifest
evidence-manifest-wrote = Wrote the evidence manifest: { $path }
evidence-manifest-counts = { $members ->
    [one] It lists { $members } file of { $inputs ->
        [one] { $inputs } archive
       *[other] { $inputs } archives
    } with their SHA-256, and the audit's digest.
   *[other] It lists { $members } files of { $inputs ->
        [one] { $inputs } archive
       *[other] { $inputs } archives
    } with their SHA-256, and the audit's digest.
}
evidence-manifest-sha = SHA-256 of the manifest: { $sha }
evidence-manifest-signature = Signature: { $path }
evidence-manifest-key = Public key: { $path } (key id { $id }). Publish it, or hand it to whoever checks.
evidence-manifest-check = Anyone can check the signature with: minisign -Vm { $manifest } -p { $key }
evidence-key-created = A signing key was made for you in { $dir }; keep evidence.key private.
evidence-key-replaced = The signing key could not be used ({ $problem }), so a new one was made (key id { $id }). Signatures made before need the old public key: { $old }.
evidence-key-replaced-lost = The signing key could not be used ({ $problem }), so a new one was made (key id { $id }). Signatures made before need the old public key, which is not in the data folder either; if you published it, use that copy.
evidence-key-moved = The unusable key file was kept as { $path }.

## CLI: verify
evidence-verify-match = Everything matches: { $members ->
    [one] { $members } file
   *[other] { $members } files
} in { $inputs ->
    [one] { $inputs } archive
   *[other] { $inputs } archives
} have the SHA-256 the manifest lists.
evidence-verify-differ = { $count ->
    [one] { $count } difference from the manifest:
   *[other] { $count } differences from the manifest:
}
evidence-verify-changed = changed  { $where }: SHA-256 { $old } in the manifest, { $new } now
evidence-verify-unreadable = changed  { $where }: SHA-256 { $old } in the manifest, now it cannot be read ({ $reason })
evidence-verify-missing = missing  { $where }: in the manifest (SHA-256 { $old }), not in the archive
evidence-verify-extra = extra    { $where }: in the archive (SHA-256 { $new }), not in the manifest
evidence-verify-input-changed = changed  archive { $input } (given as { $given }): SHA-256 { $old } in the manifest, { $new } now
evidence-verify-input-missing = missing  archive { $input }: not given
evidence-verify-input-unreadable = missing  archive { $input }: { $problem }
evidence-verify-input-extra = extra    archive { $given }: not in the manifest (SHA-256 { $sha })
evidence-verify-sig-good = Signature: good, made with key { $id } ({ $from }). Signed comment: { $comment }
evidence-verify-sig-from-given = the public key you gave
evidence-verify-sig-from-own = your own key in this data folder
evidence-verify-sig-from-manifest = the key the manifest names: compare this id with the one its signer published
evidence-verify-sig-bad = Signature: BAD: { $problem }
evidence-verify-sig-absent = Signature: none beside the manifest ({ $path } is missing), so only the hashes were checked.
evidence-where-nested = { $input }: { $container } › { $path }
evidence-where = { $input }: { $path }
evidence-hash-none = none

## CLI and the list inside the copy: set aside
evidence-setaside-wrote = Wrote a copy of the export without what is not yours: { $path }
evidence-setaside-sha = SHA-256 of the copy: { $sha } ({ $size })
evidence-setaside-title = What Auskunft set aside from this export ({ $when })
evidence-setaside-copied = { $count ->
    [one] { $count } file copied unchanged.
   *[other] { $count } files copied unchanged.
}
evidence-setaside-none-removed = Nothing was removed: no file holds only records judged not yours.
evidence-setaside-removed = { $count ->
    [one] Removed { $count } file ({ $size }) that holds only records judged not yours:
   *[other] Removed { $count } files ({ $size }) that hold only records judged not yours:
}
evidence-setaside-mixed = { $count ->
    [one] Kept { $count } file whole that holds your records and records not yours as well (a copy must stay a copy; take your own lines out with "auskunft transcripts"):
   *[other] Kept { $count } files whole that hold your records and records not yours as well (a copy must stay a copy; take your own lines out with "auskunft transcripts"):
}
evidence-setaside-not-copied = { $count ->
    [one] { $count } file could not be copied (it cannot be read in the original either):
   *[other] { $count } files could not be copied (they cannot be read in the original either):
}
evidence-setaside-item = { $where }  SHA-256 { $sha }
evidence-setaside-item-reason = { $where }: { $reason }
evidence-setaside-more = … and { $count } more (all of them in auskunft-set-aside.json inside the copy)
evidence-setaside-originals = The originals were only read, not changed:
evidence-setaside-original = { $name }  SHA-256 { $sha }

## CLI: forget
evidence-forget-done = Forgot what Auskunft derived from { $members ->
    [one] { $members } file
   *[other] { $members } files
} not yours ({ $records ->
    [one] { $records } record
   *[other] { $records } records
}).
evidence-forget-deleted = Deleted { $path } ({ $size }).
evidence-forget-nothing = There was nothing derived to delete (no search index of this export).
evidence-forget-kept = Kept { $path }: your own marks, no one's words or sound.
evidence-forget-recorded = Recorded in { $path } ({ $when }).
evidence-forget-later = Searching this export from now on leaves the records not yours out.

## CLI: transcripts
evidence-transcripts-wrote = { $count ->
    [one] Wrote { $count } transcript ({ $fit }) to { $path }.
   *[other] Wrote { $count } transcripts ({ $fit }) to { $path }.
}
evidence-transcripts-none = There are no transcripts of this kind ({ $fit }) in the export; the file holds only its header.
evidence-transcripts-fit-mine = yours
evidence-transcripts-fit-foreign = not yours
evidence-transcripts-fit-unknown = unclear
evidence-transcripts-foreign-warning = These are someone else's words. Keep them only as long as you need them as evidence, and pass them on to no one but the company or the authority.
evidence-transcripts-note = Times count from { $zero } (UTC), the first record's time; each cue names its own date, time and device.
evidence-transcripts-no-time = time unknown

## "Act on it": the sections
evidence-ui-manifest-title = Keep evidence anyone can check
evidence-ui-manifest-lead = A signed list of every file in this export with its SHA-256, and of what the check found. With it you can show later that the export was exactly this, and anyone can check the signature with minisign.
evidence-ui-manifest-save = Save evidence…
evidence-ui-manifest-saved = Saved the manifest to { $path } and its signature to { $sig }.
evidence-ui-manifest-key = Your public key: { $path }
evidence-ui-manifest-key-id = Key id (fingerprint): { $id }
evidence-ui-manifest-key-hint = Publish the public key or give it to whoever checks; keep evidence.key in the same folder private.
evidence-ui-manifest-check = Check with: minisign -Vm { $manifest } -p { $key }
evidence-ui-setaside-title = Set aside what is not yours
evidence-ui-setaside-lead = Make a copy of the export without the recordings and files that hold only records judged not yours. The original stays as it is; inside the copy, a list names everything removed with its SHA-256.
evidence-ui-setaside-save = Save the copy…
evidence-ui-setaside-count = { $count ->
    [0] No file holds only records judged not yours: the copy would be the whole export.
    [one] { $count } file holds only records judged not yours.
   *[other] { $count } files hold only records judged not yours.
}
evidence-ui-setaside-saved = Saved the copy to { $path }.
evidence-ui-setaside-removed = { $count ->
    [one] Removed { $count } file ({ $size }); the list is inside the copy.
   *[other] Removed { $count } files ({ $size }); the list is inside the copy.
}
evidence-ui-setaside-mixed = { $count ->
    [one] { $count } file holds your records and others' as well and was kept whole.
   *[other] { $count } files hold your records and others' as well and were kept whole.
}
evidence-ui-forget-title = Forget the foreign part
evidence-ui-forget-lead = Delete what Auskunft itself derived from the files not yours (the search index of their words). Your marks stay. What was deleted, and when, is recorded so a letter can say so.
evidence-ui-forget-button = Forget the foreign part
evidence-ui-forget-done = Forgotten on { $when }: { $size } deleted, recorded in { $path }.
evidence-ui-forget-nothing = Forgotten on { $when }: there was no index to delete; recorded in { $path }.
evidence-ui-transcripts-title = Export your transcripts
evidence-ui-transcripts-lead = Your own records' words with their times, as a table or as subtitles. Records not yours are not exported.
evidence-ui-transcripts-count = { $count ->
    [0] None of the records is yours yet, so there is nothing to export.
    [one] { $count } record is yours; what was said in it is exported with its time.
   *[other] { $count } records are yours; what was said in them is exported with their times.
}
evidence-ui-transcripts-csv = Table (CSV)…
evidence-ui-transcripts-srt = Subtitles (SRT)…
evidence-ui-transcripts-vtt = Subtitles (WebVTT)…
evidence-ui-transcripts-saved = Saved { $count } transcripts to { $path }.
evidence-ui-working = Working…
evidence-ui-cancelled = Nothing was saved.

## Why something could not be done (errors: sentences; `$detail` in the system's or a library's words)
evidence-error-internal = Auskunft failed inside ({ $detail }). This is a bug in Auskunft, not a problem with your export.
evidence-error-key = The signing key in { $dir } cannot be read or made: { $detail }.
evidence-error-io = { $path }: { $detail }.
evidence-error-unreadable = { $path } cannot be read: { $detail }.
evidence-error-not-audited = The archives given are not the ones audited.
evidence-error-out-is-original = { $path } is one of the originals; the copy must go to another file.
evidence-error-changed = The archives changed since the export was audited; open the export again.
evidence-error-changed-bytes = "{ $path }" is not what was audited (SHA-256 { $old } then, { $new } now): the archive changed since; open the export again.
evidence-error-changed-extra = "{ $path }" was not in the export when it was audited: the archive changed since; open the export again.
evidence-error-changed-moved = "{ $path }" is where "{ $was }" was when the export was audited: the archive changed since; open the export again.
evidence-error-not-json = { $path } is not JSON: { $detail }.
evidence-error-not-a-manifest = { $path } is not an Auskunft manifest ({ $wanted }); its schema is "{ $schema }".
evidence-error-invalid-manifest = { $path } is not a valid manifest: { $detail }.
evidence-error-not-a-key = { $path } is not a minisign public key: { $detail }.

## Why a file could not be copied into the set-aside copy, when the audit gave no reason (clauses)
evidence-setaside-archive-unopened = an archive inside the export that could not be opened
evidence-setaside-unreadable = its bytes could not be read

## Why an archive or a signature could not be checked (clauses, after "missing archive …:" and "Signature: BAD:")
evidence-verify-input-unreadable-unknown = { $file } cannot be read
evidence-sig-unreadable = { $path } cannot be read: { $detail }
evidence-sig-not-a-signature = { $path } is not a minisign signature: { $detail }
evidence-sig-manifest-key = the public key the manifest names cannot be read: { $detail }
evidence-sig-no-key = no public key for key id { $id }: give the signer's public key with --key
evidence-sig-mismatch = the signature does not match the manifest (key { $id }): { $detail }

## Why the signing key could not be used (clauses, the `$problem` of evidence-key-replaced)
evidence-key-problem-missing = the secret key file is missing
evidence-key-problem-password = the secret key is protected by a password
evidence-key-problem-unreadable = the secret key file cannot be read: { $detail }
