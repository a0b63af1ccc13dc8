// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {IERC3009} from "../src/interfaces/IERC3009.sol";
import {IEuroToken} from "../src/interfaces/IEuroToken.sol";
import {IHoldable} from "../src/interfaces/IHoldable.sol";
import {ERC1271Wallet} from "./mocks/ERC1271Wallet.sol";
import {Fixture} from "./utils/Fixture.sol";

/// @notice Holds: creation (own and authorized), execution (burn and payee), release and expiry.
contract TokenHoldsTest is Fixture {
    bytes32 internal constant HOLD_ID = keccak256("withdrawal-1");
    uint256 internal expiry;

    function setUp() public override {
        super.setUp();
        mint(alice, 100_00);
        expiry = block.timestamp + 7 days;
    }

    function _authorizedHold(bytes32 holdId, address payee, uint256 amount) internal {
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory signature =
            signDigest(aliceKey, holdDigest(alice, holdId, operator, payee, amount, expiry, deadline));
        vm.prank(operator);
        token.holdWithAuthorization(alice, holdId, operator, payee, amount, expiry, deadline, signature);
    }

    // ================================================================ creation

    function test_Hold() public {
        vm.expectEmit(address(token));
        emit IHoldable.HoldCreated(HOLD_ID, alice, operator, bob, 40_00, expiry);
        vm.prank(alice);
        token.hold(HOLD_ID, operator, bob, 40_00, expiry);
        assertEq(token.balanceOf(alice), 100_00);
        assertEq(token.heldBalanceOf(alice), 40_00);
        assertEq(token.spendableBalanceOf(alice), 60_00);
        IHoldable.Hold memory h = token.getHold(alice, HOLD_ID);
        assertEq(h.holder, alice);
        assertEq(h.notary, operator);
        assertEq(h.payee, bob);
        assertEq(h.amount, 40_00);
        assertEq(h.expiresAt, expiry);
        assertTrue(h.status == IHoldable.HoldStatus.Ordered);
    }

    function test_HoldWithAuthorization() public {
        _authorizedHold(HOLD_ID, address(0), 25_00);
        assertEq(token.heldBalanceOf(alice), 25_00);
        assertEq(token.HOLD_WITH_AUTHORIZATION_TYPEHASH(), keccak256(
            "HoldWithAuthorization(address holder,bytes32 holdId,address notary,address payee,uint256 amount,uint256 expiresAt,uint256 deadline)"
        ));
    }

    function test_HoldWithAuthorization_ContractWallet() public {
        ERC1271Wallet wallet = new ERC1271Wallet(carol);
        onboard(address(wallet));
        mint(address(wallet), 10_00);
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory signature = signDigest(
            carolKey, holdDigest(address(wallet), HOLD_ID, operator, address(0), 10_00, expiry, deadline)
        );
        token.holdWithAuthorization(address(wallet), HOLD_ID, operator, address(0), 10_00, expiry, deadline, signature);
        assertEq(token.heldBalanceOf(address(wallet)), 10_00);
    }

    function test_RevertWhen_HoldAuthorizationReplayed() public {
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory signature =
            signDigest(aliceKey, holdDigest(alice, HOLD_ID, operator, address(0), 1_00, expiry, deadline));
        token.holdWithAuthorization(alice, HOLD_ID, operator, address(0), 1_00, expiry, deadline, signature);
        vm.prank(operator);
        token.releaseHold(alice, HOLD_ID);
        vm.expectRevert(abi.encodeWithSelector(IHoldable.EURTHoldExists.selector, HOLD_ID));
        token.holdWithAuthorization(alice, HOLD_ID, operator, address(0), 1_00, expiry, deadline, signature);
    }

    function test_RevertWhen_HoldAuthorizationExpired() public {
        uint256 deadline = block.timestamp - 1;
        bytes memory signature =
            signDigest(aliceKey, holdDigest(alice, HOLD_ID, operator, address(0), 1_00, expiry, deadline));
        vm.expectRevert(abi.encodeWithSelector(IHoldable.EURTHoldAuthorizationExpired.selector, deadline));
        token.holdWithAuthorization(alice, HOLD_ID, operator, address(0), 1_00, expiry, deadline, signature);
    }

    function test_RevertWhen_HoldAuthorizationSignedByAnother() public {
        uint256 deadline = block.timestamp + 1;
        bytes memory signature =
            signDigest(bobKey, holdDigest(alice, HOLD_ID, operator, address(0), 1_00, expiry, deadline));
        vm.expectRevert(abi.encodeWithSelector(IERC3009.EURTInvalidSignature.selector, alice));
        token.holdWithAuthorization(alice, HOLD_ID, operator, address(0), 1_00, expiry, deadline, signature);
    }

    function test_RevertWhen_HoldAuthorizationTampered() public {
        uint256 deadline = block.timestamp + 1;
        bytes memory signature =
            signDigest(aliceKey, holdDigest(alice, HOLD_ID, operator, address(0), 1_00, expiry, deadline));
        vm.expectRevert(abi.encodeWithSelector(IERC3009.EURTInvalidSignature.selector, alice));
        token.holdWithAuthorization(alice, HOLD_ID, operator, address(0), 99_00, expiry, deadline, signature);
    }

    function test_RevertWhen_HoldIdReused() public {
        vm.startPrank(alice);
        token.hold(HOLD_ID, operator, address(0), 1_00, expiry);
        vm.expectRevert(abi.encodeWithSelector(IHoldable.EURTHoldExists.selector, HOLD_ID));
        token.hold(HOLD_ID, operator, address(0), 1_00, expiry);
        vm.stopPrank();
    }

    function test_RevertWhen_HoldExceedsSpendable() public {
        vm.prank(operator);
        token.freezePartialTokens(alice, 50_00);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, 50_00, 50_01));
        vm.prank(alice);
        token.hold(HOLD_ID, operator, address(0), 50_01, expiry);
    }

    function test_RevertWhen_HoldWithoutNotary() public {
        vm.expectRevert(abi.encodeWithSelector(IHoldable.EURTInvalidNotary.selector, address(0)));
        vm.prank(alice);
        token.hold(HOLD_ID, address(0), address(0), 1, expiry);
    }

    function test_RevertWhen_HoldZero() public {
        vm.expectRevert(IEuroToken.EURTZeroAmount.selector);
        vm.prank(alice);
        token.hold(HOLD_ID, operator, address(0), 0, expiry);
    }

    function test_RevertWhen_HoldExpiryNotInFuture() public {
        vm.expectRevert(abi.encodeWithSelector(IHoldable.EURTInvalidHoldExpiry.selector, block.timestamp));
        vm.prank(alice);
        token.hold(HOLD_ID, operator, address(0), 1, block.timestamp);
    }

    function test_RevertWhen_HoldExpiryTooFar() public {
        uint256 far = block.timestamp + token.MAX_HOLD_DURATION() + 1;
        vm.expectRevert(abi.encodeWithSelector(IHoldable.EURTInvalidHoldExpiry.selector, far));
        vm.prank(alice);
        token.hold(HOLD_ID, operator, address(0), 1, far);
    }

    function test_RevertWhen_HoldByUnverified() public {
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTUnverifiedAccount.selector, stranger));
        vm.prank(stranger);
        token.hold(HOLD_ID, operator, address(0), 1, expiry);
    }

    function test_RevertWhen_HoldByFrozen() public {
        vm.prank(operator);
        token.setAddressFrozen(alice, true);
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTAddressFrozen.selector, alice));
        vm.prank(alice);
        token.hold(HOLD_ID, operator, address(0), 1, expiry);
    }

    function test_RevertWhen_HoldWhilePaused() public {
        vm.prank(operator);
        token.pause();
        vm.expectRevert(Pausable.EnforcedPause.selector);
        vm.prank(alice);
        token.hold(HOLD_ID, operator, address(0), 1, expiry);
    }

    function test_RevertWhen_HoldWithAuthorizationWhilePaused() public {
        vm.prank(operator);
        token.pause();
        vm.expectRevert(Pausable.EnforcedPause.selector);
        token.holdWithAuthorization(alice, HOLD_ID, operator, address(0), 1, expiry, block.timestamp, "");
    }

    function test_RevertWhen_SpendingHeldTokens() public {
        vm.prank(alice);
        token.hold(HOLD_ID, operator, address(0), 70_00, expiry);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, 30_00, 30_01));
        vm.prank(alice);
        token.transfer(bob, 30_01);
    }

    // ================================================================ execution

    function test_ExecuteHold_Burns() public {
        _authorizedHold(HOLD_ID, address(0), 40_00);
        vm.expectEmit(address(token));
        emit IERC20.Transfer(alice, address(0), 40_00);
        vm.expectEmit(address(token));
        emit IHoldable.HoldExecuted(alice, HOLD_ID, address(0), operator, 40_00);
        vm.prank(operator);
        token.executeHold(alice, HOLD_ID);
        assertEq(token.balanceOf(alice), 60_00);
        assertEq(token.heldBalanceOf(alice), 0);
        assertEq(token.totalSupply(), 60_00);
        assertTrue(token.getHold(alice, HOLD_ID).status == IHoldable.HoldStatus.Executed);
    }

    function test_ExecuteHold_ToPayee() public {
        _authorizedHold(HOLD_ID, bob, 40_00);
        vm.expectEmit(address(token));
        emit IERC20.Transfer(alice, bob, 40_00);
        vm.prank(operator);
        token.executeHold(alice, HOLD_ID);
        assertEq(token.balanceOf(alice), 60_00);
        assertEq(token.balanceOf(bob), 40_00);
        assertEq(token.heldBalanceOf(alice), 0);
        assertEq(token.totalSupply(), 100_00);
    }

    function test_ExecuteHold_PayeeNotaryNeedsNoBurnerRole() public {
        bytes32 notaryRole = token.NOTARY_ROLE();
        vm.prank(admin);
        token.grantRole(notaryRole, carol);
        vm.prank(alice);
        token.hold(HOLD_ID, carol, bob, 10_00, expiry);
        vm.prank(carol);
        token.executeHold(alice, HOLD_ID);
        assertEq(token.balanceOf(bob), 10_00);
    }

    function test_RevertWhen_BurningHoldNotaryLacksBurnerRole() public {
        bytes32 notaryRole = token.NOTARY_ROLE();
        vm.prank(admin);
        token.grantRole(notaryRole, carol);
        vm.prank(alice);
        token.hold(HOLD_ID, carol, address(0), 10_00, expiry);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, carol, token.BURNER_ROLE())
        );
        vm.prank(carol);
        token.executeHold(alice, HOLD_ID);
    }

    function test_RevertWhen_ExecuteHoldByNonNotary() public {
        _authorizedHold(HOLD_ID, address(0), 1_00);
        vm.expectRevert(abi.encodeWithSelector(IHoldable.EURTHoldUnauthorized.selector, HOLD_ID, bob, operator));
        vm.prank(bob);
        token.executeHold(alice, HOLD_ID);
    }

    function test_RevertWhen_ExecuteHoldAfterExpiry() public {
        _authorizedHold(HOLD_ID, address(0), 1_00);
        vm.warp(expiry);
        vm.expectRevert(abi.encodeWithSelector(IHoldable.EURTHoldExpired.selector, HOLD_ID, expiry));
        vm.prank(operator);
        token.executeHold(alice, HOLD_ID);
    }

    function test_RevertWhen_ExecuteHoldTwice() public {
        _authorizedHold(HOLD_ID, address(0), 1_00);
        vm.startPrank(operator);
        token.executeHold(alice, HOLD_ID);
        vm.expectRevert(
            abi.encodeWithSelector(IHoldable.EURTHoldNotActive.selector, HOLD_ID, IHoldable.HoldStatus.Executed)
        );
        token.executeHold(alice, HOLD_ID);
        vm.stopPrank();
    }

    function test_RevertWhen_ExecuteUnknownHold() public {
        vm.expectRevert(
            abi.encodeWithSelector(IHoldable.EURTHoldNotActive.selector, HOLD_ID, IHoldable.HoldStatus.Nonexistent)
        );
        vm.prank(operator);
        token.executeHold(alice, HOLD_ID);
    }

    function test_RevertWhen_ExecuteHoldWhilePaused() public {
        _authorizedHold(HOLD_ID, address(0), 1_00);
        vm.startPrank(operator);
        token.pause();
        vm.expectRevert(Pausable.EnforcedPause.selector);
        token.executeHold(alice, HOLD_ID);
        vm.stopPrank();
    }

    function test_RevertWhen_ExecuteHoldOfFrozenHolder() public {
        _authorizedHold(HOLD_ID, address(0), 1_00);
        vm.startPrank(operator);
        token.setAddressFrozen(alice, true);
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTAddressFrozen.selector, alice));
        token.executeHold(alice, HOLD_ID);
        vm.stopPrank();
    }

    function test_RevertWhen_ExecuteHoldToUnverifiedPayee() public {
        _authorizedHold(HOLD_ID, stranger, 1_00);
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTUnverifiedAccount.selector, stranger));
        vm.prank(operator);
        token.executeHold(alice, HOLD_ID);
    }

    // ================================================================ release

    function test_ReleaseHold_ByNotary() public {
        _authorizedHold(HOLD_ID, address(0), 40_00);
        vm.expectEmit(address(token));
        emit IHoldable.HoldReleased(alice, HOLD_ID, operator, 40_00);
        vm.prank(operator);
        token.releaseHold(alice, HOLD_ID);
        assertEq(token.heldBalanceOf(alice), 0);
        assertEq(token.spendableBalanceOf(alice), 100_00);
        assertTrue(token.getHold(alice, HOLD_ID).status == IHoldable.HoldStatus.Released);
    }

    function test_ReleaseHold_ByAnyoneAfterExpiry() public {
        _authorizedHold(HOLD_ID, address(0), 40_00);
        vm.warp(expiry);
        vm.prank(stranger);
        token.releaseHold(alice, HOLD_ID);
        assertEq(token.heldBalanceOf(alice), 0);
    }

    function test_ReleaseHold_WhilePaused() public {
        _authorizedHold(HOLD_ID, address(0), 40_00);
        vm.startPrank(operator);
        token.pause();
        token.releaseHold(alice, HOLD_ID);
        vm.stopPrank();
        assertEq(token.heldBalanceOf(alice), 0);
    }

    function test_RevertWhen_ReleaseHoldByOtherBeforeExpiry() public {
        _authorizedHold(HOLD_ID, address(0), 40_00);
        vm.expectRevert(abi.encodeWithSelector(IHoldable.EURTHoldNotExpired.selector, HOLD_ID, expiry));
        vm.prank(alice);
        token.releaseHold(alice, HOLD_ID);
    }

    function test_RevertWhen_ReleaseHoldTwice() public {
        _authorizedHold(HOLD_ID, address(0), 40_00);
        vm.startPrank(operator);
        token.releaseHold(alice, HOLD_ID);
        vm.expectRevert(
            abi.encodeWithSelector(IHoldable.EURTHoldNotActive.selector, HOLD_ID, IHoldable.HoldStatus.Released)
        );
        token.releaseHold(alice, HOLD_ID);
        vm.stopPrank();
    }

    // ================================================================ fuzz

    function testFuzz_HoldLifecycle(uint256 amount, uint256 otherHold, uint8 outcome) public {
        amount = bound(amount, 1, 100_00);
        otherHold = bound(otherHold, 0, 100_00 - amount);
        _authorizedHold(HOLD_ID, address(0), amount);
        if (otherHold != 0) {
            vm.prank(alice);
            token.hold(keccak256("other"), operator, bob, otherHold, expiry);
        }
        assertEq(token.heldBalanceOf(alice), amount + otherHold);
        assertEq(token.spendableBalanceOf(alice), 100_00 - amount - otherHold);

        outcome = outcome % 3;
        if (outcome == 0) {
            vm.prank(operator);
            token.executeHold(alice, HOLD_ID);
            assertEq(token.totalSupply(), 100_00 - amount);
            assertEq(token.balanceOf(alice), 100_00 - amount);
        } else if (outcome == 1) {
            vm.prank(operator);
            token.releaseHold(alice, HOLD_ID);
            assertEq(token.balanceOf(alice), 100_00);
        } else {
            vm.warp(expiry);
            vm.prank(stranger);
            token.releaseHold(alice, HOLD_ID);
            assertEq(token.balanceOf(alice), 100_00);
        }
        assertEq(token.heldBalanceOf(alice), otherHold);
        assertLe(token.heldBalanceOf(alice), token.balanceOf(alice));
    }

    function testFuzz_RevertWhen_HoldExceedsSpendable(uint256 amount) public {
        amount = bound(amount, 100_01, type(uint64).max);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, 100_00, amount));
        vm.prank(alice);
        token.hold(HOLD_ID, operator, address(0), amount, expiry);
    }
}
