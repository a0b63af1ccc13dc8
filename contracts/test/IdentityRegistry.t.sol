// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {EuroToken} from "../src/EuroToken.sol";
import {IdentityRegistry} from "../src/identity/IdentityRegistry.sol";
import {IClaimIssuer} from "../src/interfaces/IClaimIssuer.sol";
import {IIdentity} from "../src/interfaces/IIdentity.sol";
import {IIdentityFactory} from "../src/interfaces/IIdentityFactory.sol";
import {IIdentityRegistry} from "../src/interfaces/IIdentityRegistry.sol";
import {Fixture} from "./utils/Fixture.sol";

/// @notice An issuer whose `isClaimValid` reverts: the registry must treat it as "no claim".
contract RevertingIssuer {
    function isClaimValid(IIdentity, uint256, bytes calldata, bytes calldata) external pure returns (bool) {
        revert("broken");
    }
}

/// @notice Onboarding, registration, the eligibility cache and its pushes, issuers, tokens, recovery.
contract IdentityRegistryTest is Fixture {
    address internal dave;

    function setUp() public override {
        super.setUp();
        dave = makeAddr("dave");
    }

    function _kycClaim(IIdentity identity, uint256 expiresAt) internal {
        (bytes memory signature, bytes memory data) = signClaim(address(identity), expiresAt);
        vm.prank(operator);
        identity.addClaim(KYC_TOPIC, 1, address(issuer), signature, data, "");
    }

    // ================================================================ construction and views

    function test_Views() public view {
        assertEq(registry.claimTopic(), KYC_TOPIC);
        assertEq(address(registry.identityFactory()), address(factory));
        address[] memory issuers = new address[](1);
        issuers[0] = address(issuer);
        assertEq(registry.trustedIssuers(), issuers);
        address[] memory tokens = new address[](1);
        tokens[0] = address(token);
        assertEq(registry.boundTokens(), tokens);
        assertEq(registry.investorCountry(alice), FRANCE);
        assertTrue(registry.contains(alice));
        assertFalse(registry.contains(stranger));
    }

    function test_RevertWhen_ConstructedWithZeroAddress() public {
        IdentityRegistry implementation = new IdentityRegistry();
        vm.expectRevert(IIdentityRegistry.RegistryInvalidAddress.selector);
        deployRegistryProxy(implementation, address(0), factory);
        vm.expectRevert(IIdentityRegistry.RegistryInvalidAddress.selector);
        deployRegistryProxy(implementation, admin, IIdentityFactory(address(0)));
    }

    // ================================================================ batch onboarding

    function _input(address wallet, bytes32 salt) internal returns (IIdentityRegistry.OnboardingInput memory) {
        (bytes memory signature, bytes memory data) =
            signClaim(registry.predictIdentity(operator, salt), block.timestamp + KYC_VALIDITY);
        return IIdentityRegistry.OnboardingInput(wallet, operator, salt, FRANCE, issuer, signature, data);
    }

    function _inputs(uint256 count) internal returns (IIdentityRegistry.OnboardingInput[] memory inputs) {
        inputs = new IIdentityRegistry.OnboardingInput[](count);
        for (uint256 i = 0; i < count; ++i) {
            inputs[i] = _input(makeAddr(string(abi.encode("batch", i))), keccak256(abi.encode("batch", i)));
        }
    }

    function test_OnboardBatch() public {
        IIdentityRegistry.OnboardingInput[] memory inputs = _inputs(3);
        vm.prank(operator);
        IIdentity[] memory identities = registry.onboardBatch(inputs);
        assertEq(identities.length, 3);
        for (uint256 i = 0; i < 3; ++i) {
            assertEq(address(identities[i]), registry.predictIdentity(operator, inputs[i].salt));
            assertEq(address(registry.identity(inputs[i].wallet)), address(identities[i]));
            assertTrue(registry.isVerified(inputs[i].wallet));
            assertTrue(token.isEligible(inputs[i].wallet));
        }
    }

    function test_OnboardBatchGasPerEntryBelowSingleOnboard() public {
        IIdentityRegistry.OnboardingInput memory single = _input(dave, keccak256("dave"));
        vm.prank(operator);
        uint256 before = gasleft();
        registry.onboard(
            single.wallet, single.managementKey, single.salt, single.country, single.issuer, single.signature, single.data
        );
        uint256 singleGas = before - gasleft();
        IIdentityRegistry.OnboardingInput[] memory inputs = _inputs(10);
        vm.prank(operator);
        before = gasleft();
        registry.onboardBatch(inputs);
        uint256 perEntry = (before - gasleft()) / 10;
        assertLt(perEntry, singleGas);
    }

    function test_RevertWhen_OnboardBatchNotAgent() public {
        IIdentityRegistry.OnboardingInput[] memory inputs = _inputs(1);
        vm.prank(stranger);
        vm.expectRevert();
        registry.onboardBatch(inputs);
    }

    function test_RevertWhen_OnboardBatchHasDuplicateWallet() public {
        IIdentityRegistry.OnboardingInput[] memory inputs = _inputs(2);
        inputs[1] = _input(inputs[0].wallet, keccak256("other"));
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IIdentityRegistry.RegistryWalletAlreadyRegistered.selector, inputs[0].wallet));
        registry.onboardBatch(inputs);
        assertFalse(registry.contains(inputs[0].wallet));
    }

    function test_RevertWhen_OnboardBatchHasOneBadClaim() public {
        IIdentityRegistry.OnboardingInput[] memory inputs = _inputs(3);
        inputs[1].signature = inputs[0].signature;
        vm.prank(operator);
        vm.expectRevert();
        registry.onboardBatch(inputs);
        for (uint256 i = 0; i < 3; ++i) {
            assertFalse(registry.contains(inputs[i].wallet));
        }
    }

    // ================================================================ onboarding

    function test_Onboard() public {
        bytes32 salt = keccak256("dave");
        address predicted = registry.predictIdentity(operator, salt);
        uint256 expiresAt = block.timestamp + KYC_VALIDITY;
        (bytes memory signature, bytes memory data) = signClaim(predicted, expiresAt);
        vm.expectEmit(address(registry));
        emit IIdentityRegistry.IdentityRegistered(dave, IIdentity(predicted));
        vm.expectEmit(address(registry));
        emit IIdentityRegistry.VerificationUpdated(dave, expiresAt);
        vm.prank(operator);
        IIdentity identity = registry.onboard(dave, operator, salt, 276, issuer, signature, data);

        assertEq(address(identity), predicted);
        assertEq(address(registry.identity(dave)), predicted);
        assertTrue(registry.isVerified(dave));
        assertEq(registry.verifiedUntil(dave), expiresAt);
        assertEq(registry.investorCountry(dave), 276);
        assertTrue(token.isEligible(dave));
        assertEq(token.accountState(dave).verifiedUntil, expiresAt);
        assertTrue(identity.keyHasPurpose(keccak256(abi.encode(operator)), 1));
    }

    function test_Onboard_ClaimForAnotherRegistryDoesNotVerify() public {
        bytes32 salt = keccak256("dave");
        address predicted = registry.predictIdentity(operator, salt);
        IdentityRegistry other = deployRegistry(admin, factory);
        uint256 expiresAt = block.timestamp + 1 days;
        bytes memory data = abi.encode(address(other), expiresAt, uint256(1));
        bytes32 digest = issuer.claimDigest(predicted, KYC_TOPIC, address(other), expiresAt, 1);
        vm.prank(operator);
        registry.onboard(dave, operator, salt, FRANCE, issuer, signDigest(claimSignerKey, digest), data);
        assertTrue(registry.contains(dave));
        assertFalse(registry.isVerified(dave));
        assertFalse(token.isEligible(dave));
    }

    function test_RevertWhen_OnboardByNonAgent() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, registry.AGENT_ROLE()
            )
        );
        vm.prank(stranger);
        registry.onboard(dave, operator, bytes32(0), FRANCE, issuer, "", "");
    }

    function test_RevertWhen_OnboardRegisteredWallet() public {
        bytes32 salt = keccak256("again");
        (bytes memory signature, bytes memory data) =
            signClaim(registry.predictIdentity(operator, salt), block.timestamp + 1 days);
        vm.expectRevert(abi.encodeWithSelector(IIdentityRegistry.RegistryWalletAlreadyRegistered.selector, alice));
        vm.prank(operator);
        registry.onboard(alice, operator, salt, FRANCE, issuer, signature, data);
    }

    function test_RevertWhen_OnboardWithBadClaimSignature() public {
        bytes32 salt = keccak256("dave");
        (bytes memory signature, bytes memory data) =
            signClaim(registry.predictIdentity(operator, bytes32(0)), block.timestamp + 1 days); // wrong identity
        vm.expectRevert(abi.encodeWithSelector(IIdentity.IdentityInvalidClaim.selector, address(issuer), KYC_TOPIC));
        vm.prank(operator);
        registry.onboard(dave, operator, salt, FRANCE, issuer, signature, data);
    }

    // ================================================================ register, update, delete

    function test_RegisterIdentity() public {
        IIdentity identity = factory.createIdentity(operator, keccak256("d"), new IIdentity.ClaimInput[](0));
        vm.prank(operator);
        registry.registerIdentity(dave, identity, FRANCE);
        assertTrue(registry.contains(dave));
        assertFalse(registry.isVerified(dave)); // no claim yet
        _kycClaim(identity, block.timestamp + 30 days);
        registry.refresh(dave);
        assertTrue(registry.isVerified(dave));
        assertTrue(token.isEligible(dave));
    }

    function test_RevertWhen_RegisterZeroAddresses() public {
        IIdentity identity = registry.identity(alice);
        vm.startPrank(operator);
        vm.expectRevert(IIdentityRegistry.RegistryInvalidAddress.selector);
        registry.registerIdentity(address(0), identity, FRANCE);
        vm.expectRevert(IIdentityRegistry.RegistryInvalidAddress.selector);
        registry.registerIdentity(dave, IIdentity(address(0)), FRANCE);
        vm.stopPrank();
    }

    function test_RevertWhen_RegisterByNonAgent() public {
        IIdentity identity = registry.identity(alice);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, registry.AGENT_ROLE()
            )
        );
        vm.prank(stranger);
        registry.registerIdentity(dave, identity, FRANCE);
    }

    function test_RegisterSecondWalletOfSameIdentity() public {
        IIdentity identity = registry.identity(alice);
        vm.prank(operator);
        registry.registerIdentity(dave, identity, FRANCE);
        assertTrue(registry.isVerified(dave));
        assertTrue(token.isEligible(dave));
    }

    function test_DeleteIdentity() public {
        mint(alice, 10_00);
        IIdentity identity = registry.identity(alice);
        vm.expectEmit(address(registry));
        emit IIdentityRegistry.IdentityRemoved(alice, identity);
        vm.prank(operator);
        registry.deleteIdentity(alice);
        assertFalse(registry.contains(alice));
        assertFalse(registry.isVerified(alice));
        assertFalse(token.isEligible(alice));
        assertEq(token.balanceOf(alice), 10_00); // tokens stay, but cannot move
    }

    function test_RevertWhen_DeleteUnregistered() public {
        vm.expectRevert(abi.encodeWithSelector(IIdentityRegistry.RegistryWalletNotRegistered.selector, stranger));
        vm.prank(operator);
        registry.deleteIdentity(stranger);
    }

    function test_UpdateIdentity() public {
        IIdentity empty = factory.createIdentity(operator, keccak256("e"), new IIdentity.ClaimInput[](0));
        IIdentity old = registry.identity(alice);
        vm.expectEmit(address(registry));
        emit IIdentityRegistry.IdentityUpdated(alice, old, empty);
        vm.prank(operator);
        registry.updateIdentity(alice, empty);
        assertEq(address(registry.identity(alice)), address(empty));
        assertFalse(registry.isVerified(alice));
        assertFalse(token.isEligible(alice));
        assertEq(registry.investorCountry(alice), FRANCE);
    }

    function test_RevertWhen_UpdateIdentityToZero() public {
        vm.expectRevert(IIdentityRegistry.RegistryInvalidAddress.selector);
        vm.prank(operator);
        registry.updateIdentity(alice, IIdentity(address(0)));
    }

    function test_UpdateCountry() public {
        vm.expectEmit(address(registry));
        emit IIdentityRegistry.CountryUpdated(alice, 380);
        vm.prank(operator);
        registry.updateCountry(alice, 380);
        assertEq(registry.investorCountry(alice), 380);
        assertTrue(registry.isVerified(alice));
    }

    // ================================================================ eligibility over time

    function test_ExpiryNeedsNoRefresh() public {
        assertTrue(registry.isVerified(alice));
        vm.warp(START + KYC_VALIDITY - 1);
        assertTrue(registry.isVerified(alice));
        assertTrue(token.isEligible(alice));
        vm.warp(START + KYC_VALIDITY);
        assertFalse(registry.isVerified(alice));
        assertFalse(token.isEligible(alice));
    }

    function test_Refresh_AfterRevocation() public {
        IIdentity identity = registry.identity(alice);
        (,,,, bytes memory data,) = identity.getClaim(keccak256(abi.encode(address(issuer), KYC_TOPIC)));
        (,, uint256 nonce) = abi.decode(data, (address, uint256, uint256));
        vm.prank(admin);
        issuer.revokeClaim(address(identity), nonce);
        assertFalse(registry.isVerified(alice)); // the issuer invalidated every cached eligibility
        vm.expectEmit(address(registry));
        emit IIdentityRegistry.VerificationUpdated(alice, 0);
        vm.prank(stranger); // anyone may refresh
        assertEq(registry.refresh(alice), 0);
        assertFalse(registry.isVerified(alice));
        assertFalse(token.isEligible(alice));
    }

    function test_Refresh_AfterRenewal() public {
        vm.warp(START + KYC_VALIDITY - 1 days);
        uint256 renewed = block.timestamp + KYC_VALIDITY;
        _kycClaim(registry.identity(alice), renewed);
        assertEq(registry.refresh(alice), renewed);
        assertEq(token.accountState(alice).verifiedUntil, renewed);
    }

    function test_RevertWhen_RefreshUnregistered() public {
        vm.expectRevert(abi.encodeWithSelector(IIdentityRegistry.RegistryWalletNotRegistered.selector, stranger));
        registry.refresh(stranger);
    }

    function test_Refresh_IgnoresBrokenIssuer() public {
        RevertingIssuer broken = new RevertingIssuer();
        vm.prank(admin);
        registry.addTrustedIssuer(IClaimIssuer(address(broken)));
        IIdentity identity = registry.identity(alice);
        vm.prank(operator);
        identity.addClaim(KYC_TOPIC, 1, address(identity), "", abi.encode(address(registry), type(uint40).max, 1), "");
        assertEq(registry.refresh(alice), START + KYC_VALIDITY);
    }

    // ================================================================ trusted issuers

    function test_RemoveTrustedIssuer() public {
        vm.expectEmit(address(registry));
        emit IIdentityRegistry.TrustedIssuerRemoved(issuer);
        vm.prank(admin);
        registry.removeTrustedIssuer(issuer);
        registry.refresh(alice);
        assertFalse(registry.isVerified(alice));
    }

    function test_RevertWhen_AddTrustedIssuerTwice() public {
        vm.expectRevert(abi.encodeWithSelector(IIdentityRegistry.RegistryAlreadyListed.selector, address(issuer)));
        vm.prank(admin);
        registry.addTrustedIssuer(issuer);
    }

    function test_RevertWhen_AddZeroIssuer() public {
        vm.expectRevert(IIdentityRegistry.RegistryInvalidAddress.selector);
        vm.prank(admin);
        registry.addTrustedIssuer(IClaimIssuer(address(0)));
    }

    function test_RevertWhen_RemoveUnknownIssuer() public {
        vm.expectRevert(abi.encodeWithSelector(IIdentityRegistry.RegistryNotListed.selector, address(1)));
        vm.prank(admin);
        registry.removeTrustedIssuer(IClaimIssuer(address(1)));
    }

    function test_RevertWhen_AddIssuerByNonAdmin() public {
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, operator, bytes32(0))
        );
        vm.prank(operator);
        registry.addTrustedIssuer(IClaimIssuer(address(1)));
    }

    // ================================================================ bound tokens

    function test_BindToken_PushesToEveryToken() public {
        EuroToken second = deployToken(admin, registry, 1 days, address(0), 0);
        vm.expectEmit(address(registry));
        emit IIdentityRegistry.TokenBound(address(second));
        vm.prank(admin);
        registry.bindToken(address(second));
        assertFalse(second.isEligible(alice));
        registry.refresh(alice); // resync a wallet registered before the binding
        assertTrue(second.isEligible(alice));
        assertTrue(token.isEligible(alice));
    }

    function test_UnbindToken() public {
        vm.expectEmit(address(registry));
        emit IIdentityRegistry.TokenUnbound(address(token));
        vm.prank(admin);
        registry.unbindToken(address(token));
        vm.prank(operator);
        registry.deleteIdentity(alice);
        assertFalse(token.isEligible(alice)); // unbinding invalidated the token's cache
        assertFalse(token.isEligible(bob));
    }

    function test_RevertWhen_BindTokenTwice() public {
        vm.expectRevert(abi.encodeWithSelector(IIdentityRegistry.RegistryAlreadyListed.selector, address(token)));
        vm.prank(admin);
        registry.bindToken(address(token));
    }

    function test_RevertWhen_BindZeroToken() public {
        vm.expectRevert(IIdentityRegistry.RegistryInvalidAddress.selector);
        vm.prank(admin);
        registry.bindToken(address(0));
    }

    function test_RevertWhen_UnbindUnknownToken() public {
        vm.expectRevert(abi.encodeWithSelector(IIdentityRegistry.RegistryNotListed.selector, address(1)));
        vm.prank(admin);
        registry.unbindToken(address(1));
    }

    // ================================================================ recovery

    function test_RecoverWallet_ByAgent() public {
        IIdentity identity = registry.identity(alice);
        vm.expectEmit(address(registry));
        emit IIdentityRegistry.WalletRecovered(alice, dave, identity);
        vm.prank(operator);
        registry.recoverWallet(alice, dave);
        assertEq(address(registry.identity(dave)), address(identity));
        assertTrue(registry.isVerified(dave));
        assertFalse(registry.contains(alice));
        assertTrue(token.isEligible(dave));
        assertFalse(token.isEligible(alice));
    }

    function test_RevertWhen_RecoverWalletByStranger() public {
        vm.expectRevert(abi.encodeWithSelector(IIdentityRegistry.RegistryUnauthorized.selector, stranger));
        vm.prank(stranger);
        registry.recoverWallet(alice, dave);
    }

    function test_RevertWhen_RecoverWalletToZero() public {
        vm.expectRevert(IIdentityRegistry.RegistryInvalidAddress.selector);
        vm.prank(operator);
        registry.recoverWallet(alice, address(0));
    }

    function test_RevertWhen_RecoverUnregisteredWallet() public {
        vm.expectRevert(abi.encodeWithSelector(IIdentityRegistry.RegistryWalletNotRegistered.selector, stranger));
        vm.prank(operator);
        registry.recoverWallet(stranger, dave);
    }

    function testFuzz_OnboardVerifiesUntilClaimExpiry(uint256 validFor, uint256 elapsed) public {
        validFor = bound(validFor, 1, 10 * 365 days);
        elapsed = bound(elapsed, 0, 20 * 365 days);
        bytes32 salt = keccak256("dave");
        uint256 expiresAt = block.timestamp + validFor;
        (bytes memory signature, bytes memory data) = signClaim(registry.predictIdentity(operator, salt), expiresAt);
        vm.prank(operator);
        registry.onboard(dave, operator, salt, FRANCE, issuer, signature, data);
        vm.warp(block.timestamp + elapsed);
        bool expected = block.timestamp < expiresAt;
        assertEq(registry.isVerified(dave), expected);
        assertEq(token.isEligible(dave), expected);
    }
}
