// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {IEligibilityConsumer} from "./IEligibilityConsumer.sol";
import {IERC3009} from "./IERC3009.sol";
import {IHoldable} from "./IHoldable.sol";
import {IIdentityRegistry} from "./IIdentityRegistry.sol";

/// @title IEuroToken
/// @notice EURT, an ERC-20 e-money token (2 decimals: one unit is one euro cent) with role-based minting
/// under per-minter allowances and an attested reserve ceiling, identity-gated transfers (both sides must
/// be verified by the identity registry, the ERC-3643 rule), pause, full and partial freeze, forced
/// transfer and wallet recovery for compliance, holds, EIP-2612 permit, EIP-3009 authorizations and batches.
/// @dev Balances, held amounts, partially frozen amounts, the registry's cached eligibility and the
/// address-frozen flag of an account share one storage word, so a gated transfer touches the same two
/// slots as a plain ERC-20 transfer. Amounts are therefore limited to 72 bits (the supply cap, about
/// 4.7e21 cents), which is far above any euro amount.
interface IEuroToken is IERC20, IERC20Metadata, IERC20Errors, IERC20Permit, IERC3009, IHoldable, IEligibilityConsumer {
    /// @notice Everything the token stores about an account (see {accountState}).
    struct AccountState {
        uint256 balance;
        uint256 held;
        uint256 frozen;
        uint256 verifiedUntil;
        bool addressFrozen;
    }

    /// @notice Emitted when the admin sets `minter`'s mint allowance to `allowance`.
    event MinterConfigured(address indexed minter, uint256 allowance);

    /// @notice Emitted when the admin removes `minter`.
    event MinterRemoved(address indexed minter);

    /// @notice Emitted when a new minter or a higher allowance is scheduled: {configureMinter} with the same
    /// arguments applies it from `readyAt` on.
    event MinterConfigurationScheduled(address indexed minter, uint256 allowance, uint256 readyAt);

    /// @notice Emitted when a longer maximum attestation age is scheduled: {setMaxAttestationAge} with the same
    /// argument applies it from `readyAt` on.
    event MaxAttestationAgeScheduled(uint256 maxAge, uint256 readyAt);

    /// @notice Emitted when entry `index` of a {batchMint}, `amount` to `to`, is skipped; `reason` is the
    /// selector of the error {mint} would have reverted with.
    event MintSkipped(address indexed to, uint256 index, uint256 amount, bytes4 reason);

    /// @notice Emitted when `minter` mints `amount` in one call, leaving `remainingAllowance`.
    event MintAllowanceUsed(address indexed minter, uint256 amount, uint256 remainingAllowance);

    /// @notice Emitted when the attester records a fiat reserve of `reserve` cents at `timestamp`.
    event ReserveAttested(uint256 reserve, uint256 timestamp, uint256 totalSupply);

    /// @notice Emitted when the admin changes how old an attestation may be for minting.
    event MaxAttestationAgeUpdated(uint256 previousMaxAge, uint256 newMaxAge);

    /// @notice Emitted when `account` is frozen or unfrozen by `agent` (ERC-3643 event).
    event AddressFrozen(address indexed account, bool indexed isFrozen, address indexed agent);

    /// @notice Emitted when `amount` of `account`'s tokens are frozen (ERC-3643 event).
    event TokensFrozen(address indexed account, uint256 amount);

    /// @notice Emitted when `amount` of `account`'s frozen tokens are unfrozen (ERC-3643 event).
    event TokensUnfrozen(address indexed account, uint256 amount);

    /// @notice Emitted when compliance moves `amount` from `from` to `to` without their consent.
    event ForcedTransfer(address indexed from, address indexed to, uint256 amount, address indexed agent);

    /// @notice Emitted when the balance and identity of `lostWallet` move to `newWallet` (ERC-3643 event).
    event RecoverySuccess(address indexed lostWallet, address indexed newWallet, address indexed identity);

    /// @notice Emitted when the admin sends `amount` of a foreign `token` held by this contract to `to`.
    event ERC20Rescued(address indexed token, address indexed to, uint256 amount);

    /// @notice `account` is not verified (no valid claim, or its claim expired).
    error EURTUnverifiedAccount(address account);

    /// @notice `account` is frozen.
    error EURTAddressFrozen(address account);

    /// @notice Minting `needed` exceeds `minter`'s remaining mint allowance `allowance`.
    error EURTMinterAllowanceExceeded(address minter, uint256 allowance, uint256 needed);

    /// @notice Minting would take the total supply to `supplyAfterMint`, above the attested `reserve`.
    error EURTReserveExceeded(uint256 supplyAfterMint, uint256 reserve);

    /// @notice The last reserve attestation (at `attestedAt`) is older than `maxAge` seconds.
    error EURTReserveAttestationStale(uint256 attestedAt, uint256 maxAge);

    /// @notice Minting `amount` would exceed what the current attestation still allows (`headroom`).
    error EURTReserveHeadroomExceeded(uint256 headroom, uint256 amount);

    /// @notice An attestation must be as of a later time than the previous one, and not in the future.
    error EURTAttestationOutOfOrder(uint256 asOf, uint256 previousAsOf, uint256 now_);

    /// @notice Minting would take the total supply to `supplyAfterMint`, above the 72-bit cap `cap`.
    error EURTSupplyCapExceeded(uint256 supplyAfterMint, uint256 cap);

    /// @notice A reserve or age does not fit its storage field (maximum `max`).
    error EURTValueTooLarge(uint256 value, uint256 max);

    /// @notice Unfreezing `needed` exceeds `account`'s frozen tokens `frozen`.
    error EURTInsufficientFrozenTokens(address account, uint256 frozen, uint256 needed);

    /// @notice Batch arrays have different lengths.
    error EURTArrayLengthMismatch(uint256 accounts, uint256 amounts);

    /// @notice The amount must not be zero.
    error EURTZeroAmount();

    /// @notice `newWallet` is not a management key of `identity`: add it there first.
    error EURTNewWalletNotAKey(address newWallet, address identity);

    /// @notice `lostWallet` is not registered to `identity` in the identity registry.
    error EURTIdentityMismatch(address lostWallet, address identity);

    /// @notice The permit expired at `deadline`.
    error ERC2612ExpiredSignature(uint256 deadline);

    /// @notice The admin and the registry must not be the zero address.
    error EURTZeroAddress();

    /// @notice This token cannot be rescued from itself.
    error EURTCannotRescueSelf();

    /// @notice Emitted when the token is paused by `account` (OpenZeppelin Pausable's event).
    event Paused(address account);

    /// @notice Emitted when the token is unpaused by `account` (OpenZeppelin Pausable's event).
    event Unpaused(address account);

    /// @notice The token is paused (OpenZeppelin Pausable's error).
    error EnforcedPause();

    /// @notice The token is not paused (OpenZeppelin Pausable's error).
    error ExpectedPause();

    /// @notice Emitted when the admin points the token at another identity registry.
    event IdentityRegistrySet(IIdentityRegistry indexed previous, IIdentityRegistry indexed registry);

    /// @notice An all-or-nothing batch had entries to skip (one bit per entry, set for a skipped one).
    error EURTBatchEntriesSkipped(uint256 skipped);

    /// @notice The scheduled admin change is not due before `readyAt`.
    error EURTChangeNotReady(uint256 readyAt);

    /// @notice Role that may mint within its mint allowance.
    function MINTER_ROLE() external view returns (bytes32);

    /// @notice Role that may burn spendable tokens of any account, and execute burning holds.
    function BURNER_ROLE() external view returns (bytes32);

    /// @notice Role that may pause and unpause.
    function PAUSER_ROLE() external view returns (bytes32);

    /// @notice Role that may freeze, force transfers and recover wallets.
    function COMPLIANCE_ROLE() external view returns (bytes32);

    /// @notice Role that may record the attested fiat reserve.
    function RESERVE_ATTESTER_ROLE() external view returns (bytes32);

    /// @notice The EIP-2612 permit typehash.
    function PERMIT_TYPEHASH() external view returns (bytes32);

    /// @notice The identity registry whose eligibility this token caches (fixed at construction).
    function identityRegistry() external view returns (IIdentityRegistry);

    /// @notice Points the token at another identity registry (bind the token there first). Admin only. Every
    /// cached eligibility is invalidated: wallets are eligible again once the new registry refreshes them.
    function setIdentityRegistry(IIdentityRegistry registry) external;

    /// @notice Everything the token stores about `account`.
    function accountState(address account) external view returns (AccountState memory);

    /// @notice Whether `account` may send and receive now: verified (claim not expired) and not frozen.
    function isEligible(address account) external view returns (bool);

    // ---------------------------------------------------------------- minting and burning

    /// @notice Grants `minter` the minter role and sets its mint allowance to `allowance`. Admin only. Lowering
    /// an existing minter's allowance applies at once; a new minter or a higher allowance is scheduled and
    /// applied by calling again with the same arguments after the admin delay.
    function configureMinter(address minter, uint256 allowance) external;

    /// @notice Revokes `minter`'s role and zeroes its allowance. Admin only.
    function removeMinter(address minter) external;

    /// @notice The remaining mint allowance of `minter`.
    function minterAllowance(address minter) external view returns (uint256);

    /// @notice Mints `amount` to `to`. Minter only, not while paused; consumes the minter's allowance;
    /// the new supply must not exceed the attested reserve, which must be fresh; `to` must be verified
    /// and not frozen.
    function mint(address to, uint256 amount) external;

    /// @notice Mints `amounts[i]` to `to[i]` for every i. An entry {mint} would refuse (recipient not eligible,
    /// zero amount or address) is skipped with {MintSkipped}; the allowance, reserve and cap checks apply to the
    /// total of the others and revert the batch. Returns one bit per entry, set for a skipped one.
    function batchMint(address[] calldata to, uint256[] calldata amounts) external returns (uint256 skipped);

    /// @notice {batchMint}, all or nothing: reverts with {EURTBatchEntriesSkipped} if any entry would be
    /// skipped (for a caller that settles a batch's members together).
    function batchMintAtomic(address[] calldata to, uint256[] calldata amounts) external;

    /// @notice {IERC3009.batchTransferWithAuthorization}, all or nothing: reverts with
    /// {EURTBatchEntriesSkipped} if any entry would be skipped.
    function batchTransferWithAuthorizationAtomic(TransferAuthorization[] calldata authorizations) external;

    /// @notice Burns `amount` of the caller's own spendable balance (the issuer's redemption account). Burner
    /// only, not while paused. A customer's tokens are burned only through a burning hold the customer signed
    /// ({IHoldable.executeHold}) or seized by compliance ({forcedTransfer} to the zero address).
    function burn(uint256 amount) external;

    // ---------------------------------------------------------------- reserve

    /// @notice Records the attested fiat reserve, in cents. Reserve attester only. A reserve below the
    /// supply is accepted (it is a fact) and stops minting.
    function attestReserve(uint256 reserve) external;

    /// @notice Records the fiat reserve, in cents, as it stood at `asOf` (unix seconds). Reserve attester only.
    /// `asOf` must be later than the previous attestation's and not in the future; freshness counts from it.
    /// The attestation opens a mint headroom of `reserve - totalSupply` (zero if the reserve is below the
    /// supply) that mints consume and burns do not give back: redeemed euros have left the bank.
    function attestReserve(uint256 reserve, uint256 asOf) external;

    /// @notice What may still be minted against the current attestation (before its freshness is checked).
    function mintHeadroom() external view returns (uint256);

    /// @notice Sets how many seconds an attestation stays fresh enough to mint against (at most 7 days). Admin
    /// only. Shortening applies at once; lengthening is scheduled like {configureMinter}.
    function setMaxAttestationAge(uint256 maxAge) external;

    /// @notice The last attested reserve, when it was attested, and the maximum attestation age.
    function reserveAttestation() external view returns (uint256 reserve, uint256 attestedAt, uint256 maxAge);

    // ---------------------------------------------------------------- pause

    /// @notice Stops transfers, authorizations, mint, burn, new holds and hold execution. Pauser only.
    function pause() external;

    /// @notice Whether the token is paused.
    function paused() external view returns (bool);

    /// @notice The eligibility epoch: a wallet is eligible only if the registry computed its verified-until in
    /// this epoch. The registry bumps it on a revocation, an issuer removal or a key rotation.
    function eligibilityEpoch() external view returns (uint256);

    /// @notice Resumes. Pauser only.
    function unpause() external;

    // ---------------------------------------------------------------- compliance

    /// @notice Freezes or unfreezes `account` entirely (it can neither send nor receive). Compliance only.
    function setAddressFrozen(address account, bool freeze) external;

    /// @notice Freezes `amount` of `account`'s spendable balance. Compliance only.
    function freezePartialTokens(address account, uint256 amount) external;

    /// @notice Unfreezes `amount` of `account`'s frozen tokens. Compliance only.
    function unfreezePartialTokens(address account, uint256 amount) external;

    /// @notice Whether `account` is frozen entirely.
    function isFrozen(address account) external view returns (bool);

    /// @notice The partially frozen amount of `account`.
    function getFrozenTokens(address account) external view returns (uint256);

    /// @notice Moves `amount` from `from` to the verified `to` regardless of freezes (not while paused: an
    /// emergency halt stops compliance's movements too), unfreezing frozen tokens
    /// of `from` when its free balance is short. Held tokens cannot be moved (release the hold first, see
    /// {IHoldable.forceReleaseHold}). Compliance only. `to == address(0)` seizes and burns (a chargeback); the
    /// caller must then also be a burner. Emits {ForcedTransfer}.
    function forcedTransfer(address from, address to, uint256 amount) external;

    /// @notice Moves the balance, held and frozen tokens (the holds follow), frozen flag and registry entry of
    /// `lostWallet` to `newWallet`. `lostWallet` must be registered to `identity`, and `newWallet` must be a
    /// management key of `identity` (T-REX's rule). Compliance only, not while paused; the token must be bound
    /// to its registry.
    function recoverWallet(address lostWallet, address newWallet, address identity) external;

    // ---------------------------------------------------------------- admin and gasless approvals

    /// @notice Sends `amount` of a foreign ERC-20 `token` held by this contract to `to`. Admin only.
    function rescueERC20(IERC20 token, address to, uint256 amount) external;

    /// @notice EIP-2612 permit with a `bytes` signature (EOA or ERC-1271 contract owner).
    function permit(address owner, address spender, uint256 value, uint256 deadline, bytes calldata signature)
        external;
}
