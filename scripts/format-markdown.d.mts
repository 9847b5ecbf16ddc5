export function formatMarkdown(markdown: string, path: string): string;
