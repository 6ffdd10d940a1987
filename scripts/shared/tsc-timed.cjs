// `node tsc-timed.cjs <tsc> <args…>`: runs that tsc in this process and, when it exits, writes
// the CPU time it used (user + system, ms) to stderr as `govkit-tsc-cpu-ms=<n>`. Run under
// `node --single-threaded`, tsc does all its work on one thread, so its CPU time is what its wall
// time would be on an idle machine, and moves far less than the wall time when other jobs share
// the cores (scripts/bench/packages.bench.ts).
const tsc = process.argv[2];
if (!tsc) throw new Error('usage: node tsc-timed.cjs <tsc> <args…>');
// tsc reads its arguments from process.argv.slice(2).
process.argv.splice(2, 1);
process.on('exit', () => {
  const used = process.cpuUsage();
  process.stderr.write(`\ngovkit-tsc-cpu-ms=${(used.user + used.system) / 1000}\n`);
});
require(tsc);
