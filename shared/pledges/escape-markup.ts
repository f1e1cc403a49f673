// Text placed inside SVG or HTML markup: names and titles come from people, and a member called
// `<script>` must print as those characters, not run.
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
