// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAccessControlDefaultAdminRules} from "@openzeppelin/contracts/access/extensions/IAccessControlDefaultAdminRules.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {EuroToken} from "../src/EuroToken.sol";
import {IdentityRegistry} from "../src/identity/IdentityRegistry.sol";
import {IEligibilityConsumer} from "../src/interfaces/IEligibilityConsumer.sol";
import {IEuroToken} from "../src/interfaces/IEuroToken.sol";
import {IIdentityRegistry} from "../src/interfaces/IIdentityRegistry.sol";
import {Fixture} from "./utils/Fixture.sol";

/// @notice ERC-20 behaviour of EURT: construction, metadata, gated transfers, allowances, the eligibility cache and views.
contract TokenTest is Fixture {
    // ================================================================ metadata and construction

    function test_Metadata() public view {
        assertEq(token.name(), "Euro Token");
        assertEq(token.symbol(), "EURT");
        assertEq(token.decimals(), 2);
        assertEq(address(token.identityRegistry()), address(registry));
        assertEq(token.DOMAIN_SEPARATOR(), tokenDomain());
        assertEq(token.MINTER_ROLE(), keccak256("MINTER_ROLE"));
        assertEq(token.BURNER_ROLE(), keccak256("BURNER_ROLE"));
        assertEq(token.PAUSER_ROLE(), keccak256("PAUSER_ROLE"));
        assertEq(token.COMPLIANCE_ROLE(), keccak256("COMPLIANCE_ROLE"));
        assertEq(token.RESERVE_ATTESTER_ROLE(), keccak256("RESERVE_ATTESTER_ROLE"));
        assertTrue(token.hasRole(token.DEFAULT_ADMIN_ROLE(), admin));
    }

    function test_RevertWhen_ConstructedWithZeroAdmin() public {
        EuroToken implementation = newTokenImplementation();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControlDefaultAdminRules.AccessControlInvalidDefaultAdmin.selector, address(0))
        );
        deployTokenProxy(implementation, address(0), registry, 1 days, operator, 1);
    }

    function test_RevertWhen_ConstructedWithZeroRegistry() public {
        EuroToken implementation = newTokenImplementation();
        vm.expectRevert(IEuroToken.EURTZeroAddress.selector);
        deployTokenProxy(implementation, admin, IdentityRegistry(address(0)), 1 days, operator, 1);
    }

    function test_RevertWhen_ConstructedWithHugeAttestationAge() public {
        uint256 tooLarge = 7 days + 1;
        EuroToken implementation = newTokenImplementation();
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTValueTooLarge.selector, tooLarge, 7 days));
        deployTokenProxy(implementation, admin, registry, tooLarge, operator, 1);
    }

    // ================================================================ transfers

    function test_Transfer() public {
        mint(alice, 100_00);
        vm.expectEmit(address(token));
        emit IERC20.Transfer(alice, bob, 40_00);
        vm.prank(alice);
        assertTrue(token.transfer(bob, 40_00));
        assertEq(token.balanceOf(alice), 60_00);
        assertEq(token.balanceOf(bob), 40_00);
        assertEq(token.totalSupply(), 100_00);
    }

    function test_Transfer_ToSelf() public {
        mint(alice, 100_00);
        vm.prank(alice);
        token.transfer(alice, 30_00);
        assertEq(token.balanceOf(alice), 100_00);
    }

    function test_Transfer_ZeroValue() public {
        vm.prank(alice);
        token.transfer(bob, 0);
        assertEq(token.balanceOf(bob), 0);
    }

    function test_RevertWhen_TransferFromUnverified() public {
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTUnverifiedAccount.selector, stranger));
        vm.prank(stranger);
        token.transfer(alice, 0);
    }

    function test_RevertWhen_TransferToUnverified() public {
        mint(alice, 100_00);
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTUnverifiedAccount.selector, stranger));
        vm.prank(alice);
        token.transfer(stranger, 1);
    }

    function test_RevertWhen_TransferToZeroAddress() public {
        mint(alice, 100_00);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(0)));
        vm.prank(alice);
        token.transfer(address(0), 1);
    }

    function test_RevertWhen_TransferExceedsBalance() public {
        mint(alice, 100_00);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, 100_00, 100_01));
        vm.prank(alice);
        token.transfer(bob, 100_01);
    }

    function test_RevertWhen_TransferAfterClaimExpired() public {
        mint(alice, 100_00);
        vm.warp(block.timestamp + KYC_VALIDITY);
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTUnverifiedAccount.selector, alice));
        vm.prank(alice);
        token.transfer(bob, 1);
    }

    function test_RevertWhen_TransferWhilePaused() public {
        mint(alice, 100_00);
        vm.prank(operator);
        token.pause();
        vm.expectRevert(Pausable.EnforcedPause.selector);
        vm.prank(alice);
        token.transfer(bob, 1);
    }

    function testFuzz_Transfer(uint256 minted, uint256 sent) public {
        minted = bound(minted, 1, MINTER_ALLOWANCE);
        sent = bound(sent, 0, minted);
        mint(alice, minted);
        vm.prank(alice);
        token.transfer(bob, sent);
        assertEq(token.balanceOf(alice), minted - sent);
        assertEq(token.balanceOf(bob), sent);
        assertEq(token.totalSupply(), minted);
    }

    function testFuzz_RevertWhen_TransferExceedsBalance(uint256 minted, uint256 sent) public {
        minted = bound(minted, 0, MINTER_ALLOWANCE);
        sent = bound(sent, minted + 1, type(uint256).max);
        if (minted != 0) mint(alice, minted);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, minted, sent));
        vm.prank(alice);
        token.transfer(bob, sent);
    }

    // ================================================================ allowances

    function test_ApproveAndTransferFrom() public {
        mint(alice, 100_00);
        vm.expectEmit(address(token));
        emit IERC20.Approval(alice, carol, 50_00);
        vm.prank(alice);
        assertTrue(token.approve(carol, 50_00));
        vm.prank(carol);
        assertTrue(token.transferFrom(alice, bob, 20_00));
        assertEq(token.allowance(alice, carol), 30_00);
        assertEq(token.balanceOf(bob), 20_00);
    }

    function test_TransferFrom_InfiniteAllowanceIsNotSpent() public {
        mint(alice, 100_00);
        vm.prank(alice);
        token.approve(carol, type(uint256).max);
        vm.prank(carol);
        token.transferFrom(alice, bob, 20_00);
        assertEq(token.allowance(alice, carol), type(uint256).max);
    }

    function test_TransferFrom_SpenderNeedNotBeVerified() public {
        mint(alice, 100_00);
        vm.prank(alice);
        token.approve(stranger, 10_00);
        vm.prank(stranger);
        token.transferFrom(alice, bob, 10_00);
        assertEq(token.balanceOf(bob), 10_00);
    }

    function test_RevertWhen_TransferFromExceedsAllowance() public {
        mint(alice, 100_00);
        vm.prank(alice);
        token.approve(carol, 10_00);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, carol, 10_00, 10_01));
        vm.prank(carol);
        token.transferFrom(alice, bob, 10_01);
    }

    function test_RevertWhen_TransferFromWhilePaused() public {
        mint(alice, 100_00);
        vm.prank(alice);
        token.approve(carol, 10_00);
        vm.prank(operator);
        token.pause();
        vm.expectRevert(Pausable.EnforcedPause.selector);
        vm.prank(carol);
        token.transferFrom(alice, bob, 1);
    }

    function test_RevertWhen_ApproveZeroSpender() public {
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidSpender.selector, address(0)));
        vm.prank(alice);
        token.approve(address(0), 1);
    }

    function test_RevertWhen_ApproveWhilePaused() public {
        vm.prank(operator);
        token.pause();
        vm.expectRevert(Pausable.EnforcedPause.selector);
        vm.prank(alice);
        token.approve(bob, 5);
    }

    // ================================================================ eligibility cache and views

    function test_AccountState() public {
        mint(alice, 100_00);
        vm.startPrank(operator);
        token.freezePartialTokens(alice, 10_00);
        token.setAddressFrozen(alice, true);
        vm.stopPrank();
        IEuroToken.AccountState memory state = token.accountState(alice);
        assertEq(state.balance, 100_00);
        assertEq(state.held, 0);
        assertEq(state.frozen, 10_00);
        assertEq(state.verifiedUntil, START + KYC_VALIDITY);
        assertTrue(state.addressFrozen);
        assertFalse(token.isEligible(alice));
        assertTrue(token.isEligible(bob));
        assertFalse(token.isEligible(stranger));
    }

    function test_RevertWhen_UpdateEligibilityNotFromRegistry() public {
        vm.expectRevert(abi.encodeWithSelector(IEligibilityConsumer.EURTUnauthorizedRegistry.selector, admin));
        vm.prank(admin);
        token.updateEligibility(stranger, type(uint32).max);
    }

    function test_UpdateEligibility_ClampsTo32Bits() public {
        vm.expectEmit(address(token));
        emit IEligibilityConsumer.EligibilityUpdated(stranger, type(uint32).max);
        vm.prank(address(registry));
        token.updateEligibility(stranger, type(uint64).max);
        assertEq(token.accountState(stranger).verifiedUntil, type(uint32).max);
        assertTrue(token.isEligible(stranger));
    }
}
