// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IEligibilityConsumer
/// @notice A token that caches, per account, the eligibility its identity registry computes from claims,
/// so that a gated transfer reads one storage word per side instead of calling the registry.
interface IEligibilityConsumer {
    /// @notice Emitted when the registry pushes a new eligibility for `account`.
    event EligibilityUpdated(address indexed account, uint256 verifiedUntil);

    /// @notice Emitted when every cached eligibility is invalidated: wallets are unverified until the registry
    /// pushes their eligibility again, computed in `epoch`.
    event EligibilityInvalidated(uint256 epoch);

    /// @notice `caller` is not the identity registry of this token.
    error EURTUnauthorizedRegistry(address caller);

    /// @notice Records that `account` is verified until `verifiedUntil` (exclusive, unix seconds;
    /// 0 means not verified). Only the identity registry may call it.
    function updateEligibility(address account, uint256 verifiedUntil) external;

    /// @notice Invalidates every cached eligibility at once (a revocation, an issuer removal or a key rotation
    /// changed what the claims prove). Only the identity registry may call it.
    function invalidateEligibility() external;
}
