/** The arguments the user gave the app. Packaged: [app, ...arguments]; unpackaged: [electron, app folder, ...arguments]. */
export function userArguments(argv: readonly string[], isPackaged: boolean): string[] {
  return argv.slice(isPackaged ? 1 : 2);
}
