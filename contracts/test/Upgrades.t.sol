// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";
import {EuroToken} from "../src/EuroToken.sol";
import {EuroTokenComplianceModule} from "../src/EuroTokenComplianceModule.sol";
import {IdentityRegistry} from "../src/identity/IdentityRegistry.sol";
import {IEuroToken} from "../src/interfaces/IEuroToken.sol";
import {IHoldable} from "../src/interfaces/IHoldable.sol";
import {ScheduledUpgrades} from "../src/upgrades/ScheduledUpgrades.sol";
import {
    EuroTokenLayoutProbe,
    EuroTokenV2,
    ILayoutProbe,
    IdentityRegistryV2,
    MovedFieldLayoutProbe
} from "./mocks/UpgradeMocks.sol";
import {Fixture} from "./utils/Fixture.sol";

/// @notice Finding 9: the token and the registry behind ERC-1967 UUPS proxies. Upgrades wait for the admin
/// delay, the implementations cannot be used directly, and the state survives an upgrade; the token's
/// ERC-7201 layout is pinned to the committed snapshot below.
contract UpgradesTest is Fixture {
    /// @dev ERC-1967's implementation slot: keccak256("eip1967.proxy.implementation") - 1.
    bytes32 internal constant IMPLEMENTATION_SLOT = 0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc;
    bytes32 internal constant TOKEN_NAMESPACE = 0xd0f883629ea385f5d3ce231d141236aac7d6ec51321fbd6d74e08527e1f04a00;
    bytes32 internal constant REGISTRY_NAMESPACE = 0x45a4e5b32bceda668db2de43018941424e88b0dbd0865d811d358a6190dee400;
    bytes32 internal constant HOLD_ID = keccak256("withdrawal-1");

    /// @dev The committed layout of EuroTokenStorage: field -> offset from the namespace. Append only: a new
    /// field gets the next offset; moving, removing or retyping one fails {test_Layout_MatchesTheSnapshot}.
    function _layoutSnapshot() internal pure returns (string[12] memory names, uint256[12] memory offsets) {
        names = [
            "registry",
            "accounts",
            "allowances",
            "usedAuthorizations",
            "minterAllowances",
            "holds",
            "totalSupply",
            "reserve",
            "pendingMinterAllowances",
            "pendingMaxAttestationAge",
            "recoveredTo",
            "control"
        ];
        offsets = [uint256(0), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    }

    /// @dev The first field whose slot differs from the snapshot, or "" when the layout matches.
    function _layoutMismatch(ILayoutProbe probe) internal view returns (string memory) {
        (string[12] memory names, uint256[12] memory offsets) = _layoutSnapshot();
        bytes32[] memory slots = probe.fieldSlots();
        for (uint256 i; i < 12; ++i) {
            if (slots[i] != bytes32(uint256(TOKEN_NAMESPACE) + offsets[i])) return names[i];
        }
        return "";
    }

    function _erc7201(string memory id) internal pure returns (bytes32) {
        return keccak256(abi.encode(uint256(keccak256(bytes(id))) - 1)) & ~bytes32(uint256(0xff));
    }

    // ================================================================ layout

    function test_Layout_MatchesTheSnapshot() public {
        assertEq(_layoutMismatch(new EuroTokenLayoutProbe()), "");
    }

    /// @dev The check is not vacuous: a v2 that moves `accounts` after `allowances` is refused.
    function test_Layout_AMovedFieldFailsTheCheck() public {
        assertEq(_layoutMismatch(new MovedFieldLayoutProbe()), "accounts");
    }

    function test_Layout_NamespacesAreTheErc7201Locations() public pure {
        assertEq(TOKEN_NAMESPACE, _erc7201("eurt.storage.EuroToken"));
        assertEq(REGISTRY_NAMESPACE, _erc7201("eurt.storage.IdentityRegistry"));
    }

    /// @dev The proxy's raw storage: the fields are where the snapshot says, and nothing is in the sequential
    /// slots a later version (or an inherited contract) could collide with.
    function test_Layout_TheProxyStoresItsStateInTheNamespace() public {
        mint(alice, 12_34);
        bytes32 base = TOKEN_NAMESPACE;
        assertEq(address(uint160(uint256(vm.load(address(token), base)))), address(registry));
        assertEq(uint256(vm.load(address(token), bytes32(uint256(base) + 6))), token.totalSupply());
        bytes32 aliceWord = vm.load(address(token), keccak256(abi.encode(alice, uint256(base) + 1)));
        assertEq(uint256(aliceWord) & type(uint64).max, 12_34);
        for (uint256 slot; slot < 64; ++slot) {
            assertEq(vm.load(address(token), bytes32(slot)), bytes32(0));
            assertEq(vm.load(address(registry), bytes32(slot)), bytes32(0));
        }
    }

    // ================================================================ the implementations

    function test_RevertWhen_TheTokenImplementationIsInitialized() public {
        EuroToken implementation = newTokenImplementation();
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        implementation.initialize(stranger, ADMIN_DELAY, registry, 1 days, stranger, 1);
    }

    function test_RevertWhen_TheRegistryImplementationIsInitialized() public {
        IdentityRegistry implementation = new IdentityRegistry();
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        implementation.initialize(stranger, ADMIN_DELAY, factory, KYC_TOPIC);
    }

    function test_RevertWhen_TheImplementationIsUpgradedDirectly() public {
        EuroToken implementation = _tokenImplementation();
        address v2 = address(new EuroTokenV2(_complianceModule()));
        vm.expectRevert(UUPSUpgradeable.UUPSUnauthorizedCallContext.selector);
        vm.prank(admin);
        implementation.upgradeToAndCall(v2, "");
        vm.expectRevert(UUPSUpgradeable.UUPSUnauthorizedCallContext.selector);
        IdentityRegistry(_implementationOf(address(registry))).upgradeToAndCall(v2, "");
    }

    function test_RevertWhen_TheProxyIsInitializedTwice() public {
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        token.initialize(stranger, 0, registry, 1 days, stranger, 1);
        vm.expectRevert(Initializable.InvalidInitialization.selector);
        registry.initialize(stranger, 0, factory, KYC_TOPIC);
    }

    // ================================================================ who may upgrade, and when

    function test_RevertWhen_ANonAdminSchedulesOrUpgrades() public {
        address v2 = address(new EuroTokenV2(_complianceModule()));
        bytes32 adminRole = token.DEFAULT_ADMIN_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, operator, adminRole)
        );
        vm.prank(operator);
        token.scheduleUpgrade(v2);

        _scheduleTokenUpgrade(v2);
        vm.warp(block.timestamp + ADMIN_DELAY);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, operator, adminRole)
        );
        vm.prank(operator);
        token.upgradeToAndCall(v2, "");
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, operator, adminRole)
        );
        vm.prank(operator);
        token.cancelUpgrade();
    }

    function test_UpgradeWaitsForTheAdminDelay() public {
        address v2 = address(new EuroTokenV2(_complianceModule()));
        uint256 readyAt = block.timestamp + ADMIN_DELAY;
        vm.expectEmit(address(token));
        emit ScheduledUpgrades.UpgradeScheduled(v2, readyAt);
        _scheduleTokenUpgrade(v2);
        (address scheduled, uint256 at) = token.scheduledUpgrade();
        assertEq(scheduled, v2);
        assertEq(at, readyAt);

        vm.warp(readyAt - 1);
        vm.expectRevert(abi.encodeWithSelector(ScheduledUpgrades.UpgradeNotReady.selector, v2, readyAt));
        vm.prank(admin);
        token.upgradeToAndCall(v2, "");

        vm.warp(readyAt);
        vm.prank(admin);
        token.upgradeToAndCall(v2, "");
        assertEq(_implementationOf(address(token)), v2);
        assertEq(EuroTokenV2(address(token)).version(), 2);
        (scheduled, at) = token.scheduledUpgrade();
        assertEq(scheduled, address(0)); // the schedule is used up
    }

    function test_RevertWhen_TheUpgradeIsNotTheScheduledOne() public {
        address v2 = address(new EuroTokenV2(_complianceModule()));
        address other = address(new EuroTokenV2(_complianceModule()));
        vm.expectRevert(abi.encodeWithSelector(ScheduledUpgrades.UpgradeNotScheduled.selector, v2));
        vm.prank(admin);
        token.upgradeToAndCall(v2, "");

        _scheduleTokenUpgrade(v2);
        vm.warp(block.timestamp + ADMIN_DELAY);
        vm.expectRevert(abi.encodeWithSelector(ScheduledUpgrades.UpgradeNotScheduled.selector, other));
        vm.prank(admin);
        token.upgradeToAndCall(other, "");
    }

    function test_ACancelledUpgradeCannotRun() public {
        address v2 = address(new EuroTokenV2(_complianceModule()));
        _scheduleTokenUpgrade(v2);
        vm.expectEmit(address(token));
        emit ScheduledUpgrades.UpgradeCancelled(v2);
        vm.prank(admin);
        token.cancelUpgrade();
        vm.warp(block.timestamp + ADMIN_DELAY);
        vm.expectRevert(abi.encodeWithSelector(ScheduledUpgrades.UpgradeNotScheduled.selector, v2));
        vm.prank(admin);
        token.upgradeToAndCall(v2, "");
    }

    function test_RevertWhen_ScheduledImplementationHasNoCode() public {
        vm.expectRevert(abi.encodeWithSelector(ScheduledUpgrades.UpgradeInvalidImplementation.selector, stranger));
        vm.prank(admin);
        token.scheduleUpgrade(stranger);
    }

    // ================================================================ the state survives

    /// @dev Every kind of state the token keeps, then an upgrade to v2: all of it reads the same, and the
    /// token keeps working on it (the hold executes, the frozen tokens stay frozen, the minter mints).
    function test_UpgradeKeepsBalancesHoldsFreezesEligibilityAndRoles() public {
        mint(alice, 100_00);
        mint(bob, 50_00);
        vm.prank(alice);
        token.hold(HOLD_ID, operator, address(0), 30_00, block.timestamp + 1 days);
        vm.startPrank(operator);
        token.freezePartialTokens(bob, 20_00);
        token.setAddressFrozen(carol, true);
        vm.stopPrank();
        vm.prank(alice);
        token.approve(bob, 7_00);
        vm.prank(admin);
        token.configureMinter(makeAddr("nextMinter"), 1_00); // scheduled, not applied

        IEuroToken.AccountState[3] memory before =
            [token.accountState(alice), token.accountState(bob), token.accountState(carol)];
        uint256 supply = token.totalSupply();
        uint256 headroom = token.mintHeadroom();
        uint256 allowance = token.minterAllowance(operator);
        uint256 epoch = token.eligibilityEpoch();

        _upgradeToken(address(new EuroTokenV2(_complianceModule())));
        assertEq(EuroTokenV2(address(token)).version(), 2);

        IEuroToken.AccountState[3] memory after_ =
            [token.accountState(alice), token.accountState(bob), token.accountState(carol)];
        for (uint256 i; i < 3; ++i) {
            assertEq(after_[i].balance, before[i].balance);
            assertEq(after_[i].held, before[i].held);
            assertEq(after_[i].frozen, before[i].frozen);
            assertEq(after_[i].verifiedUntil, before[i].verifiedUntil);
            assertEq(after_[i].addressFrozen, before[i].addressFrozen);
        }
        assertEq(token.totalSupply(), supply);
        assertEq(token.mintHeadroom(), headroom);
        assertEq(token.minterAllowance(operator), allowance);
        assertEq(token.eligibilityEpoch(), epoch);
        assertEq(token.allowance(alice, bob), 7_00);
        assertTrue(token.isEligible(alice));
        assertFalse(token.isEligible(carol));
        assertEq(token.defaultAdmin(), admin);
        assertEq(token.defaultAdminDelay(), ADMIN_DELAY);
        assertTrue(token.hasRole(token.MINTER_ROLE(), operator));
        assertTrue(token.hasRole(token.BURNER_ROLE(), operator));
        assertTrue(token.hasRole(token.COMPLIANCE_ROLE(), operator));
        assertTrue(token.hasRole(token.NOTARY_ROLE(), operator));
        assertEq(address(token.identityRegistry()), address(registry));
        IHoldable.Hold memory h = token.getHold(alice, HOLD_ID);
        assertEq(h.amount, 30_00);
        assertTrue(h.status == IHoldable.HoldStatus.Ordered);

        // And it keeps working on that state.
        vm.prank(operator);
        token.executeHold(alice, HOLD_ID);
        assertEq(token.balanceOf(alice), 70_00);
        vm.expectRevert();
        vm.prank(bob);
        token.transfer(alice, 30_01); // 20.00 of bob's 50.00 are still frozen
        mint(alice, 1_00);
        assertEq(token.totalSupply(), supply - 30_00 + 1_00);
        onboard(makeAddr("after-upgrade")); // the registry still pushes eligibility to the token
        assertTrue(token.isEligible(makeAddr("after-upgrade")));
    }

    function test_RegistryUpgradeKeepsRecordsIssuersTokensAndRoles() public {
        uint256 aliceUntil = registry.verifiedUntil(alice);
        address aliceIdentity = address(registry.identity(alice));
        IdentityRegistryV2 v2 = new IdentityRegistryV2();
        vm.prank(admin);
        registry.scheduleUpgrade(address(v2));
        vm.warp(block.timestamp + ADMIN_DELAY);
        vm.prank(admin);
        registry.upgradeToAndCall(address(v2), "");
        assertEq(IdentityRegistryV2(address(registry)).version(), 2);
        assertEq(registry.verifiedUntil(alice), aliceUntil);
        assertEq(address(registry.identity(alice)), aliceIdentity);
        assertEq(registry.investorCountry(alice), FRANCE);
        assertEq(registry.trustedIssuers()[0], address(issuer));
        assertEq(registry.boundTokens()[0], address(token));
        assertEq(registry.claimTopic(), KYC_TOPIC);
        assertEq(address(registry.identityFactory()), address(factory));
        assertTrue(registry.hasRole(registry.AGENT_ROLE(), operator));
        assertEq(registry.defaultAdmin(), admin);
        onboard(makeAddr("after-upgrade"));
        assertTrue(registry.isVerified(makeAddr("after-upgrade")));
    }

    // ================================================================ helpers

    function _scheduleTokenUpgrade(address implementation) internal {
        vm.prank(admin);
        token.scheduleUpgrade(implementation);
    }

    function _upgradeToken(address implementation) internal {
        _scheduleTokenUpgrade(implementation);
        uint256 now_ = block.timestamp;
        vm.warp(now_ + ADMIN_DELAY);
        vm.prank(admin);
        token.upgradeToAndCall(implementation, "");
        vm.warp(now_);
    }

    function _implementationOf(address proxy) internal view returns (address) {
        return address(uint160(uint256(vm.load(proxy, IMPLEMENTATION_SLOT))));
    }

    function _complianceModule() internal returns (address) {
        return address(new EuroTokenComplianceModule());
    }

    function _tokenImplementation() internal view returns (EuroToken) {
        return EuroToken(_implementationOf(address(token)));
    }
}
