export default async function globalTeardown(): Promise<void> {
  await globalThis.__URP_TEST_TEARDOWN__?.();
}
