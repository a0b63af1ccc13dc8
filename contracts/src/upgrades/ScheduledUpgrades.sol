// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AccessControlDefaultAdminRulesUpgradeable} from "@openzeppelin/contracts-upgradeable/access/extensions/AccessControlDefaultAdminRulesUpgradeable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";

/// @title ScheduledUpgrades
/// @notice UUPS upgrades that wait for the admin delay: the admin schedules an implementation, anyone watching
/// has `defaultAdminDelay()` seconds to see it (and the admin to cancel it), then the admin upgrades to it.
/// @dev The same delay as an admin transfer, so a stolen admin key can no more swap the code at once than it
/// can hand over the role at once. Shared by the token and the identity registry.
abstract contract ScheduledUpgrades is UUPSUpgradeable, AccessControlDefaultAdminRulesUpgradeable {
    /// @custom:storage-location erc7201:eurt.storage.ScheduledUpgrades
    struct ScheduledUpgradesStorage {
        address implementation;
        uint48 readyAt;
    }

    /// @dev keccak256(abi.encode(uint256(keccak256("eurt.storage.ScheduledUpgrades")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant SCHEDULED_UPGRADES_STORAGE_LOCATION =
        0x1627eb9315285fd40a2d8a2a869d5c1393b77a899cb479fdde377a43fdd96d00;

    /// @notice `implementation` may replace the current code from `readyAt` on.
    event UpgradeScheduled(address indexed implementation, uint256 readyAt);
    /// @notice The scheduled upgrade to `implementation` was withdrawn.
    event UpgradeCancelled(address indexed implementation);

    /// @notice `implementation` has no code.
    error UpgradeInvalidImplementation(address implementation);
    /// @notice An upgrade to `implementation` was attempted without being the scheduled one.
    error UpgradeNotScheduled(address implementation);
    /// @notice The scheduled upgrade to `implementation` is not due before `readyAt`.
    error UpgradeNotReady(address implementation, uint256 readyAt);

    /// @notice Schedules the upgrade to `implementation` after the admin delay, replacing any scheduled one.
    function scheduleUpgrade(address implementation) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (implementation.code.length == 0) revert UpgradeInvalidImplementation(implementation);
        ScheduledUpgradesStorage storage $ = _getScheduledUpgradesStorage();
        uint256 readyAt = block.timestamp + defaultAdminDelay();
        $.implementation = implementation;
        $.readyAt = uint48(readyAt);
        emit UpgradeScheduled(implementation, readyAt);
    }

    /// @notice Withdraws the scheduled upgrade.
    function cancelUpgrade() external onlyRole(DEFAULT_ADMIN_ROLE) {
        ScheduledUpgradesStorage storage $ = _getScheduledUpgradesStorage();
        address implementation = $.implementation;
        if (implementation == address(0)) revert UpgradeNotScheduled(address(0));
        delete $.implementation;
        delete $.readyAt;
        emit UpgradeCancelled(implementation);
    }

    /// @notice The scheduled implementation and when it may be applied (zeros when none is scheduled).
    function scheduledUpgrade() external view returns (address implementation, uint256 readyAt) {
        ScheduledUpgradesStorage storage $ = _getScheduledUpgradesStorage();
        return ($.implementation, $.readyAt);
    }

    /// @dev {upgradeToAndCall} lands here: only the admin, only the scheduled implementation, only once due;
    /// the schedule is used up.
    function _authorizeUpgrade(address implementation) internal override onlyRole(DEFAULT_ADMIN_ROLE) {
        ScheduledUpgradesStorage storage $ = _getScheduledUpgradesStorage();
        if ($.implementation != implementation || implementation == address(0)) {
            revert UpgradeNotScheduled(implementation);
        }
        if (block.timestamp < $.readyAt) revert UpgradeNotReady(implementation, $.readyAt);
        delete $.implementation;
        delete $.readyAt;
    }

    function _getScheduledUpgradesStorage() private pure returns (ScheduledUpgradesStorage storage $) {
        assembly ("memory-safe") {
            $.slot := SCHEDULED_UPGRADES_STORAGE_LOCATION
        }
    }
}
