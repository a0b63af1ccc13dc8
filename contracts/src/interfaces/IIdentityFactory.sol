// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IIdentity} from "./IIdentity.sol";

/// @title IIdentityFactory
/// @notice Deploys customer identities as EIP-1167 minimal proxies (OpenZeppelin Clones) with CREATE2.
/// The CREATE2 salt is `keccak256(abi.encode(deployer, managementKey, salt))`: an address can only be
/// taken by the same deployer with the same management key, so nobody can squat a predicted address.
interface IIdentityFactory {
    /// @notice Emitted when `identity` is deployed by `deployer` with `managementKey`.
    event IdentityCreated(address indexed identity, address indexed deployer, address indexed managementKey, bytes32 salt);

    /// @notice The identity implementation the clones delegate to.
    function implementation() external view returns (address);

    /// @notice Deploys and initializes an identity with `managementKey` and the initial `claims`.
    function createIdentity(address managementKey, bytes32 salt, IIdentity.ClaimInput[] calldata claims)
        external
        returns (IIdentity identity);

    /// @notice The address {createIdentity} called by `deployer` with `managementKey` and `salt` deploys to.
    function predictIdentity(address deployer, address managementKey, bytes32 salt) external view returns (address);
}
