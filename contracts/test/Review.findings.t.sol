// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IAccessControlDefaultAdminRules} from "@openzeppelin/contracts/access/extensions/IAccessControlDefaultAdminRules.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IdentityRegistry} from "../src/identity/IdentityRegistry.sol";
import {IERC3009} from "../src/interfaces/IERC3009.sol";
import {IIdentity} from "../src/interfaces/IIdentity.sol";
import {IEuroToken} from "../src/interfaces/IEuroToken.sol";
import {IHoldable} from "../src/interfaces/IHoldable.sol";
import {IIdentityRegistry} from "../src/interfaces/IIdentityRegistry.sol";
import {PlainERC20} from "./mocks/PlainERC20.sol";
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
        token.forcedTransfer(alice, address(0), 600_00);
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

    // ================================================================ 2. one hot key, admin without delay

    /// @dev The admin role moves in two steps, the second only after the delay; it cannot be granted directly.
    function test_Finding2_AdminTransferIsTwoStepWithDelay() public {
        address newAdmin = makeAddr("newAdmin");
        bytes32 adminRole = token.DEFAULT_ADMIN_ROLE();
        vm.expectRevert(IAccessControlDefaultAdminRules.AccessControlEnforcedDefaultAdminRules.selector);
        vm.prank(admin);
        token.grantRole(adminRole, newAdmin);

        vm.prank(admin);
        token.beginDefaultAdminTransfer(newAdmin);
        uint48 acceptAt = uint48(block.timestamp + ADMIN_DELAY);
        vm.expectRevert(abi.encodeWithSelector(IAccessControlDefaultAdminRules.AccessControlEnforcedDefaultAdminDelay.selector, acceptAt));
        vm.prank(newAdmin);
        token.acceptDefaultAdminTransfer();

        vm.warp(acceptAt + 1);
        vm.prank(newAdmin);
        token.acceptDefaultAdminTransfer();
        assertEq(token.defaultAdmin(), newAdmin);
        assertFalse(token.hasRole(adminRole, admin));
    }

    /// @dev A (compromised) admin key cannot make a new minter, or raise an allowance, before the delay has
    /// given the other key holders time to react; lowering is immediate.
    function test_Finding2_ConfigureMinterWaitsForTheDelay() public {
        vm.prank(admin);
        token.configureMinter(stranger, 1_000_00);
        assertFalse(token.hasRole(token.MINTER_ROLE(), stranger));
        assertEq(token.minterAllowance(stranger), 0);

        vm.warp(block.timestamp + ADMIN_DELAY - 1);
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTChangeNotReady.selector, block.timestamp + 1));
        vm.prank(admin);
        token.configureMinter(stranger, 1_000_00);

        vm.warp(block.timestamp + 1);
        vm.prank(admin);
        token.configureMinter(stranger, 1_000_00);
        assertTrue(token.hasRole(token.MINTER_ROLE(), stranger));
        assertEq(token.minterAllowance(stranger), 1_000_00);

        vm.prank(admin);
        token.configureMinter(stranger, 10_00);
        assertEq(token.minterAllowance(stranger), 10_00);
    }

    /// @dev Lengthening the attestation age (letting older reserve figures back stale mints) waits too.
    function test_Finding2_LongerMaxAttestationAgeWaitsForTheDelay() public {
        vm.prank(admin);
        token.setMaxAttestationAge(7 days);
        (,, uint256 maxAge) = token.reserveAttestation();
        assertEq(maxAge, MAX_ATTESTATION_AGE);
        vm.warp(block.timestamp + ADMIN_DELAY);
        vm.prank(admin);
        token.setMaxAttestationAge(7 days);
        (,, maxAge) = token.reserveAttestation();
        assertEq(maxAge, 7 days);
        vm.prank(admin);
        token.setMaxAttestationAge(1 hours);
        (,, maxAge) = token.reserveAttestation();
        assertEq(maxAge, 1 hours);
    }

    // ================================================================ 3. holds defeat seizure and recovery

    /// @dev Today a holder may lock funds until the year 36812.
    function test_Finding3_HoldDurationIsCapped() public {
        mint(alice, 10_00);
        uint256 tooLate = block.timestamp + token.MAX_HOLD_DURATION() + 1;
        vm.expectRevert(abi.encodeWithSelector(IHoldable.EURTInvalidHoldExpiry.selector, tooLate));
        vm.prank(alice);
        token.hold(keccak256("h"), operator, address(0), 1_00, tooLate);
    }

    /// @dev Today any address, e.g. the holder's own accomplice, may be the notary.
    function test_Finding3_NotaryMustBeAllowListed() public {
        mint(alice, 10_00);
        vm.expectRevert(abi.encodeWithSelector(IHoldable.EURTInvalidNotary.selector, bob));
        vm.prank(alice);
        token.hold(keccak256("h"), bob, address(0), 1_00, block.timestamp + 1 days);
    }

    /// @dev Compliance releases a customer's hold and seizes the funds by forced transfer.
    function test_Finding3_ComplianceForceReleasesAndSeizes() public {
        mint(alice, 10_00);
        bytes32 holdId = keccak256("h");
        vm.prank(alice);
        token.hold(holdId, operator, bob, 10_00, block.timestamp + 1 days);
        vm.startPrank(operator);
        token.setAddressFrozen(alice, true);
        token.forceReleaseHold(alice, holdId);
        token.forcedTransfer(alice, carol, 10_00);
        vm.stopPrank();
        assertEq(token.balanceOf(carol), 10_00);
        assertEq(token.heldBalanceOf(alice), 0);
        assertEq(uint256(token.getHold(alice, holdId).status), uint256(IHoldable.HoldStatus.Released));
    }

    /// @dev Compliance executes a hold whose holder is frozen, the notary never having acted.
    function test_Finding3_ComplianceForceExecutesAHold() public {
        mint(alice, 10_00);
        bytes32 holdId = keccak256("h");
        vm.prank(alice);
        token.hold(holdId, operator, address(0), 4_00, block.timestamp + 1 days);
        vm.startPrank(operator);
        token.setAddressFrozen(alice, true);
        token.forceExecuteHold(alice, holdId);
        vm.stopPrank();
        assertEq(token.balanceOf(alice), 6_00);
        assertEq(token.totalSupply(), 6_00);
        assertEq(uint256(token.getHold(alice, holdId).status), uint256(IHoldable.HoldStatus.Executed));
    }

    /// @dev Today recovery reverts while anything is held; now the holds follow the identity's new wallet and
    /// the notary still executes (or releases) them.
    function test_Finding3_RecoveryCarriesHolds() public {
        mint(alice, 10_00);
        vm.startPrank(alice);
        token.hold(keccak256("burn"), operator, address(0), 3_00, block.timestamp + 1 days);
        token.hold(keccak256("release"), operator, address(0), 2_00, block.timestamp + 1 days);
        vm.stopPrank();
        address newWallet = makeAddr("aliceNew");
        address identity = address(registry.identity(alice));
        addWalletKey(identity, newWallet);
        vm.prank(operator);
        token.recoverWallet(alice, newWallet, identity);
        assertEq(token.balanceOf(newWallet), 10_00);
        assertEq(token.heldBalanceOf(newWallet), 5_00);
        assertEq(token.balanceOf(alice), 0);
        assertEq(token.heldBalanceOf(alice), 0);

        vm.startPrank(operator);
        token.executeHold(alice, keccak256("burn"));
        token.releaseHold(alice, keccak256("release"));
        vm.stopPrank();
        assertEq(token.balanceOf(newWallet), 7_00);
        assertEq(token.heldBalanceOf(newWallet), 0);
        assertEq(token.spendableBalanceOf(newWallet), 7_00);
    }

    /// @dev Invariant in fuzz form: recovery preserves balance + held (and frozen) for the identity, whatever
    /// the mix of holds and freezes on the lost wallet.
    function testFuzz_Finding3_RecoveryPreservesBalanceAndHeld(uint256 balance, uint256 held, uint256 frozen) public {
        balance = bound(balance, 1, 1_000_000_00);
        held = bound(held, 0, balance);
        frozen = bound(frozen, 0, balance - held);
        mint(alice, balance);
        if (held != 0) {
            vm.prank(alice);
            token.hold(keccak256("h"), operator, address(0), held, block.timestamp + 1 days);
        }
        if (frozen != 0) {
            vm.prank(operator);
            token.freezePartialTokens(alice, frozen);
        }
        address newWallet = makeAddr("aliceNew");
        address identity = address(registry.identity(alice));
        addWalletKey(identity, newWallet);
        vm.prank(operator);
        token.recoverWallet(alice, newWallet, identity);
        assertEq(token.balanceOf(newWallet), balance);
        assertEq(token.heldBalanceOf(newWallet), held);
        assertEq(token.getFrozenTokens(newWallet), frozen);
        assertEq(token.balanceOf(alice) + token.heldBalanceOf(alice) + token.getFrozenTokens(alice), 0);
    }

    // ================================================================ 4. revocation waits for a refresh

    /// @dev The review's proof: after a revocation both wallets still transacted almost a year later. Now the
    /// revocation unverifies everyone at once; a batch refresh restores those whose claims still hold.
    function test_Finding4_RevocationTakesEffectAtOnce() public {
        mint(alice, 10_00);
        mint(bob, 10_00);
        uint256 aliceNonce = 1; // alice was onboarded first
        address aliceIdentity = address(registry.identity(alice));
        vm.prank(admin);
        issuer.revokeClaim(aliceIdentity, aliceNonce);
        assertFalse(token.isEligible(alice));
        assertFalse(registry.isVerified(alice));
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTUnverifiedAccount.selector, alice));
        vm.prank(alice);
        token.transfer(bob, 1_00);

        address[] memory wallets = new address[](4);
        (wallets[0], wallets[1], wallets[2], wallets[3]) = (alice, bob, carol, stranger);
        vm.expectEmit(address(registry));
        emit IIdentityRegistry.RefreshSkipped(stranger);
        registry.refreshBatch(wallets);
        assertFalse(token.isEligible(alice));
        assertTrue(token.isEligible(bob));
        vm.prank(bob);
        token.transfer(carol, 1_00);
    }

    function test_Finding4_RemovingTheIssuerTakesEffectAtOnce() public {
        mint(alice, 10_00);
        vm.prank(admin);
        registry.removeTrustedIssuer(issuer);
        assertFalse(token.isEligible(alice));
        assertFalse(registry.isVerified(alice));
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTUnverifiedAccount.selector, alice));
        vm.prank(alice);
        token.transfer(bob, 1_00);
    }

    /// @dev Claims signed by a rotated-out key stop counting without any refresh.
    function test_Finding4_RotatingTheSigningKeyTakesEffectAtOnce() public {
        bytes32 signerKey = keccak256(abi.encode(claimSigner));
        vm.prank(admin);
        issuer.removeKey(signerKey, 3);
        assertFalse(token.isEligible(alice));
        assertEq(registry.refresh(alice), 0);
        assertFalse(token.isEligible(alice));
    }

    /// @dev A caller's gas limit can starve the issuer's call to the registry while leaving enough to finish the
    /// revocation: the revocation then stood and every cached eligibility stayed valid. Across gas limits, a
    /// revocation either reverts or takes effect.
    function test_Finding4_ARevocationCannotBeStarvedOfItsInvalidation() public {
        mint(alice, 10_00);
        address aliceIdentity = address(registry.identity(alice));
        uint256 stood;
        for (uint256 gasLimit = 40_000; gasLimit < 400_000; gasLimit += 500) {
            uint256 state = vm.snapshotState();
            vm.prank(admin);
            (bool ok,) = address(issuer).call{gas: gasLimit}(abi.encodeCall(issuer.revokeClaim, (aliceIdentity, 1)));
            if (ok) {
                stood++;
                assertFalse(token.isEligible(alice), "a revocation stood while alice stayed eligible");
            }
            vm.revertToState(state);
        }
        assertTrue(stood > 0, "no gas limit was enough for a revocation");
    }

    // ================================================================ 5. the burner destroys any balance

    /// @dev Today `burn(alice, amount)` destroys a customer's spendable tokens without consent or event.
    function test_Finding5_BurnerCannotBurnACustomersBalance() public {
        mint(alice, 10_00);
        vm.prank(operator);
        (bool ok,) = address(token).call(abi.encodeWithSignature("burn(address,uint256)", alice, 10_00));
        assertFalse(ok);
        assertEq(token.balanceOf(alice), 10_00);
    }

    /// @dev A seizure (the platform's chargeback) is compliance's forced transfer, with its event, burning.
    function test_Finding5_SeizureIsAForcedTransferWithItsEvent() public {
        mint(alice, 10_00);
        vm.expectEmit(address(token));
        emit IERC20.Transfer(alice, address(0), 6_00);
        vm.expectEmit(address(token));
        emit IEuroToken.ForcedTransfer(alice, address(0), 6_00, operator);
        vm.prank(operator);
        token.forcedTransfer(alice, address(0), 6_00);
        assertEq(token.balanceOf(alice), 4_00);
        assertEq(token.totalSupply(), 4_00);
    }

    // ================================================================ 6. compliance redirects any wallet, even paused

    /// @dev Today compliance may move a customer's registration and balance to any address at all.
    function test_Finding6_NewWalletMustBeAKeyOfTheIdentity() public {
        mint(alice, 10_00);
        address identity = address(registry.identity(alice));
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTNewWalletNotAKey.selector, stranger, identity));
        vm.prank(operator);
        token.recoverWallet(alice, stranger, identity);
        assertEq(token.balanceOf(alice), 10_00);
    }

    /// @dev The emergency halt covers compliance's movements too; freezes and releases still work.
    function test_Finding6_PauseHaltsComplianceMovements() public {
        mint(alice, 10_00);
        address identity = address(registry.identity(alice));
        address newWallet = makeAddr("aliceNew");
        addWalletKey(identity, newWallet);
        vm.startPrank(operator);
        token.pause();
        vm.expectRevert(IEuroToken.EnforcedPause.selector);
        token.forcedTransfer(alice, bob, 1_00);
        vm.expectRevert(IEuroToken.EnforcedPause.selector);
        token.recoverWallet(alice, newWallet, identity);
        token.setAddressFrozen(alice, true);
        token.freezePartialTokens(alice, 1_00);
        vm.stopPrank();
        assertTrue(token.isFrozen(alice));
    }

    // ================================================================ 7. batches fail whole

    /// @dev The review's proof: a stranger copies one entry of a pending batch from the mempool and submits it
    /// alone first; the batch then reverted whole and the relayer paid. Now that entry is skipped.
    function test_Finding7_FrontRunEntryIsSkippedNotTheBatch() public {
        mint(alice, 10_00);
        mint(bob, 10_00);
        IERC3009.TransferAuthorization[] memory batch = new IERC3009.TransferAuthorization[](2);
        batch[0] = signedTransfer(aliceKey, carol, 1_00, bytes32(uint256(1)));
        batch[1] = signedTransfer(bobKey, carol, 2_00, bytes32(uint256(1)));
        IERC3009.TransferAuthorization memory copied = batch[0];
        vm.prank(stranger);
        token.transferWithAuthorization(
            copied.from, copied.to, copied.value, copied.validAfter, copied.validBefore, copied.nonce, copied.v, copied.r, copied.s
        );
        vm.expectEmit(address(token));
        emit IERC3009.AuthorizationSkipped(alice, bytes32(uint256(1)), 0, IERC3009.EURTAuthorizationUsed.selector);
        uint256 skipped = token.batchTransferWithAuthorization(batch);
        assertEq(skipped, 1);
        assertEq(token.balanceOf(carol), 3_00);
        assertEq(token.balanceOf(bob), 8_00);
    }

    /// @dev One recipient's KYC lapsing no longer fails everyone's deposit.
    function test_Finding7_BatchMintSkipsAnIneligibleRecipient() public {
        address[] memory to = new address[](3);
        uint256[] memory amounts = new uint256[](3);
        (to[0], to[1], to[2]) = (alice, bob, carol);
        (amounts[0], amounts[1], amounts[2]) = (1_00, 2_00, 3_00);
        vm.prank(operator);
        token.setAddressFrozen(bob, true);
        vm.expectEmit(address(token));
        emit IEuroToken.MintSkipped(bob, 1, 2_00, IEuroToken.EURTAddressFrozen.selector);
        vm.prank(operator);
        uint256 skipped = token.batchMint(to, amounts);
        assertEq(skipped, 2);
        assertEq(token.balanceOf(alice), 1_00);
        assertEq(token.balanceOf(bob), 0);
        assertEq(token.balanceOf(carol), 3_00);
        assertEq(token.totalSupply(), 4_00);
    }

    /// @dev An entry short of funds (the customer moved them first) is skipped; the others settle.
    function test_Finding7_BatchSkipsAnEntryShortOfFunds() public {
        mint(alice, 1_00);
        mint(bob, 10_00);
        IERC3009.TransferAuthorization[] memory batch = new IERC3009.TransferAuthorization[](2);
        batch[0] = signedTransfer(aliceKey, carol, 5_00, bytes32(uint256(1)));
        batch[1] = signedTransfer(bobKey, carol, 2_00, bytes32(uint256(1)));
        vm.expectEmit(address(token));
        emit IERC3009.AuthorizationSkipped(alice, bytes32(uint256(1)), 0, IERC20Errors.ERC20InsufficientBalance.selector);
        assertEq(token.batchTransferWithAuthorization(batch), 1);
        assertFalse(token.authorizationState(alice, bytes32(uint256(1))));
        assertEq(token.balanceOf(carol), 2_00);
    }

    /// @dev The all-or-nothing variants (for a caller that settles a batch's members together) say which skipped.
    function test_Finding7_AtomicVariantsRevertOnAnySkip() public {
        address[] memory to = new address[](2);
        uint256[] memory amounts = new uint256[](2);
        (to[0], to[1]) = (alice, stranger);
        (amounts[0], amounts[1]) = (1_00, 1_00);
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTBatchEntriesSkipped.selector, 2));
        vm.prank(operator);
        token.batchMintAtomic(to, amounts);

        mint(alice, 1_00);
        IERC3009.TransferAuthorization[] memory batch = new IERC3009.TransferAuthorization[](2);
        batch[0] = signedTransfer(aliceKey, carol, 1_00, bytes32(uint256(1)));
        batch[1] = signedTransfer(bobKey, carol, 2_00, bytes32(uint256(1)));
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTBatchEntriesSkipped.selector, 2));
        token.batchTransferWithAuthorizationAtomic(batch);
        assertEq(token.balanceOf(carol), 0);
    }

    // ================================================================ 8. the smaller ones

    function test_Finding8_UnbindingInvalidatesTheTokensCache() public {
        vm.prank(admin);
        registry.unbindToken(address(token));
        vm.prank(operator);
        registry.deleteIdentity(alice);
        assertFalse(token.isEligible(alice));
    }

    function test_Finding8_TheRegistryCanBeReplaced() public {
        IdentityRegistry next = deployRegistry(admin, factory);
        vm.prank(admin);
        token.setIdentityRegistry(next);
        assertEq(address(token.identityRegistry()), address(next));
        assertFalse(token.isEligible(alice)); // nothing cached from the old registry carries over
    }

    function test_Finding8_FrozenSpenderCannotUseAnAllowance() public {
        mint(alice, 10_00);
        vm.prank(alice);
        token.approve(bob, 10_00);
        vm.prank(operator);
        token.setAddressFrozen(bob, true);
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTAddressFrozen.selector, bob));
        vm.prank(bob);
        token.transferFrom(alice, carol, 1_00);
    }

    function test_Finding8_FrozenNotaryCannotExecute() public {
        mint(alice, 10_00);
        vm.prank(alice);
        token.hold(keccak256("h"), operator, bob, 1_00, block.timestamp + 1 days);
        vm.prank(operator);
        token.setAddressFrozen(operator, true);
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTAddressFrozen.selector, operator));
        vm.prank(operator);
        token.executeHold(alice, keccak256("h"));
    }

    function test_Finding8_RevokingTheMinterRoleDropsItsAllowance() public {
        bytes32 minterRole = token.MINTER_ROLE();
        vm.prank(admin);
        token.revokeRole(minterRole, operator);
        assertEq(token.minterAllowance(operator), 0);
        vm.prank(admin);
        token.grantRole(minterRole, operator);
        assertEq(token.minterAllowance(operator), 0);
    }

    function test_Finding8_PauseCoversApprovalsAndCancellations() public {
        vm.prank(operator);
        token.pause();
        vm.expectRevert(IEuroToken.EnforcedPause.selector);
        vm.prank(alice);
        token.approve(bob, 1);
        bytes32 nonce = bytes32(uint256(7));
        bytes memory signature = signDigest(aliceKey, cancelAuthorizationDigest(alice, nonce));
        vm.expectRevert(IEuroToken.EnforcedPause.selector);
        token.cancelAuthorization(alice, nonce, signature);
        vm.expectRevert(IEuroToken.EnforcedPause.selector);
        vm.prank(admin);
        token.configureMinter(carol, 1);
    }

    function test_Finding8_ForcedTransferCannotCreditAFrozenRecipient() public {
        mint(alice, 10_00);
        vm.startPrank(operator);
        token.setAddressFrozen(bob, true);
        vm.expectRevert(abi.encodeWithSelector(IEuroToken.EURTAddressFrozen.selector, bob));
        token.forcedTransfer(alice, bob, 1_00);
        vm.stopPrank();
    }

    /// @dev A bound token that reverts no longer blocks every registry write.
    function test_Finding8_ARevertingTokenDoesNotBlockTheRegistry() public {
        address broken = address(new PlainERC20());
        vm.prank(admin);
        registry.bindToken(broken);
        vm.expectEmit(address(registry));
        emit IIdentityRegistry.EligibilityPushFailed(broken, alice);
        vm.prank(operator);
        registry.deleteIdentity(alice);
        assertFalse(token.isEligible(alice));
    }

    /// @dev An identity without code made refresh revert (try/catch does not catch the decode failure).
    function test_Finding8_IdentityWithoutCodeDoesNotBlockRefresh() public {
        vm.prank(operator);
        registry.registerIdentity(stranger, IIdentity(address(0xdead)), FRANCE);
        assertEq(registry.refresh(stranger), 0);
        assertFalse(token.isEligible(stranger));
    }

    // ================================================================ 8, continued

    /// @dev Hold ids were global: a verified user could take the id of a hold another customer had signed (with
    /// a 1-cent hold of its own) and the signed hold could never be created. Ids are per holder now.
    function test_Finding8_AnotherHolderCannotSquatASignedHoldId() public {
        mint(alice, 10_00);
        mint(bob, 1);
        bytes32 holdId = keccak256("withdrawal");
        uint256 expiresAt = block.timestamp + 1 days;
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory signature =
            signDigest(aliceKey, holdDigest(alice, holdId, operator, address(0), 10_00, expiresAt, deadline));
        vm.prank(bob);
        token.hold(holdId, operator, address(0), 1, expiresAt);
        token.holdWithAuthorization(alice, holdId, operator, address(0), 10_00, expiresAt, deadline, signature);
        assertEq(token.heldBalanceOf(alice), 10_00);
        assertEq(token.getHold(alice, holdId).amount, 10_00);
        assertEq(token.getHold(bob, holdId).amount, 1);
    }

    /// @dev A signed hold authorization could not be withdrawn before its deadline; now its signer spends the id.
    function test_Finding8_TheSignerCancelsAnUnusedHoldAuthorization() public {
        mint(alice, 10_00);
        bytes32 holdId = keccak256("withdrawal");
        uint256 expiresAt = block.timestamp + 1 days;
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory signature =
            signDigest(aliceKey, holdDigest(alice, holdId, operator, address(0), 10_00, expiresAt, deadline));
        vm.expectEmit(address(token));
        emit IHoldable.HoldAuthorizationCancelled(alice, holdId);
        vm.prank(alice);
        token.cancelHoldAuthorization(holdId);
        assertEq(uint256(token.getHold(alice, holdId).status), uint256(IHoldable.HoldStatus.AuthorizationCancelled));
        vm.expectRevert(abi.encodeWithSelector(IHoldable.EURTHoldExists.selector, holdId));
        token.holdWithAuthorization(alice, holdId, operator, address(0), 10_00, expiresAt, deadline, signature);
        assertEq(token.heldBalanceOf(alice), 0);
    }

    function test_Finding8_RevertWhen_CancellingTheAuthorizationOfACreatedHold() public {
        mint(alice, 10_00);
        bytes32 holdId = keccak256("withdrawal");
        vm.startPrank(alice);
        token.hold(holdId, operator, address(0), 1_00, block.timestamp + 1 days);
        vm.expectRevert(abi.encodeWithSelector(IHoldable.EURTHoldExists.selector, holdId));
        token.cancelHoldAuthorization(holdId);
        vm.stopPrank();
        assertEq(token.heldBalanceOf(alice), 1_00);
    }

    /// @dev Claim nonces were global to the issuer: revoking alice's claim nonce also revoked any other
    /// identity's claim signed with the same nonce. Nonces are per identity now.
    function test_Finding8_RevokingOneIdentitysNonceLeavesOthersClaims() public {
        IIdentity aliceIdentity = registry.identity(alice);
        IIdentity bobIdentity = registry.identity(bob);
        uint256 sharedNonce = 77;
        uint256 expiresAt = block.timestamp + 30 days;
        (bytes memory aliceSignature, bytes memory aliceData) =
            signClaimWith(claimSignerKey, address(aliceIdentity), expiresAt, sharedNonce);
        (bytes memory bobSignature, bytes memory bobData) =
            signClaimWith(claimSignerKey, address(bobIdentity), expiresAt, sharedNonce);
        vm.prank(admin);
        issuer.revokeClaim(address(aliceIdentity), sharedNonce);
        assertFalse(issuer.isClaimValid(aliceIdentity, KYC_TOPIC, aliceSignature, aliceData));
        assertTrue(issuer.isClaimValid(bobIdentity, KYC_TOPIC, bobSignature, bobData));
        assertTrue(issuer.isClaimRevoked(address(aliceIdentity), sharedNonce));
        assertFalse(issuer.isClaimRevoked(address(bobIdentity), sharedNonce));
    }

    /// @dev Any bound token could move any wallet's registration anywhere. A token may now only move it to a
    /// management key of the wallet's identity (what its own recovery checks first); agents are unchanged.
    function test_Finding8_ABoundTokenCannotRecoverAnyWallet() public {
        address rogueToken = address(new PlainERC20()); // any contract the admin bound
        address rogueWallet = makeAddr("rogueWallet");
        vm.prank(admin);
        registry.bindToken(rogueToken);
        vm.expectRevert(abi.encodeWithSelector(IIdentityRegistry.RegistryUnauthorized.selector, rogueToken));
        vm.prank(rogueToken);
        registry.recoverWallet(alice, rogueWallet);
        assertFalse(registry.contains(rogueWallet));

        address newWallet = makeAddr("aliceNew");
        addWalletKey(address(registry.identity(alice)), newWallet);
        vm.prank(rogueToken);
        registry.recoverWallet(alice, newWallet);
        assertTrue(registry.contains(newWallet));
    }
}
