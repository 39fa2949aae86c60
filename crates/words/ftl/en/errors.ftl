# Errors the API returns (`ApiError`): what went wrong and where. `$detail` is the underlying
# cause as the system or a library words it.

error-no-archives = Give at least one archive file of the export.
error-inventory-invalid = The inventory is invalid: { $detail }.
error-cancelled = Reading the export was cancelled; nothing of it was kept.
error-no-data-dir = No data folder could be found; set { $variable } to a folder Auskunft may write to.
error-no-record = The open export has no record { $record }.
error-no-recording = Record { $record } has no recording in the export.
error-recording-unreadable = The recording of record { $record } cannot be read: { $detail }.
error-no-device = There is no device { $device } in this export.
