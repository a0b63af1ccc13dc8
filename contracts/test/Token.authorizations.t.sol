// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {IERC3009} from "../src/interfaces/IERC3009.sol";
import {IEuroToken} from "../src/interfaces/IEuroToken.sol";
import {ERC1271Wallet} from "./mocks/ERC1271Wallet.sol";
import {Fixture} from "./utils/Fixture.sol";

/// @notice EIP-2612 permit and EIP-3009 authorizations (single, bytes, ERC-1271, cancel, batch).
contract TokenAuthorizationsTest is Fixture {
    bytes32 internal constant NONCE = bytes32(uint256(1));

    function setUp() public override {
        super.setUp();
        mint(alice, 100_00);
        mint(bob, 100_00);
    }

    function test_Typehashes() public view {
        assertEq(token.PERMIT_TYPEHASH(), keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"));
        assertEq(
            token.TRANSFER_WITH_AUTHORIZATION_TYPEHASH(),
            keccak256(
                "TransferWithAuthorization(address from,address to,uint256 value,uint256 validAfter,uint256 validBefore,bytes32 nonce)"
            )
        );
        assertEq(
            token.RECEIVE_WITH_AUTHORIZATION_TYPEHASH(),
            keccak256(
                "ReceiveWithAuthorization(address from,address to,uint256 value,uint256 validAfter,uint256 validBefore,bytes32 nonce)"
            )
        );
        assertEq(token.CANCEL_AUTHORIZATION_TYPEHASH(), keccak256("CancelAuthorization(address authorizer,bytes32 nonce)"));
    }

    // ================================================================ permit

    function test_Permit() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(aliceKey, permitDigest(alice, carol, 30_00, 0, deadline));
        vm.expectEmit(address(token));
        emit IERC20.Approval(alice, carol, 30_00);
        token.permit(alice, carol, 30_00, deadline, v, r, s);
        assertEq(token.allowance(alice, carol), 30_00);
        assertEq(token.nonces(alice), 1);
    }

    function test_Permit_BytesSignature() public {
        uint256 deadline = block.timestamp + 1 hours;
        token.permit(alice, carol, 30_00, deadline, signDigest(aliceKey, permitDigest(alice, carol, 30_00, 0, deadline)));
        assertEq(token.allowance(alice, carol), 30_00);
    }

    function test_Permit_ContractOwner() public {
        ERC1271Wallet wallet = new ERC1271Wallet(carol);
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory signature = signDigest(carolKey, permitDigest(address(wallet), bob, 5, 0, deadline));
        token.permit(address(wallet), bob, 5, deadline, signature);
        assertEq(token.allowance(address(wallet), bob), 5);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(carolKey, permitDigest(address(wallet), bob, 6, 1, deadline));
        token.permit(address(wallet), bob, 6, deadline, v, r, s);
        assertEq(token.allowance(address(wallet), bob), 6);
    }

    function test_RevertWhen_PermitExpired() public {
        uint256 deadline = block.timestamp - 1;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(aliceKey, permitDigest(alice, carol, 1, 0, deadline));
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.ERC2612ExpiredSignature.selector, deadline));
        token.permit(alice, carol, 1, deadline, v, r, s);
    }

    function test_RevertWhen_PermitReplayed() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(aliceKey, permitDigest(alice, carol, 1, 0, deadline));
        token.permit(alice, carol, 1, deadline, v, r, s);
        vm.expectRevert(abi.encodeWithSelector(IERC3009.EURTInvalidSignature.selector, alice));
        token.permit(alice, carol, 1, deadline, v, r, s);
    }

    function test_RevertWhen_PermitSignedByAnother() public {
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory signature = signDigest(bobKey, permitDigest(alice, carol, 1, 0, deadline));
        vm.expectRevert(abi.encodeWithSelector(IERC3009.EURTInvalidSignature.selector, alice));
        token.permit(alice, carol, 1, deadline, signature);
    }

    // ================================================================ transferWithAuthorization

    function test_TransferWithAuthorization() public {
        IERC3009.TransferAuthorization memory a = signedTransfer(aliceKey, bob, 25_00, NONCE);
        vm.expectEmit(address(token));
        emit IERC3009.AuthorizationUsed(alice, NONCE);
        vm.expectEmit(address(token));
        emit IERC20.Transfer(alice, bob, 25_00);
        vm.prank(operator);
        token.transferWithAuthorization(alice, bob, 25_00, a.validAfter, a.validBefore, NONCE, a.v, a.r, a.s);
        assertEq(token.balanceOf(alice), 75_00);
        assertEq(token.balanceOf(bob), 125_00);
        assertTrue(token.authorizationState(alice, NONCE));
        assertFalse(token.authorizationState(alice, bytes32(uint256(2))));
    }

    function test_TransferWithAuthorization_BytesSignature() public {
        IERC3009.TransferAuthorization memory a = signedTransfer(aliceKey, bob, 25_00, NONCE);
        token.transferWithAuthorization(
            alice, bob, 25_00, a.validAfter, a.validBefore, NONCE, abi.encodePacked(a.r, a.s, a.v)
        );
        assertEq(token.balanceOf(bob), 125_00);
    }

    function test_TransferWithAuthorization_ContractWallet() public {
        ERC1271Wallet wallet = new ERC1271Wallet(carol);
        onboard(address(wallet));
        mint(address(wallet), 10_00);
        uint256 validBefore = block.timestamp + 1;
        bytes memory signature =
            signDigest(carolKey, transferAuthorizationDigest(address(wallet), bob, 4_00, 0, validBefore, NONCE));
        token.transferWithAuthorization(address(wallet), bob, 4_00, 0, validBefore, NONCE, signature);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(
            carolKey, transferAuthorizationDigest(address(wallet), bob, 6_00, 0, validBefore, bytes32(uint256(2)))
        );
        token.transferWithAuthorization(address(wallet), bob, 6_00, 0, validBefore, bytes32(uint256(2)), v, r, s);
        assertEq(token.balanceOf(address(wallet)), 0);
        assertEq(token.balanceOf(bob), 110_00);
    }

    function test_RevertWhen_ContractWalletRejectsSignature() public {
        ERC1271Wallet wallet = new ERC1271Wallet(carol);
        onboard(address(wallet));
        mint(address(wallet), 10_00);
        bytes memory signature =
            signDigest(bobKey, transferAuthorizationDigest(address(wallet), bob, 4_00, 0, block.timestamp + 1, NONCE));
        vm.expectRevert(abi.encodeWithSelector(IERC3009.EURTInvalidSignature.selector, address(wallet)));
        token.transferWithAuthorization(address(wallet), bob, 4_00, 0, block.timestamp + 1, NONCE, signature);
    }

    function test_RevertWhen_AuthorizationReused() public {
        IERC3009.TransferAuthorization memory a = signedTransfer(aliceKey, bob, 1_00, NONCE);
        token.transferWithAuthorization(alice, bob, 1_00, a.validAfter, a.validBefore, NONCE, a.v, a.r, a.s);
        vm.expectRevert(abi.encodeWithSelector(IERC3009.EURTAuthorizationUsed.selector, alice, NONCE));
        token.transferWithAuthorization(alice, bob, 1_00, a.validAfter, a.validBefore, NONCE, a.v, a.r, a.s);
    }

    function test_RevertWhen_AuthorizationNotYetValid() public {
        uint256 validAfter = block.timestamp;
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(aliceKey, transferAuthorizationDigest(alice, bob, 1, validAfter, validAfter + 10, NONCE));
        vm.expectRevert(
            abi.encodeWithSelector(IERC3009.EURTAuthorizationNotYetValid.selector, validAfter, block.timestamp)
        );
        token.transferWithAuthorization(alice, bob, 1, validAfter, validAfter + 10, NONCE, v, r, s);
    }

    function test_RevertWhen_AuthorizationExpired() public {
        uint256 validBefore = block.timestamp;
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(aliceKey, transferAuthorizationDigest(alice, bob, 1, 0, validBefore, NONCE));
        vm.expectRevert(abi.encodeWithSelector(IERC3009.EURTAuthorizationExpired.selector, validBefore, block.timestamp));
        token.transferWithAuthorization(alice, bob, 1, 0, validBefore, NONCE, v, r, s);
    }

    function test_RevertWhen_AuthorizationSignedByAnother() public {
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(bobKey, transferAuthorizationDigest(alice, bob, 1, 0, block.timestamp + 1, NONCE));
        vm.expectRevert(abi.encodeWithSelector(IERC3009.EURTInvalidSignature.selector, alice));
        token.transferWithAuthorization(alice, bob, 1, 0, block.timestamp + 1, NONCE, v, r, s);
    }

    function test_RevertWhen_AuthorizationBytesSignatureMalformed() public {
        vm.expectRevert(abi.encodeWithSelector(IERC3009.EURTInvalidSignature.selector, alice));
        token.transferWithAuthorization(alice, bob, 1, 0, block.timestamp + 1, NONCE, hex"1234");
    }

    function test_RevertWhen_AuthorizedTransferExceedsBalance() public {
        IERC3009.TransferAuthorization memory a = signedTransfer(aliceKey, bob, 100_01, NONCE);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, 100_00, 100_01));
        token.transferWithAuthorization(alice, bob, 100_01, a.validAfter, a.validBefore, NONCE, a.v, a.r, a.s);
    }

    function test_RevertWhen_AuthorizedTransferToUnverified() public {
        IERC3009.TransferAuthorization memory a = signedTransfer(aliceKey, stranger, 1, NONCE);
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTUnverifiedAccount.selector, stranger));
        token.transferWithAuthorization(alice, stranger, 1, a.validAfter, a.validBefore, NONCE, a.v, a.r, a.s);
    }

    function test_RevertWhen_TransferWithAuthorizationWhilePaused() public {
        IERC3009.TransferAuthorization memory a = signedTransfer(aliceKey, bob, 1, NONCE);
        vm.prank(operator);
        token.pause();
        vm.expectRevert(Pausable.EnforcedPause.selector);
        token.transferWithAuthorization(alice, bob, 1, a.validAfter, a.validBefore, NONCE, a.v, a.r, a.s);
        vm.expectRevert(Pausable.EnforcedPause.selector);
        token.transferWithAuthorization(alice, bob, 1, a.validAfter, a.validBefore, NONCE, abi.encodePacked(a.r, a.s, a.v));
    }

    // ================================================================ receiveWithAuthorization

    function test_ReceiveWithAuthorization() public {
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(aliceKey, receiveAuthorizationDigest(alice, bob, 10_00, 0, block.timestamp + 1, NONCE));
        vm.prank(bob);
        token.receiveWithAuthorization(alice, bob, 10_00, 0, block.timestamp + 1, NONCE, v, r, s);
        assertEq(token.balanceOf(bob), 110_00);
        assertTrue(token.authorizationState(alice, NONCE));
    }

    function test_ReceiveWithAuthorization_BytesSignature() public {
        bytes memory signature =
            signDigest(aliceKey, receiveAuthorizationDigest(alice, bob, 10_00, 0, block.timestamp + 1, NONCE));
        vm.prank(bob);
        token.receiveWithAuthorization(alice, bob, 10_00, 0, block.timestamp + 1, NONCE, signature);
        assertEq(token.balanceOf(bob), 110_00);
    }

    function test_RevertWhen_ReceiveWithAuthorizationNotByPayee() public {
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(aliceKey, receiveAuthorizationDigest(alice, bob, 10_00, 0, block.timestamp + 1, NONCE));
        vm.expectRevert(abi.encodeWithSelector(IERC3009.EURTInvalidPayeeCaller.selector, carol, bob));
        vm.prank(carol);
        token.receiveWithAuthorization(alice, bob, 10_00, 0, block.timestamp + 1, NONCE, v, r, s);
        vm.expectRevert(abi.encodeWithSelector(IERC3009.EURTInvalidPayeeCaller.selector, carol, bob));
        vm.prank(carol);
        token.receiveWithAuthorization(alice, bob, 10_00, 0, block.timestamp + 1, NONCE, abi.encodePacked(r, s, v));
    }

    function test_RevertWhen_TransferSignatureUsedAsReceive() public {
        IERC3009.TransferAuthorization memory a = signedTransfer(aliceKey, bob, 1, NONCE);
        vm.expectRevert(abi.encodeWithSelector(IERC3009.EURTInvalidSignature.selector, alice));
        vm.prank(bob);
        token.receiveWithAuthorization(alice, bob, 1, a.validAfter, a.validBefore, NONCE, a.v, a.r, a.s);
    }

    function test_RevertWhen_ReceiveWithAuthorizationWhilePaused() public {
        vm.prank(operator);
        token.pause();
        vm.expectRevert(Pausable.EnforcedPause.selector);
        vm.prank(bob);
        token.receiveWithAuthorization(alice, bob, 1, 0, 1, NONCE, "");
    }

    // ================================================================ cancelAuthorization

    function test_CancelAuthorization() public {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(aliceKey, cancelAuthorizationDigest(alice, NONCE));
        vm.expectEmit(address(token));
        emit IERC3009.AuthorizationCanceled(alice, NONCE);
        token.cancelAuthorization(alice, NONCE, v, r, s);
        assertTrue(token.authorizationState(alice, NONCE));

        IERC3009.TransferAuthorization memory a = signedTransfer(aliceKey, bob, 1, NONCE);
        vm.expectRevert(abi.encodeWithSelector(IERC3009.EURTAuthorizationUsed.selector, alice, NONCE));
        token.transferWithAuthorization(alice, bob, 1, a.validAfter, a.validBefore, NONCE, a.v, a.r, a.s);
    }

    function test_CancelAuthorization_BytesSignature() public {
        token.cancelAuthorization(alice, NONCE, signDigest(aliceKey, cancelAuthorizationDigest(alice, NONCE)));
        assertTrue(token.authorizationState(alice, NONCE));
    }

    function test_RevertWhen_CancelAuthorizationTwice() public {
        bytes memory signature = signDigest(aliceKey, cancelAuthorizationDigest(alice, NONCE));
        token.cancelAuthorization(alice, NONCE, signature);
        vm.expectRevert(abi.encodeWithSelector(IERC3009.EURTAuthorizationUsed.selector, alice, NONCE));
        token.cancelAuthorization(alice, NONCE, signature);
    }

    function test_RevertWhen_CancelAuthorizationSignedByAnother() public {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(bobKey, cancelAuthorizationDigest(alice, NONCE));
        vm.expectRevert(abi.encodeWithSelector(IERC3009.EURTInvalidSignature.selector, alice));
        token.cancelAuthorization(alice, NONCE, v, r, s);
    }

    // ================================================================ batch

    function test_BatchTransferWithAuthorization() public {
        IERC3009.TransferAuthorization[] memory batch = new IERC3009.TransferAuthorization[](3);
        batch[0] = signedTransfer(aliceKey, bob, 10_00, NONCE);
        batch[1] = signedTransfer(bobKey, carol, 20_00, NONCE);
        batch[2] = signedTransfer(aliceKey, carol, 5_00, bytes32(uint256(2)));
        vm.prank(operator);
        token.batchTransferWithAuthorization(batch);
        assertEq(token.balanceOf(alice), 85_00);
        assertEq(token.balanceOf(bob), 90_00);
        assertEq(token.balanceOf(carol), 25_00);
        assertTrue(token.authorizationState(alice, NONCE));
        assertTrue(token.authorizationState(bob, NONCE));
        assertTrue(token.authorizationState(alice, bytes32(uint256(2))));
    }

    function test_Batch_SkipsDuplicateNonce() public {
        IERC3009.TransferAuthorization[] memory batch = new IERC3009.TransferAuthorization[](2);
        batch[0] = signedTransfer(aliceKey, bob, 10_00, NONCE);
        batch[1] = signedTransfer(aliceKey, carol, 10_00, NONCE);
        uint256 carolBefore = token.balanceOf(carol);
        vm.expectEmit(address(token));
        emit IERC3009.AuthorizationSkipped(alice, NONCE, 1, IERC3009.EURTAuthorizationUsed.selector);
        assertEq(token.batchTransferWithAuthorization(batch), 2);
        assertEq(token.balanceOf(carol), carolBefore);
    }

    function test_Batch_SkipsInvalidEntryOnly() public {
        IERC3009.TransferAuthorization[] memory batch = new IERC3009.TransferAuthorization[](2);
        batch[0] = signedTransfer(aliceKey, bob, 10_00, NONCE);
        batch[1] = signedTransfer(bobKey, carol, 10_00, NONCE);
        batch[1].value = 11_00; // tampered
        vm.expectEmit(address(token));
        emit IERC3009.AuthorizationSkipped(bob, NONCE, 1, IERC3009.EURTInvalidSignature.selector);
        assertEq(token.batchTransferWithAuthorization(batch), 2);
        assertTrue(token.authorizationState(alice, NONCE));
        assertFalse(token.authorizationState(bob, NONCE));
    }

    function test_RevertWhen_BatchWhilePaused() public {
        vm.prank(operator);
        token.pause();
        vm.expectRevert(Pausable.EnforcedPause.selector);
        token.batchTransferWithAuthorization(new IERC3009.TransferAuthorization[](0));
    }

    // ================================================================ fuzz

    function testFuzz_TransferWithAuthorization(uint256 value, bytes32 nonce, uint256 validFor) public {
        value = bound(value, 0, 100_00);
        validFor = bound(validFor, 1, 365 days);
        uint256 validBefore = block.timestamp + validFor;
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(aliceKey, transferAuthorizationDigest(alice, bob, value, 0, validBefore, nonce));
        assertFalse(token.authorizationState(alice, nonce));
        token.transferWithAuthorization(alice, bob, value, 0, validBefore, nonce, v, r, s);
        assertTrue(token.authorizationState(alice, nonce));
        assertEq(token.balanceOf(alice), 100_00 - value);
        assertEq(token.balanceOf(bob), 100_00 + value);
        vm.expectRevert(abi.encodeWithSelector(IERC3009.EURTAuthorizationUsed.selector, alice, nonce));
        token.transferWithAuthorization(alice, bob, value, 0, validBefore, nonce, v, r, s);
    }

    function testFuzz_RevertWhen_SignedByWrongKey(uint256 key, bytes32 nonce) public {
        key = bound(key, 1, 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140);
        vm.assume(key != aliceKey);
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(key, transferAuthorizationDigest(alice, bob, 1, 0, block.timestamp + 1, nonce));
        vm.expectRevert(abi.encodeWithSelector(IERC3009.EURTInvalidSignature.selector, alice));
        token.transferWithAuthorization(alice, bob, 1, 0, block.timestamp + 1, nonce, v, r, s);
    }

    function testFuzz_NoncesAreIndependent(bytes32 first, bytes32 second) public {
        vm.assume(first != second);
        token.cancelAuthorization(alice, first, signDigest(aliceKey, cancelAuthorizationDigest(alice, first)));
        assertTrue(token.authorizationState(alice, first));
        assertFalse(token.authorizationState(alice, second));
        assertFalse(token.authorizationState(bob, first));
    }

    function testFuzz_BatchTransferWithAuthorization(uint256 count, uint256 value) public {
        count = bound(count, 1, 20);
        value = bound(value, 0, 5_00);
        IERC3009.TransferAuthorization[] memory batch = new IERC3009.TransferAuthorization[](count);
        for (uint256 i; i < count; ++i) {
            batch[i] = signedTransfer(i % 2 == 0 ? aliceKey : bobKey, carol, value, bytes32(i));
        }
        token.batchTransferWithAuthorization(batch);
        assertEq(token.balanceOf(carol), count * value);
        assertEq(token.totalSupply(), 200_00);
    }
}
