// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title AccountWord
/// @notice The packed per-account storage word of EuroToken and the pure reads over it.
/// @dev Layout of one word:
///
///   bits   0..71   balance
///   bits  72..143  held (sum of the account's active holds)
///   bits 144..215  partially frozen tokens
///   bits 216..247  verified until (unix seconds, exclusive; 0 = not verified), pushed by the registry
///   bit  248       address frozen
///
/// Invariant kept by the token: held + frozen <= balance, and every balance <= totalSupply <= 2**72 - 1.
/// Field updates rely on it to stay inside their 72 bits, which is why they are unchecked.
library AccountWord {
    uint256 internal constant AMOUNT_MASK = type(uint72).max;
    uint256 internal constant HELD_SHIFT = 72;
    uint256 internal constant FROZEN_SHIFT = 144;
    uint256 internal constant VERIFIED_SHIFT = 216;
    uint256 internal constant VERIFIED_MASK = type(uint32).max;
    uint256 internal constant ADDRESS_FROZEN = 1 << 248;

    function balance(uint256 word) internal pure returns (uint256) {
        return word & AMOUNT_MASK;
    }

    function held(uint256 word) internal pure returns (uint256) {
        return (word >> HELD_SHIFT) & AMOUNT_MASK;
    }

    function frozen(uint256 word) internal pure returns (uint256) {
        return (word >> FROZEN_SHIFT) & AMOUNT_MASK;
    }

    function verifiedUntil(uint256 word) internal pure returns (uint256) {
        return (word >> VERIFIED_SHIFT) & VERIFIED_MASK;
    }

    function isAddressFrozen(uint256 word) internal pure returns (bool) {
        return word & ADDRESS_FROZEN != 0;
    }

    /// @dev True while the registry's verified-until lies in the future.
    function isVerified(uint256 word) internal view returns (bool) {
        return (word >> VERIFIED_SHIFT) & VERIFIED_MASK > block.timestamp;
    }

    /// @dev Balance minus held minus partially frozen: what the owner may move.
    function spendable(uint256 word) internal pure returns (uint256) {
        // held + frozen <= balance (see the invariant above).
        unchecked {
            return (word & AMOUNT_MASK) - ((word >> HELD_SHIFT) & AMOUNT_MASK) - ((word >> FROZEN_SHIFT) & AMOUNT_MASK);
        }
    }

    /// @dev The word with its verified-until field replaced by `until` (at most 32 bits).
    function withVerifiedUntil(uint256 word, uint256 until) internal pure returns (uint256) {
        return (word & ~(VERIFIED_MASK << VERIFIED_SHIFT)) | (until << VERIFIED_SHIFT);
    }
}
