// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IEuroToken} from "../interfaces/IEuroToken.sol";
import {IIdentityRegistry} from "../interfaces/IIdentityRegistry.sol";
import {AccountWord} from "./AccountWord.sol";
import {EuroTokenState} from "./EuroTokenState.sol";

/// @title EuroTokenAdministration
/// @notice The admin's and the attester's settings: minters and their allowances (raised only after the admin
/// delay), reserve attestations, the attestation age, the identity registry, rescuing stray ERC-20s.
/// @dev Compiled into {EuroTokenComplianceModule} with the compliance functions, reached by delegatecall.
abstract contract EuroTokenAdministration is EuroTokenState {
    using SafeERC20 for IERC20;

    /// @dev See {IEuroToken-configureMinter}.
    /// Lowering an existing minter's allowance is safe and applies at once; anything else is scheduled
    /// for `defaultAdminDelay()` seconds and applied by the same call with the same arguments once due.
    function configureMinter(address minter, uint256 allowance_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        _requireNotPaused();
        if (minter == address(0)) revert IEuroToken.EURTZeroAddress();
        if (!(hasRole(_MINTER_ROLE, minter) && allowance_ <= $.minterAllowances[minter])) {
            if (!_dueOrScheduled($.pendingMinterAllowances[minter], allowance_)) {
                emit IEuroToken.MinterConfigurationScheduled(minter, allowance_, $.pendingMinterAllowances[minter].readyAt);
                return;
            }
        }
        delete $.pendingMinterAllowances[minter];
        _configureMinter(minter, allowance_);
    }

    /// @dev See {IEuroToken-removeMinter}.
    function removeMinter(address minter) external onlyRole(DEFAULT_ADMIN_ROLE) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        _revokeRole(_MINTER_ROLE, minter);
        delete $.minterAllowances[minter];
        delete $.pendingMinterAllowances[minter];
        emit IEuroToken.MinterRemoved(minter);
    }

    /// @dev See {IEuroToken-attestReserve}.
    /// As of now. A second attestation within the same second replaces the first (same `asOf`).
    function attestReserve(uint256 reserve) external onlyRole(_RESERVE_ATTESTER_ROLE) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        if (block.timestamp < $.reserve.asOf) revert IEuroToken.EURTAttestationOutOfOrder(block.timestamp, $.reserve.asOf, block.timestamp);
        _attestReserve(reserve, block.timestamp);
    }

    /// @dev See {IEuroToken-attestReserve}.
    function attestReserve(uint256 reserve, uint256 asOf) external onlyRole(_RESERVE_ATTESTER_ROLE) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        if (asOf <= $.reserve.asOf || asOf > block.timestamp) {
            revert IEuroToken.EURTAttestationOutOfOrder(asOf, $.reserve.asOf, block.timestamp);
        }
        _attestReserve(reserve, asOf);
    }

    /// @dev See {IEuroToken-setMaxAttestationAge}.
    /// Shortening applies at once; lengthening is scheduled like {configureMinter}.
    function setMaxAttestationAge(uint256 maxAge) external onlyRole(DEFAULT_ADMIN_ROLE) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        if (maxAge > _MAX_ATTESTATION_AGE_LIMIT) revert IEuroToken.EURTValueTooLarge(maxAge, _MAX_ATTESTATION_AGE_LIMIT);
        if (maxAge > $.reserve.maxAge && !_dueOrScheduled($.pendingMaxAttestationAge, maxAge)) {
            emit IEuroToken.MaxAttestationAgeScheduled(maxAge, $.pendingMaxAttestationAge.readyAt);
            return;
        }
        delete $.pendingMaxAttestationAge;
        _setMaxAttestationAge(maxAge);
    }

    /// @dev True if `value` may be applied now: the admin delay is zero, or `pending` holds `value` and is due.
    /// Otherwise (re)schedules `value` (a different pending value is replaced, restarting the delay) and
    /// returns false; a call for the pending value before it is due reverts.
    function _dueOrScheduled(PendingChange storage pending, uint256 value) private returns (bool) {
        uint256 delay = defaultAdminDelay();
        if (delay == 0) return true;
        uint256 readyAt = pending.readyAt;
        if (readyAt != 0 && pending.value == value) {
            if (block.timestamp < readyAt) revert IEuroToken.EURTChangeNotReady(readyAt);
            return true;
        }
        if (value > type(uint208).max) revert IEuroToken.EURTValueTooLarge(value, type(uint208).max);
        pending.value = uint208(value);
        pending.readyAt = uint48(block.timestamp + delay);
        return false;
    }

    function _attestReserve(uint256 reserve, uint256 asOf) private {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        if (reserve > AccountWord.AMOUNT_MASK) revert IEuroToken.EURTValueTooLarge(reserve, AccountWord.AMOUNT_MASK);
        uint256 supply = $.totalSupply;
        ReserveState storage state = $.reserve;
        state.amount = uint72(reserve);
        // reserve <= 2**72 - 1 was checked above, so the headroom fits too.
        state.headroom = uint72(reserve > supply ? reserve - supply : 0);
        state.asOf = uint40(asOf);
        emit IEuroToken.ReserveAttested(reserve, asOf, supply);
    }

    /// @dev See {IEuroToken-setIdentityRegistry}.
    function setIdentityRegistry(IIdentityRegistry registry) external onlyRole(DEFAULT_ADMIN_ROLE) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        if (address(registry) == address(0)) revert IEuroToken.EURTZeroAddress();
        emit IEuroToken.IdentityRegistrySet($.registry, registry);
        $.registry = registry;
        // Eligibility cached from the previous registry must not carry over.
        _bumpEpoch();
    }

    /// @dev See {IEuroToken-rescueERC20}.
    function rescueERC20(IERC20 token, address to, uint256 amount) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (address(token) == address(this)) revert IEuroToken.EURTCannotRescueSelf();
        token.safeTransfer(to, amount);
        emit IEuroToken.ERC20Rescued(address(token), to, amount);
    }
}
