// Comunica (npm @comunica/query-sparql, installed by `make clients`) as a command, for the tests:
//   node comunica-query.mjs QUERY SOURCE...
// A SOURCE written sparql@URL is a SPARQL endpoint; any other URL is an RDF document that Comunica
// fetches (with content negotiation) and queries. Prints the bindings as JSON: [{"var": "value"}, ...].
import { QueryEngine } from "@comunica/query-sparql";

const [query, ...sources] = process.argv.slice(2);
if (!query || sources.length === 0) {
  console.error("usage: node comunica-query.mjs QUERY SOURCE...");
  process.exit(2);
}
const engine = new QueryEngine();
const stream = await engine.queryBindings(query, {
  sources: sources.map((s) => (s.startsWith("sparql@") ? { type: "sparql", value: s.slice("sparql@".length) } : s)),
});
const rows = (await stream.toArray()).map((b) => Object.fromEntries([...b].map(([name, term]) => [name.value, term.value])));
process.stdout.write(JSON.stringify(rows) + "\n");
