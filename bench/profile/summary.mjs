// Sums the self time per function of the newest .cpuprofile in a folder (node --cpu-prof):
//   node bench/profile/summary.mjs /tmp/prof [top N]
import { readFileSync, readdirSync } from 'node:fs';
/**
 * What node --cpu-prof writes.
 * @typedef {{ id: number, callFrame: { functionName: string, url: string, lineNumber: number } }} ProfileNode
 * @typedef {{ nodes: ProfileNode[], samples: number[], timeDeltas: number[] }} Profile
 */
const dir = process.argv[2];
const f = /** @type {string} */ (readdirSync(dir).filter(x => x.endsWith('.cpuprofile')).map(x => dir + '/' + x).pop());
/** @type {Profile} */
const p = JSON.parse(readFileSync(f, 'utf8'));
const byId = new Map(p.nodes.map(n => [n.id, n]));
/** @type {Map<string, number>} */
const self = new Map();
const dt = p.timeDeltas; let total = 0;
p.samples.forEach((id, i) => { const n = /** @type {ProfileNode} */ (byId.get(id)); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`; self.set(k, (self.get(k) || 0) + (dt[i] || 0)); total += dt[i] || 0; });
const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, +(process.argv[3] || 15));
for (const [k, v] of top) console.log((v / 1000).toFixed(1).padStart(8), 'ms', (100 * v / total).toFixed(1).padStart(5), '%', k);
