# The search's own words (the app's search box, `auskunft search`).

## Why a query cannot be run: what is wrong and at which character (`$at`, counted from 1).
## `$text` is the clause as written, `$example` a filter as it is typed (after:2018-05-01); both
## stay as they are.

query-exclude-nothing = The `-` at character { $at } excludes nothing; write it right before a word, a phrase or a filter, as in -wetter.
query-quote-open = The quote at character { $at } is never closed; end the phrase with another ".
query-phrase-empty = The phrase at character { $at } is empty; put words between the quotes.
query-not-a-filter = `{ $name }:` at character { $at } is not a filter; the filters are device:, fit:, lang:, after: and before: (put the text in quotes to search for it as written).
query-no-value = `{ $text }` at character { $at } needs a value after the colon, as in { $example }.
query-not-a-fit = `{ $text }` at character { $at }: a fit is mine, foreign or unknown.
query-not-a-language = `{ $text }` at character { $at } is not a language code; use one such as lang:de or lang:en.
query-not-a-date = `{ $text }` at character { $at } is not a date; write it as YYYY-MM-DD, as in { $example }.
query-nothing-to-search = `{ $text }` at character { $at } has no letters or digits to search for.
# The export's devices, after a device it does not have (`$devices`: their ids, comma-separated).
query-devices = { $count ->
        [0] it has no devices
       *[other] its devices are { $devices }
    }
query-no-device = `{ $text }` at character { $at }: there is no device { $device } in this export; { query-devices }.
query-no-device-filter = There is no device { $device } in this export; { query-devices }.

## Notes about the search index, a cache in the data folder (`$dir`): rebuilt when damaged, kept
## in memory when it cannot be saved. `$detail` in the system's or tantivy's words.
index-rebuilt = The search index in { $dir } could not be used ({ $problem }); it was rebuilt.
index-in-memory = The search index could not be saved in { $dir } ({ $detail }); this search used an index in memory.
# What was wrong with it (`$problem` of index-rebuilt, else tantivy's own words).
index-problem-count = it holds { $records } records, its description says { $described }
index-problem-no-description = { $file } is missing
index-problem-description-invalid = { $file } is not valid: { $detail }
index-problem-description-unreadable = { $file } cannot be read: { $detail }
index-problem-panicked = tantivy failed while reading it
