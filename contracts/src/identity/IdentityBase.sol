// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IClaimIssuer} from "../interfaces/IClaimIssuer.sol";
import {IERC734} from "../interfaces/IERC734.sol";
import {IERC735} from "../interfaces/IERC735.sol";
import {IIdentity} from "../interfaces/IIdentity.sol";

/// @title IdentityBase
/// @notice ERC-734 keys and ERC-735 claims, modelled on ONCHAINID, with storage laid out so that a fresh
/// identity with one management key costs two storage slots.
/// @dev Keys: `_keys[key]` is a bitmask of purposes (bit p = purpose p, 1..247) with the key type in the top
/// byte; `_keyList` lists the keys contiguously from index 0 and ends at the first empty index (no length
/// slot). Removal swaps the last key into the gap.
abstract contract IdentityBase is IIdentity {
    uint256 internal constant MANAGEMENT_KEY = 1;
    uint256 internal constant ACTION_KEY = 2;
    uint256 internal constant CLAIM_SIGNER_KEY = 3;
    uint256 internal constant ECDSA_KEY_TYPE = 1;

    uint256 private constant _MAX_PURPOSE = 247;
    uint256 private constant _TYPE_SHIFT = 248;
    uint256 private constant _PURPOSES_MASK = (1 << 248) - 1;

    struct StoredClaim {
        address issuer;
        uint96 scheme;
        uint256 topic;
        bytes signature;
        bytes data;
        string uri;
    }

    struct Execution {
        address to;
        bool approved;
        bool executed;
        uint256 value;
        bytes data;
    }

    mapping(bytes32 key => uint256 record) private _keys;
    mapping(uint256 index => bytes32 key) private _keyList;
    mapping(bytes32 claimId => StoredClaim) private _claims;
    mapping(uint256 topic => bytes32[] claimIds) private _claimIdsByTopic;
    mapping(uint256 executionId => Execution) private _executions;
    uint256 private _executionNonce;

    // ================================================================ ERC-734

    /// @inheritdoc IERC734
    function addKey(bytes32 key, uint256 purpose, uint256 keyType) external returns (bool success) {
        _checkKey(MANAGEMENT_KEY);
        _addKey(key, purpose, keyType);
        return true;
    }

    /// @inheritdoc IERC734
    function removeKey(bytes32 key, uint256 purpose) external returns (bool success) {
        _checkKey(MANAGEMENT_KEY);
        _removeKey(key, purpose);
        return true;
    }

    /// @inheritdoc IERC734
    function execute(address to, uint256 value, bytes calldata data) external payable returns (uint256 executionId) {
        executionId = _executionNonce++;
        Execution storage execution = _executions[executionId];
        execution.to = to;
        execution.value = value;
        execution.data = data;
        emit ExecutionRequested(executionId, to, value, data);
        bytes32 sender = keccak256(abi.encode(msg.sender));
        if (keyHasPurpose(sender, MANAGEMENT_KEY) || (to != address(this) && keyHasPurpose(sender, ACTION_KEY))) {
            _approve(executionId, true);
        }
    }

    /// @inheritdoc IERC734
    function approve(uint256 executionId, bool approve_) external returns (bool success) {
        if (executionId >= _executionNonce || _executions[executionId].executed) {
            revert IdentityInvalidExecution(executionId);
        }
        uint256 purpose = _executions[executionId].to == address(this) ? MANAGEMENT_KEY : ACTION_KEY;
        if (!keyHasPurpose(keccak256(abi.encode(msg.sender)), purpose)) revert IdentityUnauthorized(msg.sender, purpose);
        return _approve(executionId, approve_);
    }

    /// @inheritdoc IERC734
    function getKey(bytes32 key) external view returns (uint256[] memory purposes, uint256 keyType, bytes32 keyValue) {
        uint256 record = _keys[key];
        if (record == 0) return (new uint256[](0), 0, bytes32(0));
        return (_purposesOf(record), record >> _TYPE_SHIFT, key);
    }

    /// @inheritdoc IERC734
    function getKeyPurposes(bytes32 key) external view returns (uint256[] memory purposes) {
        return _purposesOf(_keys[key]);
    }

    /// @inheritdoc IERC734
    function getKeysByPurpose(uint256 purpose) external view returns (bytes32[] memory keys) {
        if (purpose == 0 || purpose > _MAX_PURPOSE) return keys;
        uint256 bit = 1 << purpose;
        uint256 total = _keyCount();
        keys = new bytes32[](total);
        uint256 found;
        for (uint256 i; i < total; ++i) {
            bytes32 key = _keyList[i];
            if (_keys[key] & bit != 0) keys[found++] = key;
        }
        // Shrink the array to the keys found (found <= total).
        assembly ("memory-safe") {
            mstore(keys, found)
        }
    }

    /// @inheritdoc IERC734
    function keyHasPurpose(bytes32 key, uint256 purpose) public view returns (bool exists) {
        uint256 record = _keys[key];
        if (record & (1 << MANAGEMENT_KEY) != 0) return true;
        return purpose != 0 && purpose <= _MAX_PURPOSE && record & (1 << purpose) != 0;
    }

    // ================================================================ ERC-735

    /// @inheritdoc IERC735
    function addClaim(
        uint256 topic,
        uint256 scheme,
        address issuer,
        bytes calldata signature,
        bytes calldata data,
        string calldata uri
    ) external returns (bytes32 claimId) {
        _checkKey(CLAIM_SIGNER_KEY);
        return _addClaim(topic, scheme, issuer, signature, data, uri);
    }

    /// @inheritdoc IERC735
    function removeClaim(bytes32 claimId) external returns (bool success) {
        _checkKey(CLAIM_SIGNER_KEY);
        StoredClaim memory claim = _claims[claimId];
        if (claim.issuer == address(0)) revert IdentityClaimNotFound(claimId);
        bytes32[] storage ids = _claimIdsByTopic[claim.topic];
        uint256 last = ids.length - 1;
        for (uint256 i; i <= last; ++i) {
            if (ids[i] == claimId) {
                ids[i] = ids[last];
                ids.pop();
                break;
            }
        }
        delete _claims[claimId];
        emit ClaimRemoved(claimId, claim.topic, claim.scheme, claim.issuer, claim.signature, claim.data, claim.uri);
        return true;
    }

    /// @inheritdoc IERC735
    function getClaim(bytes32 claimId)
        external
        view
        returns (
            uint256 topic,
            uint256 scheme,
            address issuer,
            bytes memory signature,
            bytes memory data,
            string memory uri
        )
    {
        StoredClaim storage claim = _claims[claimId];
        return (claim.topic, claim.scheme, claim.issuer, claim.signature, claim.data, claim.uri);
    }

    /// @inheritdoc IERC735
    function getClaimIdsByTopic(uint256 topic) external view returns (bytes32[] memory claimIds) {
        return _claimIdsByTopic[topic];
    }

    // ================================================================ internal

    /// @dev Reverts unless the caller is the identity itself or holds a key with `purpose`.
    function _checkKey(uint256 purpose) internal view {
        if (msg.sender != address(this) && !keyHasPurpose(keccak256(abi.encode(msg.sender)), purpose)) {
            revert IdentityUnauthorized(msg.sender, purpose);
        }
    }

    /// @dev Whether any key was ever added (used as the initialized flag of clones).
    function _hasKeys() internal view returns (bool) {
        return _keyList[0] != bytes32(0);
    }

    function _addKey(bytes32 key, uint256 purpose, uint256 keyType) internal {
        if (purpose == 0 || purpose > _MAX_PURPOSE || keyType > type(uint8).max) {
            revert IdentityUnsupportedKey(purpose, keyType);
        }
        uint256 record = _keys[key];
        uint256 bit = 1 << purpose;
        if (record & bit != 0) revert IdentityKeyConflict(key, purpose);
        if (record == 0) {
            _keyList[_keyCount()] = key;
            record = keyType << _TYPE_SHIFT;
        }
        _keys[key] = record | bit;
        emit KeyAdded(key, purpose, record >> _TYPE_SHIFT);
    }

    function _removeKey(bytes32 key, uint256 purpose) internal virtual {
        uint256 record = _keys[key];
        if (purpose == 0 || purpose > _MAX_PURPOSE || record & (1 << purpose) == 0) {
            revert IdentityKeyNotFound(key, purpose);
        }
        uint256 total = _keyCount();
        if (purpose == MANAGEMENT_KEY) {
            uint256 managers;
            for (uint256 i; i < total; ++i) {
                if (_keys[_keyList[i]] & (1 << MANAGEMENT_KEY) != 0) ++managers;
            }
            if (managers == 1) revert IdentityLastManagementKey(key);
        }
        record &= ~(1 << purpose);
        if (record & _PURPOSES_MASK == 0) {
            delete _keys[key];
            for (uint256 i; i < total; ++i) {
                if (_keyList[i] == key) {
                    _keyList[i] = _keyList[total - 1];
                    delete _keyList[total - 1];
                    break;
                }
            }
        } else {
            _keys[key] = record;
        }
        emit KeyRemoved(key, purpose, record >> _TYPE_SHIFT);
    }

    function _addClaim(
        uint256 topic,
        uint256 scheme,
        address issuer,
        bytes calldata signature,
        bytes calldata data,
        string calldata uri
    ) internal returns (bytes32 claimId) {
        if (issuer != address(this) && !IClaimIssuer(issuer).isClaimValid(this, topic, signature, data)) {
            revert IdentityInvalidClaim(issuer, topic);
        }
        if (scheme > type(uint96).max) revert IdentityUnsupportedScheme(scheme);
        claimId = keccak256(abi.encode(issuer, topic));
        StoredClaim storage claim = _claims[claimId];
        bool replaced = claim.issuer != address(0);
        claim.issuer = issuer;
        claim.scheme = uint96(scheme);
        claim.topic = topic;
        claim.signature = signature;
        claim.data = data;
        if (bytes(uri).length != 0 || bytes(claim.uri).length != 0) claim.uri = uri;
        if (replaced) {
            emit ClaimChanged(claimId, topic, scheme, issuer, signature, data, uri);
        } else {
            _claimIdsByTopic[topic].push(claimId);
            emit ClaimAdded(claimId, topic, scheme, issuer, signature, data, uri);
        }
    }

    function _approve(uint256 executionId, bool approve_) private returns (bool success) {
        Execution storage execution = _executions[executionId];
        execution.approved = approve_;
        emit Approved(executionId, approve_);
        if (!approve_) return false;
        execution.executed = true;
        address to = execution.to;
        uint256 value = execution.value;
        bytes memory data = execution.data;
        (success,) = to.call{value: value}(data);
        if (success) {
            emit Executed(executionId, to, value, data);
        } else {
            execution.executed = false;
            emit ExecutionFailed(executionId, to, value, data);
        }
    }

    function _keyCount() private view returns (uint256 count) {
        while (_keyList[count] != bytes32(0)) ++count;
    }

    function _purposesOf(uint256 record) private pure returns (uint256[] memory purposes) {
        purposes = new uint256[](_MAX_PURPOSE);
        uint256 found;
        for (uint256 p = 1; p <= _MAX_PURPOSE && ((record & _PURPOSES_MASK) >> p) != 0; ++p) {
            if (record & (1 << p) != 0) purposes[found++] = p;
        }
        // Shrink the array to the purposes found (found <= _MAX_PURPOSE).
        assembly ("memory-safe") {
            mstore(purposes, found)
        }
    }
}
