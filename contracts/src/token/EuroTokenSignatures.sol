// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {EuroTokenBase} from "./EuroTokenBase.sol";

/// @title EuroTokenSignatures
/// @notice Signature checking shared by permits, EIP-3009 authorizations and hold authorizations.
abstract contract EuroTokenSignatures is EuroTokenBase {
    /// @dev Accepts a 65-byte ECDSA signature of `signer` (tried first: it needs no account access), otherwise
    /// asks `signer` through ERC-1271 if it has code. Every signed entry point ends here; the `(v, r, s)`
    /// overloads pass `abi.encodePacked(r, s, v)`.
    function _requireValidSignature(address signer, bytes32 digest, bytes memory signature) internal view {
        if (!_isValidSignature(signer, digest, signature)) revert EURTInvalidSignature(signer);
    }

    function _isValidSignature(address signer, bytes32 digest, bytes memory signature) internal view returns (bool) {
        (address recovered, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, signature);
        if (err == ECDSA.RecoverError.NoError && recovered == signer) return true;
        return signer.code.length != 0 && SignatureChecker.isValidERC1271SignatureNow(signer, digest, signature);
    }
}
