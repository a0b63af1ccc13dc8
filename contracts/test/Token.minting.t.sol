// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {EuroToken} from "../src/EuroToken.sol";
import {IEuroToken} from "../src/interfaces/IEuroToken.sol";
import {Fixture} from "./utils/Fixture.sol";

/// @notice Reserve-gated minting, minter allowances, burning and reserve attestations of EURT.
contract TokenMintingTest is Fixture {
    // ================================================================ minting

    function test_Mint() public {
        vm.expectEmit(address(token));
        emit IEuroToken.MintAllowanceUsed(operator, 250_00, MINTER_ALLOWANCE - 250_00);
        vm.expectEmit(address(token));
        emit IERC20.Transfer(address(0), alice, 250_00);
        mint(alice, 250_00);
        assertEq(token.balanceOf(alice), 250_00);
        assertEq(token.totalSupply(), 250_00);
        assertEq(token.minterAllowance(operator), MINTER_ALLOWANCE - 250_00);
    }

    function test_RevertWhen_MintByNonMinter() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, token.MINTER_ROLE()
            )
        );
        vm.prank(stranger);
        token.mint(alice, 1);
    }

    function test_RevertWhen_MintExceedsMinterAllowance() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IEuroToken.EURTMinterAllowanceExceeded.selector, operator, MINTER_ALLOWANCE, MINTER_ALLOWANCE + 1
            )
        );
        mint(alice, MINTER_ALLOWANCE + 1);
    }

    function test_RevertWhen_MintExceedsReserve() public {
        vm.prank(operator);
        token.attestReserve(100_00);
        mint(alice, 60_00);
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTReserveExceeded.selector, 100_01, 100_00));
        mint(bob, 40_01);
    }

    function test_Mint_UpToReserveExactly() public {
        vm.prank(operator);
        token.attestReserve(100_00);
        mint(alice, 100_00);
        assertEq(token.totalSupply(), 100_00);
    }

    function test_RevertWhen_MintWithStaleAttestation() public {
        vm.warp(block.timestamp + MAX_ATTESTATION_AGE + 1);
        vm.expectRevert(
            abi.encodeWithSelector(IEuroToken.EURTReserveAttestationStale.selector, START, MAX_ATTESTATION_AGE)
        );
        mint(alice, 1);
    }

    function test_Mint_AtAttestationAgeLimit() public {
        vm.warp(block.timestamp + MAX_ATTESTATION_AGE);
        mint(alice, 1);
        assertEq(token.balanceOf(alice), 1);
    }

    function test_RevertWhen_MintWithoutAnyAttestation() public {
        EuroToken fresh = deployToken(admin, registry, 1 days, operator, 100);
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTReserveAttestationStale.selector, 0, 1 days));
        vm.prank(operator);
        fresh.mint(alice, 1);
    }

    function test_RevertWhen_MintToUnverified() public {
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTUnverifiedAccount.selector, stranger));
        mint(stranger, 1);
    }

    function test_RevertWhen_MintToZeroAddress() public {
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(0)));
        mint(address(0), 1);
    }

    function test_RevertWhen_MintToFrozen() public {
        vm.prank(operator);
        token.setAddressFrozen(alice, true);
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTAddressFrozen.selector, alice));
        mint(alice, 1);
    }

    function test_RevertWhen_MintZero() public {
        vm.expectRevert(IEuroToken.EURTZeroAmount.selector);
        mint(alice, 0);
    }

    function test_RevertWhen_MintWhilePaused() public {
        vm.prank(operator);
        token.pause();
        vm.expectRevert(Pausable.EnforcedPause.selector);
        mint(alice, 1);
    }

    function test_RevertWhen_MintExceedsSupplyCap() public {
        uint256 cap = type(uint64).max;
        configureMinterNow(operator, type(uint128).max);
        vm.prank(operator);
        token.attestReserve(cap);
        mint(alice, cap);
        // The reserve itself cannot exceed the cap, so the reserve check stops the next cent first.
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTReserveExceeded.selector, cap + 1, cap));
        mint(bob, 1);
    }

    function test_BatchMint() public {
        address[] memory to = new address[](3);
        uint256[] memory amounts = new uint256[](3);
        (to[0], to[1], to[2]) = (alice, bob, carol);
        (amounts[0], amounts[1], amounts[2]) = (1_00, 2_00, 3_00);
        vm.expectEmit(address(token));
        emit IEuroToken.MintAllowanceUsed(operator, 6_00, MINTER_ALLOWANCE - 6_00);
        vm.prank(operator);
        token.batchMint(to, amounts);
        assertEq(token.balanceOf(alice), 1_00);
        assertEq(token.balanceOf(bob), 2_00);
        assertEq(token.balanceOf(carol), 3_00);
        assertEq(token.totalSupply(), 6_00);
    }

    function test_RevertWhen_BatchMintLengthMismatch() public {
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTArrayLengthMismatch.selector, 2, 1));
        vm.prank(operator);
        token.batchMint(new address[](2), new uint256[](1));
    }

    function test_RevertWhen_BatchMintTotalExceedsReserve() public {
        vm.prank(operator);
        token.attestReserve(5_00);
        address[] memory to = new address[](2);
        uint256[] memory amounts = new uint256[](2);
        (to[0], to[1]) = (alice, bob);
        (amounts[0], amounts[1]) = (3_00, 3_00);
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTReserveExceeded.selector, 6_00, 5_00));
        vm.prank(operator);
        token.batchMint(to, amounts);
    }

    function test_BatchMint_SkipsUnverified() public {
        address[] memory to = new address[](2);
        uint256[] memory amounts = new uint256[](2);
        (to[0], to[1]) = (alice, stranger);
        (amounts[0], amounts[1]) = (1, 1);
        vm.expectEmit(address(token));
        emit IEuroToken.MintSkipped(stranger, 1, 1, IEuroToken.EURTUnverifiedAccount.selector);
        vm.prank(operator);
        assertEq(token.batchMint(to, amounts), 2);
        assertEq(token.totalSupply(), 1);
        assertEq(token.minterAllowance(operator), MINTER_ALLOWANCE - 1);
    }

    function testFuzz_MintConsumesAllowance(uint256 allowance, uint256 amount) public {
        allowance = bound(allowance, 1, RESERVE);
        amount = bound(amount, 1, allowance);
        configureMinterNow(carol, allowance);
        vm.prank(carol);
        token.mint(alice, amount);
        assertEq(token.minterAllowance(carol), allowance - amount);
        assertEq(token.totalSupply(), amount);
    }

    // ================================================================ minters

    function test_ConfigureMinter() public {
        vm.expectEmit(address(token));
        emit IEuroToken.MinterConfigurationScheduled(carol, 7, block.timestamp + ADMIN_DELAY);
        vm.prank(admin);
        token.configureMinter(carol, 7);
        assertFalse(token.hasRole(token.MINTER_ROLE(), carol));
        vm.warp(block.timestamp + ADMIN_DELAY);
        vm.expectEmit(address(token));
        emit IEuroToken.MinterConfigured(carol, 7);
        vm.prank(admin);
        token.configureMinter(carol, 7);
        assertTrue(token.hasRole(token.MINTER_ROLE(), carol));
        assertEq(token.minterAllowance(carol), 7);
    }

    function test_RemoveMinter() public {
        vm.expectEmit(address(token));
        emit IEuroToken.MinterRemoved(operator);
        vm.prank(admin);
        token.removeMinter(operator);
        assertFalse(token.hasRole(token.MINTER_ROLE(), operator));
        assertEq(token.minterAllowance(operator), 0);
    }

    function test_RevertWhen_ConfigureMinterByNonAdmin() public {
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, operator, bytes32(0))
        );
        vm.prank(operator);
        token.configureMinter(operator, type(uint256).max);
    }

    function test_RevertWhen_RemoveMinterByNonAdmin() public {
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, operator, bytes32(0))
        );
        vm.prank(operator);
        token.removeMinter(operator);
    }

    // ================================================================ burning

    /// @dev The burner's own (redemption) account must be verified to receive what it burns.
    function _fundBurner(uint256 amount) private {
        onboard(operator);
        mint(operator, amount);
    }

    function test_Burn_OwnBalance() public {
        _fundBurner(100_00);
        vm.expectEmit(address(token));
        emit IERC20.Transfer(operator, address(0), 30_00);
        vm.prank(operator);
        token.burn(30_00);
        assertEq(token.balanceOf(operator), 70_00);
        assertEq(token.totalSupply(), 70_00);
    }

    function test_Seize_BurnsAFrozenCustomersTokens() public {
        mint(alice, 100_00);
        vm.startPrank(operator);
        token.setAddressFrozen(alice, true);
        vm.expectEmit(address(token));
        emit IEuroToken.ForcedTransfer(alice, address(0), 100_00, operator);
        token.forcedTransfer(alice, address(0), 100_00);
        vm.stopPrank();
        assertEq(token.balanceOf(alice), 0);
        assertEq(token.totalSupply(), 0);
    }

    function test_RevertWhen_SeizeToZeroByNonBurner() public {
        mint(alice, 100_00);
        bytes32 complianceRole = token.COMPLIANCE_ROLE();
        vm.prank(admin);
        token.grantRole(complianceRole, carol);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, carol, token.BURNER_ROLE())
        );
        vm.prank(carol);
        token.forcedTransfer(alice, address(0), 1);
    }

    function test_RevertWhen_BurnExceedsSpendable() public {
        _fundBurner(100_00);
        vm.prank(operator);
        token.freezePartialTokens(operator, 30_00);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, operator, 70_00, 70_01));
        vm.prank(operator);
        token.burn(70_01);
    }

    function test_RevertWhen_BurnByNonBurner() public {
        mint(alice, 100_00);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, alice, token.BURNER_ROLE())
        );
        vm.prank(alice);
        token.burn(1);
    }

    function test_RevertWhen_BurnZero() public {
        vm.expectRevert(IEuroToken.EURTZeroAmount.selector);
        vm.prank(operator);
        token.burn(0);
    }

    function test_RevertWhen_BurnWhilePaused() public {
        _fundBurner(100_00);
        vm.startPrank(operator);
        token.pause();
        vm.expectRevert(Pausable.EnforcedPause.selector);
        token.burn(1);
        vm.stopPrank();
    }

    function testFuzz_MintThenBurn(uint256 minted, uint256 burned) public {
        minted = bound(minted, 1, MINTER_ALLOWANCE);
        burned = bound(burned, 1, minted);
        _fundBurner(minted);
        vm.prank(operator);
        token.burn(burned);
        assertEq(token.balanceOf(operator), minted - burned);
        assertEq(token.totalSupply(), minted - burned);
    }

    // ================================================================ reserve

    function test_AttestReserve() public {
        mint(alice, 5_00);
        vm.warp(block.timestamp + 10);
        vm.expectEmit(address(token));
        emit IEuroToken.ReserveAttested(77_00, block.timestamp, 5_00);
        vm.prank(operator);
        token.attestReserve(77_00);
        (uint256 reserve, uint256 attestedAt, uint256 maxAge) = token.reserveAttestation();
        assertEq(reserve, 77_00);
        assertEq(attestedAt, block.timestamp);
        assertEq(maxAge, MAX_ATTESTATION_AGE);
    }

    function test_AttestReserve_BelowSupplyStopsMinting() public {
        mint(alice, 50_00);
        vm.prank(operator);
        token.attestReserve(40_00);
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTReserveExceeded.selector, 50_01, 40_00));
        mint(alice, 1);
    }

    function test_RevertWhen_AttestReserveByNonAttester() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, alice, token.RESERVE_ATTESTER_ROLE()
            )
        );
        vm.prank(alice);
        token.attestReserve(1);
    }

    function test_RevertWhen_AttestReserveTooLarge() public {
        uint256 tooLarge = uint256(type(uint64).max) + 1;
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTValueTooLarge.selector, tooLarge, type(uint64).max));
        vm.prank(operator);
        token.attestReserve(tooLarge);
    }

    function test_SetMaxAttestationAge() public {
        vm.prank(admin);
        token.setMaxAttestationAge(7 days);
        vm.warp(block.timestamp + ADMIN_DELAY);
        vm.prank(operator);
        token.attestReserve(RESERVE);
        vm.expectEmit(address(token));
        emit IEuroToken.MaxAttestationAgeUpdated(MAX_ATTESTATION_AGE, 7 days);
        vm.prank(admin);
        token.setMaxAttestationAge(7 days);
        vm.warp(block.timestamp + 6 days);
        mint(alice, 1);
        assertEq(token.balanceOf(alice), 1);
    }

    function test_RevertWhen_SetMaxAttestationAgeByNonAdmin() public {
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, operator, bytes32(0))
        );
        vm.prank(operator);
        token.setMaxAttestationAge(7 days);
    }
}
