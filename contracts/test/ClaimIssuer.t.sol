// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ClaimIssuer} from "../src/identity/ClaimIssuer.sol";
import {IClaimIssuer} from "../src/interfaces/IClaimIssuer.sol";
import {IIdentity} from "../src/interfaces/IIdentity.sol";
import {Fixture} from "./utils/Fixture.sol";

/// @notice EIP-712 KYC claims: domain, digest, validity rules, revocation.
contract ClaimIssuerTest is Fixture {
    IIdentity internal identity;

    function setUp() public override {
        super.setUp();
        identity = registry.identity(alice);
    }

    function test_Eip712Domain() public view {
        (, string memory name, string memory version, uint256 chainId, address verifyingContract,,) =
            issuer.eip712Domain();
        assertEq(name, "EURT Claim Issuer");
        assertEq(version, "1");
        assertEq(chainId, block.chainid);
        assertEq(verifyingContract, address(issuer));
        assertEq(
            issuer.CLAIM_TYPEHASH(),
            keccak256("Claim(address identity,uint256 topic,address registry,uint256 expiresAt,uint256 nonce)")
        );
    }

    function test_ClaimDigest_MatchesIndependentEncoding() public view {
        bytes32 structHash = keccak256(
            abi.encode(issuer.CLAIM_TYPEHASH(), address(identity), KYC_TOPIC, address(registry), uint256(9), uint256(7))
        );
        assertEq(
            issuer.claimDigest(address(identity), KYC_TOPIC, address(registry), 9, 7),
            typedDigest(issuerDomain(), structHash)
        );
    }

    function test_IsClaimValid() public {
        (bytes memory signature, bytes memory data) = signClaim(address(identity), block.timestamp + 1 days);
        assertTrue(issuer.isClaimValid(identity, KYC_TOPIC, signature, data));
    }

    function test_IsClaimValid_SignedByManagementKey() public {
        (, uint256 adminKey) = makeAddrAndKey("admin");
        (bytes memory signature, bytes memory data) =
            signClaimWith(adminKey, address(identity), block.timestamp + 1 days, 99);
        assertTrue(issuer.isClaimValid(identity, KYC_TOPIC, signature, data));
    }

    function test_IsClaimValid_FalseForUnknownSigner() public view {
        (bytes memory signature, bytes memory data) =
            signClaimWith(bobKey, address(identity), block.timestamp + 1 days, 1);
        assertFalse(issuer.isClaimValid(identity, KYC_TOPIC, signature, data));
    }

    function test_IsClaimValid_FalseOnceExpired() public {
        uint256 expiresAt = block.timestamp + 1 days;
        (bytes memory signature, bytes memory data) = signClaim(address(identity), expiresAt);
        vm.warp(expiresAt);
        assertFalse(issuer.isClaimValid(identity, KYC_TOPIC, signature, data));
    }

    function test_IsClaimValid_FalseForOtherIdentityOrTopic() public {
        (bytes memory signature, bytes memory data) = signClaim(address(identity), block.timestamp + 1 days);
        assertFalse(issuer.isClaimValid(registry.identity(bob), KYC_TOPIC, signature, data));
        assertFalse(issuer.isClaimValid(identity, KYC_TOPIC + 1, signature, data));
    }

    function test_IsClaimValid_FalseForOtherRegistry() public {
        (bytes memory signature,) = signClaim(address(identity), block.timestamp + 1 days);
        bytes memory data = abi.encode(address(0xBEEF), block.timestamp + 1 days, lastClaimNonce());
        assertFalse(issuer.isClaimValid(identity, KYC_TOPIC, signature, data));
    }

    function test_IsClaimValid_FalseOnOtherChain() public {
        (bytes memory signature, bytes memory data) = signClaim(address(identity), block.timestamp + 1 days);
        vm.chainId(block.chainid + 1);
        assertFalse(issuer.isClaimValid(identity, KYC_TOPIC, signature, data));
    }

    function test_IsClaimValid_FalseForMalformedData() public {
        (bytes memory signature, bytes memory data) = signClaim(address(identity), block.timestamp + 1 days);
        assertFalse(issuer.isClaimValid(identity, KYC_TOPIC, signature, abi.encodePacked(data, uint8(0))));
        bytes memory dirty = abi.encode(
            uint256(uint160(address(registry))) | (1 << 200), block.timestamp + 1 days, lastClaimNonce()
        );
        assertFalse(issuer.isClaimValid(identity, KYC_TOPIC, signature, dirty));
        assertFalse(issuer.isClaimValid(identity, KYC_TOPIC, hex"00", data));
    }

    function test_RevokeClaim() public {
        (bytes memory signature, bytes memory data) = signClaim(address(identity), block.timestamp + 1 days);
        uint256 nonce = lastClaimNonce();
        vm.expectEmit(address(issuer));
        emit IClaimIssuer.ClaimRevoked(address(identity), nonce);
        vm.prank(admin);
        issuer.revokeClaim(address(identity), nonce);
        assertTrue(issuer.isClaimRevoked(address(identity), nonce));
        assertFalse(issuer.isClaimValid(identity, KYC_TOPIC, signature, data));
    }

    function test_RevertWhen_RevokeClaimTwice() public {
        vm.startPrank(admin);
        issuer.revokeClaim(address(identity), 5);
        vm.expectRevert(
            abi.encodeWithSelector(IClaimIssuer.ClaimIssuerAlreadyRevoked.selector, address(identity), 5)
        );
        issuer.revokeClaim(address(identity), 5);
        vm.stopPrank();
    }

    function test_RevertWhen_RevokeClaimBySigner() public {
        vm.expectRevert(abi.encodeWithSelector(IIdentity.IdentityUnauthorized.selector, claimSigner, 1));
        vm.prank(claimSigner);
        issuer.revokeClaim(address(identity), 5);
    }

    function test_RemovedSignerInvalidatesItsClaims() public {
        (bytes memory signature, bytes memory data) = signClaim(address(identity), block.timestamp + 1 days);
        vm.prank(admin);
        issuer.removeKey(keccak256(abi.encode(claimSigner)), 3);
        assertFalse(issuer.isClaimValid(identity, KYC_TOPIC, signature, data));
    }

    function test_RevertWhen_InitializeIssuer() public {
        vm.expectRevert(IIdentity.IdentityAlreadyInitialized.selector);
        issuer.initialize(alice, new IIdentity.ClaimInput[](0));
    }

    function test_RevertWhen_ConstructedWithoutManagementKey() public {
        vm.expectRevert(IIdentity.IdentityInvalidManagementKey.selector);
        new ClaimIssuer(address(0), claimSigner);
    }

    function testFuzz_IsClaimValid(uint256 validFor, uint256 nonce, uint256 elapsed) public {
        validFor = bound(validFor, 1, 10 * 365 days);
        elapsed = bound(elapsed, 0, 20 * 365 days);
        uint256 expiresAt = block.timestamp + validFor;
        (bytes memory signature, bytes memory data) =
            signClaimWith(claimSignerKey, address(identity), expiresAt, nonce);
        vm.warp(block.timestamp + elapsed);
        assertEq(issuer.isClaimValid(identity, KYC_TOPIC, signature, data), block.timestamp < expiresAt);
    }
}
