/**
 * The console's English for its code snippets: the language picker and copying. It ships with the
 * snippets' code, fetched the first time they are opened (see addEnglish in ../../strings.ts).
 */
export const apiConsoleSnippets = {
  apiConsole: {
    snippetLanguage: 'Language',
    snippetKinds: { curl: 'curl', fetch: 'fetch', powershell: 'PowerShell', python: 'Python', csharp: 'C#' },
    includeSecrets: 'Include the token and key',
    copy: (kind: string) => `Copy as ${kind}`,
    copied: 'Copied.',
    copyFailed: 'Could not copy: select the code and copy it by hand.',
  },
};
