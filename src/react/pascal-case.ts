/** `portico-sign-in` → `PorticoSignIn`: a wrapper's name, and after `on` the prop of an event. */
export type PascalCase<Name extends string> = Name extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${PascalCase<Tail>}` : Capitalize<Name>;

/** `portico-sign-in` → `PorticoSignIn`: a wrapper's name, and after `on` the prop of an event. */
export function pascalCase<Name extends string>(name: Name): PascalCase<Name> {
  return name.replace(/(?:^|-)([a-z])/g, (_, letter: string) => letter.toUpperCase()) as PascalCase<Name>;
}
