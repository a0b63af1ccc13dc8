// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IHoldable} from "../interfaces/IHoldable.sol";
import {AccountWord} from "./AccountWord.sol";
import {EuroTokenSignatures} from "./EuroTokenSignatures.sol";

/// @title EuroTokenHolds
/// @notice Holds: tokens reserved by their holder (directly or by signature) for a notary to execute (pay
/// or burn) before the expiry, or to release.
abstract contract EuroTokenHolds is EuroTokenSignatures {
    using AccountWord for uint256;

    /// @inheritdoc IHoldable
    bytes32 public constant HOLD_WITH_AUTHORIZATION_TYPEHASH = keccak256(
        "HoldWithAuthorization(address holder,bytes32 holdId,address notary,address payee,uint256 amount,uint256 expiresAt,uint256 deadline)"
    );
    /// @inheritdoc IHoldable
    uint256 public constant MAX_HOLD_DURATION = 30 days;

    /// @inheritdoc IHoldable
    function hold(bytes32 holdId, address notary, address payee, uint256 amount, uint256 expiresAt) external {
        _requireNotPaused();
        _createHold(msg.sender, holdId, notary, payee, amount, expiresAt);
    }

    /// @inheritdoc IHoldable
    function holdWithAuthorization(
        address holder,
        bytes32 holdId,
        address notary,
        address payee,
        uint256 amount,
        uint256 expiresAt,
        uint256 deadline,
        bytes calldata signature
    ) external {
        _requireNotPaused();
        if (block.timestamp > deadline) revert EURTHoldAuthorizationExpired(deadline);
        bytes32 digest = _hashTypedDataV4(
            keccak256(
                abi.encode(HOLD_WITH_AUTHORIZATION_TYPEHASH, holder, holdId, notary, payee, amount, expiresAt, deadline)
            )
        );
        _requireValidSignature(holder, digest, signature);
        _createHold(holder, holdId, notary, payee, amount, expiresAt);
    }

    /// @inheritdoc IHoldable
    function executeHold(address holder, bytes32 holdId) external {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        HoldRecord storage record = $.holds[holder][holdId];
        (uint256 expiresAt, address notary) = _requireActiveHold(holdId, record);
        if (msg.sender != notary) revert EURTHoldUnauthorized(holdId, msg.sender, notary);
        if (block.timestamp >= expiresAt) revert EURTHoldExpired(holdId, expiresAt);
        _requireNotPaused();
        if ($.accounts[notary].isAddressFrozen()) revert EURTAddressFrozen(notary);
        (address account, uint256 word) = _holdAccount(holder);
        if (word.isAddressFrozen()) revert EURTAddressFrozen(account);
        address payee = record.payee;
        if (payee == address(0)) {
            _checkRole(BURNER_ROLE, msg.sender);
        } else {
            _requireEligible(account, word);
        }
        _execute(holder, holdId, record, account, word, payee, false);
    }

    /// @inheritdoc IHoldable
    function forceExecuteHold(address holder, bytes32 holdId) external onlyRole(COMPLIANCE_ROLE) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        _requireNotPaused();
        HoldRecord storage record = $.holds[holder][holdId];
        _requireActiveHold(holdId, record);
        (address account, uint256 word) = _holdAccount(holder);
        _execute(holder, holdId, record, account, word, record.payee, true);
    }

    /// @inheritdoc IHoldable
    function releaseHold(address holder, bytes32 holdId) external {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        HoldRecord storage record = $.holds[holder][holdId];
        (uint256 expiresAt, address notary) = _requireActiveHold(holdId, record);
        if (msg.sender != notary && block.timestamp < expiresAt) revert EURTHoldNotExpired(holdId, expiresAt);
        _release(holdId, record, holder);
    }

    /// @inheritdoc IHoldable
    function forceReleaseHold(address holder, bytes32 holdId) external onlyRole(COMPLIANCE_ROLE) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        HoldRecord storage record = $.holds[holder][holdId];
        _requireActiveHold(holdId, record);
        _release(holdId, record, holder);
    }

    /// @inheritdoc IHoldable
    function cancelHoldAuthorization(bytes32 holdId) external {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        HoldRecord storage record = $.holds[msg.sender][holdId];
        if (record.status != HoldStatus.Nonexistent) revert EURTHoldExists(holdId);
        record.status = HoldStatus.AuthorizationCancelled;
        emit HoldAuthorizationCancelled(msg.sender, holdId);
    }

    /// @inheritdoc IHoldable
    function getHold(address holder, bytes32 holdId) external view returns (Hold memory) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        HoldRecord storage record = $.holds[holder][holdId];
        return Hold({
            holder: record.holder,
            notary: record.notary,
            payee: record.payee,
            amount: record.amount,
            expiresAt: record.expiresAt,
            status: record.status
        });
    }

    function _createHold(
        address holder,
        bytes32 holdId,
        address notary,
        address payee,
        uint256 amount,
        uint256 expiresAt
    ) private {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        if (!hasRole(NOTARY_ROLE, notary)) revert EURTInvalidNotary(notary);
        if (amount == 0) revert EURTZeroAmount();
        if (expiresAt <= block.timestamp || expiresAt > block.timestamp + MAX_HOLD_DURATION) {
            revert EURTInvalidHoldExpiry(expiresAt);
        }
        HoldRecord storage record = $.holds[holder][holdId];
        if (record.status != HoldStatus.Nonexistent) revert EURTHoldExists(holdId);
        uint256 word = $.accounts[holder];
        _requireEligible(holder, word);
        // A wallet recovered with active holds never holds again: its holds resolve to its successor.
        if (word & AccountWord.RECOVERED != 0) revert EURTWalletRecovered(holder);
        uint256 spendable = word.spendable();
        if (amount > spendable) revert ERC20InsufficientBalance(holder, spendable, amount);
        // amount <= spendable, so held + amount <= balance - frozen: the held field cannot carry.
        unchecked {
            $.accounts[holder] = word + (amount << AccountWord.HELD_SHIFT);
        }
        record.holder = holder;
        record.expiresAt = uint40(expiresAt);
        record.status = HoldStatus.Ordered;
        record.notary = notary;
        record.amount = uint72(amount);
        if (payee != address(0)) record.payee = payee;
        emit HoldCreated(holdId, holder, notary, payee, amount, expiresAt);
    }

    /// @dev Executes the active hold `record` against `account` (the holder, or the wallet it was recovered
    /// to), whose word is `word`: pays the payee (verified, and eligible unless `compliance`) or burns.
    function _execute(
        address holder,
        bytes32 holdId,
        HoldRecord storage record,
        address account,
        uint256 word,
        address payee,
        bool compliance
    ) private {
        uint256 amount = record.amount;
        record.status = HoldStatus.Executed;
        // The hold's amount is part of held, and held <= balance: neither field borrows.
        unchecked {
            _update(account, word - amount - (amount << AccountWord.HELD_SHIFT), payee, amount, compliance);
        }
        emit HoldExecuted(holder, holdId, payee, msg.sender, amount);
    }

    function _release(bytes32 holdId, HoldRecord storage record, address holder) private {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        uint256 amount = record.amount;
        record.status = HoldStatus.Released;
        (address account, uint256 word) = _holdAccount(holder);
        // The hold's amount is part of the account's held field: it cannot borrow.
        unchecked {
            $.accounts[account] = word - (amount << AccountWord.HELD_SHIFT);
        }
        emit HoldReleased(holder, holdId, msg.sender, amount);
    }

    function _requireActiveHold(bytes32 holdId, HoldRecord storage record)
        private
        view
        returns (uint256 expiresAt, address notary)
    {
        HoldStatus status = record.status;
        if (status != HoldStatus.Ordered) revert EURTHoldNotActive(holdId, status);
        return (record.expiresAt, record.notary);
    }
}
