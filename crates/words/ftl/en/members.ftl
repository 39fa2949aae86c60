# Why a file of the export was skipped or failed (`members[].reason`), and what is wrong with an
# archive file as a whole (`inputs[].message`). `$detail` is the system's or library's own text,
# or, in the size-limit, crafted and damaged-archive reasons, a message of this file (a limit,
# what is wrong with an archive inside the export).

member-content = { $content ->
    [wav] WAV audio
    [mp3] MP3 audio
    [ogg] Ogg audio
    [flac] FLAC audio
    [mp4] MPEG-4 audio
    [zip] ZIP archive
    [gzip] gzip archive
    [tar] TAR archive
    [pdf] PDF document
    [html] HTML page
    [json] JSON data
    [csv] CSV table
    [text] text
    [image] image
    [empty] empty file
   *[binary] binary data
}
member-no-format = no format module reads this { member-content } yet
member-folder = folder entry; folders hold no data of their own
member-symlink = symbolic link to "{ $target }"; links are not followed
member-special = { $what ->
        [hard-link] hard link
       *[special] special file (device, pipe or metadata)
    }; such entries hold no data
member-unsupported-method = compressed with { $method }, which Auskunft cannot unpack
member-unsupported-method-number = compressed with method { $number }, which Auskunft cannot unpack
member-local-header = its local header is missing or damaged: { $detail }
member-local-header-missing = its local header is missing or damaged: no local header at byte { $offset }
member-data-outside = its data lies outside the file
member-length-unknown = stored with its length only in the missing table of contents, so it cannot be told apart from what follows
member-encrypted = encrypted: the archive protects this file with a password, so its content cannot be read
member-overlap = its data overlaps another member's data, a zip-bomb technique; not read
member-too-large = size limit: declares { $declared } bytes, more than the { $limit } allowed for one file
member-budget = size limit: the export as a whole reached its size limit before this file
member-not-located = its content could not be located in the archive
member-climbs-out = unsafe name: it points outside the archive (".."); hashed but not imported
member-duplicate = duplicate name: an earlier entry of the same archive has this path; hashed but not imported
member-crc = CRC mismatch: the data does not match its checksum, so it is corrupt
# The limits a file ran into while it was read (`$detail` of the size-limit and crafted reasons).
member-limit-member-size = expands to more than { $limit } bytes (the limit for one file)
member-limit-ratio = expands more than { $ratio }× its compressed size, like a decompression bomb
member-limit-total = the export as a whole expands to more than { $limit } bytes
member-limit-declared = holds more data than its header declares ({ $declared } bytes)
member-crafted = corrupt or crafted: it { $detail }
member-size-limit-read = size limit: { $detail }; reading stopped after { $bytes } bytes
member-size-limit = size limit: { $detail }
member-cut-off = cut off: the data ends after { $bytes } bytes
member-corrupt-after = corrupt data after { $bytes } bytes: { $detail }
member-corrupt = corrupt data: { $detail }
member-too-deep = nested too deep: more than { $limit } archives inside each other; not opened
member-too-many-nested = too many nested archives (more than { $limit }); not opened
member-damaged-archive = damaged archive: { $detail }
member-damaged-archive-unknown = damaged archive: it could not be read
input-message-cannot-open = { $file } cannot be opened: { $detail }.
input-message-folder = { $file } is a folder; give the archive files inside it.
input-message-cannot-read = { $file } cannot be read: { $detail }.
input-message-empty = { $file } is empty (0 bytes); the download may have failed.
input-message-not-an-archive = { $file } is not a ZIP, TAR or gzip archive; it looks like { $content ->
    [mp3] an MP3 audio
    [mp4] an MPEG-4 audio
    [ogg] an Ogg audio
    [image] an image
    [empty] an empty file
   *[other] a { member-content }
}.
# What is wrong with an archive (`inputs[].message`, and inside `member-damaged-archive` for one
# inside another).
input-message-unreadable = the archive cannot be read: { $detail }
input-message-unreadable-unknown = the archive cannot be read
input-message-toc-outside = the table of contents points outside the file
input-message-toc-damaged = the table of contents is damaged after entry { $entry }
input-message-toc-cut = the table of contents is cut inside entry { $entry }
input-message-toc-limit = only the first { $limit } entries were read (member limit)
# A damaged table of contents (`$damage`), then what reading the archive front to back found.
input-message-damage-then = { $damage }; { $then }
input-message-damage-read = { $damage }; { $count ->
        [one] 1 entry was read
       *[other] { $count } entries were read
    }
input-message-entries-missing = the archive announces { $announced } entries but lists { $listed }
input-message-garbage = { $bytes } bytes of unrecognised data between members were skipped
input-message-tar-unreadable = the TAR archive cannot be read: { $detail }
input-message-tar-damaged = the TAR archive is damaged after { $count ->
        [one] 1 file
       *[other] { $count } files
    }: { $detail }
input-message-tar-cut-off = the TAR archive is cut off inside file { $file }; { $recovered ->
        [one] 1 file before it was recovered
       *[other] { $recovered } files before it were recovered
    }
input-message-gzip-unreadable = the gzip data cannot be unpacked: { $detail }
input-message-gzip-cut-off = the gzip stream is cut off
input-message-zip-cut-off = the archive is cut off after { $at } bytes: its table of contents is missing, so it was read front to back; { $recovered } files were recovered{ $incomplete ->
        [none] {""}
       *[other] , "{ $incomplete }" is incomplete{ $missing ->
            [none] {""}
           *[other] {" "}({ $missing } bytes missing)
        }
    }, and how many files came after the cut cannot be known
# A warning on a member that was read (`members[].warnings`), beside the format modules' own
# (formats.ftl).
member-same-bytes = same bytes as { $first }; counted once
# Why the bytes of one file could not be had when they were wanted after the audit (the player's
# recording: the `$detail` of error-recording-unreadable): clauses naming the archive file
# (`$input`, `$file`) and the file inside it (`$member`); `$reason` is that file's reason as above.
member-read-no-input = the export has { $count } archive files, so there is no file number { $input }
member-read-not-found = "{ $member }" is not in { $input }
member-read-unreadable = "{ $member }" in { $input } cannot be read: { $reason }
member-read-too-large = "{ $member }" in { $input } is larger than the { $limit } bytes that are read at once
member-read-damaged = its data is damaged
member-read-not-to-end = it was not read to its end
member-read-not-handed-out = the archive does not hand out its content
member-read-stopped = reading stopped: { $detail }
member-read-input-unreadable = it cannot be read
member-read-in-file = { $file }: { $detail }
# The sentences about a whole archive file (input-message-… above) as clauses, without the full
# stop: the same words, kept the same (a test in crates/archive compares them).
member-read-input-cannot-open = { $file } cannot be opened: { $detail }
member-read-input-folder = { $file } is a folder; give the archive files inside it
member-read-input-cannot-read = { $file } cannot be read: { $detail }
member-read-input-empty = { $file } is empty (0 bytes); the download may have failed
member-read-input-not-an-archive = { $file } is not a ZIP, TAR or gzip archive; it looks like { $content ->
    [mp3] an MP3 audio
    [mp4] an MPEG-4 audio
    [ogg] an Ogg audio
    [image] an image
    [empty] an empty file
   *[other] a { member-content }
}
