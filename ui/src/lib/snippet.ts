// Search snippets arrive as HTML-escaped text with `<b>…</b>` around the matched words. The UI
// never renders them as HTML (archive text is always text): they are split into parts here and
// shown with Svelte's text interpolation, the marks as <mark> elements.

export type SnippetPart = { text: string; hit: boolean };

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

function unescape(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => entities[name] ?? '');
}

/** The snippet's text, split at its `<b>`/`</b>` marks and unescaped. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let hit = false;
  for (const piece of snippet.split(/(<\/?b>)/)) {
    if (piece === '<b>') hit = true;
    else if (piece === '</b>') hit = false;
    else if (piece !== '') parts.push({ text: unescape(piece), hit });
  }
  return parts;
}
