// The CLI from tsc's output (lib/cli/main.js) rather than the bundle bin/galley.mjs
// runs: for profiles whose self time should be attributed per source file
// (`node --cpu-prof bench/cli-unbundled.mjs build article/…`), and to compare the two.
const { main } = await import(new URL('../lib/cli/main.js', import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
