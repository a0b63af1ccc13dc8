// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IEuroToken} from "../interfaces/IEuroToken.sol";
import {AccountWord} from "./AccountWord.sol";
import {EuroTokenBase} from "./EuroTokenBase.sol";

/// @title EuroTokenCompliance
/// @notice The pause and the compliance officer's tools: address and partial freezes, forced transfers and
/// wallet recovery (ERC-3643 semantics).
abstract contract EuroTokenCompliance is EuroTokenBase {
    using AccountWord for uint256;

    /// @inheritdoc IEuroToken
    function pause() external onlyRole(PAUSER_ROLE) {
        _pause();
    }

    /// @inheritdoc IEuroToken
    function unpause() external onlyRole(PAUSER_ROLE) {
        _unpause();
    }

    /// @inheritdoc IEuroToken
    function setAddressFrozen(address account, bool freeze) external onlyRole(COMPLIANCE_ROLE) {
        uint256 word = _accounts[account];
        _accounts[account] = freeze ? word | AccountWord.ADDRESS_FROZEN : word & ~AccountWord.ADDRESS_FROZEN;
        emit AddressFrozen(account, freeze, msg.sender);
    }

    /// @inheritdoc IEuroToken
    function freezePartialTokens(address account, uint256 amount) external onlyRole(COMPLIANCE_ROLE) {
        if (amount == 0) revert EURTZeroAmount();
        uint256 word = _accounts[account];
        uint256 spendable = word.spendable();
        if (amount > spendable) revert ERC20InsufficientBalance(account, spendable, amount);
        // amount <= spendable, so frozen + amount <= balance - held: the frozen field cannot carry.
        unchecked {
            _accounts[account] = word + (amount << AccountWord.FROZEN_SHIFT);
        }
        emit TokensFrozen(account, amount);
    }

    /// @inheritdoc IEuroToken
    function unfreezePartialTokens(address account, uint256 amount) external onlyRole(COMPLIANCE_ROLE) {
        if (amount == 0) revert EURTZeroAmount();
        uint256 word = _accounts[account];
        uint256 frozen = word.frozen();
        if (amount > frozen) revert EURTInsufficientFrozenTokens(account, frozen, amount);
        // amount <= frozen: the frozen field cannot borrow.
        unchecked {
            _accounts[account] = word - (amount << AccountWord.FROZEN_SHIFT);
        }
        emit TokensUnfrozen(account, amount);
    }

    /// @inheritdoc IEuroToken
    function forcedTransfer(address from, address to, uint256 amount) external onlyRole(COMPLIANCE_ROLE) {
        if (to == address(0) || to == from) revert ERC20InvalidReceiver(to);
        if (amount == 0) revert EURTZeroAmount();
        uint256 word = _accounts[from];
        uint256 frozen = word.frozen();
        uint256 available;
        uint256 free;
        // held + frozen <= balance (see AccountWord).
        unchecked {
            available = word.balance() - word.held();
            free = available - frozen;
        }
        if (amount > available) revert ERC20InsufficientBalance(from, available, amount);
        uint256 unfrozen;
        if (amount > free) {
            // amount > free here, and amount - free <= available - free = frozen.
            unchecked {
                unfrozen = amount - free;
                word -= unfrozen << AccountWord.FROZEN_SHIFT;
            }
        }
        if (unfrozen != 0) emit TokensUnfrozen(from, unfrozen);
        // amount <= available <= balance: the balance field cannot borrow.
        unchecked {
            _update(from, word - amount, to, amount, true);
        }
        emit ForcedTransfer(from, to, amount, msg.sender);
    }

    /// @inheritdoc IEuroToken
    function recoverWallet(address lostWallet, address newWallet, address identity)
        external
        onlyRole(COMPLIANCE_ROLE)
    {
        if (newWallet == address(0) || newWallet == lostWallet) revert ERC20InvalidReceiver(newWallet);
        if (identity == address(0) || address(_registry.identity(lostWallet)) != identity) {
            revert EURTIdentityMismatch(lostWallet, identity);
        }
        uint256 held = _accounts[lostWallet].held();
        if (held != 0) revert EURTActiveHolds(lostWallet, held);

        // The registry moves the registration and pushes the eligibility of both wallets back to this token.
        _registry.recoverWallet(lostWallet, newWallet);

        uint256 lostWord = _accounts[lostWallet];
        uint256 balance = lostWord.balance();
        uint256 frozenField = lostWord & (AccountWord.AMOUNT_MASK << AccountWord.FROZEN_SHIFT);
        uint256 flag = lostWord & AccountWord.ADDRESS_FROZEN;
        uint256 movedMask = AccountWord.AMOUNT_MASK | (AccountWord.AMOUNT_MASK << AccountWord.FROZEN_SHIFT)
            | AccountWord.ADDRESS_FROZEN;
        if (balance != 0) {
            // The new wallet was just registered for the same identity, hence verified.
            _update(lostWallet, lostWord & ~movedMask, newWallet, balance, true);
        } else {
            _accounts[lostWallet] = lostWord & ~movedMask;
        }
        if (frozenField | flag != 0) {
            // Frozen amounts add up to at most the supply (< 2**72): the field cannot carry. The frozen flag
            // is OR-ed in, so the addition cannot carry into bit 248.
            unchecked {
                _accounts[newWallet] = (_accounts[newWallet] + frozenField) | flag;
            }
        }
        emit RecoverySuccess(lostWallet, newWallet, identity);
    }
}
