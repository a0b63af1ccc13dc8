// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Fixture} from "../utils/Fixture.sol";
import {InvariantTest} from "../utils/Test.sol";
import {TokenHandler} from "./TokenHandler.sol";

/// @notice Invariants of EURT under random sequences of transfers, authorizations, batches, mints, burns,
/// holds, freezes, forced transfers, attestations, time and upgrades of the proxy, by several actors (see
/// TokenHandler).
contract TokenInvariantTest is Fixture, InvariantTest {
    TokenHandler internal handler;
    address internal dave;

    function setUp() public override {
        super.setUp();
        uint256 daveKey;
        (dave, daveKey) = makeAddrAndKey("dave");
        onboard(dave);

        address[] memory actors = new address[](4);
        uint256[] memory keys = new uint256[](4);
        (actors[0], actors[1], actors[2], actors[3]) = (alice, bob, carol, dave);
        (keys[0], keys[1], keys[2], keys[3]) = (aliceKey, bobKey, carolKey, daveKey);
        handler = new TokenHandler(token, operator, admin, actors, keys, stranger);

        bytes4[] memory selectors = new bytes4[](17);
        selectors[0] = TokenHandler.transfer.selector;
        selectors[1] = TokenHandler.transferWithAuthorization.selector;
        selectors[2] = TokenHandler.batchTransferWithAuthorization.selector;
        selectors[3] = TokenHandler.mint.selector;
        selectors[4] = TokenHandler.mint.selector; // minting twice as likely keeps balances flowing
        selectors[5] = TokenHandler.burn.selector;
        selectors[6] = TokenHandler.hold.selector;
        selectors[7] = TokenHandler.executeHold.selector;
        selectors[8] = TokenHandler.releaseHold.selector;
        selectors[9] = TokenHandler.freezePartial.selector;
        selectors[10] = TokenHandler.unfreezePartial.selector;
        selectors[11] = TokenHandler.setAddressFrozen.selector;
        selectors[12] = TokenHandler.forcedTransfer.selector;
        selectors[13] = TokenHandler.attestReserve.selector;
        selectors[14] = TokenHandler.warp.selector;
        selectors[15] = TokenHandler.forceReleaseHold.selector;
        selectors[16] = TokenHandler.upgrade.selector; // the proxy changes implementation mid-run
        targetContract(address(handler));
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    /// @dev Calls per run, as `[invariant] depth` in foundry.toml.
    uint256 internal constant RUN_DEPTH = 128;

    /// @dev After each run: the token accepted a fair share of the run's handler calls. A rejected call
    /// reverts and counts nothing, so a campaign whose calls all revert (a broken fixture, a prank consumed
    /// by the wrong call, a wrong signing domain) would check the invariants against an untouched token: it
    /// fails here instead. Over the campaign about two thirds of the calls succeed (forge prints the reverts
    /// per selector); the rest are deliberately invalid (nonce reuse, credits to the outsider, frozen
    /// actors, mints beyond the headroom). forge keeps no state between runs, so the bound is per run and
    /// sits well below a run's typical share: an eighth of the depth.
    function afterInvariant() public view {
        assertGe(handler.successfulCalls() * 8, RUN_DEPTH, "fewer than an eighth of the handler calls succeeded");
    }

    /// @dev Every holder is an actor or the outsider, so their balances add up to the supply, across the
    /// upgrades of the proxy the handler makes in between (finding 9).
    function invariant_TotalSupplyEqualsSumOfBalances() public view {
        uint256 sum = token.balanceOf(handler.outsider());
        for (uint256 i; i < handler.actorCount(); ++i) {
            sum += token.balanceOf(handler.actorAt(i));
        }
        assertEq(token.totalSupply(), sum, "supply != sum of balances");
        assertEq(token.totalSupply(), handler.ghost_minted() - handler.ghost_burned(), "supply != minted - burned");
    }

    /// @dev spendable + held + frozen == balance for everyone, so spendable never exceeds what is free.
    function invariant_HeldAndFrozenWithinBalance() public view {
        for (uint256 i; i < handler.actorCount(); ++i) {
            address account = handler.actorAt(i);
            uint256 balance = token.balanceOf(account);
            uint256 held = token.heldBalanceOf(account);
            uint256 frozen = token.getFrozenTokens(account);
            assertLe(held + frozen, balance, "held + frozen > balance");
            assertEq(token.spendableBalanceOf(account) + held + frozen, balance, "spendable + held + frozen != balance");
            assertEq(held, handler.ghost_held(account), "held != sum of active holds");
        }
    }

    /// @dev Nobody without a registered identity ever holds tokens, and no credit ever went to an account that
    /// was not eligible at the time.
    function invariant_NoUnverifiedHolder() public view {
        assertEq(token.balanceOf(handler.outsider()), 0, "outsider holds tokens");
        assertFalse(handler.ghost_creditedIneligible(), "an ineligible account was credited");
        for (uint256 i; i < handler.actorCount(); ++i) {
            address account = handler.actorAt(i);
            if (token.balanceOf(account) != 0) assertTrue(registry.contains(account), "unregistered holder");
        }
    }

    /// @dev Minting never takes the supply above the attested reserve (the attester never attests a shortfall
    /// in this campaign; a shortfall attestation is covered by the unit tests).
    function invariant_TotalSupplyWithinReserve() public view {
        (uint256 reserve,,) = token.reserveAttestation();
        assertLe(token.totalSupply(), reserve, "supply above reserve");
    }

    /// @dev Mints since the last attestation never exceed the headroom it opened, whatever was burned since.
    /// (Before the first attestation of the campaign the fixture's one counts: reserve RESERVE, supply 0.)
    function invariant_MintsSinceAttestationWithinHeadroom() public view {
        uint256 headroom = handler.ghost_headroomAtAttestation();
        if (headroom == 0 && handler.calls(TokenHandler.attestReserve.selector) == 0) headroom = RESERVE;
        assertLe(handler.ghost_mintedSinceAttestation(), headroom, "minted more than the attestation allowed");
    }

    /// @dev No authorization nonce was ever accepted twice, and every accepted one reads as used.
    function invariant_AuthorizationNonceUsedOnce() public view {
        assertEq(handler.ghost_nonceReuses(), 0, "a nonce was used twice");
        for (uint256 i; i < handler.actorCount(); ++i) {
            address account = handler.actorAt(i);
            for (uint256 j; j < handler.usedNonceCount(account); ++j) {
                assertTrue(token.authorizationState(account, handler.usedNonceAt(account, j)), "used nonce reads unused");
            }
        }
    }

    /// @dev No held amount is ever beyond compliance's reach: every attempt to force-release an active hold
    /// succeeded (finding 3).
    function invariant_NoHoldBeyondCompliancesReach() public view {
        assertFalse(handler.ghost_holdOutOfReach(), "compliance could not release a hold");
    }
}
