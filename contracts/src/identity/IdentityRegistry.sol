// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";
import {IClaimIssuer} from "../interfaces/IClaimIssuer.sol";
import {IEligibilityConsumer} from "../interfaces/IEligibilityConsumer.sol";
import {IIdentity} from "../interfaces/IIdentity.sol";
import {IIdentityFactory} from "../interfaces/IIdentityFactory.sol";
import {IIdentityRegistry} from "../interfaces/IIdentityRegistry.sol";

/// @title IdentityRegistry
/// @notice Wallet to identity registry answering ERC-3643's `isVerified`. See {IIdentityRegistry}.
/// @dev One word per wallet: identity (bits 0..159) | country (160..175) | verified until (176..215) | the
/// eligibility epoch it was computed in (216..247); a record of an older epoch is not verified.
/// Trusted issuers and the required claim topic live here (ERC-3643 splits them into separate
/// registries; one platform needs one topic and a few issuers).
contract IdentityRegistry is IIdentityRegistry, AccessControl {
    using EnumerableSet for EnumerableSet.AddressSet;

    /// @inheritdoc IIdentityRegistry
    bytes32 public constant AGENT_ROLE = keccak256("AGENT_ROLE");

    uint256 private constant _IDENTITY_MASK = type(uint160).max;
    uint256 private constant _COUNTRY_SHIFT = 160;
    uint256 private constant _VERIFIED_SHIFT = 176;
    uint256 private constant _VERIFIED_MASK = type(uint40).max;
    uint256 private constant _EPOCH_SHIFT = 216;
    uint256 private constant _ECDSA_SCHEME = 1;

    IIdentityFactory private immutable _factory;
    uint256 private immutable _claimTopic;

    mapping(address wallet => uint256 record) private _records;
    EnumerableSet.AddressSet private _issuers;
    EnumerableSet.AddressSet private _tokens;
    uint32 private _epoch;

    /// @param admin Receives DEFAULT_ADMIN_ROLE (trusted issuers, bound tokens, roles).
    /// @param factory The identity factory {onboard} uses.
    /// @param topic The claim topic that verifies a wallet (1 = KYC).
    constructor(address admin, IIdentityFactory factory, uint256 topic) {
        if (admin == address(0) || address(factory) == address(0)) revert RegistryInvalidAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _factory = factory;
        _claimTopic = topic;
    }

    // ================================================================ views

    /// @inheritdoc IIdentityRegistry
    function claimTopic() external view returns (uint256) {
        return _claimTopic;
    }

    /// @inheritdoc IIdentityRegistry
    function identityFactory() external view returns (IIdentityFactory) {
        return _factory;
    }

    /// @inheritdoc IIdentityRegistry
    function isVerified(address wallet) external view returns (bool) {
        uint256 record = _records[wallet];
        return (record >> _VERIFIED_SHIFT) & _VERIFIED_MASK > block.timestamp && record >> _EPOCH_SHIFT == _epoch;
    }

    /// @inheritdoc IIdentityRegistry
    function verifiedUntil(address wallet) external view returns (uint256) {
        uint256 record = _records[wallet];
        return record >> _EPOCH_SHIFT == _epoch ? (record >> _VERIFIED_SHIFT) & _VERIFIED_MASK : 0;
    }

    /// @inheritdoc IIdentityRegistry
    function eligibilityEpoch() external view returns (uint256) {
        return _epoch;
    }

    /// @inheritdoc IIdentityRegistry
    function identity(address wallet) external view returns (IIdentity) {
        return IIdentity(address(uint160(_records[wallet])));
    }

    /// @inheritdoc IIdentityRegistry
    function investorCountry(address wallet) external view returns (uint16) {
        return uint16(_records[wallet] >> _COUNTRY_SHIFT);
    }

    /// @inheritdoc IIdentityRegistry
    function contains(address wallet) external view returns (bool) {
        return _records[wallet] != 0;
    }

    /// @inheritdoc IIdentityRegistry
    function trustedIssuers() external view returns (address[] memory) {
        return _issuers.values();
    }

    /// @inheritdoc IIdentityRegistry
    function boundTokens() external view returns (address[] memory) {
        return _tokens.values();
    }

    /// @inheritdoc IIdentityRegistry
    function predictIdentity(address managementKey, bytes32 salt) external view returns (address) {
        return _factory.predictIdentity(address(this), managementKey, salt);
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
        IIdentity.ClaimInput[] memory claims = new IIdentity.ClaimInput[](1);
        claims[0] = IIdentity.ClaimInput({
            topic: _claimTopic,
            scheme: _ECDSA_SCHEME,
            issuer: address(issuer),
            signature: signature,
            data: data,
            uri: ""
        });
        identity_ = _factory.createIdentity(managementKey, salt, claims);
        _register(wallet, identity_, country);
    }

    /// @inheritdoc IIdentityRegistry
    function registerIdentity(address wallet, IIdentity identity_, uint16 country) external onlyRole(AGENT_ROLE) {
        _register(wallet, identity_, country);
    }

    /// @inheritdoc IIdentityRegistry
    function deleteIdentity(address wallet) external onlyRole(AGENT_ROLE) {
        uint256 record = _requireRegistered(wallet);
        delete _records[wallet];
        emit IdentityRemoved(wallet, IIdentity(address(uint160(record))));
        _setVerifiedUntil(wallet, 0, 0);
    }

    /// @inheritdoc IIdentityRegistry
    function updateIdentity(address wallet, IIdentity newIdentity) external onlyRole(AGENT_ROLE) {
        if (address(newIdentity) == address(0)) revert RegistryInvalidAddress();
        uint256 record = _requireRegistered(wallet);
        uint256 updated = (record & ~_IDENTITY_MASK) | uint160(address(newIdentity));
        _records[wallet] = updated;
        emit IdentityUpdated(wallet, IIdentity(address(uint160(record))), newIdentity);
        _sync(wallet, updated);
    }

    /// @inheritdoc IIdentityRegistry
    function updateCountry(address wallet, uint16 country) external onlyRole(AGENT_ROLE) {
        uint256 record = _requireRegistered(wallet);
        _records[wallet] = (record & ~(uint256(type(uint16).max) << _COUNTRY_SHIFT)) | (uint256(country) << _COUNTRY_SHIFT);
        emit CountryUpdated(wallet, country);
    }

    /// @inheritdoc IIdentityRegistry
    function refresh(address wallet) external returns (uint256) {
        return _sync(wallet, _requireRegistered(wallet));
    }

    /// @inheritdoc IIdentityRegistry
    function refreshBatch(address[] calldata wallets) external {
        uint256 count = wallets.length;
        for (uint256 i; i < count; ++i) {
            uint256 record = _records[wallets[i]];
            if (record == 0) emit RefreshSkipped(wallets[i]);
            else _sync(wallets[i], record);
        }
    }

    /// @inheritdoc IIdentityRegistry
    function invalidateEligibility() external {
        if (!hasRole(AGENT_ROLE, msg.sender) && !_issuers.contains(msg.sender)) revert RegistryUnauthorized(msg.sender);
        _invalidate();
    }

    /// @inheritdoc IIdentityRegistry
    function recoverWallet(address lostWallet, address newWallet) external {
        if (!hasRole(AGENT_ROLE, msg.sender) && !_tokens.contains(msg.sender)) revert RegistryUnauthorized(msg.sender);
        if (newWallet == address(0)) revert RegistryInvalidAddress();
        uint256 record = _requireRegistered(lostWallet);
        if (_records[newWallet] != 0) revert RegistryWalletAlreadyRegistered(newWallet);
        IIdentity identity_ = IIdentity(address(uint160(record)));
        delete _records[lostWallet];
        _records[newWallet] = record;
        emit IdentityRemoved(lostWallet, identity_);
        emit IdentityRegistered(newWallet, identity_);
        emit WalletRecovered(lostWallet, newWallet, identity_);
        uint256 until = record >> _EPOCH_SHIFT == _epoch ? (record >> _VERIFIED_SHIFT) & _VERIFIED_MASK : 0;
        _setVerifiedUntil(lostWallet, 0, 0);
        _setVerifiedUntil(newWallet, record, until);
    }

    // ================================================================ admin

    /// @inheritdoc IIdentityRegistry
    function addTrustedIssuer(IClaimIssuer issuer) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (address(issuer) == address(0)) revert RegistryInvalidAddress();
        if (!_issuers.add(address(issuer))) revert RegistryAlreadyListed(address(issuer));
        emit TrustedIssuerAdded(issuer);
    }

    /// @inheritdoc IIdentityRegistry
    function removeTrustedIssuer(IClaimIssuer issuer) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (!_issuers.remove(address(issuer))) revert RegistryNotListed(address(issuer));
        emit TrustedIssuerRemoved(issuer);
        _invalidate();
    }

    /// @inheritdoc IIdentityRegistry
    function bindToken(address token) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (token == address(0)) revert RegistryInvalidAddress();
        if (!_tokens.add(token)) revert RegistryAlreadyListed(token);
        emit TokenBound(token);
    }

    /// @inheritdoc IIdentityRegistry
    function unbindToken(address token) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (!_tokens.remove(token)) revert RegistryNotListed(token);
        emit TokenUnbound(token);
        // The token no longer hears of deletions and revocations: nothing it cached may stay valid.
        try IEligibilityConsumer(token).invalidateEligibility() {}
        catch {
            emit EligibilityPushFailed(token, address(0));
        }
    }

    // ================================================================ internal

    function _register(address wallet, IIdentity identity_, uint16 country) private {
        if (wallet == address(0) || address(identity_) == address(0)) revert RegistryInvalidAddress();
        if (_records[wallet] != 0) revert RegistryWalletAlreadyRegistered(wallet);
        uint256 record = uint256(uint160(address(identity_))) | (uint256(country) << _COUNTRY_SHIFT);
        _records[wallet] = record;
        emit IdentityRegistered(wallet, identity_);
        _sync(wallet, record);
    }

    function _requireRegistered(address wallet) private view returns (uint256 record) {
        record = _records[wallet];
        if (record == 0) revert RegistryWalletNotRegistered(wallet);
    }

    /// @dev Bumps the epoch: every record and every bound token's cached eligibility is stale until refreshed.
    function _invalidate() private {
        uint32 epoch = ++_epoch;
        emit EligibilityInvalidated(epoch);
        uint256 count = _tokens.length();
        for (uint256 i; i < count; ++i) {
            address token = _tokens.at(i);
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
        if (record != 0) {
            _records[wallet] =
                (record & ((1 << _VERIFIED_SHIFT) - 1)) | (until << _VERIFIED_SHIFT) | (uint256(_epoch) << _EPOCH_SHIFT);
        }
        emit VerificationUpdated(wallet, until);
        uint256 count = _tokens.length();
        for (uint256 i; i < count; ++i) {
            // One misbehaving token must not block the registry's writes for every other one.
            address token = _tokens.at(i);
            try IEligibilityConsumer(token).updateEligibility(wallet, until) {}
            catch {
                emit EligibilityPushFailed(token, wallet);
            }
        }
    }

    /// @dev The latest expiry among the identity's valid claims about the topic from trusted issuers that are
    /// bound to this registry; 0 when there is none. Misbehaving identities or issuers count as no claim.
    function _evaluate(IIdentity identity_) private view returns (uint256 best) {
        // try/catch does not catch a call to an address without code (the return data fails to decode).
        if (address(identity_).code.length == 0) return 0;
        uint256 count = _issuers.length();
        for (uint256 i; i < count; ++i) {
            address issuer = _issuers.at(i);
            bytes32 claimId = keccak256(abi.encode(issuer, _claimTopic));
            try identity_.getClaim(claimId) returns (
                uint256 topic, uint256, address claimIssuer, bytes memory signature, bytes memory data, string memory
            ) {
                if (claimIssuer != issuer || topic != _claimTopic || data.length != 96) continue;
                (address registry, uint256 expiresAt) = _decodeClaimData(data);
                if (registry != address(this) || expiresAt <= block.timestamp || expiresAt <= best) continue;
                if (issuer.code.length == 0) continue;
                try IClaimIssuer(issuer).isClaimValid(identity_, topic, signature, data) returns (bool valid) {
                    if (valid) best = expiresAt;
                } catch {}
            } catch {}
        }
        // The record keeps 40 bits of expiry (year 36812); later expiries are capped.
        if (best > type(uint40).max) best = type(uint40).max;
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
}
