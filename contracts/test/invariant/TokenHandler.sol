// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {EuroToken} from "../../src/EuroToken.sol";
import {EuroTokenComplianceModule} from "../../src/EuroTokenComplianceModule.sol";
import {EuroTokenV2} from "../mocks/UpgradeMocks.sol";
import {IERC3009} from "../../src/interfaces/IERC3009.sol";
import {Test} from "../utils/Test.sol";

/// @notice Drives EURT with bounded inputs on behalf of a fixed set of actors (four verified customers and
/// one outsider who never passed KYC) and keeps ghost sums for the invariants. Calls that the token
/// rejects revert the whole handler call, so ghosts only ever record what really happened.
contract TokenHandler is Test {
    EuroToken internal immutable token;
    address internal immutable operator;
    bytes32 internal immutable domain;

    address[] internal actors;
    uint256[] internal keys;
    address public immutable outsider;
    /// @dev The token's admin, who schedules and runs upgrades, and the module every new version forwards to.
    address internal immutable admin;
    address internal immutable complianceModule;

    // ghosts
    uint256 public ghost_minted;
    uint256 public ghost_burned;
    bool public ghost_creditedIneligible;
    /// @dev Set if compliance ever failed to release an active hold (finding 3: nothing held is out of reach).
    bool public ghost_holdOutOfReach;
    uint256 public ghost_nonceReuses;
    mapping(address holder => uint256) public ghost_held;
    /// @dev What the last attestation allowed to mint (reserve - supply then), and what was minted since.
    uint256 public ghost_headroomAtAttestation;
    uint256 public ghost_mintedSinceAttestation;
    /// @dev Upgrades to a new implementation so far: the invariants hold across them.
    uint256 public ghost_upgrades;

    mapping(address authorizer => bytes32[]) internal usedNonces;
    mapping(address authorizer => mapping(bytes32 nonce => bool)) internal nonceSeen;
    mapping(address authorizer => uint256) internal nextNonce;

    bytes32[] internal activeHolds;
    mapping(bytes32 holdId => address) internal holderOf;
    uint256 internal holdCounter;

    mapping(bytes4 selector => uint256) public calls;
    /// @dev Handler calls the token accepted in this run (a rejected call reverts and counts nothing).
    uint256 public successfulCalls;

    constructor(
        EuroToken token_,
        address operator_,
        address admin_,
        address[] memory actors_,
        uint256[] memory keys_,
        address outsider_
    ) {
        token = token_;
        admin = admin_;
        complianceModule = address(new EuroTokenComplianceModule());
        operator = operator_;
        actors = actors_;
        keys = keys_;
        outsider = outsider_;
        domain = token_.DOMAIN_SEPARATOR();
    }

    // ================================================================ views for the invariants

    function actorCount() external view returns (uint256) {
        return actors.length;
    }

    function actorAt(uint256 i) external view returns (address) {
        return actors[i];
    }

    function usedNonceCount(address authorizer) external view returns (uint256) {
        return usedNonces[authorizer].length;
    }

    function usedNonceAt(address authorizer, uint256 i) external view returns (bytes32) {
        return usedNonces[authorizer][i];
    }

    // ================================================================ actions

    function transfer(uint256 fromSeed, uint256 toSeed, uint256 amount) external {
        (address from,) = _actor(fromSeed);
        address to = _anyone(toSeed);
        amount = bound(amount, 0, token.spendableBalanceOf(from));
        bool toEligible = token.isEligible(to);
        vm.prank(from);
        token.transfer(to, amount);
        if (!toEligible) ghost_creditedIneligible = true;
        calls[this.transfer.selector]++;
        successfulCalls++;
    }

    /// @dev Tries to reuse a nonce one time in eight (the token must reject it).
    function transferWithAuthorization(uint256 fromSeed, uint256 toSeed, uint256 amount, uint8 coin) external {
        (address from, uint256 key) = _actor(fromSeed);
        address to = _anyone(toSeed);
        amount = bound(amount, 0, token.spendableBalanceOf(from));
        bytes32 nonce = _nonce(from, coin % 8 == 0, toSeed);
        IERC3009.TransferAuthorization memory a = _sign(key, from, to, amount, nonce);
        bool toEligible = token.isEligible(to);
        token.transferWithAuthorization(from, to, amount, a.validAfter, a.validBefore, nonce, a.v, a.r, a.s);
        if (!toEligible) ghost_creditedIneligible = true;
        _recordNonce(from, nonce);
        calls[this.transferWithAuthorization.selector]++;
        successfulCalls++;
    }

    function batchTransferWithAuthorization(uint256 seed, uint256 count) external {
        count = bound(count, 1, 4);
        IERC3009.TransferAuthorization[] memory batch = new IERC3009.TransferAuthorization[](count);
        for (uint256 i; i < count; ++i) {
            (address from, uint256 key) = _actor(seed >> (i * 8));
            address to = _anyone(seed >> (i * 8 + 4));
            if (!token.isEligible(to)) to = from;
            uint256 amount = token.spendableBalanceOf(from) / (count + 1);
            batch[i] = _sign(key, from, to, amount, _nonce(from, false, 0));
        }
        // Entries sharing a sender share its next nonce: all but the first are skipped (finding 7).
        uint256 skipped = token.batchTransferWithAuthorization(batch);
        for (uint256 i; i < count; ++i) {
            if (skipped & (1 << i) == 0) _recordNonce(batch[i].from, batch[i].nonce);
        }
        calls[this.batchTransferWithAuthorization.selector]++;
        successfulCalls++;
    }

    function mint(uint256 toSeed, uint256 amount) external {
        address to = _anyone(toSeed);
        (uint256 reserve,,) = token.reserveAttestation();
        uint256 supply = token.totalSupply();
        uint256 room = reserve > supply ? reserve - supply : 0;
        room = _min(room, token.mintHeadroom());
        uint256 allowance = token.minterAllowance(operator);
        amount = bound(amount, 1, _max(1, _min(room, allowance)));
        bool toEligible = token.isEligible(to);
        vm.prank(operator);
        token.mint(to, amount);
        if (!toEligible) ghost_creditedIneligible = true;
        ghost_minted += amount;
        ghost_mintedSinceAttestation += amount;
        calls[this.mint.selector]++;
        successfulCalls++;
    }

    /// @dev A seizure: compliance's forced transfer to the zero address burns (finding 5).
    function burn(uint256 fromSeed, uint256 amount) external {
        (address from,) = _actor(fromSeed);
        amount = bound(amount, 1, _max(1, token.balanceOf(from) - token.heldBalanceOf(from)));
        vm.prank(operator);
        token.forcedTransfer(from, address(0), amount);
        ghost_burned += amount;
        calls[this.burn.selector]++;
        successfulCalls++;
    }

    function hold(uint256 holderSeed, uint256 amount, bool burnOnExecution) external {
        (address holder, uint256 key) = _actor(holderSeed);
        amount = bound(amount, 1, _max(1, token.spendableBalanceOf(holder)));
        bytes32 holdId = keccak256(abi.encode("hold", ++holdCounter));
        address payee = burnOnExecution ? address(0) : actors[(holderSeed + 1) % actors.length];
        uint256 expiresAt = block.timestamp + 2 days;
        bytes memory signature = _signHold(key, holder, holdId, payee, amount, expiresAt);
        token.holdWithAuthorization(holder, holdId, operator, payee, amount, expiresAt, block.timestamp, signature);
        activeHolds.push(holdId);
        holderOf[holdId] = holder;
        ghost_held[holder] += amount;
        calls[this.hold.selector]++;
        successfulCalls++;
    }

    function _signHold(uint256 key, address holder, bytes32 holdId, address payee, uint256 amount, uint256 expiresAt)
        internal
        view
        returns (bytes memory)
    {
        bytes32 structHash = keccak256(
            abi.encode(
                token.HOLD_WITH_AUTHORIZATION_TYPEHASH(),
                holder,
                holdId,
                operator,
                payee,
                amount,
                expiresAt,
                block.timestamp
            )
        );
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, keccak256(abi.encodePacked("\x19\x01", domain, structHash)));
        return abi.encodePacked(r, s, v);
    }

    function executeHold(uint256 index) external {
        if (activeHolds.length == 0) return;
        index = index % activeHolds.length;
        bytes32 holdId = activeHolds[index];
        EuroToken.Hold memory h = token.getHold(holderOf[holdId], holdId);
        bool payeeEligible = h.payee == address(0) || token.isEligible(h.payee);
        vm.prank(operator);
        token.executeHold(holderOf[holdId], holdId);
        if (!payeeEligible) ghost_creditedIneligible = true;
        if (h.payee == address(0)) ghost_burned += h.amount;
        ghost_held[h.holder] -= h.amount;
        _dropHold(index);
        calls[this.executeHold.selector]++;
        successfulCalls++;
    }

    function releaseHold(uint256 index, bool byStranger) external {
        if (activeHolds.length == 0) return;
        index = index % activeHolds.length;
        bytes32 holdId = activeHolds[index];
        EuroToken.Hold memory h = token.getHold(holderOf[holdId], holdId);
        vm.prank(byStranger ? outsider : operator);
        token.releaseHold(holderOf[holdId], holdId);
        ghost_held[h.holder] -= h.amount;
        _dropHold(index);
        calls[this.releaseHold.selector]++;
        successfulCalls++;
    }

    /// @dev Compliance releases any active hold, whatever its notary, expiry, the pause or a freeze.
    function forceReleaseHold(uint256 index) external {
        if (activeHolds.length == 0) return;
        index = index % activeHolds.length;
        bytes32 holdId = activeHolds[index];
        EuroToken.Hold memory h = token.getHold(holderOf[holdId], holdId);
        vm.prank(operator);
        try token.forceReleaseHold(holderOf[holdId], holdId) {
            ghost_held[h.holder] -= h.amount;
            _dropHold(index);
            calls[this.forceReleaseHold.selector]++;
            successfulCalls++;
        } catch {
            ghost_holdOutOfReach = true;
        }
    }

    function freezePartial(uint256 seed, uint256 amount) external {
        (address account,) = _actor(seed);
        amount = bound(amount, 1, _max(1, token.spendableBalanceOf(account)));
        vm.prank(operator);
        token.freezePartialTokens(account, amount);
        calls[this.freezePartial.selector]++;
        successfulCalls++;
    }

    function unfreezePartial(uint256 seed, uint256 amount) external {
        (address account,) = _actor(seed);
        amount = bound(amount, 1, _max(1, token.getFrozenTokens(account)));
        vm.prank(operator);
        token.unfreezePartialTokens(account, amount);
        calls[this.unfreezePartial.selector]++;
        successfulCalls++;
    }

    /// @dev Freezes one time in four, unfreezes otherwise, so that actors are not frozen most of the time.
    function setAddressFrozen(uint256 seed, uint8 coin) external {
        (address account,) = _actor(seed);
        bool frozen = coin % 4 == 0;
        vm.prank(operator);
        token.setAddressFrozen(account, frozen);
        calls[this.setAddressFrozen.selector]++;
        successfulCalls++;
    }

    function forcedTransfer(uint256 fromSeed, uint256 toSeed, uint256 amount) external {
        (address from,) = _actor(fromSeed);
        address to = _anyone(toSeed);
        if (to == from) to = actors[(fromSeed + 1) % actors.length];
        amount = bound(amount, 1, _max(1, token.balanceOf(from) - token.heldBalanceOf(from)));
        bool toVerified = token.accountState(to).verifiedUntil > block.timestamp;
        vm.prank(operator);
        token.forcedTransfer(from, to, amount);
        if (!toVerified) ghost_creditedIneligible = true;
        calls[this.forcedTransfer.selector]++;
        successfulCalls++;
    }

    function attestReserve(uint256 headroom) external {
        headroom = bound(headroom, 0, 1_000_000_00);
        // Read the supply before the prank: a prank applies to the next call, which must be the attestation.
        uint256 reserve = token.totalSupply() + headroom;
        vm.prank(operator);
        token.attestReserve(reserve);
        ghost_headroomAtAttestation = headroom;
        ghost_mintedSinceAttestation = 0;
        calls[this.attestReserve.selector]++;
        successfulCalls++;
    }

    function warp(uint256 seconds_) external {
        vm.warp(block.timestamp + bound(seconds_, 1, 12 hours));
        calls[this.warp.selector]++;
        successfulCalls++;
    }

    /// @dev The admin upgrades the proxy to a new implementation, the scheduled way (the delay passes, then
    /// the clock returns so that holds and attestations are not aged by it).
    function upgrade() external {
        address next = address(new EuroTokenV2(complianceModule));
        uint256 now_ = block.timestamp;
        vm.prank(admin);
        token.scheduleUpgrade(next);
        vm.warp(now_ + token.defaultAdminDelay());
        vm.prank(admin);
        token.upgradeToAndCall(next, "");
        vm.warp(now_);
        ghost_upgrades++;
        calls[this.upgrade.selector]++;
        successfulCalls++;
    }

    // ================================================================ helpers

    function _actor(uint256 seed) internal view returns (address, uint256) {
        uint256 i = seed % actors.length;
        return (actors[i], keys[i]);
    }

    /// @dev An actor, or (one time in six) the outsider.
    function _anyone(uint256 seed) internal view returns (address) {
        uint256 i = seed % (actors.length + 2);
        return i < actors.length ? actors[i] : outsider;
    }

    function _nonce(address from, bool reuse, uint256 seed) internal returns (bytes32) {
        uint256 used = usedNonces[from].length;
        if (reuse && used != 0) return usedNonces[from][seed % used];
        return bytes32(nextNonce[from]++);
    }

    function _recordNonce(address from, bytes32 nonce) internal {
        if (nonceSeen[from][nonce]) ghost_nonceReuses++;
        nonceSeen[from][nonce] = true;
        usedNonces[from].push(nonce);
    }

    function _sign(uint256 key, address from, address to, uint256 amount, bytes32 nonce)
        internal
        view
        returns (IERC3009.TransferAuthorization memory a)
    {
        a.from = from;
        a.to = to;
        a.value = amount;
        a.validAfter = 0;
        a.validBefore = block.timestamp + 1 hours;
        a.nonce = nonce;
        bytes32 structHash = keccak256(
            abi.encode(token.TRANSFER_WITH_AUTHORIZATION_TYPEHASH(), from, to, amount, 0, a.validBefore, nonce)
        );
        (a.v, a.r, a.s) = vm.sign(key, keccak256(abi.encodePacked("\x19\x01", domain, structHash)));
    }

    function _dropHold(uint256 index) internal {
        activeHolds[index] = activeHolds[activeHolds.length - 1];
        activeHolds.pop();
    }

    function _min(uint256 a, uint256 b) internal pure returns (uint256) {
        return a < b ? a : b;
    }

    function _max(uint256 a, uint256 b) internal pure returns (uint256) {
        return a > b ? a : b;
    }
}
