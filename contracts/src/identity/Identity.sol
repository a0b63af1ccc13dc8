// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IIdentity} from "../interfaces/IIdentity.sol";
import {IdentityBase} from "./IdentityBase.sol";

/// @title Identity
/// @notice A customer's on-chain identity (ERC-734 keys, ERC-735 claims). Deployed once as the
/// implementation behind EIP-1167 clones made by {IdentityFactory}; each clone is initialized in the
/// transaction that creates it.
contract Identity is IdentityBase {
    address private immutable _self = address(this);

    /// @inheritdoc IIdentity
    function initialize(address managementKey, ClaimInput[] calldata claims) external {
        if (address(this) == _self || _hasKeys()) revert IdentityAlreadyInitialized();
        if (managementKey == address(0)) revert IdentityInvalidManagementKey();
        _addKey(keccak256(abi.encode(managementKey)), MANAGEMENT_KEY, ECDSA_KEY_TYPE);
        for (uint256 i; i < claims.length; ++i) {
            ClaimInput calldata claim = claims[i];
            _addClaim(claim.topic, claim.scheme, claim.issuer, claim.signature, claim.data, claim.uri);
        }
    }
}
