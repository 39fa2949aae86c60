# Parts of a large export fetched when a screen needs them (issue 13).
paging-loading = Loading…
paging-more = Show { $n } more
paging-failed = This part of the export could not be loaded: { $message }
