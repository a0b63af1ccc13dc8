// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IEuroToken} from "../src/interfaces/IEuroToken.sol";
import {IHoldable} from "../src/interfaces/IHoldable.sol";
import {Fixture} from "./utils/Fixture.sol";

/// @notice One test per finding of the independent review (issue 12), named after it. Each failed against
/// the phase-1 token (the split without behaviour change) and passes with its fix.
contract ReviewFindingsTest is Fixture {
    // ================================================================ 1. burns refill the reserve ceiling

    /// @dev The review's proof: attest 1,000, mint 1,000, redeem 600, mint 600 again. The bank holds 400.
    function test_Finding1_BurnsDoNotRefillTheReserveCeiling() public {
        vm.prank(operator);
        token.attestReserve(1_000_00);
        mint(alice, 1_000_00);
        vm.prank(operator);
        token.burn(alice, 600_00);
        assertEq(token.mintHeadroom(), 0);
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTReserveHeadroomExceeded.selector, 0, 600_00));
        mint(alice, 600_00);
        // A new attestation of what the bank really holds (400) opens no room either.
        vm.warp(block.timestamp + 1);
        vm.prank(operator);
        token.attestReserve(400_00);
        assertEq(token.mintHeadroom(), 0);
    }

    function test_Finding1_AttestationAsOfIsStrictlyIncreasingAndNotInTheFuture() public {
        vm.warp(block.timestamp + 100);
        vm.prank(operator);
        token.attestReserve(10_00, block.timestamp - 10);
        (, uint256 asOf,) = token.reserveAttestation();
        assertEq(asOf, block.timestamp - 10);

        vm.expectRevert(
            abi.encodeWithSelector(
                IEuroToken.EURTAttestationOutOfOrder.selector, block.timestamp - 10, block.timestamp - 10, block.timestamp
            )
        );
        vm.prank(operator);
        token.attestReserve(20_00, block.timestamp - 10);

        vm.expectRevert(
            abi.encodeWithSelector(
                IEuroToken.EURTAttestationOutOfOrder.selector, block.timestamp + 1, block.timestamp - 10, block.timestamp
            )
        );
        vm.prank(operator);
        token.attestReserve(20_00, block.timestamp + 1);
    }

    /// @dev Freshness counts from the time the figure is as of, not from when it was submitted.
    function test_Finding1_FreshnessCountsFromAsOf() public {
        vm.warp(block.timestamp + 2 days);
        vm.prank(operator);
        token.attestReserve(10_00, block.timestamp - MAX_ATTESTATION_AGE - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IEuroToken.EURTReserveAttestationStale.selector, block.timestamp - MAX_ATTESTATION_AGE - 1, MAX_ATTESTATION_AGE
            )
        );
        mint(alice, 1);
    }

    /// @dev Today up to 2^40 s may be set, which switches staleness off.
    function test_Finding1_MaxAttestationAgeIsCapped() public {
        uint256 limit = 7 days;
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTValueTooLarge.selector, uint256(type(uint40).max), limit));
        vm.prank(admin);
        token.setMaxAttestationAge(type(uint40).max);
    }
}
