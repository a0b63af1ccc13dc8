// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {IEuroToken} from "../src/interfaces/IEuroToken.sol";
import {PlainERC20} from "./mocks/PlainERC20.sol";
import {Fixture} from "./utils/Fixture.sol";

/// @notice Pause and admin tools of EURT (rescue of foreign tokens).
contract TokenAdminTest is Fixture {
    // ================================================================ pause

    function test_PauseAndUnpause() public {
        mint(alice, 10_00);
        vm.prank(operator);
        token.pause();
        assertTrue(token.paused());
        vm.prank(operator);
        token.unpause();
        assertFalse(token.paused());
        vm.prank(alice);
        token.transfer(bob, 1_00);
        assertEq(token.balanceOf(bob), 1_00);
    }

    function test_RevertWhen_PauseByNonPauser() public {
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, alice, token.PAUSER_ROLE())
        );
        vm.prank(alice);
        token.pause();
    }

    function test_RevertWhen_UnpauseByNonPauser() public {
        vm.prank(operator);
        token.pause();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, alice, token.PAUSER_ROLE())
        );
        vm.prank(alice);
        token.unpause();
    }

    function test_RevertWhen_UnpauseWhenNotPaused() public {
        vm.expectRevert(Pausable.ExpectedPause.selector);
        vm.prank(operator);
        token.unpause();
    }

    // ================================================================ rescue

    function test_RescueERC20() public {
        PlainERC20 other = new PlainERC20();
        other.mint(address(token), 500);
        vm.expectEmit(address(token));
        emit IEuroToken.ERC20Rescued(address(other), bob, 200);
        vm.prank(admin);
        token.rescueERC20(IERC20(address(other)), bob, 200);
        assertEq(other.balanceOf(bob), 200);
        assertEq(other.balanceOf(address(token)), 300);
    }

    function test_RevertWhen_RescueSelf() public {
        vm.expectRevert(IEuroToken.EURTCannotRescueSelf.selector);
        vm.prank(admin);
        token.rescueERC20(IERC20(address(token)), bob, 1);
    }

    function test_RevertWhen_RescueByNonAdmin() public {
        PlainERC20 other = new PlainERC20();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, operator, bytes32(0))
        );
        vm.prank(operator);
        token.rescueERC20(IERC20(address(other)), bob, 1);
    }
}
