// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IERC735
/// @notice ERC-735 claim holder, as ONCHAINID implements it. A claim id is
/// `keccak256(abi.encode(issuer, topic))`, so an issuer holds at most one claim per topic on an identity.
interface IERC735 {
    /// @notice Emitted when a claim is added.
    event ClaimAdded(
        bytes32 indexed claimId,
        uint256 indexed topic,
        uint256 scheme,
        address indexed issuer,
        bytes signature,
        bytes data,
        string uri
    );

    /// @notice Emitted when a claim is removed.
    event ClaimRemoved(
        bytes32 indexed claimId,
        uint256 indexed topic,
        uint256 scheme,
        address indexed issuer,
        bytes signature,
        bytes data,
        string uri
    );

    /// @notice Emitted when an existing claim (same issuer and topic) is replaced.
    event ClaimChanged(
        bytes32 indexed claimId,
        uint256 indexed topic,
        uint256 scheme,
        address indexed issuer,
        bytes signature,
        bytes data,
        string uri
    );

    /// @notice The claim `claimId` (all zero when absent).
    function getClaim(bytes32 claimId)
        external
        view
        returns (
            uint256 topic,
            uint256 scheme,
            address issuer,
            bytes memory signature,
            bytes memory data,
            string memory uri
        );

    /// @notice The ids of the claims about `topic`.
    function getClaimIdsByTopic(uint256 topic) external view returns (bytes32[] memory claimIds);

    /// @notice Adds or replaces the claim of `issuer` about `topic`. Claim-signer key (or management key,
    /// or the identity itself) only. A claim from another contract must be valid for its issuer
    /// (`IClaimIssuer.isClaimValid`).
    function addClaim(
        uint256 topic,
        uint256 scheme,
        address issuer,
        bytes calldata signature,
        bytes calldata data,
        string calldata uri
    ) external returns (bytes32 claimId);

    /// @notice Removes claim `claimId`. Claim-signer key (or management key, or the identity itself) only.
    function removeClaim(bytes32 claimId) external returns (bool success);
}
