// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {IEligibilityConsumer} from "./interfaces/IEligibilityConsumer.sol";
import {IERC3009} from "./interfaces/IERC3009.sol";
import {IEuroToken} from "./interfaces/IEuroToken.sol";
import {IHoldable} from "./interfaces/IHoldable.sol";
import {IIdentityRegistry} from "./interfaces/IIdentityRegistry.sol";

/// @title EuroToken (EURT)
/// @notice The platform's euro e-money token. See {IEuroToken} for the behaviour and README for the design.
/// @dev Per-account storage is one packed word:
///
///   bits   0..71   balance
///   bits  72..143  held (sum of the account's active holds)
///   bits 144..215  partially frozen tokens
///   bits 216..247  verified until (unix seconds, exclusive; 0 = not verified), pushed by the registry
///   bit  248       address frozen
///
/// Invariant: held + frozen <= balance, and every balance <= totalSupply <= 2**72 - 1. Each field update
/// below relies on it to stay inside its 72 bits, which is why those updates are unchecked.
contract EuroToken is IEuroToken, AccessControl, Pausable, EIP712, Nonces {
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

    /// @inheritdoc IEuroToken
    bytes32 public constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");
    /// @inheritdoc IERC3009
    bytes32 public constant TRANSFER_WITH_AUTHORIZATION_TYPEHASH = keccak256(
        "TransferWithAuthorization(address from,address to,uint256 value,uint256 validAfter,uint256 validBefore,bytes32 nonce)"
    );
    /// @inheritdoc IERC3009
    bytes32 public constant RECEIVE_WITH_AUTHORIZATION_TYPEHASH = keccak256(
        "ReceiveWithAuthorization(address from,address to,uint256 value,uint256 validAfter,uint256 validBefore,bytes32 nonce)"
    );
    /// @inheritdoc IERC3009
    bytes32 public constant CANCEL_AUTHORIZATION_TYPEHASH = keccak256("CancelAuthorization(address authorizer,bytes32 nonce)");
    /// @inheritdoc IHoldable
    bytes32 public constant HOLD_WITH_AUTHORIZATION_TYPEHASH = keccak256(
        "HoldWithAuthorization(address holder,bytes32 holdId,address notary,address payee,uint256 amount,uint256 expiresAt,uint256 deadline)"
    );

    uint256 private constant _AMOUNT_MASK = type(uint72).max;
    uint256 private constant _HELD_SHIFT = 72;
    uint256 private constant _FROZEN_SHIFT = 144;
    uint256 private constant _VERIFIED_SHIFT = 216;
    uint256 private constant _VERIFIED_MASK = type(uint32).max;
    uint256 private constant _ADDRESS_FROZEN = 1 << 248;

    /// @dev Storage of one hold: three slots, the payee slot stays empty for burning holds.
    struct HoldRecord {
        address holder;
        uint40 expiresAt;
        HoldStatus status;
        address notary;
        uint72 amount;
        address payee;
    }

    /// @dev The attested reserve, when it was attested and how long it stays fresh: one slot.
    struct ReserveState {
        uint128 amount;
        uint40 attestedAt;
        uint40 maxAge;
    }

    IIdentityRegistry private immutable _registry;

    mapping(address account => uint256 word) private _accounts;
    mapping(address owner => mapping(address spender => uint256)) private _allowances;
    mapping(address authorizer => mapping(uint256 wordIndex => uint256 bits)) private _usedAuthorizations;
    mapping(address minter => uint256) private _minterAllowances;
    mapping(bytes32 holdId => HoldRecord) private _holds;
    uint256 private _totalSupply;
    ReserveState private _reserve;

    /// @param admin Receives DEFAULT_ADMIN_ROLE (grants every other role, configures minters).
    /// @param registry The identity registry whose eligibility this token caches; bind this token to it.
    /// @param maxAttestationAge Seconds a reserve attestation stays fresh enough to mint against.
    constructor(address admin, IIdentityRegistry registry, uint256 maxAttestationAge) EIP712("Euro Token", "1") {
        if (admin == address(0) || address(registry) == address(0)) revert EURTZeroAddress();
        _registry = registry;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _setMaxAttestationAge(maxAttestationAge);
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
        return _accounts[account] & _AMOUNT_MASK;
    }

    /// @inheritdoc IERC20
    function allowance(address owner, address spender) external view returns (uint256) {
        return _allowances[owner][spender];
    }

    /// @inheritdoc IHoldable
    function heldBalanceOf(address account) external view returns (uint256) {
        return (_accounts[account] >> _HELD_SHIFT) & _AMOUNT_MASK;
    }

    /// @inheritdoc IHoldable
    function spendableBalanceOf(address account) external view returns (uint256) {
        return _spendable(_accounts[account]);
    }

    /// @inheritdoc IEuroToken
    function getFrozenTokens(address account) external view returns (uint256) {
        return (_accounts[account] >> _FROZEN_SHIFT) & _AMOUNT_MASK;
    }

    /// @inheritdoc IEuroToken
    function isFrozen(address account) external view returns (bool) {
        return _accounts[account] & _ADDRESS_FROZEN != 0;
    }

    /// @inheritdoc IEuroToken
    function accountState(address account) external view returns (AccountState memory state) {
        uint256 word = _accounts[account];
        state.balance = word & _AMOUNT_MASK;
        state.held = (word >> _HELD_SHIFT) & _AMOUNT_MASK;
        state.frozen = (word >> _FROZEN_SHIFT) & _AMOUNT_MASK;
        state.verifiedUntil = (word >> _VERIFIED_SHIFT) & _VERIFIED_MASK;
        state.addressFrozen = word & _ADDRESS_FROZEN != 0;
    }

    /// @inheritdoc IEuroToken
    function isEligible(address account) external view returns (bool) {
        uint256 word = _accounts[account];
        return word & _ADDRESS_FROZEN == 0 && (word >> _VERIFIED_SHIFT) & _VERIFIED_MASK > block.timestamp;
    }

    /// @inheritdoc IEuroToken
    function identityRegistry() external view returns (IIdentityRegistry) {
        return _registry;
    }

    // ================================================================ ERC-20 actions

    /// @inheritdoc IERC20
    function transfer(address to, uint256 value) external returns (bool) {
        _requireNotPaused();
        _move(msg.sender, to, value);
        return true;
    }

    /// @inheritdoc IERC20
    function transferFrom(address from, address to, uint256 value) external returns (bool) {
        _requireNotPaused();
        _spendAllowance(from, msg.sender, value);
        _move(from, to, value);
        return true;
    }

    /// @inheritdoc IERC20
    function approve(address spender, uint256 value) external returns (bool) {
        _approve(msg.sender, spender, value);
        return true;
    }

    // ================================================================ EIP-2612

    /// @inheritdoc IERC20Permit
    function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        external
    {
        _requireValidSignature(owner, _permitDigest(owner, spender, value, deadline), v, r, s);
        _approve(owner, spender, value);
    }

    /// @inheritdoc IEuroToken
    function permit(address owner, address spender, uint256 value, uint256 deadline, bytes calldata signature)
        external
    {
        _requireValidSignature(owner, _permitDigest(owner, spender, value, deadline), signature);
        _approve(owner, spender, value);
    }

    /// @inheritdoc IERC20Permit
    function nonces(address owner) public view override(IERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }

    /// @inheritdoc IERC20Permit
    // solhint-disable-next-line func-name-mixedcase
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    // ================================================================ EIP-3009

    /// @inheritdoc IERC3009
    function authorizationState(address authorizer, bytes32 nonce) external view returns (bool) {
        return (_usedAuthorizations[authorizer][uint256(nonce) >> 8] >> (uint256(nonce) & 0xff)) & 1 == 1;
    }

    /// @inheritdoc IERC3009
    function transferWithAuthorization(
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external {
        _requireNotPaused();
        bytes32 digest =
            _authorizationDigest(TRANSFER_WITH_AUTHORIZATION_TYPEHASH, from, to, value, validAfter, validBefore, nonce);
        _requireValidSignature(from, digest, v, r, s);
        _useAuthorization(from, nonce);
        _move(from, to, value);
    }

    /// @inheritdoc IERC3009
    function transferWithAuthorization(
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce,
        bytes calldata signature
    ) external {
        _requireNotPaused();
        bytes32 digest =
            _authorizationDigest(TRANSFER_WITH_AUTHORIZATION_TYPEHASH, from, to, value, validAfter, validBefore, nonce);
        _requireValidSignature(from, digest, signature);
        _useAuthorization(from, nonce);
        _move(from, to, value);
    }

    /// @inheritdoc IERC3009
    function receiveWithAuthorization(
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external {
        if (to != msg.sender) revert EURTInvalidPayeeCaller(msg.sender, to);
        _requireNotPaused();
        bytes32 digest =
            _authorizationDigest(RECEIVE_WITH_AUTHORIZATION_TYPEHASH, from, to, value, validAfter, validBefore, nonce);
        _requireValidSignature(from, digest, v, r, s);
        _useAuthorization(from, nonce);
        _move(from, to, value);
    }

    /// @inheritdoc IERC3009
    function receiveWithAuthorization(
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce,
        bytes calldata signature
    ) external {
        if (to != msg.sender) revert EURTInvalidPayeeCaller(msg.sender, to);
        _requireNotPaused();
        bytes32 digest =
            _authorizationDigest(RECEIVE_WITH_AUTHORIZATION_TYPEHASH, from, to, value, validAfter, validBefore, nonce);
        _requireValidSignature(from, digest, signature);
        _useAuthorization(from, nonce);
        _move(from, to, value);
    }

    /// @inheritdoc IERC3009
    function cancelAuthorization(address authorizer, bytes32 nonce, uint8 v, bytes32 r, bytes32 s) external {
        _requireValidSignature(authorizer, _cancelDigest(authorizer, nonce), v, r, s);
        _cancelAuthorization(authorizer, nonce);
    }

    /// @inheritdoc IERC3009
    function cancelAuthorization(address authorizer, bytes32 nonce, bytes calldata signature) external {
        _requireValidSignature(authorizer, _cancelDigest(authorizer, nonce), signature);
        _cancelAuthorization(authorizer, nonce);
    }

    /// @inheritdoc IERC3009
    function batchTransferWithAuthorization(TransferAuthorization[] calldata authorizations) external {
        _requireNotPaused();
        uint256 count = authorizations.length;
        for (uint256 i; i < count;) {
            TransferAuthorization calldata a = authorizations[i];
            bytes32 digest = _authorizationDigest(
                TRANSFER_WITH_AUTHORIZATION_TYPEHASH, a.from, a.to, a.value, a.validAfter, a.validBefore, a.nonce
            );
            _requireValidSignature(a.from, digest, a.v, a.r, a.s);
            _useAuthorization(a.from, a.nonce);
            _move(a.from, a.to, a.value);
            // i < count, so ++i cannot overflow.
            unchecked {
                ++i;
            }
        }
    }

    // ================================================================ holds

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
        bytes32 digest = _holdDigest(holder, holdId, notary, payee, amount, expiresAt, deadline);
        _requireValidSignature(holder, digest, signature);
        _createHold(holder, holdId, notary, payee, amount, expiresAt);
    }

    /// @inheritdoc IHoldable
    function executeHold(bytes32 holdId) external {
        HoldRecord storage record = _holds[holdId];
        (address holder, uint256 expiresAt, address notary) = _requireActiveHold(holdId, record);
        if (msg.sender != notary) revert EURTHoldUnauthorized(holdId, msg.sender, notary);
        if (block.timestamp >= expiresAt) revert EURTHoldExpired(holdId, expiresAt);
        _requireNotPaused();
        uint256 amount = record.amount;
        address payee = record.payee;
        record.status = HoldStatus.Executed;

        uint256 word = _accounts[holder];
        if (word & _ADDRESS_FROZEN != 0) revert EURTAddressFrozen(holder);
        if (payee == address(0)) {
            _checkRole(BURNER_ROLE, msg.sender);
            // The hold's amount is part of held, and held <= balance <= totalSupply: no field borrows.
            unchecked {
                _accounts[holder] = word - amount - (amount << _HELD_SHIFT);
                _totalSupply -= amount;
            }
            emit Transfer(holder, address(0), amount);
        } else {
            _requireEligible(holder, word);
            // As above: the hold's amount is part of held, and held <= balance.
            unchecked {
                _accounts[holder] = word - amount - (amount << _HELD_SHIFT);
            }
            _credit(holder, payee, amount);
        }
        emit HoldExecuted(holdId, msg.sender, payee, amount);
    }

    /// @inheritdoc IHoldable
    function releaseHold(bytes32 holdId) external {
        HoldRecord storage record = _holds[holdId];
        (address holder, uint256 expiresAt, address notary) = _requireActiveHold(holdId, record);
        if (msg.sender != notary && block.timestamp < expiresAt) revert EURTHoldNotExpired(holdId, expiresAt);
        uint256 amount = record.amount;
        record.status = HoldStatus.Released;
        // The hold's amount is part of the holder's held field: it cannot borrow.
        unchecked {
            _accounts[holder] -= amount << _HELD_SHIFT;
        }
        emit HoldReleased(holdId, msg.sender, amount);
    }

    /// @inheritdoc IHoldable
    function getHold(bytes32 holdId) external view returns (Hold memory) {
        HoldRecord storage record = _holds[holdId];
        return Hold({
            holder: record.holder,
            notary: record.notary,
            payee: record.payee,
            amount: record.amount,
            expiresAt: record.expiresAt,
            status: record.status
        });
    }

    // ================================================================ minting and burning

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
        _credit(address(0), to, amount);
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
            _credit(address(0), to[i], amounts[i]);
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

    // ================================================================ pause

    /// @inheritdoc IEuroToken
    function pause() external onlyRole(PAUSER_ROLE) {
        _pause();
    }

    /// @inheritdoc IEuroToken
    function unpause() external onlyRole(PAUSER_ROLE) {
        _unpause();
    }

    // ================================================================ compliance

    /// @inheritdoc IEuroToken
    function setAddressFrozen(address account, bool freeze) external onlyRole(COMPLIANCE_ROLE) {
        uint256 word = _accounts[account];
        _accounts[account] = freeze ? word | _ADDRESS_FROZEN : word & ~_ADDRESS_FROZEN;
        emit AddressFrozen(account, freeze, msg.sender);
    }

    /// @inheritdoc IEuroToken
    function freezePartialTokens(address account, uint256 amount) external onlyRole(COMPLIANCE_ROLE) {
        if (amount == 0) revert EURTZeroAmount();
        uint256 word = _accounts[account];
        uint256 spendable = _spendable(word);
        if (amount > spendable) revert ERC20InsufficientBalance(account, spendable, amount);
        // amount <= spendable, so frozen + amount <= balance - held: the frozen field cannot carry.
        unchecked {
            _accounts[account] = word + (amount << _FROZEN_SHIFT);
        }
        emit TokensFrozen(account, amount);
    }

    /// @inheritdoc IEuroToken
    function unfreezePartialTokens(address account, uint256 amount) external onlyRole(COMPLIANCE_ROLE) {
        if (amount == 0) revert EURTZeroAmount();
        uint256 word = _accounts[account];
        uint256 frozen = (word >> _FROZEN_SHIFT) & _AMOUNT_MASK;
        if (amount > frozen) revert EURTInsufficientFrozenTokens(account, frozen, amount);
        // amount <= frozen: the frozen field cannot borrow.
        unchecked {
            _accounts[account] = word - (amount << _FROZEN_SHIFT);
        }
        emit TokensUnfrozen(account, amount);
    }

    /// @inheritdoc IEuroToken
    function forcedTransfer(address from, address to, uint256 amount) external onlyRole(COMPLIANCE_ROLE) {
        if (to == address(0) || to == from) revert ERC20InvalidReceiver(to);
        if (amount == 0) revert EURTZeroAmount();
        uint256 word = _accounts[from];
        uint256 balance = word & _AMOUNT_MASK;
        uint256 held = (word >> _HELD_SHIFT) & _AMOUNT_MASK;
        uint256 frozen = (word >> _FROZEN_SHIFT) & _AMOUNT_MASK;
        uint256 available;
        uint256 free;
        // held + frozen <= balance (see the contract's invariant).
        unchecked {
            available = balance - held;
            free = available - frozen;
        }
        if (amount > available) revert ERC20InsufficientBalance(from, available, amount);
        uint256 unfrozen;
        if (amount > free) {
            // amount > free here, and amount - free <= available - free = frozen.
            unchecked {
                unfrozen = amount - free;
                word -= unfrozen << _FROZEN_SHIFT;
            }
        }
        // amount <= available <= balance: the balance field cannot borrow.
        unchecked {
            _accounts[from] = word - amount;
        }
        if (unfrozen != 0) emit TokensUnfrozen(from, unfrozen);

        uint256 toWord = _accounts[to];
        if ((toWord >> _VERIFIED_SHIFT) & _VERIFIED_MASK <= block.timestamp) revert EURTUnverifiedAccount(to);
        // A balance plus amount stays <= totalSupply <= 72-bit cap: the balance field cannot carry.
        unchecked {
            _accounts[to] = toWord + amount;
        }
        emit Transfer(from, to, amount);
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
        uint256 held = (_accounts[lostWallet] >> _HELD_SHIFT) & _AMOUNT_MASK;
        if (held != 0) revert EURTActiveHolds(lostWallet, held);

        // The registry moves the registration and pushes the eligibility of both wallets back to this token.
        _registry.recoverWallet(lostWallet, newWallet);

        uint256 lostWord = _accounts[lostWallet];
        uint256 movedMask = _AMOUNT_MASK | (_AMOUNT_MASK << _FROZEN_SHIFT) | _ADDRESS_FROZEN;
        uint256 moved = lostWord & movedMask;
        uint256 balance = lostWord & _AMOUNT_MASK;
        _accounts[lostWallet] = lostWord & ~movedMask;
        // Balances and frozen amounts add up to at most the supply (< 2**72): no field carries. The frozen
        // flag is OR-ed in, so adding `moved` without it first keeps bit 248 from carrying.
        unchecked {
            _accounts[newWallet] = (_accounts[newWallet] + (moved & ~_ADDRESS_FROZEN)) | (moved & _ADDRESS_FROZEN);
        }
        if (balance != 0) emit Transfer(lostWallet, newWallet, balance);
        emit RecoverySuccess(lostWallet, newWallet, identity);
    }

    // ================================================================ registry and admin

    /// @inheritdoc IEligibilityConsumer
    function updateEligibility(address account, uint256 verifiedUntil) external {
        if (msg.sender != address(_registry)) revert EURTUnauthorizedRegistry(msg.sender);
        uint256 until = verifiedUntil > _VERIFIED_MASK ? _VERIFIED_MASK : verifiedUntil;
        uint256 word = _accounts[account];
        _accounts[account] = (word & ~(_VERIFIED_MASK << _VERIFIED_SHIFT)) | (until << _VERIFIED_SHIFT);
        emit EligibilityUpdated(account, until);
    }

    /// @inheritdoc IEuroToken
    function rescueERC20(IERC20 token, address to, uint256 amount) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (address(token) == address(this)) revert EURTCannotRescueSelf();
        token.safeTransfer(to, amount);
        emit ERC20Rescued(address(token), to, amount);
    }

    // ================================================================ internal: balances

    /// @dev Moves `value` from `from` to `to` under the transfer rules (the caller checks the pause).
    function _move(address from, address to, uint256 value) private {
        if (to == address(0)) revert ERC20InvalidReceiver(address(0));
        uint256 fromWord = _accounts[from];
        _requireEligible(from, fromWord);
        uint256 spendable = _spendable(fromWord);
        if (value > spendable) revert ERC20InsufficientBalance(from, spendable, value);
        // value <= spendable <= balance: the balance field cannot borrow.
        unchecked {
            _accounts[from] = fromWord - value;
        }
        // Read after the write so that a transfer to oneself nets out.
        _credit(from, to, value);
    }

    /// @dev Adds `value` to the eligible `to` and emits the transfer from `from` (zero for a mint).
    function _credit(address from, address to, uint256 value) private {
        if (to == address(0)) revert ERC20InvalidReceiver(address(0));
        uint256 toWord = _accounts[to];
        _requireEligible(to, toWord);
        // balance + value <= totalSupply <= 72-bit cap (checked when minting): the balance field cannot carry.
        unchecked {
            _accounts[to] = toWord + value;
        }
        emit Transfer(from, to, value);
    }

    function _burn(address from, uint256 amount) private {
        if (amount == 0) revert EURTZeroAmount();
        uint256 word = _accounts[from];
        uint256 spendable = _spendable(word);
        if (amount > spendable) revert ERC20InsufficientBalance(from, spendable, amount);
        // amount <= spendable <= balance <= totalSupply: neither the field nor the supply can borrow.
        unchecked {
            _accounts[from] = word - amount;
            _totalSupply -= amount;
        }
        emit Transfer(from, address(0), amount);
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
        if (supply > _AMOUNT_MASK) revert EURTSupplyCapExceeded(supply, _AMOUNT_MASK);
        uint256 remaining;
        // amount <= allowance_ was checked above.
        unchecked {
            remaining = allowance_ - amount;
        }
        _minterAllowances[minter] = remaining;
        _totalSupply = supply;
        emit MintAllowanceUsed(minter, amount, remaining);
    }

    function _approve(address owner, address spender, uint256 value) private {
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

    function _setMaxAttestationAge(uint256 maxAge) private {
        if (maxAge > type(uint40).max) revert EURTValueTooLarge(maxAge, type(uint40).max);
        uint256 previous = _reserve.maxAge;
        _reserve.maxAge = uint40(maxAge);
        emit MaxAttestationAgeUpdated(previous, maxAge);
    }

    function _requireEligible(address account, uint256 word) private view {
        if (word & _ADDRESS_FROZEN != 0) revert EURTAddressFrozen(account);
        if ((word >> _VERIFIED_SHIFT) & _VERIFIED_MASK <= block.timestamp) revert EURTUnverifiedAccount(account);
    }

    function _spendable(uint256 word) private pure returns (uint256) {
        // held + frozen <= balance (see the contract's invariant).
        unchecked {
            return (word & _AMOUNT_MASK) - ((word >> _HELD_SHIFT) & _AMOUNT_MASK)
                - ((word >> _FROZEN_SHIFT) & _AMOUNT_MASK);
        }
    }

    // ================================================================ internal: holds

    function _createHold(
        address holder,
        bytes32 holdId,
        address notary,
        address payee,
        uint256 amount,
        uint256 expiresAt
    ) private {
        if (notary == address(0)) revert EURTInvalidNotary(notary);
        if (amount == 0) revert EURTZeroAmount();
        if (expiresAt <= block.timestamp || expiresAt > type(uint40).max) revert EURTInvalidHoldExpiry(expiresAt);
        HoldRecord storage record = _holds[holdId];
        if (record.status != HoldStatus.Nonexistent) revert EURTHoldExists(holdId);
        uint256 word = _accounts[holder];
        _requireEligible(holder, word);
        uint256 spendable = _spendable(word);
        if (amount > spendable) revert ERC20InsufficientBalance(holder, spendable, amount);
        // amount <= spendable, so held + amount <= balance - frozen: the held field cannot carry.
        unchecked {
            _accounts[holder] = word + (amount << _HELD_SHIFT);
        }
        record.holder = holder;
        record.expiresAt = uint40(expiresAt);
        record.status = HoldStatus.Ordered;
        record.notary = notary;
        record.amount = uint72(amount);
        if (payee != address(0)) record.payee = payee;
        emit HoldCreated(holdId, holder, notary, payee, amount, expiresAt);
    }

    function _requireActiveHold(bytes32 holdId, HoldRecord storage record)
        private
        view
        returns (address holder, uint256 expiresAt, address notary)
    {
        HoldStatus status = record.status;
        if (status != HoldStatus.Ordered) revert EURTHoldNotActive(holdId, status);
        return (record.holder, record.expiresAt, record.notary);
    }

    // ================================================================ internal: signatures

    /// @dev Marks the authorization `nonce` of `authorizer` used, reverting if it already was.
    function _useAuthorization(address authorizer, bytes32 nonce) private {
        mapping(uint256 => uint256) storage words = _usedAuthorizations[authorizer];
        uint256 index = uint256(nonce) >> 8;
        uint256 bit = 1 << (uint256(nonce) & 0xff);
        uint256 word = words[index];
        if (word & bit != 0) revert EURTAuthorizationUsed(authorizer, nonce);
        words[index] = word | bit;
        emit AuthorizationUsed(authorizer, nonce);
    }

    function _cancelAuthorization(address authorizer, bytes32 nonce) private {
        mapping(uint256 => uint256) storage words = _usedAuthorizations[authorizer];
        uint256 index = uint256(nonce) >> 8;
        uint256 bit = 1 << (uint256(nonce) & 0xff);
        uint256 word = words[index];
        if (word & bit != 0) revert EURTAuthorizationUsed(authorizer, nonce);
        words[index] = word | bit;
        emit AuthorizationCanceled(authorizer, nonce);
    }

    /// @dev Checks the validity window and returns the EIP-712 digest of a transfer or receive authorization.
    function _authorizationDigest(
        bytes32 typehash,
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce
    ) private view returns (bytes32) {
        if (block.timestamp <= validAfter) revert EURTAuthorizationNotYetValid(validAfter, block.timestamp);
        if (block.timestamp >= validBefore) revert EURTAuthorizationExpired(validBefore, block.timestamp);
        bytes32 structHash;
        // Hashes abi.encode(typehash, from, to, value, validAfter, validBefore, nonce) in scratch memory past
        // the free memory pointer, without allocating (a batch would otherwise grow memory per entry).
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, typehash)
            mstore(add(m, 0x20), from)
            mstore(add(m, 0x40), to)
            mstore(add(m, 0x60), value)
            mstore(add(m, 0x80), validAfter)
            mstore(add(m, 0xa0), validBefore)
            mstore(add(m, 0xc0), nonce)
            structHash := keccak256(m, 0xe0)
        }
        return _hashTypedDataV4(structHash);
    }

    function _cancelDigest(address authorizer, bytes32 nonce) private view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(CANCEL_AUTHORIZATION_TYPEHASH, authorizer, nonce)));
    }

    function _permitDigest(address owner, address spender, uint256 value, uint256 deadline)
        private
        returns (bytes32)
    {
        if (block.timestamp > deadline) revert ERC2612ExpiredSignature(deadline);
        return _hashTypedDataV4(
            keccak256(abi.encode(PERMIT_TYPEHASH, owner, spender, value, _useNonce(owner), deadline))
        );
    }

    function _holdDigest(
        address holder,
        bytes32 holdId,
        address notary,
        address payee,
        uint256 amount,
        uint256 expiresAt,
        uint256 deadline
    ) private view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(
                abi.encode(HOLD_WITH_AUTHORIZATION_TYPEHASH, holder, holdId, notary, payee, amount, expiresAt, deadline)
            )
        );
    }

    /// @dev Accepts an ECDSA signature of `signer` (tried first: it needs no account access), otherwise
    /// asks `signer` through ERC-1271 with the packed `r || s || v`.
    function _requireValidSignature(address signer, bytes32 digest, uint8 v, bytes32 r, bytes32 s) private view {
        (address recovered, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, v, r, s);
        if (err == ECDSA.RecoverError.NoError && recovered == signer) return;
        if (signer.code.length != 0 && SignatureChecker.isValidERC1271SignatureNow(signer, digest, abi.encodePacked(r, s, v))) {
            return;
        }
        revert EURTInvalidSignature(signer);
    }

    /// @dev As above, for a `bytes` signature: a 65-byte ECDSA signature of `signer`, or ERC-1271.
    function _requireValidSignature(address signer, bytes32 digest, bytes calldata signature) private view {
        (address recovered, ECDSA.RecoverError err,) = ECDSA.tryRecoverCalldata(digest, signature);
        if (err == ECDSA.RecoverError.NoError && recovered == signer) return;
        if (signer.code.length != 0 && SignatureChecker.isValidERC1271SignatureNowCalldata(signer, digest, signature)) {
            return;
        }
        revert EURTInvalidSignature(signer);
    }
}
