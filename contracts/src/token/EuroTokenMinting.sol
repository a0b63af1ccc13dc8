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
    /// @dev Lowering an existing minter's allowance is safe and applies at once; anything else is scheduled
    /// for `defaultAdminDelay()` seconds and applied by the same call with the same arguments once due.
    function configureMinter(address minter, uint256 allowance_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _requireNotPaused();
        if (minter == address(0)) revert EURTZeroAddress();
        if (!(hasRole(MINTER_ROLE, minter) && allowance_ <= _minterAllowances[minter])) {
            if (!_dueOrScheduled(_pendingMinterAllowances[minter], allowance_)) {
                emit MinterConfigurationScheduled(minter, allowance_, _pendingMinterAllowances[minter].readyAt);
                return;
            }
        }
        delete _pendingMinterAllowances[minter];
        _configureMinter(minter, allowance_);
    }

    /// @inheritdoc IEuroToken
    function removeMinter(address minter) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _revokeRole(MINTER_ROLE, minter);
        delete _minterAllowances[minter];
        delete _pendingMinterAllowances[minter];
        emit MinterRemoved(minter);
    }

    /// @inheritdoc IEuroToken
    function minterAllowance(address minter) external view returns (uint256) {
        return _minterAllowances[minter];
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
    /// @dev Shortening applies at once; lengthening is scheduled like {configureMinter}.
    function setMaxAttestationAge(uint256 maxAge) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (maxAge > MAX_ATTESTATION_AGE_LIMIT) revert EURTValueTooLarge(maxAge, MAX_ATTESTATION_AGE_LIMIT);
        if (maxAge > _reserve.maxAge && !_dueOrScheduled(_pendingMaxAttestationAge, maxAge)) {
            emit MaxAttestationAgeScheduled(maxAge, _pendingMaxAttestationAge.readyAt);
            return;
        }
        delete _pendingMaxAttestationAge;
        _setMaxAttestationAge(maxAge);
    }

    /// @inheritdoc IEuroToken
    function reserveAttestation() external view returns (uint256 reserve, uint256 attestedAt, uint256 maxAge) {
        ReserveState memory state = _reserve;
        return (state.amount, state.asOf, state.maxAge);
    }

    // ================================================================ internal

    function _configureMinter(address minter, uint256 allowance_) internal {
        _grantRole(MINTER_ROLE, minter);
        _minterAllowances[minter] = allowance_;
        emit MinterConfigured(minter, allowance_);
    }

    /// @dev True if `value` may be applied now: the admin delay is zero, or `pending` holds `value` and is due.
    /// Otherwise (re)schedules `value` (a different pending value is replaced, restarting the delay) and
    /// returns false; a call for the pending value before it is due reverts.
    function _dueOrScheduled(PendingChange storage pending, uint256 value) private returns (bool) {
        uint256 delay = defaultAdminDelay();
        if (delay == 0) return true;
        uint256 readyAt = pending.readyAt;
        if (readyAt != 0 && pending.value == value) {
            if (block.timestamp < readyAt) revert EURTChangeNotReady(readyAt);
            return true;
        }
        if (value > type(uint208).max) revert EURTValueTooLarge(value, type(uint208).max);
        pending.value = uint208(value);
        pending.readyAt = uint48(block.timestamp + delay);
        return false;
    }

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

    /// @dev Why a batch would not mint `amount` to `to` (the selector of {mint}'s error), zero if it would.
    function _mintRefusal(address to, uint256 amount, uint256 epoch) private view returns (bytes4) {
        if (to == address(0)) return ERC20InvalidReceiver.selector;
        if (amount == 0) return EURTZeroAmount.selector;
        uint256 word = _accounts[to];
        if (word.isAddressFrozen()) return EURTAddressFrozen.selector;
        if (!word.isVerified(epoch)) return EURTUnverifiedAccount.selector;
        return bytes4(0);
    }

    /// @dev Credits a mint whose capacity was already used (the supply is already raised).
    function _mintTo(address to, uint256 amount, uint256 epoch) private {
        if (to == address(0)) revert ERC20InvalidReceiver(address(0));
        uint256 toWord = _accounts[to];
        _requireEligible(to, toWord, epoch);
        // balance + amount <= totalSupply <= 2**64 - 1 (checked in _useMintCapacity): the field cannot carry.
        unchecked {
            _accounts[to] = toWord + amount;
        }
        emit Transfer(address(0), to, amount);
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
