// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AccessControlDefaultAdminRulesUpgradeable} from "@openzeppelin/contracts-upgradeable/access/extensions/AccessControlDefaultAdminRulesUpgradeable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {NoncesUpgradeable} from "@openzeppelin/contracts-upgradeable/utils/NoncesUpgradeable.sol";
import {IEligibilityConsumer} from "../interfaces/IEligibilityConsumer.sol";
import {IEuroToken} from "../interfaces/IEuroToken.sol";
import {IHoldable} from "../interfaces/IHoldable.sol";
import {IIdentityRegistry} from "../interfaces/IIdentityRegistry.sol";
import {ScheduledUpgrades} from "../upgrades/ScheduledUpgrades.sol";
import {AccountWord} from "./AccountWord.sol";
import {EuroTokenState} from "./EuroTokenState.sol";

/// @title EuroTokenBase
/// @notice ERC-20 surface, the registry's eligibility push and the upgrade entry points of EuroToken; the
/// features (signatures, authorizations, holds, minting) are abstract contracts built on it.
/// @dev The token runs behind an ERC-1967 proxy (UUPS, see {ScheduledUpgrades}). All of its own storage is the
/// one ERC-7201 namespace {EuroTokenStorage}, declared in {EuroTokenState}, so the features add none;
/// OpenZeppelin's parents keep theirs in their own namespaces and nothing lives in the sequential slots (contracts/README.md,
/// "Storage layout", and the layout test in contracts/test/Upgrades.t.sol). EIP712 is OpenZeppelin's
/// non-upgradeable one on purpose: its only state is immutables (the hashes of the constant name and version,
/// part of the implementation's code), it keeps nothing in storage and rebuilds the domain separator for the
/// proxy's address; EIP712Upgradeable would store both strings and hash them again on every signature.
abstract contract EuroTokenBase is IEuroToken, EuroTokenState, ScheduledUpgrades, EIP712, NoncesUpgradeable {
    using AccountWord for uint256;
    using SafeERC20 for IERC20;

    /// @inheritdoc IEuroToken
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");
    /// @inheritdoc IEuroToken
    bytes32 public constant BURNER_ROLE = keccak256("BURNER_ROLE");
    /// @inheritdoc IEuroToken
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");
    /// @inheritdoc IEuroToken
    bytes32 public constant COMPLIANCE_ROLE = keccak256("COMPLIANCE_ROLE");
    /// @inheritdoc IEuroToken
    bytes32 public constant RESERVE_ATTESTER_ROLE = keccak256("RESERVE_ATTESTER_ROLE");
    /// @inheritdoc IHoldable
    bytes32 public constant NOTARY_ROLE = keccak256("NOTARY_ROLE");

    /// @dev The implementation is never initialized: only a proxy is (the constructor sets the immutables).
    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() EIP712("Euro Token", "1") {
        _disableInitializers();
    }

    function __EuroTokenBase_init(address admin, uint48 adminDelay, IIdentityRegistry registry)
        internal
        onlyInitializing
    {
        __AccessControlDefaultAdminRules_init(adminDelay, admin);
        __Nonces_init();
        _getEuroTokenStorage().registry = registry;
    }

    // ================================================================ ERC-20 views

    /// @inheritdoc IERC20Metadata
    function name() external pure returns (string memory) {
        return "Euro Token";
    }

    /// @inheritdoc IERC20Metadata
    function symbol() external pure returns (string memory) {
        return "EURT";
    }

    /// @inheritdoc IERC20Metadata
    function decimals() external pure returns (uint8) {
        return 2;
    }

    /// @inheritdoc IERC20
    function totalSupply() external view returns (uint256) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        return $.totalSupply;
    }

    /// @inheritdoc IERC20
    function balanceOf(address account) external view returns (uint256) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        return $.accounts[account].balance();
    }

    /// @inheritdoc IERC20
    function allowance(address owner, address spender) external view returns (uint256) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        return $.allowances[owner][spender];
    }

    /// @inheritdoc IHoldable
    function heldBalanceOf(address account) external view returns (uint256) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        return $.accounts[account].held();
    }

    /// @inheritdoc IHoldable
    function spendableBalanceOf(address account) external view returns (uint256) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        return $.accounts[account].spendable();
    }

    /// @inheritdoc IEuroToken
    function getFrozenTokens(address account) external view returns (uint256) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        return $.accounts[account].frozen();
    }

    /// @inheritdoc IEuroToken
    function isFrozen(address account) external view returns (bool) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        return $.accounts[account].isAddressFrozen();
    }

    /// @inheritdoc IEuroToken
    function accountState(address account) external view returns (AccountState memory state) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        uint256 word = $.accounts[account];
        state.balance = word.balance();
        state.held = word.held();
        state.frozen = word.frozen();
        state.verifiedUntil = word.verifiedUntil();
        state.addressFrozen = word.isAddressFrozen();
    }

    /// @inheritdoc IEuroToken
    function isEligible(address account) external view returns (bool) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        uint256 word = $.accounts[account];
        return !word.isAddressFrozen() && word.isVerified($.control.eligibilityEpoch);
    }

    /// @inheritdoc IEuroToken
    function paused() external view returns (bool) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        return $.control.paused;
    }

    /// @inheritdoc IEuroToken
    function eligibilityEpoch() external view returns (uint256) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        return $.control.eligibilityEpoch;
    }

    /// @inheritdoc IERC20Permit
    function nonces(address owner) public view override(IERC20Permit, NoncesUpgradeable) returns (uint256) {
        return super.nonces(owner);
    }

    /// @inheritdoc IEuroToken
    function identityRegistry() external view returns (IIdentityRegistry) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        return $.registry;
    }

    // ================================================================ ERC-20 actions

    /// @inheritdoc IERC20
    function transfer(address to, uint256 value) external returns (bool) {
        _move(msg.sender, to, value, _requireNotPaused());
        return true;
    }

    /// @inheritdoc IERC20
    function transferFrom(address from, address to, uint256 value) external returns (bool) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        uint256 epoch = _requireNotPaused();
        if ($.accounts[msg.sender].isAddressFrozen()) revert EURTAddressFrozen(msg.sender);
        _spendAllowance(from, msg.sender, value);
        _move(from, to, value, epoch);
        return true;
    }

    /// @inheritdoc IERC20
    function approve(address spender, uint256 value) external returns (bool) {
        _requireNotPaused();
        _approve(msg.sender, spender, value);
        return true;
    }

    // ================================================================ registry and admin

    /// @inheritdoc IEligibilityConsumer
    function updateEligibility(address account, uint256 verifiedUntil) external {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        if (msg.sender != address($.registry)) revert EURTUnauthorizedRegistry(msg.sender);
        uint256 until = verifiedUntil > AccountWord.VERIFIED_MASK ? AccountWord.VERIFIED_MASK : verifiedUntil;
        $.accounts[account] = $.accounts[account].withVerifiedUntil(until, $.control.eligibilityEpoch);
        emit EligibilityUpdated(account, until);
    }

    /// @inheritdoc IEligibilityConsumer
    function invalidateEligibility() external {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        if (msg.sender != address($.registry)) revert EURTUnauthorizedRegistry(msg.sender);
        _bumpEpoch();
    }

    // ================================================================ internal: the balance choke point

    /// @dev Moves `value` of `from`'s spendable tokens to `to` under the transfer rules (the caller checks
    /// the pause). The hot path of every transfer: one read of the control slot (warm after the pause check)
    /// and the two account words, written in place.
    function _move(address from, address to, uint256 value, uint256 epoch) internal {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        if (to == address(0)) revert ERC20InvalidReceiver(address(0));
        uint256 fromWord = $.accounts[from];
        _requireEligible(from, fromWord, epoch);
        uint256 spendable = fromWord.spendable();
        if (value > spendable) revert ERC20InsufficientBalance(from, spendable, value);
        // value <= spendable <= balance: the balance field cannot borrow.
        unchecked {
            $.accounts[from] = fromWord - value;
        }
        // Read after the debit so that a transfer to oneself nets out.
        uint256 toWord = $.accounts[to];
        _requireEligible(to, toWord, epoch);
        // balance + value <= totalSupply <= 2**64 - 1 (checked when minting): the field cannot carry.
        unchecked {
            $.accounts[to] = toWord + value;
        }
        emit Transfer(from, to, value);
    }

    /// @dev {_move} without reverting, for batch entries: zero once moved, otherwise the selector of the
    /// error {_move} would revert with (nothing changed).
    function _tryMove(address from, address to, uint256 value) internal returns (bytes4) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        if (to == address(0)) return ERC20InvalidReceiver.selector;
        uint256 epoch = $.control.eligibilityEpoch;
        uint256 fromWord = $.accounts[from];
        if (fromWord.isAddressFrozen()) return EURTAddressFrozen.selector;
        if (!fromWord.isVerified(epoch)) return EURTUnverifiedAccount.selector;
        if (value > fromWord.spendable()) return ERC20InsufficientBalance.selector;
        uint256 toWord = to == from ? fromWord : $.accounts[to];
        if (toWord.isAddressFrozen()) return EURTAddressFrozen.selector;
        if (!toWord.isVerified(epoch)) return EURTUnverifiedAccount.selector;
        // value <= spendable <= balance: the sender's field cannot borrow; the recipient's balance + value
        // <= totalSupply <= 2**64 - 1 cannot carry. A transfer to oneself writes the same word twice.
        unchecked {
            $.accounts[from] = fromWord - value;
            $.accounts[to] = (to == from ? fromWord - value : toWord) + value;
        }
        emit Transfer(from, to, value);
        return bytes4(0);
    }

    function _approve(address owner, address spender, uint256 value) internal {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        if (owner == address(0)) revert ERC20InvalidApprover(address(0));
        if (spender == address(0)) revert ERC20InvalidSpender(address(0));
        $.allowances[owner][spender] = value;
        emit Approval(owner, spender, value);
    }

    function _spendAllowance(address owner, address spender, uint256 value) private {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        uint256 current = $.allowances[owner][spender];
        if (current != type(uint256).max) {
            if (current < value) revert ERC20InsufficientAllowance(spender, current, value);
            // current >= value was checked above.
            unchecked {
                $.allowances[owner][spender] = current - value;
            }
        }
    }

    /// @dev {EuroTokenState-_revokeRole} (revoking the minter role drops its allowance) over both parents.
    function _revokeRole(bytes32 role, address account)
        internal
        override(EuroTokenState, AccessControlDefaultAdminRulesUpgradeable)
        returns (bool)
    {
        return super._revokeRole(role, account);
    }
}
