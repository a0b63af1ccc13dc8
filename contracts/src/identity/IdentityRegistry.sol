// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";
import {IClaimIssuer} from "../interfaces/IClaimIssuer.sol";
import {IEligibilityConsumer} from "../interfaces/IEligibilityConsumer.sol";
import {IIdentity} from "../interfaces/IIdentity.sol";
import {IIdentityFactory} from "../interfaces/IIdentityFactory.sol";
import {IIdentityRegistry} from "../interfaces/IIdentityRegistry.sol";
import {IERC734} from "../interfaces/IERC734.sol";
import {ScheduledUpgrades} from "../upgrades/ScheduledUpgrades.sol";

/// @title IdentityRegistry
/// @notice Wallet to identity registry answering ERC-3643's `isVerified`. See {IIdentityRegistry}.
/// @dev One word per wallet: identity (bits 0..159) | country (160..175) | verified until (176..215) | the
/// eligibility epoch it was computed in (216..247); a record of an older epoch is not verified.
/// Trusted issuers and the required claim topic live here (ERC-3643 splits them into separate
/// registries; one platform needs one topic and a few issuers).
/// Deployed behind an ERC-1967 proxy (UUPS, upgrades wait for the admin delay: {ScheduledUpgrades}); all of
/// its state is the ERC-7201 namespace {IdentityRegistryStorage}.
contract IdentityRegistry is IIdentityRegistry, ScheduledUpgrades {
    using EnumerableSet for EnumerableSet.AddressSet;

    /// @inheritdoc IIdentityRegistry
    bytes32 public constant AGENT_ROLE = keccak256("AGENT_ROLE");

    uint256 private constant _IDENTITY_MASK = type(uint160).max;
    uint256 private constant _COUNTRY_SHIFT = 160;
    uint256 private constant _VERIFIED_SHIFT = 176;
    uint256 private constant _VERIFIED_MASK = type(uint40).max;
    uint256 private constant _EPOCH_SHIFT = 216;
    uint256 private constant _ECDSA_SCHEME = 1;

    uint256 private constant _MANAGEMENT_KEY = 1;

    /// @dev Append only (see contracts/README.md, "Storage layout").
    /// @custom:storage-location erc7201:eurt.storage.IdentityRegistry
    struct IdentityRegistryStorage {
        IIdentityFactory factory;
        uint256 claimTopic;
        mapping(address wallet => uint256 record) records;
        EnumerableSet.AddressSet issuers;
        EnumerableSet.AddressSet tokens;
        uint32 epoch;
    }

    /// @dev keccak256(abi.encode(uint256(keccak256("eurt.storage.IdentityRegistry")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant IDENTITY_REGISTRY_STORAGE_LOCATION =
        0x45a4e5b32bceda668db2de43018941424e88b0dbd0865d811d358a6190dee400;

    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }

    /// @notice Sets up the proxy's state; callable once, by the proxy's deployment.
    /// @param admin Receives DEFAULT_ADMIN_ROLE (trusted issuers, bound tokens, roles, upgrades), transferred in
    /// two steps after `adminDelay` (OpenZeppelin AccessControlDefaultAdminRules).
    /// @param adminDelay Seconds an admin transfer or an upgrade waits before it takes effect.
    /// @param factory The identity factory {onboard} uses.
    /// @param topic The claim topic that verifies a wallet (1 = KYC).
    function initialize(address admin, uint48 adminDelay, IIdentityFactory factory, uint256 topic)
        external
        initializer
    {
        if (admin == address(0) || address(factory) == address(0)) revert RegistryInvalidAddress();
        __AccessControlDefaultAdminRules_init(adminDelay, admin);
        IdentityRegistryStorage storage $ = _getIdentityRegistryStorage();
        $.factory = factory;
        $.claimTopic = topic;
    }

    // ================================================================ views

    /// @inheritdoc IIdentityRegistry
    function claimTopic() external view returns (uint256) {
        IdentityRegistryStorage storage $ = _getIdentityRegistryStorage();
        return $.claimTopic;
    }

    /// @inheritdoc IIdentityRegistry
    function identityFactory() external view returns (IIdentityFactory) {
        IdentityRegistryStorage storage $ = _getIdentityRegistryStorage();
        return $.factory;
    }

    /// @inheritdoc IIdentityRegistry
    function isVerified(address wallet) external view returns (bool) {
        IdentityRegistryStorage storage $ = _getIdentityRegistryStorage();
        uint256 record = $.records[wallet];
        return (record >> _VERIFIED_SHIFT) & _VERIFIED_MASK > block.timestamp && record >> _EPOCH_SHIFT == $.epoch;
    }

    /// @inheritdoc IIdentityRegistry
    function verifiedUntil(address wallet) external view returns (uint256) {
        IdentityRegistryStorage storage $ = _getIdentityRegistryStorage();
        uint256 record = $.records[wallet];
        return record >> _EPOCH_SHIFT == $.epoch ? (record >> _VERIFIED_SHIFT) & _VERIFIED_MASK : 0;
    }

    /// @inheritdoc IIdentityRegistry
    function eligibilityEpoch() external view returns (uint256) {
        IdentityRegistryStorage storage $ = _getIdentityRegistryStorage();
        return $.epoch;
    }

    /// @inheritdoc IIdentityRegistry
    function identity(address wallet) external view returns (IIdentity) {
        IdentityRegistryStorage storage $ = _getIdentityRegistryStorage();
        return IIdentity(address(uint160($.records[wallet])));
    }

    /// @inheritdoc IIdentityRegistry
    function investorCountry(address wallet) external view returns (uint16) {
        IdentityRegistryStorage storage $ = _getIdentityRegistryStorage();
        return uint16($.records[wallet] >> _COUNTRY_SHIFT);
    }

    /// @inheritdoc IIdentityRegistry
    function contains(address wallet) external view returns (bool) {
        IdentityRegistryStorage storage $ = _getIdentityRegistryStorage();
        return $.records[wallet] != 0;
    }

    /// @inheritdoc IIdentityRegistry
    function trustedIssuers() external view returns (address[] memory) {
        IdentityRegistryStorage storage $ = _getIdentityRegistryStorage();
        return $.issuers.values();
    }

    /// @inheritdoc IIdentityRegistry
    function boundTokens() external view returns (address[] memory) {
        IdentityRegistryStorage storage $ = _getIdentityRegistryStorage();
        return $.tokens.values();
    }

    /// @inheritdoc IIdentityRegistry
    function predictIdentity(address managementKey, bytes32 salt) external view returns (address) {
        IdentityRegistryStorage storage $ = _getIdentityRegistryStorage();
        return $.factory.predictIdentity(address(this), managementKey, salt);
    }

    // ================================================================ agent actions

    /// @inheritdoc IIdentityRegistry
    function onboard(
        address wallet,
        address managementKey,
        bytes32 salt,
        uint16 country,
        IClaimIssuer issuer,
        bytes calldata signature,
        bytes calldata data
    ) external onlyRole(AGENT_ROLE) returns (IIdentity identity_) {
        identity_ = _onboard(wallet, managementKey, salt, country, issuer, signature, data);
    }

    /// @inheritdoc IIdentityRegistry
    function onboardBatch(OnboardingInput[] calldata inputs)
        external
        onlyRole(AGENT_ROLE)
        returns (IIdentity[] memory identities)
    {
        // Atomic on purpose: a bad entry reverts the whole batch, so every customer is either onboarded
        // by this transaction or not touched; the platform simulates first and sends the good entries.
        uint256 count = inputs.length;
        identities = new IIdentity[](count);
        for (uint256 i = 0; i < count; ++i) {
            OnboardingInput calldata input = inputs[i];
            identities[i] = _onboard(
                input.wallet,
                input.managementKey,
                input.salt,
                input.country,
                input.issuer,
                input.signature,
                input.data
            );
        }
    }

    /// @inheritdoc IIdentityRegistry
    function registerIdentity(address wallet, IIdentity identity_, uint16 country) external onlyRole(AGENT_ROLE) {
        _register(wallet, identity_, country);
    }

    /// @inheritdoc IIdentityRegistry
    function deleteIdentity(address wallet) external onlyRole(AGENT_ROLE) {
        IdentityRegistryStorage storage $ = _getIdentityRegistryStorage();
        uint256 record = _requireRegistered(wallet);
        delete $.records[wallet];
        emit IdentityRemoved(wallet, IIdentity(address(uint160(record))));
        _setVerifiedUntil(wallet, 0, 0);
    }

    /// @inheritdoc IIdentityRegistry
    function updateIdentity(address wallet, IIdentity newIdentity) external onlyRole(AGENT_ROLE) {
        IdentityRegistryStorage storage $ = _getIdentityRegistryStorage();
        if (address(newIdentity) == address(0)) revert RegistryInvalidAddress();
        uint256 record = _requireRegistered(wallet);
        uint256 updated = (record & ~_IDENTITY_MASK) | uint160(address(newIdentity));
        $.records[wallet] = updated;
        emit IdentityUpdated(wallet, IIdentity(address(uint160(record))), newIdentity);
        _sync(wallet, updated);
    }

    /// @inheritdoc IIdentityRegistry
    function updateCountry(address wallet, uint16 country) external onlyRole(AGENT_ROLE) {
        IdentityRegistryStorage storage $ = _getIdentityRegistryStorage();
        uint256 record = _requireRegistered(wallet);
        $.records[wallet] = (record & ~(uint256(type(uint16).max) << _COUNTRY_SHIFT)) | (uint256(country) << _COUNTRY_SHIFT);
        emit CountryUpdated(wallet, country);
    }

    /// @inheritdoc IIdentityRegistry
    function refresh(address wallet) external returns (uint256) {
        return _sync(wallet, _requireRegistered(wallet));
    }

    /// @inheritdoc IIdentityRegistry
    function refreshBatch(address[] calldata wallets) external {
        IdentityRegistryStorage storage $ = _getIdentityRegistryStorage();
        uint256 count = wallets.length;
        for (uint256 i; i < count; ++i) {
            uint256 record = $.records[wallets[i]];
            if (record == 0) emit RefreshSkipped(wallets[i]);
            else _sync(wallets[i], record);
        }
    }

    /// @inheritdoc IIdentityRegistry
    function invalidateEligibility() external {
        IdentityRegistryStorage storage $ = _getIdentityRegistryStorage();
        if (!hasRole(AGENT_ROLE, msg.sender) && !$.issuers.contains(msg.sender)) revert RegistryUnauthorized(msg.sender);
        _invalidate();
    }

    /// @inheritdoc IIdentityRegistry
    function recoverWallet(address lostWallet, address newWallet) external {
        IdentityRegistryStorage storage $ = _getIdentityRegistryStorage();
        if (newWallet == address(0)) revert RegistryInvalidAddress();
        uint256 record = _requireRegistered(lostWallet);
        IIdentity identity_ = IIdentity(address(uint160(record)));
        if (!hasRole(AGENT_ROLE, msg.sender)) {
            // A bound token may only move a wallet to one of the owner's own management keys, the rule its own
            // recovery enforces: a token bound for its eligibility is not an agent over every wallet.
            if (!$.tokens.contains(msg.sender)) revert RegistryUnauthorized(msg.sender);
            if (!_isManagementKey(identity_, newWallet)) revert RegistryUnauthorized(msg.sender);
        }
        if ($.records[newWallet] != 0) revert RegistryWalletAlreadyRegistered(newWallet);
        delete $.records[lostWallet];
        $.records[newWallet] = record;
        emit IdentityRemoved(lostWallet, identity_);
        emit IdentityRegistered(newWallet, identity_);
        emit WalletRecovered(lostWallet, newWallet, identity_);
        uint256 until = record >> _EPOCH_SHIFT == $.epoch ? (record >> _VERIFIED_SHIFT) & _VERIFIED_MASK : 0;
        _setVerifiedUntil(lostWallet, 0, 0);
        _setVerifiedUntil(newWallet, record, until);
    }

    // ================================================================ admin

    /// @inheritdoc IIdentityRegistry
    function addTrustedIssuer(IClaimIssuer issuer) external onlyRole(DEFAULT_ADMIN_ROLE) {
        IdentityRegistryStorage storage $ = _getIdentityRegistryStorage();
        if (address(issuer) == address(0)) revert RegistryInvalidAddress();
        if (!$.issuers.add(address(issuer))) revert RegistryAlreadyListed(address(issuer));
        emit TrustedIssuerAdded(issuer);
    }

    /// @inheritdoc IIdentityRegistry
    function removeTrustedIssuer(IClaimIssuer issuer) external onlyRole(DEFAULT_ADMIN_ROLE) {
        IdentityRegistryStorage storage $ = _getIdentityRegistryStorage();
        if (!$.issuers.remove(address(issuer))) revert RegistryNotListed(address(issuer));
        emit TrustedIssuerRemoved(issuer);
        _invalidate();
    }

    /// @inheritdoc IIdentityRegistry
    function bindToken(address token) external onlyRole(DEFAULT_ADMIN_ROLE) {
        IdentityRegistryStorage storage $ = _getIdentityRegistryStorage();
        if (token == address(0)) revert RegistryInvalidAddress();
        if (!$.tokens.add(token)) revert RegistryAlreadyListed(token);
        emit TokenBound(token);
    }

    /// @inheritdoc IIdentityRegistry
    function unbindToken(address token) external onlyRole(DEFAULT_ADMIN_ROLE) {
        IdentityRegistryStorage storage $ = _getIdentityRegistryStorage();
        if (!$.tokens.remove(token)) revert RegistryNotListed(token);
        emit TokenUnbound(token);
        // The token no longer hears of deletions and revocations: nothing it cached may stay valid.
        try IEligibilityConsumer(token).invalidateEligibility() {}
        catch {
            emit EligibilityPushFailed(token, address(0));
        }
    }

    // ================================================================ internal

    function _onboard(
        address wallet,
        address managementKey,
        bytes32 salt,
        uint16 country,
        IClaimIssuer issuer,
        bytes calldata signature,
        bytes calldata data
    ) private returns (IIdentity identity_) {
        IdentityRegistryStorage storage $ = _getIdentityRegistryStorage();
        IIdentity.ClaimInput[] memory claims = new IIdentity.ClaimInput[](1);
        claims[0] = IIdentity.ClaimInput({
            topic: $.claimTopic,
            scheme: _ECDSA_SCHEME,
            issuer: address(issuer),
            signature: signature,
            data: data,
            uri: ""
        });
        identity_ = $.factory.createIdentity(managementKey, salt, claims);
        _register(wallet, identity_, country);
    }

    function _register(address wallet, IIdentity identity_, uint16 country) private {
        IdentityRegistryStorage storage $ = _getIdentityRegistryStorage();
        if (wallet == address(0) || address(identity_) == address(0)) revert RegistryInvalidAddress();
        if ($.records[wallet] != 0) revert RegistryWalletAlreadyRegistered(wallet);
        uint256 record = uint256(uint160(address(identity_))) | (uint256(country) << _COUNTRY_SHIFT);
        $.records[wallet] = record;
        emit IdentityRegistered(wallet, identity_);
        _sync(wallet, record);
    }

    function _requireRegistered(address wallet) private view returns (uint256 record) {
        IdentityRegistryStorage storage $ = _getIdentityRegistryStorage();
        record = $.records[wallet];
        if (record == 0) revert RegistryWalletNotRegistered(wallet);
    }

    /// @dev Bumps the epoch: every record and every bound token's cached eligibility is stale until refreshed.
    function _invalidate() private {
        IdentityRegistryStorage storage $ = _getIdentityRegistryStorage();
        uint32 epoch = ++$.epoch;
        emit EligibilityInvalidated(epoch);
        uint256 count = $.tokens.length();
        for (uint256 i; i < count; ++i) {
            address token = $.tokens.at(i);
            try IEligibilityConsumer(token).invalidateEligibility() {}
            catch {
                emit EligibilityPushFailed(token, address(0));
            }
        }
    }

    /// @dev Re-evaluates the claims of `wallet`'s identity and stores and pushes the result.
    function _sync(address wallet, uint256 record) private returns (uint256 until) {
        until = _evaluate(IIdentity(address(uint160(record))));
        _setVerifiedUntil(wallet, record, until);
    }

    /// @dev Stores `until` in `wallet`'s record (unless the wallet is unregistered, `record == 0`) and pushes
    /// it to every bound token.
    function _setVerifiedUntil(address wallet, uint256 record, uint256 until) private {
        IdentityRegistryStorage storage $ = _getIdentityRegistryStorage();
        if (record != 0) {
            $.records[wallet] =
                (record & ((1 << _VERIFIED_SHIFT) - 1)) | (until << _VERIFIED_SHIFT) | (uint256($.epoch) << _EPOCH_SHIFT);
        }
        emit VerificationUpdated(wallet, until);
        uint256 count = $.tokens.length();
        for (uint256 i; i < count; ++i) {
            // One misbehaving token must not block the registry's writes for every other one.
            address token = $.tokens.at(i);
            try IEligibilityConsumer(token).updateEligibility(wallet, until) {}
            catch {
                emit EligibilityPushFailed(token, wallet);
            }
        }
    }

    /// @dev The latest expiry among the identity's valid claims about the topic from trusted issuers that are
    /// bound to this registry; 0 when there is none. Misbehaving identities or issuers count as no claim.
    function _evaluate(IIdentity identity_) private view returns (uint256 best) {
        IdentityRegistryStorage storage $ = _getIdentityRegistryStorage();
        // try/catch does not catch a call to an address without code (the return data fails to decode).
        if (address(identity_).code.length == 0) return 0;
        uint256 topic = $.claimTopic;
        uint256 count = $.issuers.length();
        for (uint256 i; i < count; ++i) {
            uint256 expiresAt = _claimExpiry(identity_, $.issuers.at(i), topic);
            if (expiresAt > best) best = expiresAt;
        }
        // The record keeps 40 bits of expiry (year 36812); later expiries are capped.
        if (best > type(uint40).max) best = type(uint40).max;
    }

    /// @dev The expiry of `issuer`'s claim about `topic` on `identity_` if it is valid, bound to this registry
    /// and unexpired; 0 otherwise.
    function _claimExpiry(IIdentity identity_, address issuer, uint256 topic) private view returns (uint256) {
        bytes32 claimId = keccak256(abi.encode(issuer, topic));
        try identity_.getClaim(claimId) returns (
            uint256 claimTopic_, uint256, address claimIssuer, bytes memory signature, bytes memory data, string memory
        ) {
            if (claimIssuer != issuer || claimTopic_ != topic || data.length != 96) return 0;
            (address registry, uint256 expiresAt) = _decodeClaimData(data);
            if (registry != address(this) || expiresAt <= block.timestamp) return 0;
            if (issuer.code.length == 0) return 0;
            try IClaimIssuer(issuer).isClaimValid(identity_, topic, signature, data) returns (bool valid) {
                return valid ? expiresAt : 0;
            } catch {
                return 0;
            }
        } catch {
            return 0;
        }
    }

    function _decodeClaimData(bytes memory data) private pure returns (address registry, uint256 expiresAt) {
        uint256 registryWord;
        // data is 96 bytes: registry word at 0x20, expiry at 0x40 (after the length word).
        assembly ("memory-safe") {
            registryWord := mload(add(data, 0x20))
            expiresAt := mload(add(data, 0x40))
        }
        if (registryWord >> 160 != 0) return (address(0), 0);
        registry = address(uint160(registryWord));
    }

    function _isManagementKey(IIdentity identity_, address wallet) private view returns (bool) {
        if (address(identity_).code.length == 0) return false;
        try IERC734(address(identity_)).keyHasPurpose(keccak256(abi.encode(wallet)), _MANAGEMENT_KEY) returns (
            bool isKey
        ) {
            return isKey;
        } catch {
            return false;
        }
    }

    function _getIdentityRegistryStorage() private pure returns (IdentityRegistryStorage storage $) {
        assembly ("memory-safe") {
            $.slot := IDENTITY_REGISTRY_STORAGE_LOCATION
        }
    }
}
