import { waitForUpdate } from '@pydantic/genai-prices';
const providers = await waitForUpdate();
const re = /can'?t find|cannot find|could not|trusting|assum|verify|inferred|no longer listed|last known|last published|estimat|range;|not confirmed|unclear|approximat|promotion|introductory|launch promotion/i;
for (const p of providers) for (const m of p.models) { const c = m.price_comments ?? ''; const x = Array.isArray(m.prices)? m.prices.find(k=>!k.constraint).prices:m.prices; if (re.test(c) && x.input_mtok!==undefined) console.log(p.id, m.id, m.deprecated?'[dep]':'', '::', c.match(re)[0], '::', c.slice(0,160)); }
for (const p of providers) if (re.test(p.price_comments??'')) console.log('PROVIDER', p.id, p.price_comments.match(re)[0]);
