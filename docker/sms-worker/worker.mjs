// Gridcase's reference SMS worker (ADR 17): works the external tasks of topic gridcase-sms with
// Camunda's official JavaScript client. For each task it reads the message's phone and text from
// Gridcase (GET /api/sms/{smsId}; the engine holds only the id), posts them to an HTTP SMS gateway
// with the message's idempotency key, and completes the task. A failure is reported with one retry
// fewer; at none left the engine raises an incident that Cockpit shows.
import { Client, BasicAuthInterceptor, logger } from "camunda-external-task-client-js";

const env = (name, fallback) => process.env[name] ?? fallback;
const gridcaseUrl = env("GRIDCASE_URL", "http://localhost:8080").replace(/\/$/, "");
const user = env("GRIDCASE_USER", "sms-gateway");
const password = env("GRIDCASE_PASSWORD", "gridcase");
const gatewayUrl = env("SMS_GATEWAY_URL", "http://localhost:9090/sms");
const retries = Number(env("SMS_RETRIES", "3"));
const retryTimeout = Number(env("SMS_RETRY_TIMEOUT_MS", "60000"));
const lockDuration = Number(env("SMS_LOCK_DURATION_MS", "60000"));
// long polling (the engine holds an empty fetch open this long); 0 turns it off
const longPollMs = Number(env("SMS_LONG_POLL_MS", "10000"));
const authorization = "Basic " + Buffer.from(`${user}:${password}`).toString("base64");

const client = new Client({
  baseUrl: `${gridcaseUrl}/engine-rest`,
  workerId: env("SMS_WORKER_ID", `sms-worker-${process.pid}`),
  maxTasks: Number(env("SMS_MAX_TASKS", "5")),
  interval: Number(env("SMS_POLL_INTERVAL_MS", "1000")),
  ...(longPollMs > 0 ? { asyncResponseTimeout: longPollMs } : {}),
  lockDuration,
  interceptors: new BasicAuthInterceptor({ username: user, password }),
  use: logger,
});

async function message(smsId) {
  const answer = await fetch(`${gridcaseUrl}/api/sms/${smsId}`, {
    headers: { Authorization: authorization, Accept: "application/json" },
  });
  if (!answer.ok) {
    throw new Error(`Gridcase answered ${answer.status} for message ${smsId}`);
  }
  return answer.json();
}

async function send(sms) {
  const answer = await fetch(gatewayUrl, {
    method: "POST",
    headers: { "Content-Type": "application/json; charset=utf-8", "Idempotency-Key": sms.idempotencyKey },
    body: JSON.stringify({ to: sms.phone, text: sms.text, idempotencyKey: sms.idempotencyKey }),
  });
  if (!answer.ok) {
    // the gateway's answer may echo the phone: only its status goes into the engine
    throw new Error(`SMS gateway answered ${answer.status}`);
  }
}

client.subscribe("gridcase-sms", { lockDuration, variables: ["smsId"] }, async ({ task, taskService }) => {
  const smsId = task.variables.get("smsId");
  console.log(`message ${smsId}: locked (task ${task.id}, retries ${task.retries ?? "not set"})`);
  try {
    const sms = await message(smsId);
    if (!sms.sent) {
      await send(sms);
    }
  } catch (e) {
    const left = task.retries == null ? retries - 1 : task.retries - 1;
    console.error(`message ${smsId} not sent (${e.message}); retries left: ${Math.max(left, 0)}`);
    await taskService.handleFailure(task, {
      errorMessage: `短信未发送 SMS ${smsId} not sent: ${e.message}`,
      retries: Math.max(left, 0),
      retryTimeout: left > 0 ? retryTimeout : 0,
    });
    return;
  }
  await taskService.complete(task);
  console.log(`message ${smsId} sent`);
});

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    client.stop();
    process.exit(0);
  });
}
