# Where inside a file something was read (`auskunft_model::Locator`), nested in warnings and in
# where a device list names a device. `$path` is a JSON path, code shown as it is.

locator-json = { $path }
locator-line = line { $line }
locator-lines = lines { $lines }
locator-row = row { $row }
locator-table-row = table { $table }, row { $row }
locator-page-row = page { $page }, row { $row }
locator-activity = activity { $activity }, line { $line }
locator-recording = the recording itself
