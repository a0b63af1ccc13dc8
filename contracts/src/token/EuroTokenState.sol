// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AccessControlDefaultAdminRulesUpgradeable} from "@openzeppelin/contracts-upgradeable/access/extensions/AccessControlDefaultAdminRulesUpgradeable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IEligibilityConsumer} from "../interfaces/IEligibilityConsumer.sol";
import {IEuroToken} from "../interfaces/IEuroToken.sol";
import {IHoldable} from "../interfaces/IHoldable.sol";
import {IIdentityRegistry} from "../interfaces/IIdentityRegistry.sol";
import {AccountWord} from "./AccountWord.sol";

/// @title EuroTokenState
/// @notice The token's storage (one ERC-7201 namespace) and the internal rules every part of it shares: the
/// balance choke point, the eligibility and pause checks, the account carrying a recovered wallet's holds.
/// @dev Shared by the token's implementation ({EuroToken}) and its compliance module
/// ({EuroTokenComplianceModule}), which the implementation reaches by delegatecall: both run on the proxy's
/// storage, so both must see exactly this layout. Errors and events are those of {IEuroToken}, named in full
/// because the module does not implement the interface.
abstract contract EuroTokenState is AccessControlDefaultAdminRulesUpgradeable {
    using AccountWord for uint256;

    /// @dev The role ids ({IEuroToken} exposes them as MINTER_ROLE() and so on).
    bytes32 internal constant _MINTER_ROLE = keccak256("MINTER_ROLE");
    bytes32 internal constant _BURNER_ROLE = keccak256("BURNER_ROLE");
    bytes32 internal constant _PAUSER_ROLE = keccak256("PAUSER_ROLE");
    bytes32 internal constant _COMPLIANCE_ROLE = keccak256("COMPLIANCE_ROLE");
    bytes32 internal constant _RESERVE_ATTESTER_ROLE = keccak256("RESERVE_ATTESTER_ROLE");
    /// @dev Longest a reserve attestation may stay fresh enough to mint against.
    uint256 internal constant _MAX_ATTESTATION_AGE_LIMIT = 7 days;

    /// @dev Storage of one hold: three slots, the payee slot stays empty for burning holds.
    struct HoldRecord {
        address holder;
        uint40 expiresAt;
        IHoldable.HoldStatus status;
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

    /// @dev Every field of the token. Append only: a new version adds fields at the end and never moves,
    /// retypes or removes one (the layout test compares the slots with contracts/test/layout/EuroToken.json).
    /// @custom:storage-location erc7201:eurt.storage.EuroToken
    struct EuroTokenStorage {
        IIdentityRegistry registry;
        mapping(address account => uint256 word) accounts;
        mapping(address owner => mapping(address spender => uint256)) allowances;
        mapping(address authorizer => mapping(uint256 wordIndex => uint256 bits)) usedAuthorizations;
        mapping(address minter => uint256) minterAllowances;
        mapping(address holder => mapping(bytes32 holdId => HoldRecord)) holds;
        uint256 totalSupply;
        ReserveState reserve;
        mapping(address minter => PendingChange) pendingMinterAllowances;
        PendingChange pendingMaxAttestationAge;
        /// @dev A wallet recovered while it had active holds -> the wallet that now carries them.
        mapping(address lostWallet => address) recoveredTo;
        Control control;
    }

    /// @dev keccak256(abi.encode(uint256(keccak256("eurt.storage.EuroToken")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant EURO_TOKEN_STORAGE_LOCATION =
        0xd0f883629ea385f5d3ce231d141236aac7d6ec51321fbd6d74e08527e1f04a00;

    function _getEuroTokenStorage() internal pure returns (EuroTokenStorage storage $) {
        assembly ("memory-safe") {
            $.slot := EURO_TOKEN_STORAGE_LOCATION
        }
    }

    /// @dev Every balance change goes through here. `from` is zero for a mint (the mint-capacity check has
    /// already raised the supply); otherwise the caller has applied its own debit rule (spendable, held or
    /// frozen tokens) and passes `fromWord`, the sender's word after the debit. `to` is zero for a burn (the
    /// supply falls); otherwise it is credited if it is eligible, or, for a `compliance` action, if it is
    /// at least verified. Emits the ERC-20 Transfer.
    function _update(address from, uint256 fromWord, address to, uint256 value, bool compliance) internal {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        if (from != address(0)) $.accounts[from] = fromWord;
        if (to == address(0)) {
            // value was part of from's balance, which is <= totalSupply: the supply cannot borrow.
            unchecked {
                $.totalSupply -= value;
            }
        } else {
            // Read after the debit so that a transfer to oneself nets out.
            uint256 toWord = $.accounts[to];
            if (compliance) {
                if (toWord.isAddressFrozen()) revert IEuroToken.EURTAddressFrozen(to);
                if (!toWord.isVerified($.control.eligibilityEpoch)) revert IEuroToken.EURTUnverifiedAccount(to);
            } else {
                _requireEligible(to, toWord);
            }
            // balance + value <= totalSupply <= 72-bit cap (checked when minting): the field cannot carry.
            unchecked {
                $.accounts[to] = toWord + value;
            }
        }
        emit IERC20.Transfer(from, to, value);
    }

    /// @dev The account that carries `holder`'s held tokens, and its word: `holder` itself unless it was
    /// recovered while holding (then the wallet it was recovered to, following later recoveries too).
    function _holdAccount(address holder) internal view returns (address account, uint256 word) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        account = holder;
        word = $.accounts[account];
        while (word & AccountWord.RECOVERED != 0) {
            account = $.recoveredTo[account];
            word = $.accounts[account];
        }
    }

    function _requireEligible(address account, uint256 word) internal view {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        _requireEligible(account, word, $.control.eligibilityEpoch);
    }

    function _requireEligible(address account, uint256 word, uint256 epoch) internal view {
        if (word.isAddressFrozen()) revert IEuroToken.EURTAddressFrozen(account);
        if (!word.isVerified(epoch)) revert IEuroToken.EURTUnverifiedAccount(account);
    }

    /// @dev Reverts while paused; returns the eligibility epoch read from the same slot, for the hot paths.
    function _requireNotPaused() internal view returns (uint256 epoch) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        Control memory control = $.control;
        if (control.paused) revert IEuroToken.EnforcedPause();
        return control.eligibilityEpoch;
    }

    function _configureMinter(address minter, uint256 allowance_) internal {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        _grantRole(_MINTER_ROLE, minter);
        $.minterAllowances[minter] = allowance_;
        emit IEuroToken.MinterConfigured(minter, allowance_);
    }

    function _setMaxAttestationAge(uint256 maxAge) internal {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        if (maxAge > _MAX_ATTESTATION_AGE_LIMIT) revert IEuroToken.EURTValueTooLarge(maxAge, _MAX_ATTESTATION_AGE_LIMIT);
        uint256 previous = $.reserve.maxAge;
        $.reserve.maxAge = uint40(maxAge);
        emit IEuroToken.MaxAttestationAgeUpdated(previous, maxAge);
    }

    function _bumpEpoch() internal {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        uint256 epoch;
        // An epoch never reaches 2**30 (one bump per revocation), so it cannot wrap in the word's 30 bits.
        unchecked {
            epoch = ($.control.eligibilityEpoch + 1) & AccountWord.EPOCH_MASK;
        }
        $.control.eligibilityEpoch = uint32(epoch);
        emit IEligibilityConsumer.EligibilityInvalidated(epoch);
    }

    /// @dev Revoking the minter role (by removeMinter, revokeRole or renounceRole) also drops the allowance and
    /// any scheduled configuration, so a later grant cannot revive them.
    function _revokeRole(bytes32 role, address account) internal virtual override returns (bool revoked) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        revoked = super._revokeRole(role, account);
        if (role == _MINTER_ROLE) {
            delete $.minterAllowances[account];
            delete $.pendingMinterAllowances[account];
        }
    }
}
