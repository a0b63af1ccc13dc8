// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {EuroTokenAdministration} from "./token/EuroTokenAdministration.sol";
import {EuroTokenCompliance} from "./token/EuroTokenCompliance.sol";

/// @title EuroTokenComplianceModule
/// @notice The token's pause and compliance functions (freezes, forced transfers, wallet recovery) and its
/// admin settings (minters, reserve attestations, attestation age, registry, rescue), deployed as their own
/// contract because the whole token no longer fits the 24,576-byte code limit (EIP-170) once it
/// is upgradeable. {EuroToken} forwards these calls here by delegatecall, so they run on the proxy's storage,
/// roles and events exactly as if they were part of it.
/// @dev Used directly (not through the token) it has no state: no admin, no roles, every function reverts.
contract EuroTokenComplianceModule is EuroTokenCompliance, EuroTokenAdministration {
    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }
}
