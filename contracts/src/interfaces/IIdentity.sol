// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC734} from "./IERC734.sol";
import {IERC735} from "./IERC735.sol";

/// @title IIdentity
/// @notice An on-chain identity: ERC-734 keys and ERC-735 claims, with the errors of this implementation.
interface IIdentity is IERC734, IERC735 {
    /// @notice A claim to be stored when an identity is initialized (see {initialize}).
    struct ClaimInput {
        uint256 topic;
        uint256 scheme;
        address issuer;
        bytes signature;
        bytes data;
        string uri;
    }

    /// @notice `caller` lacks a key with `purpose`.
    error IdentityUnauthorized(address caller, uint256 purpose);

    /// @notice `key` already has `purpose`.
    error IdentityKeyConflict(bytes32 key, uint256 purpose);

    /// @notice `key` does not have `purpose`.
    error IdentityKeyNotFound(bytes32 key, uint256 purpose);

    /// @notice `purpose` or `keyType` is outside what this identity stores (purposes 1 to 247, types up to 255).
    error IdentityUnsupportedKey(uint256 purpose, uint256 keyType);

    /// @notice Removing this key would leave the identity without a management key.
    error IdentityLastManagementKey(bytes32 key);

    /// @notice The claim is not valid for its issuer `issuer`.
    error IdentityInvalidClaim(address issuer, uint256 topic);

    /// @notice The claim scheme `scheme` does not fit 96 bits.
    error IdentityUnsupportedScheme(uint256 scheme);

    /// @notice There is no claim `claimId`.
    error IdentityClaimNotFound(bytes32 claimId);

    /// @notice Execution `executionId` does not exist or was already executed.
    error IdentityInvalidExecution(uint256 executionId);

    /// @notice The identity was already initialized, or this is the implementation behind the clones.
    error IdentityAlreadyInitialized();

    /// @notice The management key must not be the zero address.
    error IdentityInvalidManagementKey();

    /// @notice Initializes a fresh clone: `managementKey` becomes its management key and `claims` are
    /// stored (each must be valid for its issuer). Called once, by the factory, in the creating transaction.
    function initialize(address managementKey, ClaimInput[] calldata claims) external;
}
