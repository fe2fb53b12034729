// partner-rules.js as the package's command has it (scripts/build-cli.js): the
// browser's own modules, bundled in.
export async function loadPartnerRules() {
  const [read, check, kinds, limits, claims] = await Promise.all([
    import('../../src/directory/read-directory.ts'),
    import('../../src/directory/check-directory.ts'),
    import('../../src/directory/hsds/kinds-of-help.ts'),
    import('../../src/directory/limits.ts'),
    import('../../src/directory/claim-rules.js'),
  ]);
  return { ...read, ...check, ...kinds, ...limits, ...claims };
}
