/**
 * The custom-elements manifest (custom-elements.json), read from the components' JSDoc.
 * The analyzer invents an event for every `new SomeEvent(variable)`, so events come only from
 * `@fires`; private members (`#name`) are implementation, not API.
 */
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'portico-public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            // Only documented events, each once (an element may both declare and inherit one).
            if (declaration.events) {
              declaration.events = declaration.events.filter(
                (event, index, events) => event.description && events.findIndex((other) => other.name === event.name && other.description) === index,
              );
            }
            if (declaration.members) {
              declaration.members = declaration.members.filter((member) => member.privacy !== 'private' && !member.name.startsWith('#'));
            }
          }
        }
      },
    },
  ],
};
