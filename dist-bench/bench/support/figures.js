"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.throughput = throughput;
exports.percentile = percentile;
exports.peakRssMiB = peakRssMiB;
exports.row = row;
/** Runs `work` with `concurrency` loops until `total` items are done; returns items per second. */
async function throughput(total, concurrency, work) {
    let next = 0;
    const started = process.hrtime.bigint();
    await Promise.all(Array.from({ length: concurrency }, async (_, worker) => {
        for (let index = next++; index < total; index = next++)
            await work(index, worker);
    }));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return total / seconds;
}
function percentile(sorted, p) {
    if (sorted.length === 0)
        return NaN;
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
function peakRssMiB() {
    return Math.round(process.resourceUsage().maxRSS / 1024);
}
function row(label, value, unit = '') {
    const shown = typeof value === 'number' ? Math.round(value).toLocaleString('en-US') : value;
    console.log(`${label.padEnd(58)} ${String(shown).padStart(12)} ${unit}`);
}
//# sourceMappingURL=figures.js.map