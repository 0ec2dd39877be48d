// The size budget, in bytes: lit, d3 and our code together, gzip, at most 45 KB (the dataset is reported apart).
import { bundleWeights } from './bundle-size.mjs';

const BUDGET = 45 * 1024;
const { full, code, data } = await bundleWeights();
console.log(`bundle: ${full.min} B min, ${full.gzip} B gzip, ${full.brotli} B brotli`);
console.log(`  code: ${code.min} B min, ${code.gzip} B gzip (budget ${BUDGET}), ${code.brotli} B brotli`);
console.log(`  data: ${data.min} B min, ${data.gzip} B gzip, ${data.brotli} B brotli`);
if (code.gzip > BUDGET) {
  console.error(`The code is ${code.gzip - BUDGET} B gzip over its ${BUDGET} B budget.`);
  process.exit(1);
}
