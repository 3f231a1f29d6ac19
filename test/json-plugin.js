// Lets tests import the dataset's JSON files as modules (`import x from './a.json'`), as Vite
// does in the build. Only module imports are turned into JavaScript (Sec-Fetch-Dest: script);
// a fetch() of the same file still gets the JSON itself.
export function jsonModulePlugin() {
  return {
    name: 'regelingenwijzer-json-module',
    transform(context) {
      if (!context.path.endsWith('.json')) return undefined;
      if (context.request.get('sec-fetch-dest') !== 'script') return undefined;
      return { body: `export default ${context.body};`, headers: { 'content-type': 'application/javascript' } };
    },
  };
}
