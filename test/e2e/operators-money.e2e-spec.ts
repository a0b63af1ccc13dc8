import { randomUUID } from 'node:crypto';
import { type Hex, createPublicClient, createTestClient, encodeAbiParameters, http, keccak256, parseAbi, toHex, parseAbiItem } from 'viem';
import { type Session, adminSession, bearer, reservesOf, secondAdminSession } from '../support/client.js';
import { type TestCustomer, isVerifiedOnChain, newCustomerInput, newKycInput, onboardCustomer } from '../support/customers.js';
import { balanceOf, fund, settled } from '../support/money.js';
import { type RunningPlatform, eventually, startPlatform } from '../support/platform.js';

const SETTLING_IBAN = 'DE89370400440532013000';
const registryAbi = parseAbi(['function hasRole(bytes32 role, address account) view returns (bool)']);
const AGENT_ROLE = keccak256(toHex('AGENT_ROLE'));
const SENDER = { senderIban: 'DE89370400440532013000', senderName: 'Ada Lovelace' };

interface ApprovalView {
  id: string;
  action: string;
  status: string;
  description: string;
  requestedBy: string;
  decidedBy?: string;
  resultId?: string;
  failureCode?: string;
  params: Record<string, string>;
}

/** Money-moving operator actions through Swagger's routes: each one asked by admin A, carried out only when admin B approves. */
describe('operators: maker-checker for withdrawals, suspense, refunds and corrections; identity retry', () => {
  let platform: RunningPlatform;
  let adminA: Session & { id: string };
  let adminB: Session & { id: string };
  let customer: TestCustomer;

  const idempotent = (path: string, who: Session, body: object, key = randomUUID()) => platform.http.post(path).set(bearer(who)).set('idempotency-key', key).send(body);
  const approval = async (id: string) => (await platform.http.get(`/v1/admin/approvals/${id}`).set(bearer(adminA)).expect(200)).body as ApprovalView;
  const decide = async (id: string, who: Session, verb: 'approve' | 'reject' = 'approve', reason = 'checked the ticket') =>
    (await platform.http.post(`/v1/admin/approvals/${id}/${verb}`).set(bearer(who)).send({ reason }).expect(200)).body as ApprovalView;
  const operation = async (id: string) => (await platform.http.get(`/v1/operations/${id}`).set(bearer(adminA)).expect(200)).body;
  const operationIn = (id: string, status: string) => eventually(async () => ((await operation(id)).status === status ? operation(id) : undefined), `operation ${id} to be ${status}`);
  const available = async () => BigInt((await balanceOf(platform, customer)).available);
  const availableBecomes2 = (who: TestCustomer, amount: bigint) =>
    eventually(async () => (BigInt((await balanceOf(platform, who)).available) === amount ? true : undefined), `the balance to be ${amount}`);
  const availableBecomes = (amount: bigint) => eventually(async () => ((await available()) === amount ? true : undefined), `the balance to be ${amount}`);
  const suspenseCredit = async (amount: string) => {
    const booked = (await platform.http.post('/v1/sandbox/bank/incoming-transfers').send({ amount, currency: 'EUR', reference: `unknown ${randomUUID().slice(0, 6)}`, ...SENDER }).expect(202)).body;
    await operationIn(booked.transactionId, 'suspense');
    return booked.transactionId as string;
  };
  /** A's request cannot be approved by A, and changes nothing until B approves it. */
  const approvedByB = async (requested: { id: string; status: string }) => {
    expect(requested.status).toBe('pending');
    expect((await platform.http.post(`/v1/admin/approvals/${requested.id}/approve`).set(bearer(adminA)).send({}).expect(403)).body.code).toBe('APPROVALS.FOUR_EYES');
    return decide(requested.id, adminB);
  };
  const trailOf = async (aggregateId: string) => (await platform.http.get(`/v1/admin/audit?aggregateId=${aggregateId}`).set(bearer(adminA)).expect(200)).body.items as { type: string; actor: string; data?: Record<string, unknown> }[];

  beforeAll(async () => {
    platform = await startPlatform({ WITHDRAWAL_APPROVAL_THRESHOLD: '5000' });
    const first = await adminSession(platform);
    adminA = { ...first, id: (await platform.http.get('/v1/me').set(bearer(first)).expect(200)).body.id };
    adminB = await secondAdminSession(platform, adminA);
    customer = await onboardCustomer(platform);
    await fund(platform, customer, 20_000n);
  });

  afterAll(async () => {
    await platform?.close();
  });

  it('behavior: a withdrawal above the threshold is one approval request among the others; rejected, the reserved amount is spendable again', async () => {
    const account = (await platform.http.post('/v1/me/bank-accounts').set(bearer(customer)).send({ iban: SETTLING_IBAN, holderName: 'Test Holder' }).expect(201)).body.id;
    const withdrawal = (await idempotent('/v1/me/withdrawals', customer, { amount: '6000', bankAccountId: account }).expect(202)).body;
    expect(withdrawal.status).toBe('awaiting_approval');
    expect(await available()).toBe(14_000n);
    const pending = (await platform.http.get('/v1/admin/approvals?status=pending').set(bearer(adminA)).expect(200)).body.items as ApprovalView[];
    const request = pending.find((item) => item.action === 'withdrawal.approve' && item.params.withdrawalId === withdrawal.id) as ApprovalView;
    expect(request).toMatchObject({ requestedBy: customer.id, description: expect.stringContaining('6000 cents') });
    await platform.http.post(`/v1/admin/approvals/${request.id}/approve`).set(bearer(customer)).send({}).expect(403);

    expect((await decide(request.id, adminB, 'reject', 'customer asked to cancel')).status).toBe('rejected');
    expect((await operation(withdrawal.id)).status).toBe('rejected');
    expect(await available()).toBe(20_000n);
    const trail = await trailOf(request.id);
    expect(trail.find((entry) => entry.type === 'approvals.requested')?.actor).toBe(customer.id);
    expect(trail.find((entry) => entry.type === 'approvals.rejected')?.actor).toBe(adminB.id);
  });

  it('behavior: a suspense credit assigned by A is minted to the customer once B approves, exactly once however often it is asked or approved', async () => {
    const depositId = await suspenseCredit('700');
    const key = randomUUID();
    const body = { customerId: customer.id, reason: 'sender confirmed the mistyped reference' };
    const requested = (await idempotent(`/v1/admin/suspense/${depositId}/assign`, adminA, body, key).expect(202)).body;
    expect(requested).toMatchObject({ action: 'suspense.assign', status: 'pending' });
    expect((await idempotent(`/v1/admin/suspense/${depositId}/assign`, adminA, body, key).expect(202)).body.id).toBe(requested.id);
    const second = (await idempotent(`/v1/admin/suspense/${depositId}/assign`, adminA, body).expect(202)).body;
    expect(second.id).not.toBe(requested.id);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await operation(depositId)).status).toBe('suspense');

    expect((await approvedByB(requested)).status).toBe('executed');
    expect((await decide(second.id, adminB)).status).toBe('executed');
    await operationIn(depositId, 'completed');
    await availableBecomes(20_700n);
    expect((await idempotent(`/v1/admin/suspense/${depositId}/assign`, adminA, body).expect(409)).body.code).toBe('TOKENIZER.NOT_IN_SUSPENSE');
    expect((await operation(depositId)).history.filter((change: { status: string }) => change.status === 'minting')).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await available()).toBe(20_700n);

    const trail = await trailOf(requested.id);
    expect(trail.find((entry) => entry.type === 'approvals.requested')).toMatchObject({ actor: adminA.id });
    expect(trail.find((entry) => entry.type === 'approvals.approved')).toMatchObject({ actor: adminB.id });
    const actions = (await platform.http.get(`/v1/admin/audit?aggregateId=${requested.id}&type=audit.action-recorded`).set(bearer(adminA)).expect(200)).body.items;
    expect(JSON.stringify(actions)).toContain('sender confirmed the mistyped reference');
  });

  it('behavior: a suspense credit returned to its sender leaves by payout only after B approves', async () => {
    const depositId = await suspenseCredit('300');
    const requested = (await idempotent(`/v1/admin/suspense/${depositId}/return`, adminA, { reason: 'unknown sender' }).expect(202)).body;
    expect(requested.action).toBe('suspense.return');
    expect((await operation(depositId)).status).toBe('suspense');
    await approvedByB(requested);
    const returned = await operationIn(depositId, 'returned');
    expect(returned.history.map((change: { status: string }) => change.status)).toEqual(['received', 'suspense', 'returning', 'returned']);
  });

  it('behavior: a card top-up refund asked by A is burned and refunded through the acquirer once B approves', async () => {
    const created = (await idempotent('/v1/me/topups', customer, { amount: '1500' }).expect(202)).body;
    await platform.http.post(`/v1/sandbox/acquirer/payments/${created.paymentId}/pay`).send({ cardNumber: '4242424242424242' }).expect(200);
    await operationIn(created.id, 'completed');
    await availableBecomes(22_200n);
    const requested = (await idempotent(`/v1/admin/topups/${created.id}/refund`, adminA, { reason: 'customer complaint OPS-9' }).expect(202)).body;
    expect(requested.action).toBe('topup.refund');
    expect((await approval(requested.id)).description).toContain('1500 cents');
    expect((await operation(created.id)).status).toBe('completed');
    await approvedByB(requested);
    const refunded = await operationIn(created.id, 'refunded');
    expect(refunded.history.map((change: { status: string }) => change.status)).toEqual(['created', 'authorized', 'minting', 'completed', 'refunding', 'refunded']);
    await availableBecomes(20_700n);
    expect((await idempotent(`/v1/admin/topups/${created.id}/refund`, adminA, {}).expect(409)).body.code).toBe('TOPUPS.NOT_REFUNDABLE');
  });

  it('behavior: a manual correction (burn, then mint) carries a reason and moves the balance once B approves; the books reconcile after', async () => {
    const path = `/v1/admin/customers/${customer.id}/corrections`;
    expect((await idempotent(path, adminA, { direction: 'burn', amount: '200' }).expect(400)).body.code).toBe('REQUEST.INVALID');
    expect((await idempotent(path, adminA, { direction: 'burn', amount: '999999', reason: 'too much' }).expect(409)).body.code).toBe('CORRECTIONS.INSUFFICIENT_BALANCE');
    const burn = (await idempotent(path, adminA, { direction: 'burn', amount: '200', reason: 'minted twice by incident OPS-88' }).expect(202)).body;
    expect(burn.action).toBe('correction.burn');
    expect(await available()).toBe(20_700n);
    const executed = await approvedByB(burn);
    expect(executed).toMatchObject({ status: 'executed', resultId: `correction:${burn.id}:burn` });
    await availableBecomes(20_500n);
    expect((await reservesOf(platform, adminA)).reconciled).toBe(false);

    const mint = (await idempotent(path, adminA, { direction: 'mint', amount: '200', reason: 'the burn of OPS-88 was a mistake' }).expect(202)).body;
    await approvedByB(mint);
    await availableBecomes(20_700n);
    await eventually(async () => ((await reservesOf(platform, adminA)).reconciled ? true : undefined), 'the books to reconcile');
  });

  it('error: a customer cannot ask for money-moving operator actions', async () => {
    for (const path of [`/v1/admin/suspense/${randomUUID()}/assign`, `/v1/admin/topups/${randomUUID()}/refund`, `/v1/admin/customers/${customer.id}/corrections`]) {
      const response = await idempotent(path, customer, { customerId: customer.id, direction: 'mint', amount: '1', reason: 'x' });
      expect([path, response.status, response.body.code]).toEqual([path, 403, 'AUTH.FORBIDDEN']);
    }
  });

  it('behavior: an onboarding that reverted (identity_failed) is sent again by an operator once the cause is fixed, and the customer becomes verified', async () => {
    // The cause, made on the chain itself: the registry stops trusting the platform's agent (its AccessControl member slot cleared).
    const rpc = http(`http://127.0.0.1:${platform.env.ANVIL_PORT}`);
    const chain = createPublicClient({ transport: rpc });
    const anvil = createTestClient({ mode: 'anvil', transport: rpc });
    const registry = (await platform.http.get('/v1/token').expect(200)).body.identityRegistry as Hex;
    // The registry agent (the registrar key, not the deployer): whoever was granted AGENT_ROLE.
    const roleGranted = parseAbiItem('event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)');
    const [granted] = await chain.getLogs({ address: registry, event: roleGranted, args: { role: AGENT_ROLE }, fromBlock: 0n });
    const operator = granted.args.account as Hex;
    // The registry is behind an ERC-1967 proxy: AccessControl's roles mapping is the first field of its ERC-7201
    // namespace (openzeppelin.storage.AccessControl); the sequential slots are kept as candidates too.
    const accessControlNamespace = BigInt('0x02dd7bc7dec4dceedda775e58dd541e08a116c6c53815c0bd028192f7b626800');
    const bases = [accessControlNamespace, ...Array.from({ length: 16 }, (_, base) => BigInt(base))];
    const agentSlots = bases.map((base) => {
      const role = keccak256(encodeAbiParameters([{ type: 'bytes32' }, { type: 'uint256' }], [AGENT_ROLE, base]));
      return keccak256(encodeAbiParameters([{ type: 'address' }, { type: 'bytes32' }], [operator, role]));
    });
    const values = await Promise.all(agentSlots.map((slot) => chain.getStorageAt({ address: registry, slot })));
    const slot = agentSlots[values.findIndex((value) => value !== undefined && BigInt(value) === 1n)];
    expect(slot).toBeDefined();
    const setAgent = (member: boolean) => anvil.setStorageAt({ address: registry, index: slot, value: toHex(member ? 1n : 0n, { size: 32 }) });
    await setAgent(false);
    expect(await chain.readContract({ address: registry, abi: registryAbi, functionName: 'hasRole', args: [AGENT_ROLE, operator] })).toBe(false);

    const input = newCustomerInput();
    const id = (await platform.http.post('/v1/auth/register').send(input).expect(201)).body.id as string;
    const token = (await platform.http.post('/v1/auth/login').send({ email: input.email, password: input.password }).expect(200)).body.accessToken as string;
    await platform.http.post('/v1/me/kyc').set(bearer({ token })).send(newKycInput()).expect(202);
    const detail = async () => (await platform.http.get(`/v1/admin/customers/${id}`).set(bearer(adminA)).expect(200)).body;
    const failed = await eventually(async () => ((await detail()).wallet?.status === 'identity_failed' ? detail() : undefined), 'the onboarding to fail');
    const retry = () => platform.http.post(`/v1/admin/customers/${id}/identity/retry`).set(bearer(adminA)).send({ reason: 'registry agent role restored (OPS-12)' });
    await platform.http.post(`/v1/admin/customers/${id}/identity/retry`).set(bearer({ token })).send({}).expect(403);

    await setAgent(true);
    const retried = (await retry().expect(202)).body;
    expect(retried).toMatchObject({ customerId: id, walletAddress: failed.wallet.address, attempt: 2 });
    await eventually(async () => ((await detail()).wallet.status === 'registered' ? true : undefined), 'the retried onboarding to register');
    expect(await isVerifiedOnChain(platform, failed.wallet.address)).toBe(true);
    expect((await retry().expect(409)).body.code).toBe('CUSTODY.IDENTITY_NOT_FAILED');
    const trail = (await platform.http.get(`/v1/admin/audit?customerId=${id}&type=custody.identity-onboarding-retried`).set(bearer(adminA)).expect(200)).body.items;
    expect(trail).toEqual([expect.objectContaining({ actor: adminA.id })]);
  });

  it('behavior: a chargeback the balance could not cover is recovered from the customer\'s later credits (a burn) once B approves; the reserves reconcile again', async () => {
    const payer = await onboardCustomer(platform);
    const detail = async () => (await platform.http.get(`/v1/admin/customers/${payer.id}`).set(bearer(adminA)).expect(200)).body;
    // Verified on chain first; the platform records it when the confirmation's event is handled.
    await eventually(async () => ((await detail()).wallet?.status === 'registered' ? true : undefined), 'the wallet to be registered');
    const created = (await idempotent('/v1/me/topups', payer, { amount: '1000' }).expect(202)).body;
    await platform.http.post(`/v1/sandbox/acquirer/payments/${created.paymentId}/pay`).send({ cardNumber: '4242424242424242' }).expect(200);
    await operationIn(created.id, 'completed');
    const account = (await platform.http.post('/v1/me/bank-accounts').set(bearer(payer)).send({ iban: SETTLING_IBAN, holderName: 'Test Holder' }).expect(201)).body.id;
    const withdrawal = (await idempotent('/v1/me/withdrawals', payer, { amount: '600', bankAccountId: account }).expect(202)).body;
    expect((await settled(platform, payer, withdrawal.id, ['completed', 'released', 'failed'])).status).toBe('completed');

    await platform.http.post(`/v1/sandbox/acquirer/payments/${created.paymentId}/chargeback`).send({}).expect(200);
    expect(await operationIn(created.id, 'charged_back')).toMatchObject({ shortfall: '600' });
    await eventually(async () => ((await detail()).wallet.frozen ? true : undefined), 'the wallet to be frozen');
    expect((await reservesOf(platform, adminA)).shortfall).toBe('600');
    const path = `/v1/admin/topups/${created.id}/shortfall-recovery`;
    expect((await idempotent(path, adminA, { amount: '600' }).expect(409)).body.code).toBe('CORRECTIONS.INSUFFICIENT_BALANCE');

    // Later credits arrive: unfrozen first (maker-checker), then a payment from another customer. (A SEPA credit would not be
    // minted now: with 600 cents unbacked the reserve leaves no room for a mint.)
    await approvedByB((await platform.http.post(`/v1/admin/customers/${payer.id}/unfreeze`).set(bearer(adminA)).send({ reason: 'customer agreed to repay' }).expect(202)).body);
    await eventually(async () => ((await detail()).wallet.frozen ? undefined : true), 'the wallet to be unfrozen');
    const repaid = (await idempotent('/v1/me/transfers', customer, { to: { email: payer.email }, amount: '600' }).expect(202)).body;
    expect((await settled(platform, customer, repaid.id)).status).toBe('completed');
    await eventually(async () => (BigInt((await balanceOf(platform, payer)).available) === 600n ? true : undefined), 'the credit to arrive');
    expect((await idempotent(path, adminA, { amount: '700' }).expect(409)).body.code).toBe('TOPUPS.NO_SHORTFALL');

    const requested = (await idempotent(path, adminA, { amount: '600', reason: 'repaid by SEPA' }).expect(202)).body;
    expect(requested.action).toBe('topup.recover-shortfall');
    expect((await reservesOf(platform, adminA)).shortfall).toBe('600');
    const executed = await approvedByB(requested);
    expect(executed).toMatchObject({ status: 'executed', resultId: `shortfall:${created.id}:${requested.id}` });
    const reserves = await eventually(async () => {
      const body = await reservesOf(platform, adminA);
      return body.shortfall === '0' && body.reconciled ? body : undefined;
    }, 'the shortfall to be recovered and the books to reconcile');
    expect(reserves.backed).toBe(true);
    expect(BigInt((await balanceOf(platform, payer)).available)).toBe(0n);
    expect((await operation(created.id)).shortfall).toBeUndefined();
  });

  it("behavior: a customer's later SEPA credit pays their open shortfall first, once; only the rest is minted; history and audit show it", async () => {
    const payer = await onboardCustomer(platform);
    const created = (await idempotent('/v1/me/topups', payer, { amount: '1000' }).expect(202)).body;
    await platform.http.post(`/v1/sandbox/acquirer/payments/${created.paymentId}/pay`).send({ cardNumber: '4242424242424242' }).expect(200);
    await operationIn(created.id, 'completed');
    const account = (await platform.http.post('/v1/me/bank-accounts').set(bearer(payer)).send({ iban: SETTLING_IBAN, holderName: 'Test Holder' }).expect(201)).body.id;
    const withdrawal = (await idempotent('/v1/me/withdrawals', payer, { amount: '300', bankAccountId: account }).expect(202)).body;
    expect((await settled(platform, payer, withdrawal.id, ['completed', 'released', 'failed'])).status).toBe('completed');
    await platform.http.post(`/v1/sandbox/acquirer/payments/${created.paymentId}/chargeback`).send({}).expect(200);
    expect(await operationIn(created.id, 'charged_back')).toMatchObject({ shortfall: '300' });
    const detail = async () => (await platform.http.get(`/v1/admin/customers/${payer.id}`).set(bearer(adminA)).expect(200)).body;
    await eventually(async () => ((await detail()).wallet.frozen ? true : undefined), 'the wallet to be frozen');
    await approvedByB((await platform.http.post(`/v1/admin/customers/${payer.id}/unfreeze`).set(bearer(adminA)).send({ reason: 'customer repays by SEPA' }).expect(202)).body);
    await eventually(async () => ((await detail()).wallet.frozen ? undefined : true), 'the wallet to be unfrozen');
    const supplyBefore = BigInt((await reservesOf(platform, adminA)).totalSupply);

    // Shortfall 300, credit 500: 300 pay the shortfall, 200 are minted.
    const credit = { amount: '500', currency: 'EUR', reference: payer.depositReference, ...SENDER };
    const booked = (await platform.http.post('/v1/sandbox/bank/incoming-transfers').send(credit).expect(202)).body;
    const deposit = await operationIn(booked.transactionId, 'completed');
    expect(deposit).toMatchObject({ type: 'deposit', amount: '500', shortfallCovered: '300' });
    await availableBecomes2(payer, 200n);
    expect((await operation(created.id)).shortfall).toBeUndefined();
    const reserves = await eventually(async () => {
      const body = await reservesOf(platform, adminA);
      return body.inFlight === '0' && body.reconciled ? body : undefined;
    }, 'the books to reconcile');
    expect(reserves).toMatchObject({ shortfall: '0', backed: true });
    expect(BigInt(reserves.totalSupply)).toBe(supplyBefore + 200n);
    const history = (await platform.http.get('/v1/me/operations?limit=20').set(bearer(payer)).expect(200)).body.items as { id: string; shortfallCovered?: string }[];
    expect(history.find((item) => item.id === booked.transactionId)?.shortfallCovered).toBe('300');
    const trail = await trailOf(booked.transactionId);
    expect(trail.find((entry) => entry.type === 'tokenizer.deposit-covered-shortfall')?.data).toMatchObject({ covered: '300', minted: '200', topUpIds: created.id });
    expect(trail.filter((entry) => entry.type === 'tokenizer.deposit-covered-shortfall')).toHaveLength(1);
  });

  it('behavior: treasury writes off a chargeback shortfall, maker-checker with a reason: recorded, the shortfall closes, the reserves show it written off', async () => {
    const payer = await onboardCustomer(platform);
    const created = (await idempotent('/v1/me/topups', payer, { amount: '1000' }).expect(202)).body;
    await platform.http.post(`/v1/sandbox/acquirer/payments/${created.paymentId}/pay`).send({ cardNumber: '4242424242424242' }).expect(200);
    await operationIn(created.id, 'completed');
    const account = (await platform.http.post('/v1/me/bank-accounts').set(bearer(payer)).send({ iban: SETTLING_IBAN, holderName: 'Test Holder' }).expect(201)).body.id;
    const withdrawal = (await idempotent('/v1/me/withdrawals', payer, { amount: '700', bankAccountId: account }).expect(202)).body;
    expect((await settled(platform, payer, withdrawal.id, ['completed', 'released', 'failed'])).status).toBe('completed');
    await platform.http.post(`/v1/sandbox/acquirer/payments/${created.paymentId}/chargeback`).send({}).expect(200);
    expect(await operationIn(created.id, 'charged_back')).toMatchObject({ shortfall: '700' });
    const before = await reservesOf(platform, adminA);
    expect(before).toMatchObject({ shortfall: '700', writtenOff: '0', reconciled: true });

    // A treasury operator (granted through maker-checker) asks; admins alone may not ask.
    const input = newCustomerInput();
    const treasurer = (await platform.http.post('/v1/auth/register').send(input).expect(201)).body.id as string;
    await approvedByB((await platform.http.post(`/v1/admin/operators/${treasurer}/roles`).set(bearer(adminA)).send({ role: 'treasury', reason: 'treasury desk' }).expect(202)).body);
    const treasury = { token: (await platform.http.post('/v1/auth/login').send({ email: input.email, password: input.password }).expect(200)).body.accessToken as string };
    const path = `/v1/admin/topups/${created.id}/shortfall-write-off`;
    expect((await idempotent(path, adminA, { amount: '700', reason: 'uncollectable' }).expect(403)).body.code).toBe('AUTH.FORBIDDEN');
    expect((await idempotent(path, payer, { amount: '700', reason: 'mine' }).expect(403)).body.code).toBe('AUTH.FORBIDDEN');
    expect((await idempotent(path, treasury, { amount: '700' }).expect(400)).body.code).toBe('REQUEST.INVALID');
    expect((await idempotent(path, treasury, { amount: '701', reason: 'uncollectable' }).expect(409)).body.code).toBe('TOPUPS.NO_SHORTFALL');

    const requested = (await idempotent(path, treasury, { amount: '700', reason: 'customer insolvent, collection closed (FIN-7)' }).expect(202)).body;
    expect(requested).toMatchObject({ action: 'topup.write-off-shortfall', status: 'pending' });
    expect((await platform.http.post(`/v1/admin/approvals/${requested.id}/approve`).set(bearer(treasury)).send({}).expect(403)).body.code).toBe('APPROVALS.FOUR_EYES');
    expect((await reservesOf(platform, adminA)).shortfall).toBe('700');
    expect(await decide(requested.id, adminB)).toMatchObject({ status: 'executed', resultId: created.id });

    const after = await reservesOf(platform, adminA);
    expect(after).toMatchObject({ shortfall: '0', writtenOff: '700', reconciled: true, totalSupply: before.totalSupply });
    // The platform took the loss: its own funds must still cover those tokens.
    expect(after.backed).toBe(false);
    const topUp = await operation(created.id);
    expect(topUp.shortfall).toBeUndefined();
    expect(topUp.writtenOff).toBe('700');
    // Asked again after the fact: nothing is left to write off; the audit trail has both operators and the reason.
    expect((await idempotent(path, treasury, { amount: '1', reason: 'again' }).expect(409)).body.code).toBe('TOPUPS.NO_SHORTFALL');
    const trail = await trailOf(requested.id);
    expect(trail.map((entry) => entry.type)).toEqual(expect.arrayContaining(['approvals.requested', 'approvals.approved', 'approvals.executed']));
    expect(trail.map((entry) => entry.actor)).toEqual(expect.arrayContaining([treasurer, adminB.id]));
    expect(JSON.stringify(trail)).toContain('FIN-7');
  });
});
