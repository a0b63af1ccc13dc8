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

    /// @notice Longest a reserve attestation may stay fresh enough to mint against.
    uint256 public constant MAX_ATTESTATION_AGE_LIMIT = 7 days;

    /// @inheritdoc IEuroToken
    /// @dev As of now. A second attestation within the same second replaces the first (same `asOf`).
    function attestReserve(uint256 reserve) external onlyRole(RESERVE_ATTESTER_ROLE) {
        if (block.timestamp < _reserve.asOf) revert EURTAttestationOutOfOrder(block.timestamp, _reserve.asOf, block.timestamp);
        _attestReserve(reserve, block.timestamp);
    }

    /// @inheritdoc IEuroToken
    function attestReserve(uint256 reserve, uint256 asOf) external onlyRole(RESERVE_ATTESTER_ROLE) {
        if (asOf <= _reserve.asOf || asOf > block.timestamp) {
            revert EURTAttestationOutOfOrder(asOf, _reserve.asOf, block.timestamp);
        }
        _attestReserve(reserve, asOf);
    }

    /// @inheritdoc IEuroToken
    function mintHeadroom() external view returns (uint256) {
        return _reserve.headroom;
    }

    /// @inheritdoc IEuroToken
    function setMaxAttestationAge(uint256 maxAge) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setMaxAttestationAge(maxAge);
    }

    /// @inheritdoc IEuroToken
    function reserveAttestation() external view returns (uint256 reserve, uint256 attestedAt, uint256 maxAge) {
        ReserveState memory state = _reserve;
        return (state.amount, state.asOf, state.maxAge);
    }

    // ================================================================ internal

    function _attestReserve(uint256 reserve, uint256 asOf) private {
        if (reserve > AccountWord.AMOUNT_MASK) revert EURTValueTooLarge(reserve, AccountWord.AMOUNT_MASK);
        uint256 supply = _totalSupply;
        ReserveState storage state = _reserve;
        state.amount = uint72(reserve);
        // reserve <= 2**72 - 1 was checked above, so the headroom fits too.
        state.headroom = uint72(reserve > supply ? reserve - supply : 0);
        state.asOf = uint40(asOf);
        emit ReserveAttested(reserve, asOf, supply);
    }

    function _setMaxAttestationAge(uint256 maxAge) internal {
        if (maxAge > MAX_ATTESTATION_AGE_LIMIT) revert EURTValueTooLarge(maxAge, MAX_ATTESTATION_AGE_LIMIT);
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

    /// @dev Checks the minter's allowance, the attestation's freshness, the reserve ceiling and headroom and
    /// the supply cap for minting `amount`, then consumes the allowance and the headroom and raises the supply.
    function _useMintCapacity(address minter, uint256 amount) private {
        if (amount == 0) revert EURTZeroAmount();
        uint256 allowance_ = _minterAllowances[minter];
        if (amount > allowance_) revert EURTMinterAllowanceExceeded(minter, allowance_, amount);
        ReserveState memory reserve = _reserve;
        if (reserve.asOf == 0 || block.timestamp > uint256(reserve.asOf) + reserve.maxAge) {
            revert EURTReserveAttestationStale(reserve.asOf, reserve.maxAge);
        }
        uint256 supply = _totalSupply + amount;
        if (supply > reserve.amount) revert EURTReserveExceeded(supply, reserve.amount);
        // Burns since the attestation lower the supply but must not make room: only the headroom counts.
        if (amount > reserve.headroom) revert EURTReserveHeadroomExceeded(reserve.headroom, amount);
        if (supply > AccountWord.AMOUNT_MASK) revert EURTSupplyCapExceeded(supply, AccountWord.AMOUNT_MASK);
        uint256 remaining;
        // amount <= allowance_ was checked above.
        unchecked {
            remaining = allowance_ - amount;
        }
        _minterAllowances[minter] = remaining;
        // amount <= headroom was checked above.
        unchecked {
            _reserve.headroom = uint72(reserve.headroom - amount);
        }
        _totalSupply = supply;
        emit MintAllowanceUsed(minter, amount, remaining);
    }
}
