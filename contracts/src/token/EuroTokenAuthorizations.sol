// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {IERC3009} from "../interfaces/IERC3009.sol";
import {IEuroToken} from "../interfaces/IEuroToken.sol";
import {EuroTokenSignatures} from "./EuroTokenSignatures.sol";

/// @title EuroTokenAuthorizations
/// @notice EIP-2612 permits and EIP-3009 transfer, receive and cancel authorizations, single and batched.
/// @dev Each `(v, r, s)` overload and its `bytes signature` twin share one internal taking the signature as
/// bytes. EIP-3009 nonces are bits of 256-bit words (`word = nonce >> 8`, `bit = nonce & 0xff`).
abstract contract EuroTokenAuthorizations is EuroTokenSignatures {
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

    // ================================================================ EIP-2612

    /// @inheritdoc IERC20Permit
    function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        external
    {
        _permit(owner, spender, value, deadline, abi.encodePacked(r, s, v));
    }

    /// @inheritdoc IEuroToken
    function permit(address owner, address spender, uint256 value, uint256 deadline, bytes calldata signature)
        external
    {
        _permit(owner, spender, value, deadline, signature);
    }

    /// @inheritdoc IERC20Permit
    // solhint-disable-next-line func-name-mixedcase
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    // ================================================================ EIP-3009

    /// @inheritdoc IERC3009
    function authorizationState(address authorizer, bytes32 nonce) external view returns (bool) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        return ($.usedAuthorizations[authorizer][uint256(nonce) >> 8] >> (uint256(nonce) & 0xff)) & 1 == 1;
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
        _transferWithAuthorization(
            TRANSFER_WITH_AUTHORIZATION_TYPEHASH, from, to, value, validAfter, validBefore, nonce, abi.encodePacked(r, s, v)
        );
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
        _transferWithAuthorization(
            TRANSFER_WITH_AUTHORIZATION_TYPEHASH, from, to, value, validAfter, validBefore, nonce, signature
        );
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
        _transferWithAuthorization(
            RECEIVE_WITH_AUTHORIZATION_TYPEHASH, from, to, value, validAfter, validBefore, nonce, abi.encodePacked(r, s, v)
        );
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
        _transferWithAuthorization(
            RECEIVE_WITH_AUTHORIZATION_TYPEHASH, from, to, value, validAfter, validBefore, nonce, signature
        );
    }

    /// @inheritdoc IERC3009
    function cancelAuthorization(address authorizer, bytes32 nonce, uint8 v, bytes32 r, bytes32 s) external {
        _cancelAuthorization(authorizer, nonce, abi.encodePacked(r, s, v));
    }

    /// @inheritdoc IERC3009
    function cancelAuthorization(address authorizer, bytes32 nonce, bytes calldata signature) external {
        _cancelAuthorization(authorizer, nonce, signature);
    }

    /// @inheritdoc IERC3009
    function batchTransferWithAuthorization(TransferAuthorization[] calldata authorizations)
        external
        returns (uint256 skipped)
    {
        return _batchTransferWithAuthorization(authorizations);
    }

    /// @inheritdoc IEuroToken
    function batchTransferWithAuthorizationAtomic(TransferAuthorization[] calldata authorizations) external {
        uint256 skipped = _batchTransferWithAuthorization(authorizations);
        if (skipped != 0) revert EURTBatchEntriesSkipped(skipped);
    }

    // ================================================================ internal

    function _batchTransferWithAuthorization(TransferAuthorization[] calldata authorizations)
        private
        returns (uint256 skipped)
    {
        _requireNotPaused();
        uint256 count = authorizations.length;
        for (uint256 i; i < count;) {
            TransferAuthorization calldata a = authorizations[i];
            bytes4 reason = _tryAuthorizedTransfer(a);
            if (reason != bytes4(0)) {
                emit AuthorizationSkipped(a.from, a.nonce, i, reason);
                if (i < 256) skipped |= 1 << i;
            }
            // i < count, so ++i cannot overflow.
            unchecked {
                ++i;
            }
        }
    }

    function _permit(address owner, address spender, uint256 value, uint256 deadline, bytes memory signature)
        private
    {
        _requireNotPaused();
        if (block.timestamp > deadline) revert ERC2612ExpiredSignature(deadline);
        bytes32 digest = _hashTypedDataV4(
            keccak256(abi.encode(PERMIT_TYPEHASH, owner, spender, value, _useNonce(owner), deadline))
        );
        _requireValidSignature(owner, digest, signature);
        _approve(owner, spender, value);
    }

    /// @dev A transfer or receive authorization (`typehash` says which): validity window, signature, nonce,
    /// then the transfer under the usual rules. The caller checks the pause (and, for receive, the caller).
    function _transferWithAuthorization(
        bytes32 typehash,
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce,
        bytes memory signature
    ) private {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        _requireValidSignature(from, _authorizationDigest(typehash, from, to, value, validAfter, validBefore, nonce), signature);
        _useAuthorization(from, nonce, false);
        _move(from, to, value, $.control.eligibilityEpoch);
    }

    function _cancelAuthorization(address authorizer, bytes32 nonce, bytes memory signature) private {
        _requireNotPaused();
        bytes32 digest = _hashTypedDataV4(keccak256(abi.encode(CANCEL_AUTHORIZATION_TYPEHASH, authorizer, nonce)));
        _requireValidSignature(authorizer, digest, signature);
        _useAuthorization(authorizer, nonce, true);
    }

    /// @dev Marks the authorization `nonce` of `authorizer` used (or canceled), reverting if it already was.
    function _useAuthorization(address authorizer, bytes32 nonce, bool canceled) private {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        mapping(uint256 => uint256) storage words = $.usedAuthorizations[authorizer];
        uint256 index = uint256(nonce) >> 8;
        uint256 bit = 1 << (uint256(nonce) & 0xff);
        uint256 word = words[index];
        if (word & bit != 0) revert EURTAuthorizationUsed(authorizer, nonce);
        words[index] = word | bit;
        if (canceled) emit AuthorizationCanceled(authorizer, nonce);
        else emit AuthorizationUsed(authorizer, nonce);
    }

    /// @dev One batch entry: {_transferWithAuthorization}'s checks without reverting. Returns zero once the
    /// transfer is done, otherwise the selector of the error the single call would revert with (nothing changed).
    function _tryAuthorizedTransfer(TransferAuthorization calldata a) private returns (bytes4) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        if (block.timestamp <= a.validAfter) return EURTAuthorizationNotYetValid.selector;
        if (block.timestamp >= a.validBefore) return EURTAuthorizationExpired.selector;
        address from = a.from;
        bytes32 digest = _structDigest(
            TRANSFER_WITH_AUTHORIZATION_TYPEHASH, from, a.to, a.value, a.validAfter, a.validBefore, a.nonce
        );
        if (!_isValidSignature(from, digest, abi.encodePacked(a.r, a.s, a.v))) return EURTInvalidSignature.selector;
        mapping(uint256 => uint256) storage words = $.usedAuthorizations[from];
        uint256 index = uint256(a.nonce) >> 8;
        uint256 bit = 1 << (uint256(a.nonce) & 0xff);
        uint256 nonceWord = words[index];
        if (nonceWord & bit != 0) return EURTAuthorizationUsed.selector;
        bytes4 reason = _tryMove(from, a.to, a.value);
        if (reason != bytes4(0)) return reason;
        words[index] = nonceWord | bit;
        emit AuthorizationUsed(from, a.nonce);
        return bytes4(0);
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
        return _structDigest(typehash, from, to, value, validAfter, validBefore, nonce);
    }

    /// @dev The EIP-712 digest of a transfer or receive authorization.
    function _structDigest(
        bytes32 typehash,
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce
    ) private view returns (bytes32) {
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
}
