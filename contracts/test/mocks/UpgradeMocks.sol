// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {EuroToken} from "../../src/EuroToken.sol";
import {EuroTokenState} from "../../src/token/EuroTokenState.sol";
import {IdentityRegistry} from "../../src/identity/IdentityRegistry.sol";

/// @notice A second version of the token for the upgrade tests: the same storage, one function more.
contract EuroTokenV2 is EuroToken {
    constructor(address complianceModule) EuroToken(complianceModule) {}

    function version() external pure returns (uint256) {
        return 2;
    }
}

/// @notice A second version of the registry: the same storage, one function more.
contract IdentityRegistryV2 is IdentityRegistry {
    function version() external pure returns (uint256) {
        return 2;
    }
}

/// @notice The slot of every field of the token's namespace, as the compiled code addresses them, compared
/// with the committed layout in contracts/test/Upgrades.t.sol.
interface ILayoutProbe {
    function fieldSlots() external view returns (bytes32[] memory);
}

/// @notice `fieldSlots` reads the struct the token's code itself uses ({EuroTokenState}, shared by the
/// implementation and its compliance module).
contract EuroTokenLayoutProbe is EuroTokenState, ILayoutProbe {
    function fieldSlots() external view returns (bytes32[] memory slots) {
        EuroTokenStorage storage $ = _getEuroTokenStorage();
        slots = new bytes32[](12);
        bytes32 slot;
        assembly ("memory-safe") {
            slot := $.slot
        }
        slots[0] = slot; // registry: the struct's first word
        slots[1] = _slotOf($.accounts);
        slots[2] = _slotOf($.allowances);
        slots[3] = _slotOf($.usedAuthorizations);
        slots[4] = _slotOf($.minterAllowances);
        slots[5] = _slotOf($.holds);
        slots[6] = bytes32(uint256(_slotOf($.holds)) + 1); // totalSupply: a value, right after holds
        ReserveState storage reserve = $.reserve;
        PendingChange storage pendingAge = $.pendingMaxAttestationAge;
        Control storage control = $.control;
        assembly ("memory-safe") {
            slot := reserve.slot
        }
        slots[7] = slot;
        slots[8] = _slotOf($.pendingMinterAllowances);
        assembly ("memory-safe") {
            slot := pendingAge.slot
        }
        slots[9] = slot;
        slots[10] = _slotOf($.recoveredTo);
        assembly ("memory-safe") {
            slot := control.slot
        }
        slots[11] = slot;
    }

    function _slotOf(mapping(address => uint256) storage m) private pure returns (bytes32 slot) {
        assembly ("memory-safe") {
            slot := m.slot
        }
    }

    function _slotOf(mapping(address => mapping(address => uint256)) storage m) private pure returns (bytes32 slot) {
        assembly ("memory-safe") {
            slot := m.slot
        }
    }

    function _slotOf(mapping(address => mapping(uint256 => uint256)) storage m) private pure returns (bytes32 slot) {
        assembly ("memory-safe") {
            slot := m.slot
        }
    }

    function _slotOf(mapping(address => mapping(bytes32 => HoldRecord)) storage m) private pure returns (bytes32 slot) {
        assembly ("memory-safe") {
            slot := m.slot
        }
    }

    function _slotOf(mapping(address => PendingChange) storage m) private pure returns (bytes32 slot) {
        assembly ("memory-safe") {
            slot := m.slot
        }
    }

    function _slotOf(mapping(address => address) storage m) private pure returns (bytes32 slot) {
        assembly ("memory-safe") {
            slot := m.slot
        }
    }
}

/// @notice What a careless v2 would do: the same namespace with `allowances` moved before `accounts`. The
/// layout check must refuse it.
contract MovedFieldLayoutProbe is ILayoutProbe {
    /// @custom:storage-location erc7201:eurt.storage.EuroToken
    struct MovedStorage {
        address registry;
        mapping(address => mapping(address => uint256)) allowances;
        mapping(address => uint256) accounts;
    }

    function fieldSlots() external view returns (bytes32[] memory slots) {
        MovedStorage storage $;
        assembly ("memory-safe") {
            $.slot := 0xd0f883629ea385f5d3ce231d141236aac7d6ec51321fbd6d74e08527e1f04a00
        }
        mapping(address => uint256) storage accounts = $.accounts;
        mapping(address => mapping(address => uint256)) storage allowances = $.allowances;
        slots = new bytes32[](12);
        bytes32 base;
        bytes32 a;
        bytes32 b;
        assembly ("memory-safe") {
            base := $.slot
            a := accounts.slot
            b := allowances.slot
        }
        for (uint256 i; i < 12; ++i) {
            slots[i] = bytes32(uint256(base) + i);
        }
        slots[1] = a;
        slots[2] = b;
    }
}
