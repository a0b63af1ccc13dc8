// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC734} from "../interfaces/IERC734.sol";
import {IEuroToken} from "../interfaces/IEuroToken.sol";
import {AccountWord} from "./AccountWord.sol";
import {EuroTokenBase} from "./EuroTokenBase.sol";

/// @title EuroTokenCompliance
/// @notice The pause and the compliance officer's tools: address and partial freezes, forced transfers and
/// wallet recovery (ERC-3643 semantics).
abstract contract EuroTokenCompliance is EuroTokenBase {
    using AccountWord for uint256;

    uint256 private constant _MANAGEMENT_KEY = 1;

    /// @inheritdoc IEuroToken
    function pause() external onlyRole(PAUSER_ROLE) {
        _setPaused(true);
    }

    /// @inheritdoc IEuroToken
    function unpause() external onlyRole(PAUSER_ROLE) {
        _setPaused(false);
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
        _requireNotPaused();
        if (to == from) revert ERC20InvalidReceiver(to);
        // A seizure to the zero address destroys the tokens: only the issuer (a burner) may do that.
        if (to == address(0)) _checkRole(BURNER_ROLE, msg.sender);
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
        _requireNotPaused();
        if (identity == address(0) || address(_registry.identity(lostWallet)) != identity) {
            revert EURTIdentityMismatch(lostWallet, identity);
        }
        // As in T-REX: the identity's own management keys say which wallets are the owner's.
        if (!IERC734(identity).keyHasPurpose(keccak256(abi.encode(newWallet)), _MANAGEMENT_KEY)) {
            revert EURTNewWalletNotAKey(newWallet, identity);
        }
        uint256 lostWord = _accounts[lostWallet];
        if (lostWord & AccountWord.RECOVERED != 0) revert EURTWalletRecovered(lostWallet);
        if (_accounts[newWallet] & AccountWord.RECOVERED != 0) revert EURTWalletRecovered(newWallet);

        // The registry moves the registration and pushes the eligibility of both wallets back to this token.
        _registry.recoverWallet(lostWallet, newWallet);

        lostWord = _accounts[lostWallet];
        uint256 balance = lostWord.balance();
        uint256 lockedFields = lostWord
            & ((AccountWord.AMOUNT_MASK << AccountWord.HELD_SHIFT) | (AccountWord.AMOUNT_MASK << AccountWord.FROZEN_SHIFT));
        uint256 flag = lostWord & AccountWord.ADDRESS_FROZEN;
        uint256 remaining = lostWord & ~(AccountWord.AMOUNT_MASK | lockedFields | AccountWord.ADDRESS_FROZEN);
        if (lostWord.held() != 0) {
            // The active holds keep naming the lost wallet; they now weigh on the new one.
            _recoveredTo[lostWallet] = newWallet;
            remaining |= AccountWord.RECOVERED;
        }
        if (balance != 0) {
            // The new wallet was just registered for the same identity, hence verified.
            _update(lostWallet, remaining, newWallet, balance, true);
        } else {
            _accounts[lostWallet] = remaining;
        }
        if (lockedFields | flag != 0) {
            // Held and frozen amounts add up to at most the supply (< 2**72) and stay below the balance just
            // credited: the fields cannot carry. The frozen flag is OR-ed in, so nothing carries into bit 248.
            unchecked {
                _accounts[newWallet] = (_accounts[newWallet] + lockedFields) | flag;
            }
        }
        emit RecoverySuccess(lostWallet, newWallet, identity);
    }
}
