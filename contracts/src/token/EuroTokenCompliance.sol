// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC734} from "../interfaces/IERC734.sol";
import {IEuroToken} from "../interfaces/IEuroToken.sol";
import {IHoldable} from "../interfaces/IHoldable.sol";
import {AccountWord} from "./AccountWord.sol";
import {EuroTokenState} from "./EuroTokenState.sol";

/// @title EuroTokenCompliance
/// @notice The pause and the compliance officer's tools: address and partial freezes, forced transfers and
/// wallet recovery (ERC-3643 semantics).
abstract contract EuroTokenCompliance is EuroTokenState {
    using AccountWord for uint256;

    uint256 private constant _MANAGEMENT_KEY = 1;

    /// @dev See {IEuroToken-pause}.
    function pause() external onlyRole(_PAUSER_ROLE) {
        _setPaused(true);
    }

    /// @dev See {IEuroToken-unpause}.
    function unpause() external onlyRole(_PAUSER_ROLE) {
        _setPaused(false);
    }

    /// @dev See {IEuroToken-setAddressFrozen}.
    function setAddressFrozen(address account, bool freeze) external onlyRole(_COMPLIANCE_ROLE) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        uint256 word = $.accounts[account];
        $.accounts[account] = freeze ? word | AccountWord.ADDRESS_FROZEN : word & ~AccountWord.ADDRESS_FROZEN;
        emit IEuroToken.AddressFrozen(account, freeze, msg.sender);
    }

    /// @dev See {IEuroToken-freezePartialTokens}.
    function freezePartialTokens(address account, uint256 amount) external onlyRole(_COMPLIANCE_ROLE) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        if (amount == 0) revert IEuroToken.EURTZeroAmount();
        uint256 word = $.accounts[account];
        uint256 spendable = word.spendable();
        if (amount > spendable) revert IERC20Errors.ERC20InsufficientBalance(account, spendable, amount);
        // amount <= spendable, so frozen + amount <= balance - held: the frozen field cannot carry.
        unchecked {
            $.accounts[account] = word + (amount << AccountWord.FROZEN_SHIFT);
        }
        emit IEuroToken.TokensFrozen(account, amount);
    }

    /// @dev See {IEuroToken-unfreezePartialTokens}.
    function unfreezePartialTokens(address account, uint256 amount) external onlyRole(_COMPLIANCE_ROLE) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        if (amount == 0) revert IEuroToken.EURTZeroAmount();
        uint256 word = $.accounts[account];
        uint256 frozen = word.frozen();
        if (amount > frozen) revert IEuroToken.EURTInsufficientFrozenTokens(account, frozen, amount);
        // amount <= frozen: the frozen field cannot borrow.
        unchecked {
            $.accounts[account] = word - (amount << AccountWord.FROZEN_SHIFT);
        }
        emit IEuroToken.TokensUnfrozen(account, amount);
    }

    /// @dev See {IEuroToken-forcedTransfer}.
    function forcedTransfer(address from, address to, uint256 amount) external onlyRole(_COMPLIANCE_ROLE) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        _requireNotPaused();
        if (to == from) revert IERC20Errors.ERC20InvalidReceiver(to);
        // A seizure to the zero address destroys the tokens: only the issuer (a burner) may do that.
        if (to == address(0)) _checkRole(_BURNER_ROLE, msg.sender);
        if (amount == 0) revert IEuroToken.EURTZeroAmount();
        uint256 word = $.accounts[from];
        uint256 frozen = word.frozen();
        uint256 available;
        uint256 free;
        // held + frozen <= balance (see AccountWord).
        unchecked {
            available = word.balance() - word.held();
            free = available - frozen;
        }
        if (amount > available) revert IERC20Errors.ERC20InsufficientBalance(from, available, amount);
        uint256 unfrozen;
        if (amount > free) {
            // amount > free here, and amount - free <= available - free = frozen.
            unchecked {
                unfrozen = amount - free;
                word -= unfrozen << AccountWord.FROZEN_SHIFT;
            }
        }
        if (unfrozen != 0) emit IEuroToken.TokensUnfrozen(from, unfrozen);
        // amount <= available <= balance: the balance field cannot borrow.
        unchecked {
            _update(from, word - amount, to, amount, true);
        }
        emit IEuroToken.ForcedTransfer(from, to, amount, msg.sender);
    }

    /// @dev See {IEuroToken-recoverWallet}.
    function recoverWallet(address lostWallet, address newWallet, address identity)
        external
        onlyRole(_COMPLIANCE_ROLE)
    {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        if (newWallet == address(0) || newWallet == lostWallet) revert IERC20Errors.ERC20InvalidReceiver(newWallet);
        _requireNotPaused();
        if (identity == address(0) || address($.registry.identity(lostWallet)) != identity) {
            revert IEuroToken.EURTIdentityMismatch(lostWallet, identity);
        }
        // As in T-REX: the identity's own management keys say which wallets are the owner's.
        if (!IERC734(identity).keyHasPurpose(keccak256(abi.encode(newWallet)), _MANAGEMENT_KEY)) {
            revert IEuroToken.EURTNewWalletNotAKey(newWallet, identity);
        }
        uint256 lostWord = $.accounts[lostWallet];
        if (lostWord & AccountWord.RECOVERED != 0) revert IHoldable.EURTWalletRecovered(lostWallet);
        if ($.accounts[newWallet] & AccountWord.RECOVERED != 0) revert IHoldable.EURTWalletRecovered(newWallet);

        // The registry moves the registration and pushes the eligibility of both wallets back to this token.
        $.registry.recoverWallet(lostWallet, newWallet);

        lostWord = $.accounts[lostWallet];
        uint256 balance = lostWord.balance();
        uint256 lockedFields = lostWord
            & ((AccountWord.AMOUNT_MASK << AccountWord.HELD_SHIFT) | (AccountWord.AMOUNT_MASK << AccountWord.FROZEN_SHIFT));
        uint256 flag = lostWord & AccountWord.ADDRESS_FROZEN;
        uint256 remaining = lostWord & ~(AccountWord.AMOUNT_MASK | lockedFields | AccountWord.ADDRESS_FROZEN);
        if (lostWord.held() != 0) {
            // The active holds keep naming the lost wallet; they now weigh on the new one.
            $.recoveredTo[lostWallet] = newWallet;
            remaining |= AccountWord.RECOVERED;
        }
        if (balance != 0) {
            // The new wallet was just registered for the same identity, hence verified.
            _update(lostWallet, remaining, newWallet, balance, true);
        } else {
            $.accounts[lostWallet] = remaining;
        }
        if (lockedFields | flag != 0) {
            // Held and frozen amounts add up to at most the supply (< 2**72) and stay below the balance just
            // credited: the fields cannot carry. The frozen flag is OR-ed in, so nothing carries into bit 248.
            unchecked {
                $.accounts[newWallet] = ($.accounts[newWallet] + lockedFields) | flag;
            }
        }
        emit IEuroToken.RecoverySuccess(lostWallet, newWallet, identity);
    }

    function _setPaused(bool paused_) internal {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        if ($.control.paused == paused_) {
            if (paused_) revert IEuroToken.EnforcedPause();
            revert IEuroToken.ExpectedPause();
        }
        $.control.paused = paused_;
        if (paused_) emit IEuroToken.Paused(msg.sender);
        else emit IEuroToken.Unpaused(msg.sender);
    }
}
