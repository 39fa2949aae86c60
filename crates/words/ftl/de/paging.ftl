# Teile eines großen Exports, geholt, wenn ein Bildschirm sie braucht (Issue 13).
paging-loading = Wird geladen…
paging-more = { $n } weitere zeigen
paging-failed = Dieser Teil des Exports konnte nicht geladen werden: { $message }
