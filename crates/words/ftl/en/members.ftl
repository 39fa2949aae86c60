# Why a file of the export was skipped or failed (`members[].reason`), and what is wrong with an
# archive file as a whole (`inputs[].message`). `$detail` is the system's or library's own text.

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
member-special = { $what }; such entries hold no data
member-encrypted = encrypted: the archive protects this file with a password, so its content cannot be read
member-overlap = its data overlaps another member's data, a zip-bomb technique; not read
member-too-large = size limit: declares { $declared } bytes, more than the { $limit } allowed for one file
member-budget = size limit: the export as a whole reached its size limit before this file
member-not-located = its content could not be located in the archive
member-climbs-out = unsafe name: it points outside the archive (".."); hashed but not imported
member-duplicate = duplicate name: an earlier entry of the same archive has this path; hashed but not imported
member-crc = CRC mismatch: the data does not match its checksum, so it is corrupt
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
