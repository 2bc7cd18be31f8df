import { analyze } from '../src/pipeline.js';
for (const t of process.argv.slice(2)) {
  const a = analyze({ id: 't', text: t, published: '2024-05-06' }, { today: '2024-06-01', minConfidence: 0 });
  console.log(t, '=>', a.statements.map((s) => `${s.rule}: [${s.speaker?.text}] ${s.content.text}`).join(' || '));
}
