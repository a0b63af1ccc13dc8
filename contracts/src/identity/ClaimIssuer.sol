// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {IClaimIssuer} from "../interfaces/IClaimIssuer.sol";
import {IIdentity} from "../interfaces/IIdentity.sol";
import {IIdentityRegistry} from "../interfaces/IIdentityRegistry.sol";
import {IdentityBase} from "./IdentityBase.sol";

/// @title ClaimIssuer
/// @notice The platform's KYC claim issuer: an identity whose claim-signer keys sign EIP-712 claims
/// off-chain, and which answers `isClaimValid` for registries and identities. See {IClaimIssuer}.
contract ClaimIssuer is IdentityBase, EIP712, IClaimIssuer {
    /// @inheritdoc IClaimIssuer
    bytes32 public constant CLAIM_TYPEHASH =
        keccak256("Claim(address identity,uint256 topic,address registry,uint256 expiresAt,uint256 nonce)");

    mapping(address identity => mapping(uint256 nonce => bool)) private _revoked;
    IIdentityRegistry private _registry;

    /// @param managementKey The issuer's management key (may also sign claims, and revokes them).
    /// @param claimSigner A claim-signer key (the platform's KYC signing key); zero for none.
    constructor(address managementKey, address claimSigner) EIP712("EURT Claim Issuer", "1") {
        if (managementKey == address(0)) revert IdentityInvalidManagementKey();
        _addKey(keccak256(abi.encode(managementKey)), MANAGEMENT_KEY, ECDSA_KEY_TYPE);
        if (claimSigner != address(0)) _addKey(keccak256(abi.encode(claimSigner)), CLAIM_SIGNER_KEY, ECDSA_KEY_TYPE);
    }

    /// @inheritdoc IIdentity
    /// @dev The issuer is initialized by its constructor.
    function initialize(address, ClaimInput[] calldata) external pure {
        revert IdentityAlreadyInitialized();
    }

    /// @inheritdoc IClaimIssuer
    function revokeClaim(address identity, uint256 nonce) external {
        _checkKey(MANAGEMENT_KEY);
        if (_revoked[identity][nonce]) revert ClaimIssuerAlreadyRevoked(identity, nonce);
        _revoked[identity][nonce] = true;
        emit ClaimRevoked(identity, nonce);
        _invalidateRegistry();
    }

    /// @inheritdoc IClaimIssuer
    function setRegistry(IIdentityRegistry registry_) external {
        _checkKey(MANAGEMENT_KEY);
        _registry = registry_;
        emit RegistrySet(registry_);
    }

    /// @inheritdoc IClaimIssuer
    function revocationRegistry() external view returns (IIdentityRegistry) {
        return _registry;
    }

    /// @dev A removed key may have signed claims (a management key has every purpose): they must stop counting.
    function _removeKey(bytes32 key, uint256 purpose) internal override {
        super._removeKey(key, purpose);
        if (purpose == CLAIM_SIGNER_KEY || purpose == MANAGEMENT_KEY) _invalidateRegistry();
    }

    /// @dev Tells the registry that claims it cached may no longer be valid. A registry that no longer trusts
    /// this issuer refuses; its claims do not count there any more, so the revocation goes ahead. Any other
    /// failure (a caller's gas limit can starve the inner call while leaving enough to finish this one)
    /// reverts the revocation: it would otherwise stand while every cached eligibility stays valid.
    function _invalidateRegistry() private {
        IIdentityRegistry target = _registry;
        if (address(target) == address(0)) return;
        try target.invalidateEligibility() {}
        catch {
            if (_trustedBy(target)) revert ClaimIssuerInvalidationFailed(target);
        }
    }

    function _trustedBy(IIdentityRegistry target) private view returns (bool) {
        address[] memory issuers = target.trustedIssuers();
        for (uint256 i; i < issuers.length; ++i) {
            if (issuers[i] == address(this)) return true;
        }
        return false;
    }

    /// @inheritdoc IClaimIssuer
    function isClaimRevoked(address identity, uint256 nonce) external view returns (bool) {
        return _revoked[identity][nonce];
    }

    /// @inheritdoc IClaimIssuer
    function claimDigest(address identity, uint256 topic, address registry, uint256 expiresAt, uint256 nonce)
        public
        view
        returns (bytes32)
    {
        return _hashTypedDataV4(keccak256(abi.encode(CLAIM_TYPEHASH, identity, topic, registry, expiresAt, nonce)));
    }

    /// @inheritdoc IClaimIssuer
    function isClaimValid(IIdentity identity, uint256 topic, bytes calldata signature, bytes calldata data)
        external
        view
        returns (bool)
    {
        if (data.length != 96) return false;
        uint256 registryWord = uint256(bytes32(data[0:32]));
        uint256 expiresAt = uint256(bytes32(data[32:64]));
        uint256 nonce = uint256(bytes32(data[64:96]));
        if (registryWord >> 160 != 0 || expiresAt <= block.timestamp || _revoked[address(identity)][nonce]) {
            return false;
        }
        bytes32 digest = claimDigest(address(identity), topic, address(uint160(registryWord)), expiresAt, nonce);
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecoverCalldata(digest, signature);
        if (err != ECDSA.RecoverError.NoError) return false;
        return keyHasPurpose(keccak256(abi.encode(signer)), CLAIM_SIGNER_KEY);
    }
}
