// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IClaimIssuer} from "./IClaimIssuer.sol";
import {IIdentity} from "./IIdentity.sol";
import {IIdentityFactory} from "./IIdentityFactory.sol";

/// @title IIdentityRegistry
/// @notice Maps wallets to identities and decides who is verified (ERC-3643's `isVerified`): a wallet is
/// verified while its identity carries an unexpired, unrevoked claim about the registry's claim topic
/// from a trusted issuer, bound to this registry. The claims stay the source of truth; the registry
/// caches the result per wallet in one word (identity, country, verified-until) and pushes it to the
/// bound tokens, which keep it next to the balance.
/// @dev The cache changes when a wallet is registered, updated or deleted, when a claim is added through
/// the registry, and on {refresh}, which anyone may call (for example right after a revocation).
/// Expiry needs no refresh: the cached word holds the expiry itself.
interface IIdentityRegistry {
    /// @notice One customer for {onboardBatch}: the arguments of {onboard}.
    struct OnboardingInput {
        address wallet;
        address managementKey;
        bytes32 salt;
        uint16 country;
        IClaimIssuer issuer;
        bytes signature;
        bytes data;
    }

    /// @notice Emitted when `wallet` is registered to `identity`.
    event IdentityRegistered(address indexed wallet, IIdentity indexed identity);

    /// @notice Emitted when `wallet`'s registration to `identity` is removed.
    event IdentityRemoved(address indexed wallet, IIdentity indexed identity);

    /// @notice Emitted when `wallet` moves from `oldIdentity` to `newIdentity`.
    event IdentityUpdated(address indexed wallet, IIdentity indexed oldIdentity, IIdentity indexed newIdentity);

    /// @notice Emitted when `wallet`'s country changes.
    event CountryUpdated(address indexed wallet, uint16 indexed country);

    /// @notice Emitted when the cached verification of `wallet` changes.
    event VerificationUpdated(address indexed wallet, uint256 verifiedUntil);

    /// @notice Emitted when every cached eligibility is invalidated; records are verified again once refreshed
    /// in `epoch`.
    event EligibilityInvalidated(uint256 epoch);

    /// @notice Emitted when bound token `token` refused an eligibility push for `wallet` (zero: an invalidation);
    /// the other tokens were updated. Unbind or fix the token, then refresh.
    event EligibilityPushFailed(address indexed token, address indexed wallet);

    /// @notice Emitted by {refreshBatch} for a wallet that is not registered (skipped).
    event RefreshSkipped(address indexed wallet);

    /// @notice Emitted when `issuer` becomes trusted.
    event TrustedIssuerAdded(IClaimIssuer indexed issuer);

    /// @notice Emitted when `issuer` stops being trusted.
    event TrustedIssuerRemoved(IClaimIssuer indexed issuer);

    /// @notice Emitted when `token` starts receiving eligibility updates.
    event TokenBound(address indexed token);

    /// @notice Emitted when `token` stops receiving eligibility updates.
    event TokenUnbound(address indexed token);

    /// @notice Emitted when `lostWallet`'s registration moves to `newWallet`.
    event WalletRecovered(address indexed lostWallet, address indexed newWallet, IIdentity indexed identity);

    /// @notice `wallet` is already registered.
    error RegistryWalletAlreadyRegistered(address wallet);

    /// @notice `wallet` is not registered.
    error RegistryWalletNotRegistered(address wallet);

    /// @notice The zero address cannot be a wallet, identity, issuer or token here.
    error RegistryInvalidAddress();

    /// @notice `issuer` is already trusted / `token` already bound.
    error RegistryAlreadyListed(address account);

    /// @notice `issuer` is not trusted / `token` not bound.
    error RegistryNotListed(address account);

    /// @notice `caller` is neither an agent nor a bound token.
    error RegistryUnauthorized(address caller);

    /// @notice Role that registers wallets and onboards customers.
    function AGENT_ROLE() external view returns (bytes32);

    /// @notice The claim topic that makes a wallet verified (1 = KYC on this platform).
    function claimTopic() external view returns (uint256);

    /// @notice The factory {onboard} deploys identities with.
    function identityFactory() external view returns (IIdentityFactory);

    /// @notice ERC-3643: whether `wallet` is registered and verified now.
    function isVerified(address wallet) external view returns (bool);

    /// @notice Until when (exclusive, unix seconds) `wallet` is verified; 0 when not verified.
    function verifiedUntil(address wallet) external view returns (uint256);

    /// @notice The identity of `wallet` (zero when not registered).
    function identity(address wallet) external view returns (IIdentity);

    /// @notice The ISO 3166-1 numeric country of `wallet`.
    function investorCountry(address wallet) external view returns (uint16);

    /// @notice Whether `wallet` is registered.
    function contains(address wallet) external view returns (bool);

    /// @notice The trusted claim issuers.
    function trustedIssuers() external view returns (address[] memory);

    /// @notice The tokens that receive eligibility updates.
    function boundTokens() external view returns (address[] memory);

    /// @notice The identity {onboard} deploys for `managementKey` and `salt` (the address a KYC claim
    /// must be signed for before onboarding).
    function predictIdentity(address managementKey, bytes32 salt) external view returns (address);

    /// @notice One call to onboard a customer: deploys an identity managed by `managementKey` (CREATE2
    /// with `salt`) holding the KYC claim `signature`/`data` of `issuer`, registers `wallet` to it with
    /// `country`, and pushes the resulting eligibility to the bound tokens. Agent only.
    function onboard(
        address wallet,
        address managementKey,
        bytes32 salt,
        uint16 country,
        IClaimIssuer issuer,
        bytes calldata signature,
        bytes calldata data
    ) external returns (IIdentity identity);

    /// @notice {onboard} of many customers in one transaction, in order; returns their identities.
    /// Atomic: when one entry cannot be onboarded (wallet already registered, identity already deployed,
    /// bad claim) the whole batch reverts with that entry's error. Agent only.
    function onboardBatch(OnboardingInput[] calldata inputs) external returns (IIdentity[] memory identities);

    /// @notice Registers `wallet` to an existing `identity`. Agent only.
    function registerIdentity(address wallet, IIdentity identity, uint16 country) external;

    /// @notice Removes `wallet`'s registration; it stops being verified. Agent only.
    function deleteIdentity(address wallet) external;

    /// @notice Points `wallet` at `newIdentity`. Agent only.
    function updateIdentity(address wallet, IIdentity newIdentity) external;

    /// @notice Sets `wallet`'s country. Agent only.
    function updateCountry(address wallet, uint16 country) external;

    /// @notice Re-reads `wallet`'s claims and updates the cached verification (and the tokens' copies).
    /// Anyone may call it. Returns the new verified-until.
    function refresh(address wallet) external returns (uint256 verifiedUntil);

    /// @notice Moves `lostWallet`'s registration to `newWallet` (which must not be registered). Agent, or a
    /// bound token (it calls this from its own wallet recovery) and then only to a management key of
    /// `lostWallet`'s identity.
    function recoverWallet(address lostWallet, address newWallet) external;

    /// @notice Refreshes every registered wallet of `wallets` as {refresh} does; unregistered ones are skipped
    /// with {RefreshSkipped}. Anyone may call it, e.g. after {invalidateEligibility}.
    function refreshBatch(address[] calldata wallets) external;

    /// @notice Makes every wallet unverified at once, here and on every bound token, until it is refreshed:
    /// how a revocation, an issuer removal or a rotated signing key takes effect without waiting for a
    /// per-wallet refresh. By an agent or a trusted issuer (the ClaimIssuer calls it when it revokes a claim
    /// or loses a key); {removeTrustedIssuer} does it too.
    function invalidateEligibility() external;

    /// @notice The current eligibility epoch (bumped by {invalidateEligibility}).
    function eligibilityEpoch() external view returns (uint256);

    /// @notice Trusts `issuer`'s claims. Admin only.
    function addTrustedIssuer(IClaimIssuer issuer) external;

    /// @notice Stops trusting `issuer`. Admin only; call {refresh} for the affected wallets.
    function removeTrustedIssuer(IClaimIssuer issuer) external;

    /// @notice Starts pushing eligibility updates to `token`. Admin only.
    function bindToken(address token) external;

    /// @notice Stops pushing eligibility updates to `token`. Admin only.
    function unbindToken(address token) external;
}
