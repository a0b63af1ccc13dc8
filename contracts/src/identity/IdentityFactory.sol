// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {IIdentity} from "../interfaces/IIdentity.sol";
import {IIdentityFactory} from "../interfaces/IIdentityFactory.sol";
import {Identity} from "./Identity.sol";

/// @title IdentityFactory
/// @notice Deploys customer identities as EIP-1167 minimal proxies with CREATE2. See {IIdentityFactory}.
/// @dev Deploys its own {Identity} implementation in the constructor. Permissionless: the salt mixes in the
/// caller and the management key, so a predicted address cannot be taken by anyone else.
contract IdentityFactory is IIdentityFactory {
    address private immutable _implementation;

    constructor() {
        _implementation = address(new Identity());
    }

    /// @inheritdoc IIdentityFactory
    function implementation() external view returns (address) {
        return _implementation;
    }

    /// @inheritdoc IIdentityFactory
    function createIdentity(address managementKey, bytes32 salt, IIdentity.ClaimInput[] calldata claims)
        external
        returns (IIdentity identity)
    {
        identity = IIdentity(Clones.cloneDeterministic(_implementation, _salt(msg.sender, managementKey, salt)));
        identity.initialize(managementKey, claims);
        emit IdentityCreated(address(identity), msg.sender, managementKey, salt);
    }

    /// @inheritdoc IIdentityFactory
    function predictIdentity(address deployer, address managementKey, bytes32 salt) external view returns (address) {
        return Clones.predictDeterministicAddress(_implementation, _salt(deployer, managementKey, salt));
    }

    function _salt(address deployer, address managementKey, bytes32 salt) private pure returns (bytes32) {
        return keccak256(abi.encode(deployer, managementKey, salt));
    }
}
