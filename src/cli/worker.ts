// The worker thread entry of `newsgraph build --jobs N` and `annotate --jobs N` (see workers.ts):
// receives ArticleTasks (or AnnotateTasks), builds (annotates) each and posts the result back. It
// reads no files: the main thread sends text.

import { parentPort } from 'node:worker_threads';
import { runAnnotateTask, type AnnotateTask } from './annotate-task.js';
import { runArticleTask, type ArticleTask } from './article-task.js';
import { expectManyArticles } from '../1-text/index.js';

if (!parentPort) throw new Error('src/cli/worker.ts is a worker_threads entry; start it with new Worker(), not directly.');
const port = parentPort;
// A thread is started for a large input only (annotate's THREADS_FROM_CHARS, build's corpus).
expectManyArticles();
port.on('message', (task: ArticleTask | AnnotateTask) => {
  if (task.mode === 'annotate') return void port.postMessage(runAnnotateTask(task));
  const r = runArticleTask(task);
  // The packed chunks' buffer is handed over, not copied.
  port.postMessage(r, r.ok && r.mode === 'merge' ? [r.chunks.packed.buffer as ArrayBuffer] : []);
});
