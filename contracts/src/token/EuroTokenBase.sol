// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AccessControlDefaultAdminRules} from "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {IEligibilityConsumer} from "../interfaces/IEligibilityConsumer.sol";
import {IEuroToken} from "../interfaces/IEuroToken.sol";
import {IHoldable} from "../interfaces/IHoldable.sol";
import {IIdentityRegistry} from "../interfaces/IIdentityRegistry.sol";
import {AccountWord} from "./AccountWord.sol";

/// @title EuroTokenBase
/// @notice Storage, ERC-20 surface and the single balance choke point of EuroToken; the features (signatures,
/// authorizations, holds, minting, compliance) are abstract contracts built on it.
/// @dev All storage of the token is declared here, in the order of the original single-file contract, so
/// the features add none and the layout stays fixed (see contracts/README.md, "Storage layout").
abstract contract EuroTokenBase is IEuroToken, AccessControlDefaultAdminRules, EIP712, Nonces {
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

    /// @dev Storage of one hold: three slots, the payee slot stays empty for burning holds.
    struct HoldRecord {
        address holder;
        uint40 expiresAt;
        HoldStatus status;
        address notary;
        uint72 amount;
        address payee;
    }

    /// @dev The attested reserve, what may still be minted against it, the time it is as of and how long it
    /// stays fresh: one slot.
    struct ReserveState {
        uint72 amount;
        uint72 headroom;
        uint40 asOf;
        uint40 maxAge;
    }

    /// @dev An admin change that takes effect after the admin delay: the value and when it may be applied.
    struct PendingChange {
        uint208 value;
        uint48 readyAt;
    }

    /// @dev The pause flag and the eligibility epoch share the slot every transfer reads for the pause, so
    /// checking the epoch costs no storage access of its own.
    struct Control {
        bool paused;
        uint32 eligibilityEpoch;
    }

    IIdentityRegistry internal _registry;

    mapping(address account => uint256 word) internal _accounts;
    mapping(address owner => mapping(address spender => uint256)) private _allowances;
    mapping(address authorizer => mapping(uint256 wordIndex => uint256 bits)) internal _usedAuthorizations;
    mapping(address minter => uint256) internal _minterAllowances;
    mapping(bytes32 holdId => HoldRecord) internal _holds;
    uint256 internal _totalSupply;
    ReserveState internal _reserve;
    mapping(address minter => PendingChange) internal _pendingMinterAllowances;
    PendingChange internal _pendingMaxAttestationAge;
    /// @dev A wallet recovered while it had active holds -> the wallet that now carries them.
    mapping(address lostWallet => address) internal _recoveredTo;
    Control internal _control;

    constructor(address admin, uint48 adminDelay, IIdentityRegistry registry)
        AccessControlDefaultAdminRules(adminDelay, admin)
        EIP712("Euro Token", "1")
    {
        _registry = registry;
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
        return _totalSupply;
    }

    /// @inheritdoc IERC20
    function balanceOf(address account) external view returns (uint256) {
        return _accounts[account].balance();
    }

    /// @inheritdoc IERC20
    function allowance(address owner, address spender) external view returns (uint256) {
        return _allowances[owner][spender];
    }

    /// @inheritdoc IHoldable
    function heldBalanceOf(address account) external view returns (uint256) {
        return _accounts[account].held();
    }

    /// @inheritdoc IHoldable
    function spendableBalanceOf(address account) external view returns (uint256) {
        return _accounts[account].spendable();
    }

    /// @inheritdoc IEuroToken
    function getFrozenTokens(address account) external view returns (uint256) {
        return _accounts[account].frozen();
    }

    /// @inheritdoc IEuroToken
    function isFrozen(address account) external view returns (bool) {
        return _accounts[account].isAddressFrozen();
    }

    /// @inheritdoc IEuroToken
    function accountState(address account) external view returns (AccountState memory state) {
        uint256 word = _accounts[account];
        state.balance = word.balance();
        state.held = word.held();
        state.frozen = word.frozen();
        state.verifiedUntil = word.verifiedUntil();
        state.addressFrozen = word.isAddressFrozen();
    }

    /// @inheritdoc IEuroToken
    function isEligible(address account) external view returns (bool) {
        uint256 word = _accounts[account];
        return !word.isAddressFrozen() && word.isVerified(_control.eligibilityEpoch);
    }

    /// @inheritdoc IEuroToken
    function paused() external view returns (bool) {
        return _control.paused;
    }

    /// @inheritdoc IEuroToken
    function eligibilityEpoch() external view returns (uint256) {
        return _control.eligibilityEpoch;
    }

    /// @inheritdoc IERC20Permit
    function nonces(address owner) public view override(IERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }

    /// @inheritdoc IEuroToken
    function identityRegistry() external view returns (IIdentityRegistry) {
        return _registry;
    }

    // ================================================================ ERC-20 actions

    /// @inheritdoc IERC20
    function transfer(address to, uint256 value) external returns (bool) {
        _move(msg.sender, to, value, _requireNotPaused());
        return true;
    }

    /// @inheritdoc IERC20
    function transferFrom(address from, address to, uint256 value) external returns (bool) {
        uint256 epoch = _requireNotPaused();
        if (_accounts[msg.sender].isAddressFrozen()) revert EURTAddressFrozen(msg.sender);
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
        if (msg.sender != address(_registry)) revert EURTUnauthorizedRegistry(msg.sender);
        uint256 until = verifiedUntil > AccountWord.VERIFIED_MASK ? AccountWord.VERIFIED_MASK : verifiedUntil;
        _accounts[account] = _accounts[account].withVerifiedUntil(until, _control.eligibilityEpoch);
        emit EligibilityUpdated(account, until);
    }

    /// @inheritdoc IEligibilityConsumer
    function invalidateEligibility() external {
        if (msg.sender != address(_registry)) revert EURTUnauthorizedRegistry(msg.sender);
        _bumpEpoch();
    }

    function _bumpEpoch() private {
        uint256 epoch;
        // An epoch never reaches 2**30 (one bump per revocation), so it cannot wrap in the word's 30 bits.
        unchecked {
            epoch = (_control.eligibilityEpoch + 1) & AccountWord.EPOCH_MASK;
        }
        _control.eligibilityEpoch = uint32(epoch);
        emit EligibilityInvalidated(epoch);
    }

    /// @inheritdoc IEuroToken
    function setIdentityRegistry(IIdentityRegistry registry) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (address(registry) == address(0)) revert EURTZeroAddress();
        emit IdentityRegistrySet(_registry, registry);
        _registry = registry;
        // Eligibility cached from the previous registry must not carry over.
        _bumpEpoch();
    }

    /// @inheritdoc IEuroToken
    function rescueERC20(IERC20 token, address to, uint256 amount) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (address(token) == address(this)) revert EURTCannotRescueSelf();
        token.safeTransfer(to, amount);
        emit ERC20Rescued(address(token), to, amount);
    }

    // ================================================================ internal: the balance choke point

    /// @dev Every balance change goes through here. `from` is zero for a mint (the mint-capacity check has
    /// already raised the supply); otherwise the caller has applied its own debit rule (spendable, held or
    /// frozen tokens) and passes `fromWord`, the sender's word after the debit. `to` is zero for a burn (the
    /// supply falls); otherwise it is credited if it is eligible, or, for a `compliance` action, if it is
    /// at least verified. Emits the ERC-20 Transfer.
    function _update(address from, uint256 fromWord, address to, uint256 value, bool compliance) internal {
        if (from != address(0)) _accounts[from] = fromWord;
        if (to == address(0)) {
            // value was part of from's balance, which is <= totalSupply: the supply cannot borrow.
            unchecked {
                _totalSupply -= value;
            }
        } else {
            // Read after the debit so that a transfer to oneself nets out.
            uint256 toWord = _accounts[to];
            if (compliance) {
                if (toWord.isAddressFrozen()) revert EURTAddressFrozen(to);
                if (!toWord.isVerified(_control.eligibilityEpoch)) revert EURTUnverifiedAccount(to);
            } else {
                _requireEligible(to, toWord);
            }
            // balance + value <= totalSupply <= 72-bit cap (checked when minting): the field cannot carry.
            unchecked {
                _accounts[to] = toWord + value;
            }
        }
        emit Transfer(from, to, value);
    }

    /// @dev Moves `value` of `from`'s spendable tokens to `to` under the transfer rules (the caller checks
    /// the pause). The hot path of every transfer: one read of the control slot (warm after the pause check)
    /// and the two account words, written in place.
    function _move(address from, address to, uint256 value, uint256 epoch) internal {
        if (to == address(0)) revert ERC20InvalidReceiver(address(0));
        uint256 fromWord = _accounts[from];
        _requireEligible(from, fromWord, epoch);
        uint256 spendable = fromWord.spendable();
        if (value > spendable) revert ERC20InsufficientBalance(from, spendable, value);
        // value <= spendable <= balance: the balance field cannot borrow.
        unchecked {
            _accounts[from] = fromWord - value;
        }
        // Read after the debit so that a transfer to oneself nets out.
        uint256 toWord = _accounts[to];
        _requireEligible(to, toWord, epoch);
        // balance + value <= totalSupply <= 2**64 - 1 (checked when minting): the field cannot carry.
        unchecked {
            _accounts[to] = toWord + value;
        }
        emit Transfer(from, to, value);
    }

    /// @dev {_move} without reverting, for batch entries: zero once moved, otherwise the selector of the
    /// error {_move} would revert with (nothing changed).
    function _tryMove(address from, address to, uint256 value) internal returns (bytes4) {
        if (to == address(0)) return ERC20InvalidReceiver.selector;
        uint256 epoch = _control.eligibilityEpoch;
        uint256 fromWord = _accounts[from];
        if (fromWord.isAddressFrozen()) return EURTAddressFrozen.selector;
        if (!fromWord.isVerified(epoch)) return EURTUnverifiedAccount.selector;
        if (value > fromWord.spendable()) return ERC20InsufficientBalance.selector;
        uint256 toWord = to == from ? fromWord : _accounts[to];
        if (toWord.isAddressFrozen()) return EURTAddressFrozen.selector;
        if (!toWord.isVerified(epoch)) return EURTUnverifiedAccount.selector;
        // value <= spendable <= balance: the sender's field cannot borrow; the recipient's balance + value
        // <= totalSupply <= 2**64 - 1 cannot carry. A transfer to oneself writes the same word twice.
        unchecked {
            _accounts[from] = fromWord - value;
            _accounts[to] = (to == from ? fromWord - value : toWord) + value;
        }
        emit Transfer(from, to, value);
        return bytes4(0);
    }

    function _approve(address owner, address spender, uint256 value) internal {
        if (owner == address(0)) revert ERC20InvalidApprover(address(0));
        if (spender == address(0)) revert ERC20InvalidSpender(address(0));
        _allowances[owner][spender] = value;
        emit Approval(owner, spender, value);
    }

    function _spendAllowance(address owner, address spender, uint256 value) private {
        uint256 current = _allowances[owner][spender];
        if (current != type(uint256).max) {
            if (current < value) revert ERC20InsufficientAllowance(spender, current, value);
            // current >= value was checked above.
            unchecked {
                _allowances[owner][spender] = current - value;
            }
        }
    }

    /// @dev Revoking the minter role (by removeMinter, revokeRole or renounceRole) also drops the allowance and
    /// any scheduled configuration, so a later grant cannot revive them.
    function _revokeRole(bytes32 role, address account) internal override returns (bool revoked) {
        revoked = super._revokeRole(role, account);
        if (role == MINTER_ROLE) {
            delete _minterAllowances[account];
            delete _pendingMinterAllowances[account];
        }
    }

    /// @dev The account that carries `holder`'s held tokens, and its word: `holder` itself unless it was
    /// recovered while holding (then the wallet it was recovered to, following later recoveries too).
    function _holdAccount(address holder) internal view returns (address account, uint256 word) {
        account = holder;
        word = _accounts[account];
        while (word & AccountWord.RECOVERED != 0) {
            account = _recoveredTo[account];
            word = _accounts[account];
        }
    }

    function _requireEligible(address account, uint256 word) internal view {
        _requireEligible(account, word, _control.eligibilityEpoch);
    }

    function _requireEligible(address account, uint256 word, uint256 epoch) internal view {
        if (word.isAddressFrozen()) revert EURTAddressFrozen(account);
        if (!word.isVerified(epoch)) revert EURTUnverifiedAccount(account);
    }

    /// @dev Reverts while paused; returns the eligibility epoch read from the same slot, for the hot paths.
    function _requireNotPaused() internal view returns (uint256 epoch) {
        Control memory control = _control;
        if (control.paused) revert EnforcedPause();
        return control.eligibilityEpoch;
    }

    function _setPaused(bool paused_) internal {
        if (_control.paused == paused_) {
            if (paused_) revert EnforcedPause();
            revert ExpectedPause();
        }
        _control.paused = paused_;
        if (paused_) emit Paused(msg.sender);
        else emit Unpaused(msg.sender);
    }
}
