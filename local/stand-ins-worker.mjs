// Runs the AWS stand-ins (s3rver for S3, dynalite for DynamoDB) on a worker thread, so they use
// the second core while the handlers run on the main thread. Plain JavaScript: it needs no build
// step under tsx or vitest. Protocol (postMessage): → ready {s3Port, dynamoPort}; → event
// {records} for every S3 event; ping {id} → pong {id} (a barrier: every event posted before the
// ping's pong has been delivered); close → closed.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import dynalite from 'dynalite';
import S3rver from 's3rver';

const { dir } = workerData;
mkdirSync(join(dir, 's3'), { recursive: true });
mkdirSync(join(dir, 'dynamodb'), { recursive: true });
const s3rver = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: join(dir, 's3') });
const s3Address = await s3rver.run();
const dynamo = dynalite({ path: join(dir, 'dynamodb'), createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
await new Promise((resolve, reject) => {
  dynamo.once('error', reject);
  dynamo.listen(0, '127.0.0.1', resolve);
});
s3rver.on('event', (event) => {
  parentPort.postMessage({ type: 'event', records: JSON.parse(JSON.stringify(event.Records)) });
});
parentPort.on('message', async (message) => {
  if (message.type === 'ping') parentPort.postMessage({ type: 'pong', id: message.id });
  if (message.type === 'close') {
    await s3rver.close();
    await new Promise((resolve) => dynamo.close(resolve));
    parentPort.postMessage({ type: 'closed' });
  }
});
parentPort.postMessage({ type: 'ready', s3Port: s3Address.port, dynamoPort: dynamo.address().port });
