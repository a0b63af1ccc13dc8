/**
 * The platform's signing accounts, one key each, so that no single key can both mint and vouch for
 * the reserve, or both move money and change who is allowed to hold it:
 * - `relayer`: MINTER (mints and batched mints), BURNER and NOTARY (executes and releases the
 *   holds of withdrawals, burns what they bring in), and relays customers' signed transfers;
 * - `attester`: RESERVE_ATTESTER only, the check on the minter;
 * - `compliance`: COMPLIANCE (freeze, forced transfer and seizure, recovery, forced hold release),
 *   BURNER (a seizure to the zero address needs both) and PAUSER: pausing is an emergency brake
 *   that must be at hand without touching the admin key;
 * - `registrar`: the registry's AGENT (identities), the management key of every identity and of
 *   the claim issuer (claims and their revocation);
 * - `admin`: DEFAULT_ADMIN of the token and the registry (role grants, trusted issuers, minter
 *   configuration, scheduled changes); it deploys, and the running platform sends nothing from it.
 */
export const SIGNER_ROLES = ['relayer', 'attester', 'compliance', 'registrar', 'admin'] as const;
export type SignerRole = (typeof SIGNER_ROLES)[number];

/** The setting each role's key is read from (in embedded mode, generated once when unset). */
export const SIGNER_KEY_SETTINGS: Record<SignerRole, string> = {
  relayer: 'OPERATOR_PRIVATE_KEY',
  attester: 'ATTESTER_PRIVATE_KEY',
  compliance: 'COMPLIANCE_PRIVATE_KEY',
  registrar: 'REGISTRAR_PRIVATE_KEY',
  admin: 'ADMIN_PRIVATE_KEY',
};

/** The roles whose accounts send transactions while the platform runs (each has its own signer). */
export const RUNTIME_SIGNER_ROLES: readonly SignerRole[] = ['relayer', 'attester', 'compliance', 'registrar'];
