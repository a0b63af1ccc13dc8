// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IIdentity} from "./IIdentity.sol";
import {IIdentityRegistry} from "./IIdentityRegistry.sol";

/// @title IClaimIssuer
/// @notice The platform's KYC claim issuer, itself an ERC-734/735 identity: keys with the claim-signer
/// purpose (3) sign claims off-chain as EIP-712 typed data
/// `Claim(address identity,uint256 topic,address registry,uint256 expiresAt,uint256 nonce)` under the
/// domain `{name: "EURT Claim Issuer", version: "1", chainId, verifyingContract: <this issuer>}`.
/// The ERC-735 claim `data` is `abi.encode(registry, expiresAt, nonce)` and its `signature` the 65-byte
/// `r || s || v` signature. The chain id (domain), the registry and the expiry bind a claim to one chain,
/// one registry and the life of the KYC check; the nonce names it for revocation.
interface IClaimIssuer is IIdentity {
    /// @notice Emitted when the claim with `nonce` about `identity` is revoked.
    event ClaimRevoked(address indexed identity, uint256 indexed nonce);

    /// @notice Emitted when the registry told of revocations and key removals is set.
    event RegistrySet(IIdentityRegistry indexed registry);

    /// @notice The claim with `nonce` about `identity` is already revoked.
    error ClaimIssuerAlreadyRevoked(address identity, uint256 nonce);

    /// @notice The registry that trusts this issuer did not take the invalidation (for example a call starved of
    /// gas by the caller's limit): a revocation or key removal must not stand without its effect.
    error ClaimIssuerInvalidationFailed(IIdentityRegistry registry);

    /// @notice The EIP-712 typehash of the `Claim` struct.
    function CLAIM_TYPEHASH() external view returns (bytes32);

    /// @notice Revokes the claim with `nonce` about `identity`. Nonces are per identity: claims about other
    /// identities that happen to share the nonce stay valid. Management key only.
    function revokeClaim(address identity, uint256 nonce) external;

    /// @notice Sets the registry whose `invalidateEligibility` this issuer calls when it revokes a claim or loses
    /// a signing (or management) key, so the revocation takes effect at once. Management key only.
    function setRegistry(IIdentityRegistry registry_) external;

    /// @notice The registry told of revocations and key removals (zero for none).
    function revocationRegistry() external view returns (IIdentityRegistry);

    /// @notice Whether the claim with `nonce` about `identity` is revoked.
    function isClaimRevoked(address identity, uint256 nonce) external view returns (bool);

    /// @notice The EIP-712 digest a claim signer signs.
    function claimDigest(address identity, uint256 topic, address registry, uint256 expiresAt, uint256 nonce)
        external
        view
        returns (bytes32);

    /// @notice Whether `signature` over `data` is a valid, unexpired, unrevoked claim of this issuer about
    /// `topic` for `identity`, signed by one of its claim-signer keys. `data` must be the 96-byte
    /// `abi.encode(registry, expiresAt, nonce)`.
    function isClaimValid(IIdentity identity, uint256 topic, bytes calldata signature, bytes calldata data)
        external
        view
        returns (bool);
}
