// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IEuroToken} from "../interfaces/IEuroToken.sol";
import {AccountWord} from "./AccountWord.sol";
import {EuroTokenBase} from "./EuroTokenBase.sol";

/// @title EuroTokenMinting
/// @notice Reserve-gated minting (minter allowances, a fresh reserve attestation, the 72-bit supply cap)
/// and burning.
abstract contract EuroTokenMinting is EuroTokenBase {
    using AccountWord for uint256;

    /// @inheritdoc IEuroToken
    function minterAllowance(address minter) external view returns (uint256) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        return $.minterAllowances[minter];
    }

    /// @inheritdoc IEuroToken
    function mint(address to, uint256 amount) external onlyRole(MINTER_ROLE) {
        uint256 epoch = _requireNotPaused();
        _useMintCapacity(msg.sender, amount);
        _mintTo(to, amount, epoch);
    }

    /// @inheritdoc IEuroToken
    function batchMint(address[] calldata to, uint256[] calldata amounts)
        external
        onlyRole(MINTER_ROLE)
        returns (uint256 skipped)
    {
        return _batchMint(to, amounts);
    }

    /// @inheritdoc IEuroToken
    function batchMintAtomic(address[] calldata to, uint256[] calldata amounts) external onlyRole(MINTER_ROLE) {
        uint256 skipped = _batchMint(to, amounts);
        if (skipped != 0) revert EURTBatchEntriesSkipped(skipped);
    }

    function _batchMint(address[] calldata to, uint256[] calldata amounts) private returns (uint256 skipped) {
        uint256 epoch = _requireNotPaused();
        uint256 count = to.length;
        if (count != amounts.length) revert EURTArrayLengthMismatch(count, amounts.length);
        uint256 total;
        for (uint256 i; i < count; ++i) {
            bytes4 reason = _mintRefusal(to[i], amounts[i], epoch);
            if (reason != bytes4(0)) {
                emit MintSkipped(to[i], i, amounts[i], reason);
                if (i < 256) skipped |= 1 << i;
            } else {
                total += amounts[i];
            }
        }
        if (total == 0) return skipped;
        _useMintCapacity(msg.sender, total);
        for (uint256 i; i < count; ++i) {
            if (i < 256 ? skipped & (1 << i) == 0 : _mintRefusal(to[i], amounts[i], epoch) == bytes4(0)) {
                _mintTo(to[i], amounts[i], epoch);
            }
        }
    }

    /// @inheritdoc IEuroToken
    function burn(uint256 amount) external onlyRole(BURNER_ROLE) {
        _requireNotPaused();
        _burn(msg.sender, amount);
    }

    // ================================================================ reserve

    /// @notice Longest a reserve attestation may stay fresh enough to mint against.
    uint256 public constant MAX_ATTESTATION_AGE_LIMIT = 7 days;

    /// @inheritdoc IEuroToken
    function mintHeadroom() external view returns (uint256) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        return $.reserve.headroom;
    }

    /// @inheritdoc IEuroToken
    function reserveAttestation() external view returns (uint256 reserve, uint256 attestedAt, uint256 maxAge) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        ReserveState memory state = $.reserve;
        return (state.amount, state.asOf, state.maxAge);
    }

    // ================================================================ internal

    /// @dev Why a batch would not mint `amount` to `to` (the selector of {mint}'s error), zero if it would.
    function _mintRefusal(address to, uint256 amount, uint256 epoch) private view returns (bytes4) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        if (to == address(0)) return ERC20InvalidReceiver.selector;
        if (amount == 0) return EURTZeroAmount.selector;
        uint256 word = $.accounts[to];
        if (word.isAddressFrozen()) return EURTAddressFrozen.selector;
        if (!word.isVerified(epoch)) return EURTUnverifiedAccount.selector;
        return bytes4(0);
    }

    /// @dev Credits a mint whose capacity was already used (the supply is already raised).
    function _mintTo(address to, uint256 amount, uint256 epoch) private {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        if (to == address(0)) revert ERC20InvalidReceiver(address(0));
        uint256 toWord = $.accounts[to];
        _requireEligible(to, toWord, epoch);
        // balance + amount <= totalSupply <= 2**64 - 1 (checked in _useMintCapacity): the field cannot carry.
        unchecked {
            $.accounts[to] = toWord + amount;
        }
        emit Transfer(address(0), to, amount);
    }

    function _burn(address from, uint256 amount) private {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        if (amount == 0) revert EURTZeroAmount();
        uint256 word = $.accounts[from];
        uint256 spendable = word.spendable();
        if (amount > spendable) revert ERC20InsufficientBalance(from, spendable, amount);
        // amount <= spendable <= balance: the balance field cannot borrow.
        unchecked {
            _update(from, word - amount, address(0), amount, false);
        }
    }

    /// @dev Checks the minter's allowance, the attestation's freshness, the reserve ceiling and headroom and
    /// the supply cap for minting `amount`, then consumes the allowance and the headroom and raises the supply.
    function _useMintCapacity(address minter, uint256 amount) private {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        if (amount == 0) revert EURTZeroAmount();
        uint256 allowance_ = $.minterAllowances[minter];
        if (amount > allowance_) revert EURTMinterAllowanceExceeded(minter, allowance_, amount);
        ReserveState memory reserve = $.reserve;
        if (reserve.asOf == 0 || block.timestamp > uint256(reserve.asOf) + reserve.maxAge) {
            revert EURTReserveAttestationStale(reserve.asOf, reserve.maxAge);
        }
        uint256 supply = $.totalSupply + amount;
        if (supply > reserve.amount) revert EURTReserveExceeded(supply, reserve.amount);
        // Burns since the attestation lower the supply but must not make room: only the headroom counts.
        if (amount > reserve.headroom) revert EURTReserveHeadroomExceeded(reserve.headroom, amount);
        if (supply > AccountWord.AMOUNT_MASK) revert EURTSupplyCapExceeded(supply, AccountWord.AMOUNT_MASK);
        uint256 remaining;
        // amount <= allowance_ was checked above.
        unchecked {
            remaining = allowance_ - amount;
        }
        $.minterAllowances[minter] = remaining;
        // amount <= headroom was checked above.
        unchecked {
            $.reserve.headroom = uint72(reserve.headroom - amount);
        }
        $.totalSupply = supply;
        emit MintAllowanceUsed(minter, amount, remaining);
    }
}
