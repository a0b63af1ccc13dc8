// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title AccountWord
/// @notice The packed per-account storage word of EuroToken and the pure reads over it.
/// @dev Layout of one word:
///
///   bits   0..63   balance
///   bits  64..127  held (sum of the active holds weighing on the account)
///   bits 128..191  partially frozen tokens
///   bits 192..223  verified until (unix seconds, exclusive; 0 = not verified), pushed by the registry
///   bits 224..253  eligibility epoch the verified-until was computed in (see {isVerified})
///   bit  254       recovered with active holds: the holds now weigh on the wallet it was recovered to
///   bit  255       address frozen
///
/// Invariant kept by the token: held + frozen <= balance, and every balance <= totalSupply <= 2**64 - 1
/// (1.8e17 euros). Field updates rely on it to stay inside their 64 bits, which is why they are unchecked.
library AccountWord {
    uint256 internal constant AMOUNT_MASK = type(uint64).max;
    uint256 internal constant HELD_SHIFT = 64;
    uint256 internal constant FROZEN_SHIFT = 128;
    uint256 internal constant VERIFIED_SHIFT = 192;
    uint256 internal constant VERIFIED_MASK = type(uint32).max;
    uint256 internal constant EPOCH_SHIFT = 224;
    uint256 internal constant EPOCH_MASK = (1 << 30) - 1;
    uint256 internal constant RECOVERED = 1 << 254;
    uint256 internal constant ADDRESS_FROZEN = 1 << 255;

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

    /// @dev True while the registry's verified-until lies in the future and was computed in the token's
    /// current eligibility `epoch`: a revocation, an issuer removal or a key rotation bumps the epoch, which
    /// unverifies every wallet at once until the registry refreshes it.
    function isVerified(uint256 word, uint256 epoch) internal view returns (bool) {
        return (word >> VERIFIED_SHIFT) & VERIFIED_MASK > block.timestamp && (word >> EPOCH_SHIFT) & EPOCH_MASK == epoch;
    }

    /// @dev Balance minus held minus partially frozen: what the owner may move.
    function spendable(uint256 word) internal pure returns (uint256) {
        // held + frozen <= balance (see the invariant above).
        unchecked {
            return (word & AMOUNT_MASK) - ((word >> HELD_SHIFT) & AMOUNT_MASK) - ((word >> FROZEN_SHIFT) & AMOUNT_MASK);
        }
    }

    /// @dev The word with its verified-until field replaced by `until` (at most 32 bits), computed in `epoch`.
    function withVerifiedUntil(uint256 word, uint256 until, uint256 epoch) internal pure returns (uint256) {
        uint256 cleared = word & ~((VERIFIED_MASK << VERIFIED_SHIFT) | (EPOCH_MASK << EPOCH_SHIFT));
        return cleared | (until << VERIFIED_SHIFT) | ((epoch & EPOCH_MASK) << EPOCH_SHIFT);
    }
}
