# What the system said when a file could not be read or written (`Message::io`), as the
# `$detail` of an error: the kinds of failure people meet, in their words.

io-not-found = the file or folder does not exist
io-permission-denied = permission denied: Auskunft may not read or write it
io-already-exists = a file of that name already exists
io-storage-full = the disk is full
io-read-only = the disk or folder can only be read, not written
io-is-a-directory = it is a folder, not a file
io-not-a-directory = a part of the path is a file, not a folder
io-directory-not-empty = the folder is not empty
io-cut-off = the file ends too early
io-too-large = the file is too large for the file system
io-out-of-memory = there is not enough memory
io-invalid-name = the name is not a valid file name here
io-busy = the file or device is in use by another program
io-timed-out = the system did not answer in time
# Any other failure: the system's own text.
io-other = { $text }

# A failure with its file, inside another sentence.
io-cannot-read = { $path } cannot be read: { $detail }
io-cannot-write = { $path } cannot be written: { $detail }
io-at = { $path }: { $detail }
