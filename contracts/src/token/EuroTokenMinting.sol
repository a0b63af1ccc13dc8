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
    function configureMinter(address minter, uint256 allowance_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _grantRole(MINTER_ROLE, minter);
        _minterAllowances[minter] = allowance_;
        emit MinterConfigured(minter, allowance_);
    }

    /// @inheritdoc IEuroToken
    function removeMinter(address minter) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _revokeRole(MINTER_ROLE, minter);
        delete _minterAllowances[minter];
        emit MinterRemoved(minter);
    }

    /// @inheritdoc IEuroToken
    function minterAllowance(address minter) external view returns (uint256) {
        return _minterAllowances[minter];
    }

    /// @inheritdoc IEuroToken
    function mint(address to, uint256 amount) external onlyRole(MINTER_ROLE) {
        _requireNotPaused();
        _useMintCapacity(msg.sender, amount);
        _mintTo(to, amount);
    }

    /// @inheritdoc IEuroToken
    function batchMint(address[] calldata to, uint256[] calldata amounts) external onlyRole(MINTER_ROLE) {
        _requireNotPaused();
        uint256 count = to.length;
        if (count != amounts.length) revert EURTArrayLengthMismatch(count, amounts.length);
        uint256 total;
        for (uint256 i; i < count; ++i) {
            total += amounts[i];
        }
        _useMintCapacity(msg.sender, total);
        for (uint256 i; i < count; ++i) {
            _mintTo(to[i], amounts[i]);
        }
    }

    /// @inheritdoc IEuroToken
    function burn(address from, uint256 amount) external onlyRole(BURNER_ROLE) {
        _requireNotPaused();
        _burn(from, amount);
    }

    /// @inheritdoc IEuroToken
    function batchBurn(address[] calldata from, uint256[] calldata amounts) external onlyRole(BURNER_ROLE) {
        _requireNotPaused();
        uint256 count = from.length;
        if (count != amounts.length) revert EURTArrayLengthMismatch(count, amounts.length);
        for (uint256 i; i < count; ++i) {
            _burn(from[i], amounts[i]);
        }
    }

    // ================================================================ reserve

    /// @inheritdoc IEuroToken
    function attestReserve(uint256 reserve) external onlyRole(RESERVE_ATTESTER_ROLE) {
        if (reserve > type(uint128).max) revert EURTValueTooLarge(reserve, type(uint128).max);
        _reserve.amount = uint128(reserve);
        _reserve.attestedAt = uint40(block.timestamp);
        emit ReserveAttested(reserve, block.timestamp, _totalSupply);
    }

    /// @inheritdoc IEuroToken
    function setMaxAttestationAge(uint256 maxAge) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setMaxAttestationAge(maxAge);
    }

    /// @inheritdoc IEuroToken
    function reserveAttestation() external view returns (uint256 reserve, uint256 attestedAt, uint256 maxAge) {
        ReserveState memory state = _reserve;
        return (state.amount, state.attestedAt, state.maxAge);
    }

    // ================================================================ internal

    function _setMaxAttestationAge(uint256 maxAge) internal {
        if (maxAge > type(uint40).max) revert EURTValueTooLarge(maxAge, type(uint40).max);
        uint256 previous = _reserve.maxAge;
        _reserve.maxAge = uint40(maxAge);
        emit MaxAttestationAgeUpdated(previous, maxAge);
    }

    function _mintTo(address to, uint256 amount) private {
        if (to == address(0)) revert ERC20InvalidReceiver(address(0));
        _update(address(0), 0, to, amount, false);
    }

    function _burn(address from, uint256 amount) private {
        if (amount == 0) revert EURTZeroAmount();
        uint256 word = _accounts[from];
        uint256 spendable = word.spendable();
        if (amount > spendable) revert ERC20InsufficientBalance(from, spendable, amount);
        // amount <= spendable <= balance: the balance field cannot borrow.
        unchecked {
            _update(from, word - amount, address(0), amount, false);
        }
    }

    /// @dev Checks the minter's allowance, the reserve ceiling, its freshness and the supply cap for minting
    /// `amount`, then consumes the allowance and raises the supply.
    function _useMintCapacity(address minter, uint256 amount) private {
        if (amount == 0) revert EURTZeroAmount();
        uint256 allowance_ = _minterAllowances[minter];
        if (amount > allowance_) revert EURTMinterAllowanceExceeded(minter, allowance_, amount);
        ReserveState memory reserve = _reserve;
        if (reserve.attestedAt == 0 || block.timestamp > uint256(reserve.attestedAt) + reserve.maxAge) {
            revert EURTReserveAttestationStale(reserve.attestedAt, reserve.maxAge);
        }
        uint256 supply = _totalSupply + amount;
        if (supply > reserve.amount) revert EURTReserveExceeded(supply, reserve.amount);
        if (supply > AccountWord.AMOUNT_MASK) revert EURTSupplyCapExceeded(supply, AccountWord.AMOUNT_MASK);
        uint256 remaining;
        // amount <= allowance_ was checked above.
        unchecked {
            remaining = allowance_ - amount;
        }
        _minterAllowances[minter] = remaining;
        _totalSupply = supply;
        emit MintAllowanceUsed(minter, amount, remaining);
    }
}
