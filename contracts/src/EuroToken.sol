// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IIdentityRegistry} from "./interfaces/IIdentityRegistry.sol";
import {EuroTokenAuthorizations} from "./token/EuroTokenAuthorizations.sol";
import {EuroTokenBase} from "./token/EuroTokenBase.sol";
import {EuroTokenCompliance} from "./token/EuroTokenCompliance.sol";
import {EuroTokenHolds} from "./token/EuroTokenHolds.sol";
import {EuroTokenMinting} from "./token/EuroTokenMinting.sol";

/// @title EuroToken (EURT)
/// @notice The platform's euro e-money token. See {IEuroToken} for the behaviour and contracts/README.md for
/// the design.
/// @dev One deployed contract assembled at compile time from its features, each an abstract contract beside
/// this file in `token/`:
///
///   AccountWord              library: the packed per-account word (balance | held | frozen | verified-until
///                            | address-frozen flag) and the spendable balance
///   EuroTokenBase            all storage, ERC-20, the registry's eligibility push, and `_update`, the one
///                            place where a balance or the supply changes
///   EuroTokenSignatures      ECDSA-then-ERC-1271 signature checking, over a `bytes` signature
///   EuroTokenAuthorizations  EIP-2612 permits and EIP-3009 authorizations (single and batched)
///   EuroTokenHolds           holds created by the holder or by signature, executed or released
///   EuroTokenMinting         reserve-gated minting with minter allowances, burning
///   EuroTokenCompliance      pause, freezes, forced transfers, wallet recovery
contract EuroToken is EuroTokenAuthorizations, EuroTokenHolds, EuroTokenMinting, EuroTokenCompliance {
    /// @param admin Receives DEFAULT_ADMIN_ROLE (grants every other role, configures minters); it is
    /// transferred in two steps, the second after `adminDelay` (OpenZeppelin AccessControlDefaultAdminRules).
    /// @param adminDelay Seconds an admin transfer, a new or raised minter allowance and a longer maximum
    /// attestation age wait before they take effect.
    /// @param registry The identity registry whose eligibility this token caches; bind this token to it.
    /// @param maxAttestationAge Seconds a reserve attestation stays fresh enough to mint against.
    /// @param minter The first minter (zero for none), configured without the delay.
    /// @param minterAllowance Its mint allowance.
    constructor(
        address admin,
        uint48 adminDelay,
        IIdentityRegistry registry,
        uint256 maxAttestationAge,
        address minter,
        uint256 minterAllowance
    ) EuroTokenBase(admin, adminDelay, registry) {
        if (address(registry) == address(0)) revert EURTZeroAddress();
        _setMaxAttestationAge(maxAttestationAge);
        if (minter != address(0)) _configureMinter(minter, minterAllowance);
    }
}
