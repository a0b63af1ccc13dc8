// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IEuroToken} from "../src/interfaces/IEuroToken.sol";
import {IHoldable} from "../src/interfaces/IHoldable.sol";
import {IIdentity} from "../src/interfaces/IIdentity.sol";
import {IIdentityRegistry} from "../src/interfaces/IIdentityRegistry.sol";
import {Fixture} from "./utils/Fixture.sol";

/// @notice Full and partial freeze, forced transfer and wallet recovery.
contract TokenFreezeTest is Fixture {
    function setUp() public override {
        super.setUp();
        mint(alice, 100_00);
        mint(bob, 100_00);
    }

    // ================================================================ address freeze

    function test_SetAddressFrozen() public {
        vm.expectEmit(address(token));
        emit IEuroToken.AddressFrozen(alice, true, operator);
        vm.prank(operator);
        token.setAddressFrozen(alice, true);
        assertTrue(token.isFrozen(alice));
        assertEq(token.balanceOf(alice), 100_00);
    }

    function test_RevertWhen_FrozenAddressSends() public {
        vm.prank(operator);
        token.setAddressFrozen(alice, true);
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTAddressFrozen.selector, alice));
        vm.prank(alice);
        token.transfer(bob, 1);
    }

    function test_RevertWhen_FrozenAddressReceives() public {
        vm.prank(operator);
        token.setAddressFrozen(bob, true);
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTAddressFrozen.selector, bob));
        vm.prank(alice);
        token.transfer(bob, 1);
    }

    function test_UnfreezeAddress() public {
        vm.startPrank(operator);
        token.setAddressFrozen(alice, true);
        vm.expectEmit(address(token));
        emit IEuroToken.AddressFrozen(alice, false, operator);
        token.setAddressFrozen(alice, false);
        vm.stopPrank();
        assertFalse(token.isFrozen(alice));
        vm.prank(alice);
        token.transfer(bob, 1);
        assertEq(token.balanceOf(bob), 100_01);
    }

    function test_RevertWhen_SetAddressFrozenByNonCompliance() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, alice, token.COMPLIANCE_ROLE()
            )
        );
        vm.prank(alice);
        token.setAddressFrozen(bob, true);
    }

    // ================================================================ partial freeze

    function test_FreezePartialTokens() public {
        vm.expectEmit(address(token));
        emit IEuroToken.TokensFrozen(alice, 30_00);
        vm.prank(operator);
        token.freezePartialTokens(alice, 30_00);
        assertEq(token.getFrozenTokens(alice), 30_00);
        assertEq(token.spendableBalanceOf(alice), 70_00);
        assertEq(token.balanceOf(alice), 100_00);
    }

    function test_RevertWhen_TransferTouchesFrozenTokens() public {
        vm.prank(operator);
        token.freezePartialTokens(alice, 30_00);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, 70_00, 70_01));
        vm.prank(alice);
        token.transfer(bob, 70_01);
    }

    function test_RevertWhen_FreezeMoreThanSpendable() public {
        vm.startPrank(operator);
        token.freezePartialTokens(alice, 60_00);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, 40_00, 40_01));
        token.freezePartialTokens(alice, 40_01);
        vm.stopPrank();
    }

    function test_RevertWhen_FreezeZero() public {
        vm.expectRevert(IEuroToken.EURTZeroAmount.selector);
        vm.prank(operator);
        token.freezePartialTokens(alice, 0);
    }

    function test_UnfreezePartialTokens() public {
        vm.startPrank(operator);
        token.freezePartialTokens(alice, 30_00);
        vm.expectEmit(address(token));
        emit IEuroToken.TokensUnfrozen(alice, 10_00);
        token.unfreezePartialTokens(alice, 10_00);
        vm.stopPrank();
        assertEq(token.getFrozenTokens(alice), 20_00);
        assertEq(token.spendableBalanceOf(alice), 80_00);
    }

    function test_RevertWhen_UnfreezeMoreThanFrozen() public {
        vm.startPrank(operator);
        token.freezePartialTokens(alice, 30_00);
        vm.expectRevert(
            abi.encodeWithSelector(IEuroToken.EURTInsufficientFrozenTokens.selector, alice, 30_00, 30_01)
        );
        token.unfreezePartialTokens(alice, 30_01);
        vm.stopPrank();
    }

    function test_RevertWhen_UnfreezeZero() public {
        vm.expectRevert(IEuroToken.EURTZeroAmount.selector);
        vm.prank(operator);
        token.unfreezePartialTokens(alice, 0);
    }

    function test_RevertWhen_FreezePartialByNonCompliance() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, alice, token.COMPLIANCE_ROLE()
            )
        );
        vm.prank(alice);
        token.freezePartialTokens(alice, 1);
    }

    function test_RevertWhen_UnfreezePartialByNonCompliance() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, alice, token.COMPLIANCE_ROLE()
            )
        );
        vm.prank(alice);
        token.unfreezePartialTokens(alice, 1);
    }

    function testFuzz_PartialFreeze(uint256 frozen, uint256 sent) public {
        frozen = bound(frozen, 1, 100_00);
        sent = bound(sent, 0, 100_00);
        vm.prank(operator);
        token.freezePartialTokens(alice, frozen);
        if (sent > 100_00 - frozen) {
            vm.expectRevert(
                abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, 100_00 - frozen, sent)
            );
        }
        vm.prank(alice);
        token.transfer(bob, sent);
        assertLe(token.getFrozenTokens(alice), token.balanceOf(alice));
    }

    // ================================================================ forced transfer

    function test_ForcedTransfer() public {
        vm.expectEmit(address(token));
        emit IERC20.Transfer(alice, carol, 25_00);
        vm.expectEmit(address(token));
        emit IEuroToken.ForcedTransfer(alice, carol, 25_00, operator);
        vm.prank(operator);
        token.forcedTransfer(alice, carol, 25_00);
        assertEq(token.balanceOf(alice), 75_00);
        assertEq(token.balanceOf(carol), 25_00);
    }

    function test_ForcedTransfer_FromFrozenAddress() public {
        vm.startPrank(operator);
        token.setAddressFrozen(alice, true);
        token.forcedTransfer(alice, carol, 100_00);
        vm.stopPrank();
        assertEq(token.balanceOf(carol), 100_00);
    }

    function test_ForcedTransfer_UnfreezesWhatItNeeds() public {
        vm.startPrank(operator);
        token.freezePartialTokens(alice, 80_00);
        vm.expectEmit(address(token));
        emit IEuroToken.TokensUnfrozen(alice, 10_00);
        token.forcedTransfer(alice, carol, 30_00);
        vm.stopPrank();
        assertEq(token.getFrozenTokens(alice), 70_00);
        assertEq(token.balanceOf(alice), 70_00);
    }

    function test_RevertWhen_ForcedTransferTouchesHeldTokens() public {
        vm.prank(alice);
        token.hold(keccak256("h"), operator, address(0), 60_00, block.timestamp + 1 days);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, 40_00, 40_01));
        vm.prank(operator);
        token.forcedTransfer(alice, carol, 40_01);
    }

    function test_RevertWhen_ForcedTransferToUnverified() public {
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTUnverifiedAccount.selector, stranger));
        vm.prank(operator);
        token.forcedTransfer(alice, stranger, 1);
    }

    function test_RevertWhen_ForcedTransferToSelf() public {
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, alice));
        vm.prank(operator);
        token.forcedTransfer(alice, alice, 1);
    }

    function test_ForcedTransferToZeroAddress_Burns() public {
        vm.prank(operator);
        token.forcedTransfer(alice, address(0), 1);
        assertEq(token.totalSupply(), 100_00 * 2 - 1);
    }

    function test_RevertWhen_ForcedTransferZero() public {
        vm.expectRevert(IEuroToken.EURTZeroAmount.selector);
        vm.prank(operator);
        token.forcedTransfer(alice, bob, 0);
    }

    function test_RevertWhen_ForcedTransferByNonCompliance() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, bob, token.COMPLIANCE_ROLE()
            )
        );
        vm.prank(bob);
        token.forcedTransfer(alice, bob, 1);
    }

    function testFuzz_ForcedTransfer(uint256 frozen, uint256 amount) public {
        frozen = bound(frozen, 1, 100_00);
        amount = bound(amount, 1, 100_00);
        vm.startPrank(operator);
        token.freezePartialTokens(alice, frozen);
        token.forcedTransfer(alice, carol, amount);
        vm.stopPrank();
        uint256 free = 100_00 - frozen;
        uint256 expectedFrozen = amount > free ? frozen - (amount - free) : frozen;
        assertEq(token.getFrozenTokens(alice), expectedFrozen);
        assertEq(token.balanceOf(alice), 100_00 - amount);
        assertLe(token.getFrozenTokens(alice), token.balanceOf(alice));
    }

    // ================================================================ wallet recovery

    function test_RecoverWallet() public {
        address newWallet = makeAddr("alice-new");
        IIdentity identity = registry.identity(alice);
        addWalletKey(address(identity), newWallet);
        vm.startPrank(operator);
        token.freezePartialTokens(alice, 10_00);
        token.setAddressFrozen(alice, true);
        vm.expectEmit(address(token));
        emit IERC20.Transfer(alice, newWallet, 100_00);
        vm.expectEmit(address(token));
        emit IEuroToken.RecoverySuccess(alice, newWallet, address(identity));
        token.recoverWallet(alice, newWallet, address(identity));
        vm.stopPrank();

        assertEq(token.balanceOf(alice), 0);
        assertEq(token.balanceOf(newWallet), 100_00);
        assertEq(token.getFrozenTokens(newWallet), 10_00);
        assertEq(token.getFrozenTokens(alice), 0);
        assertTrue(token.isFrozen(newWallet));
        assertFalse(token.isFrozen(alice));
        assertEq(address(registry.identity(newWallet)), address(identity));
        assertFalse(registry.contains(alice));
        assertTrue(registry.isVerified(newWallet));
        assertFalse(token.isEligible(alice));
        assertEq(token.accountState(newWallet).verifiedUntil, START + KYC_VALIDITY);
    }

    function test_RecoverWallet_NewWalletCanSpend() public {
        address newWallet = makeAddr("alice-new");
        address identity = address(registry.identity(alice));
        addWalletKey(identity, newWallet);
        vm.prank(operator);
        token.recoverWallet(alice, newWallet, identity);
        vm.prank(newWallet);
        token.transfer(bob, 100_00);
        assertEq(token.balanceOf(bob), 200_00);
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTUnverifiedAccount.selector, alice));
        vm.prank(alice);
        token.transfer(bob, 0);
    }

    function test_RevertWhen_RecoverWalletWithWrongIdentity() public {
        address bobIdentity = address(registry.identity(bob));
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTIdentityMismatch.selector, alice, bobIdentity));
        vm.prank(operator);
        token.recoverWallet(alice, makeAddr("new"), bobIdentity);
    }

    function test_RevertWhen_RecoverWalletWithZeroIdentity() public {
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTIdentityMismatch.selector, stranger, address(0)));
        vm.prank(operator);
        token.recoverWallet(stranger, makeAddr("new"), address(0));
    }

    function test_RevertWhen_RecoverWalletRecoveredWithHolds() public {
        vm.prank(alice);
        token.hold(keccak256("h"), operator, address(0), 5_00, block.timestamp + 1 days);
        address identity = address(registry.identity(alice));
        address newWallet = makeAddr("new");
        addWalletKey(identity, newWallet);
        vm.prank(operator);
        token.recoverWallet(alice, newWallet, identity);
        vm.prank(operator);
        registry.registerIdentity(alice, IIdentity(identity), FRANCE);
        addWalletKey(identity, makeAddr("other"));
        vm.expectRevert(abi.encodeWithSelector(IHoldable.EURTWalletRecovered.selector, alice));
        vm.prank(operator);
        token.recoverWallet(alice, makeAddr("other"), identity);
    }

    function test_RevertWhen_RecoverWalletToRegisteredWallet() public {
        address identity = address(registry.identity(alice));
        addWalletKey(identity, bob);
        vm.expectRevert(abi.encodeWithSelector(IIdentityRegistry.RegistryWalletAlreadyRegistered.selector, bob));
        vm.prank(operator);
        token.recoverWallet(alice, bob, identity);
    }

    function test_RevertWhen_RecoverWalletToItself() public {
        address identity = address(registry.identity(alice));
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, alice));
        vm.prank(operator);
        token.recoverWallet(alice, alice, identity);
    }

    function test_RevertWhen_RecoverWalletByNonCompliance() public {
        address identity = address(registry.identity(alice));
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, alice, token.COMPLIANCE_ROLE()
            )
        );
        vm.prank(alice);
        token.recoverWallet(alice, makeAddr("new"), identity);
    }

    function test_RevertWhen_RecoverWalletFromUnboundToken() public {
        address identity = address(registry.identity(alice));
        addWalletKey(identity, makeAddr("new"));
        vm.prank(admin);
        registry.unbindToken(address(token));
        vm.expectRevert(abi.encodeWithSelector(IIdentityRegistry.RegistryUnauthorized.selector, address(token)));
        vm.prank(operator);
        token.recoverWallet(alice, makeAddr("new"), identity);
    }
}
