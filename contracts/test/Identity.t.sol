// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Identity} from "../src/identity/Identity.sol";
import {IERC734} from "../src/interfaces/IERC734.sol";
import {IERC735} from "../src/interfaces/IERC735.sol";
import {IIdentity} from "../src/interfaces/IIdentity.sol";
import {IIdentityFactory} from "../src/interfaces/IIdentityFactory.sol";
import {Fixture} from "./utils/Fixture.sol";

/// @notice A call target for ERC-734 executions.
contract Target {
    uint256 public calls;
    address public lastCaller;

    function ping() external payable {
        ++calls;
        lastCaller = msg.sender;
    }

    function fail() external pure {
        revert("nope");
    }
}

/// @notice ERC-734 keys and executions, ERC-735 claims, and the clone factory.
contract IdentityTest is Fixture {
    uint256 internal constant MANAGEMENT = 1;
    uint256 internal constant ACTION = 2;
    uint256 internal constant CLAIM = 3;

    IIdentity internal identity;
    bytes32 internal operatorKey;
    Target internal target;

    function setUp() public override {
        super.setUp();
        identity = registry.identity(alice);
        operatorKey = keccak256(abi.encode(operator));
        target = new Target();
    }

    function _key(address account) internal pure returns (bytes32) {
        return keccak256(abi.encode(account));
    }

    // ================================================================ factory

    function test_CreateIdentity() public {
        bytes32 salt = keccak256("s");
        address predicted = factory.predictIdentity(address(this), bob, salt);
        vm.expectEmit(address(factory));
        emit IIdentityFactory.IdentityCreated(predicted, address(this), bob, salt);
        IIdentity created = factory.createIdentity(bob, salt, new IIdentity.ClaimInput[](0));
        assertEq(address(created), predicted);
        assertTrue(created.keyHasPurpose(_key(bob), MANAGEMENT));
        assertEq(created.getKeysByPurpose(MANAGEMENT).length, 1);
    }

    function test_CreateIdentity_WithClaim() public {
        bytes32 salt = keccak256("s");
        address predicted = factory.predictIdentity(address(this), bob, salt);
        (bytes memory signature, bytes memory data) = signClaim(predicted, block.timestamp + 1 days);
        IIdentity.ClaimInput[] memory claims = new IIdentity.ClaimInput[](1);
        claims[0] = IIdentity.ClaimInput(KYC_TOPIC, 1, address(issuer), signature, data, "");
        IIdentity created = factory.createIdentity(bob, salt, claims);
        (uint256 topic,, address claimIssuer,, bytes memory storedData,) =
            created.getClaim(keccak256(abi.encode(address(issuer), KYC_TOPIC)));
        assertEq(topic, KYC_TOPIC);
        assertEq(claimIssuer, address(issuer));
        assertEq(storedData, data);
    }

    function test_PredictIdentity_DependsOnDeployerAndKey() public view {
        bytes32 salt = keccak256("s");
        address a = factory.predictIdentity(address(this), bob, salt);
        assertNotEq(a, factory.predictIdentity(alice, bob, salt));
        assertNotEq(a, factory.predictIdentity(address(this), carol, salt));
    }

    function test_RevertWhen_CreateIdentityTwice() public {
        bytes32 salt = keccak256("s");
        factory.createIdentity(bob, salt, new IIdentity.ClaimInput[](0));
        vm.expectRevert();
        factory.createIdentity(bob, salt, new IIdentity.ClaimInput[](0));
    }

    function test_RevertWhen_CreateIdentityWithZeroKey() public {
        vm.expectRevert(IIdentity.IdentityInvalidManagementKey.selector);
        factory.createIdentity(address(0), bytes32(0), new IIdentity.ClaimInput[](0));
    }

    function test_RevertWhen_CreateIdentityWithInvalidClaim() public {
        bytes32 salt = keccak256("s");
        address predicted = factory.predictIdentity(address(this), bob, salt);
        (bytes memory signature, bytes memory data) = signClaim(predicted, block.timestamp + 1 days);
        IIdentity.ClaimInput[] memory claims = new IIdentity.ClaimInput[](1);
        claims[0] = IIdentity.ClaimInput(KYC_TOPIC + 1, 1, address(issuer), signature, data, "");
        vm.expectRevert(abi.encodeWithSelector(IIdentity.IdentityInvalidClaim.selector, address(issuer), KYC_TOPIC + 1));
        factory.createIdentity(bob, salt, claims);
    }

    function test_RevertWhen_InitializeTwice() public {
        vm.expectRevert(IIdentity.IdentityAlreadyInitialized.selector);
        identity.initialize(bob, new IIdentity.ClaimInput[](0));
    }

    function test_RevertWhen_InitializeImplementation() public {
        Identity implementation = Identity(factory.implementation());
        vm.expectRevert(IIdentity.IdentityAlreadyInitialized.selector);
        implementation.initialize(bob, new IIdentity.ClaimInput[](0));
    }

    // ================================================================ keys

    function test_OperatorIsManagementKey() public view {
        assertTrue(identity.keyHasPurpose(operatorKey, MANAGEMENT));
        assertTrue(identity.keyHasPurpose(operatorKey, CLAIM)); // management implies every purpose
        (uint256[] memory purposes, uint256 keyType, bytes32 key) = identity.getKey(operatorKey);
        assertEq(purposes.length, 1);
        assertEq(purposes[0], MANAGEMENT);
        assertEq(keyType, 1);
        assertEq(key, operatorKey);
    }

    function test_AddKey() public {
        vm.expectEmit(address(identity));
        emit IERC734.KeyAdded(_key(bob), ACTION, 1);
        vm.prank(operator);
        assertTrue(identity.addKey(_key(bob), ACTION, 1));
        vm.prank(operator);
        identity.addKey(_key(bob), CLAIM, 1);
        assertTrue(identity.keyHasPurpose(_key(bob), ACTION));
        assertFalse(identity.keyHasPurpose(_key(bob), MANAGEMENT));
        uint256[] memory expected = new uint256[](2);
        (expected[0], expected[1]) = (ACTION, CLAIM);
        assertEq(identity.getKeyPurposes(_key(bob)), expected);
        bytes32[] memory actionKeys = new bytes32[](1);
        actionKeys[0] = _key(bob);
        assertEq(identity.getKeysByPurpose(ACTION), actionKeys);
    }

    function test_RevertWhen_AddKeyByNonManager() public {
        vm.expectRevert(abi.encodeWithSelector(IIdentity.IdentityUnauthorized.selector, alice, MANAGEMENT));
        vm.prank(alice);
        identity.addKey(_key(alice), MANAGEMENT, 1);
    }

    function test_RevertWhen_AddKeyTwice() public {
        vm.expectRevert(abi.encodeWithSelector(IIdentity.IdentityKeyConflict.selector, operatorKey, MANAGEMENT));
        vm.prank(operator);
        identity.addKey(operatorKey, MANAGEMENT, 1);
    }

    function test_RevertWhen_AddKeyWithUnsupportedPurpose() public {
        vm.startPrank(operator);
        vm.expectRevert(abi.encodeWithSelector(IIdentity.IdentityUnsupportedKey.selector, 0, 1));
        identity.addKey(_key(bob), 0, 1);
        vm.expectRevert(abi.encodeWithSelector(IIdentity.IdentityUnsupportedKey.selector, 248, 1));
        identity.addKey(_key(bob), 248, 1);
        vm.expectRevert(abi.encodeWithSelector(IIdentity.IdentityUnsupportedKey.selector, 2, 256));
        identity.addKey(_key(bob), 2, 256);
        vm.stopPrank();
    }

    function test_RemoveKey() public {
        vm.startPrank(operator);
        identity.addKey(_key(bob), ACTION, 1);
        identity.addKey(_key(carol), MANAGEMENT, 1);
        vm.expectEmit(address(identity));
        emit IERC734.KeyRemoved(_key(bob), ACTION, 1);
        identity.removeKey(_key(bob), ACTION);
        identity.removeKey(operatorKey, MANAGEMENT);
        vm.stopPrank();
        assertFalse(identity.keyHasPurpose(_key(bob), ACTION));
        assertFalse(identity.keyHasPurpose(operatorKey, MANAGEMENT));
        bytes32[] memory managers = new bytes32[](1);
        managers[0] = _key(carol);
        assertEq(identity.getKeysByPurpose(MANAGEMENT), managers);
        (uint256[] memory purposes, uint256 keyType, bytes32 key) = identity.getKey(_key(bob));
        assertEq(purposes.length + keyType, 0);
        assertEq(key, bytes32(0));
    }

    function test_RemoveKey_KeepsOtherPurposes() public {
        vm.startPrank(operator);
        identity.addKey(_key(bob), ACTION, 1);
        identity.addKey(_key(bob), CLAIM, 1);
        identity.removeKey(_key(bob), ACTION);
        vm.stopPrank();
        assertTrue(identity.keyHasPurpose(_key(bob), CLAIM));
        assertEq(identity.getKeysByPurpose(CLAIM).length, 1);
    }

    function test_RevertWhen_RemoveLastManagementKey() public {
        vm.expectRevert(abi.encodeWithSelector(IIdentity.IdentityLastManagementKey.selector, operatorKey));
        vm.prank(operator);
        identity.removeKey(operatorKey, MANAGEMENT);
    }

    function test_RevertWhen_RemoveMissingKey() public {
        vm.expectRevert(abi.encodeWithSelector(IIdentity.IdentityKeyNotFound.selector, _key(bob), ACTION));
        vm.prank(operator);
        identity.removeKey(_key(bob), ACTION);
    }

    function test_GetKeysByPurpose_UnsupportedPurposeIsEmpty() public view {
        assertEq(identity.getKeysByPurpose(0).length, 0);
        assertEq(identity.getKeysByPurpose(1000).length, 0);
    }

    // ================================================================ executions

    function test_Execute_ByManagerRunsAtOnce() public {
        bytes memory data = abi.encodeCall(Target.ping, ());
        vm.expectEmit(address(identity));
        emit IERC734.Executed(0, address(target), 0, data);
        vm.prank(operator);
        uint256 id = identity.execute(address(target), 0, data);
        assertEq(id, 0);
        assertEq(target.calls(), 1);
        assertEq(target.lastCaller(), address(identity));
    }

    function test_Execute_ManagerCanCallIdentityItself() public {
        vm.prank(operator);
        identity.execute(address(identity), 0, abi.encodeCall(IERC734.addKey, (_key(bob), ACTION, 1)));
        assertTrue(identity.keyHasPurpose(_key(bob), ACTION));
    }

    function test_Execute_ActionKeyRunsExternalCalls() public {
        vm.prank(operator);
        identity.addKey(_key(bob), ACTION, 1);
        vm.prank(bob);
        identity.execute(address(target), 0, abi.encodeCall(Target.ping, ()));
        assertEq(target.calls(), 1);
    }

    function test_Execute_RequestThenApprove() public {
        vm.prank(stranger);
        uint256 id = identity.execute(address(target), 0, abi.encodeCall(Target.ping, ()));
        assertEq(target.calls(), 0);
        vm.prank(operator);
        assertTrue(identity.approve(id, true));
        assertEq(target.calls(), 1);
    }

    function test_Execute_Reject() public {
        vm.prank(stranger);
        uint256 id = identity.execute(address(target), 0, abi.encodeCall(Target.ping, ()));
        vm.expectEmit(address(identity));
        emit IERC734.Approved(id, false);
        vm.prank(operator);
        assertFalse(identity.approve(id, false));
        assertEq(target.calls(), 0);
    }

    function test_Execute_FailingCallCanBeRetried() public {
        bytes memory data = abi.encodeCall(Target.fail, ());
        vm.expectEmit(address(identity));
        emit IERC734.ExecutionFailed(0, address(target), 0, data);
        vm.prank(operator);
        identity.execute(address(target), 0, data);
        vm.prank(operator);
        assertFalse(identity.approve(0, true));
    }

    function test_RevertWhen_ApproveUnknownExecution() public {
        vm.expectRevert(abi.encodeWithSelector(IIdentity.IdentityInvalidExecution.selector, 5));
        vm.prank(operator);
        identity.approve(5, true);
    }

    function test_RevertWhen_ApproveExecutedExecution() public {
        vm.prank(operator);
        identity.execute(address(target), 0, abi.encodeCall(Target.ping, ()));
        vm.expectRevert(abi.encodeWithSelector(IIdentity.IdentityInvalidExecution.selector, 0));
        vm.prank(operator);
        identity.approve(0, true);
    }

    function test_RevertWhen_ApproveWithoutKey() public {
        vm.prank(stranger);
        uint256 id = identity.execute(address(identity), 0, "");
        vm.prank(operator);
        identity.addKey(_key(bob), ACTION, 1);
        vm.expectRevert(abi.encodeWithSelector(IIdentity.IdentityUnauthorized.selector, bob, MANAGEMENT));
        vm.prank(bob);
        identity.approve(id, true);
    }

    // ================================================================ claims

    function test_KycClaimStoredAtOnboarding() public view {
        bytes32 claimId = keccak256(abi.encode(address(issuer), KYC_TOPIC));
        bytes32[] memory ids = identity.getClaimIdsByTopic(KYC_TOPIC);
        assertEq(ids.length, 1);
        assertEq(ids[0], claimId);
        (uint256 topic, uint256 scheme, address claimIssuer, bytes memory signature,, string memory uri) =
            identity.getClaim(claimId);
        assertEq(topic, KYC_TOPIC);
        assertEq(scheme, 1);
        assertEq(claimIssuer, address(issuer));
        assertEq(signature.length, 65);
        assertEq(bytes(uri).length, 0);
    }

    function test_AddClaim_ReplacesExisting() public {
        (bytes memory signature, bytes memory data) = signClaim(address(identity), block.timestamp + 2 days);
        bytes32 claimId = keccak256(abi.encode(address(issuer), KYC_TOPIC));
        vm.expectEmit(address(identity));
        emit IERC735.ClaimChanged(claimId, KYC_TOPIC, 1, address(issuer), signature, data, "ipfs://x");
        vm.prank(operator);
        assertEq(identity.addClaim(KYC_TOPIC, 1, address(issuer), signature, data, "ipfs://x"), claimId);
        (,,,, bytes memory stored, string memory uri) = identity.getClaim(claimId);
        assertEq(stored, data);
        assertEq(uri, "ipfs://x");
        assertEq(identity.getClaimIdsByTopic(KYC_TOPIC).length, 1);
    }

    function test_AddClaim_SelfIssued() public {
        vm.prank(operator);
        bytes32 claimId = identity.addClaim(42, 1, address(identity), "", "hello", "");
        (uint256 topic,, address claimIssuer,, bytes memory data,) = identity.getClaim(claimId);
        assertEq(topic, 42);
        assertEq(claimIssuer, address(identity));
        assertEq(data, bytes("hello"));
    }

    function test_RevertWhen_AddInvalidClaim() public {
        (bytes memory signature, bytes memory data) = signClaim(address(identity), block.timestamp + 1 days);
        signature[0] ^= 0x01;
        vm.expectRevert(abi.encodeWithSelector(IIdentity.IdentityInvalidClaim.selector, address(issuer), KYC_TOPIC));
        vm.prank(operator);
        identity.addClaim(KYC_TOPIC, 1, address(issuer), signature, data, "");
    }

    function test_RevertWhen_AddClaimWithHugeScheme() public {
        uint256 scheme = uint256(type(uint96).max) + 1;
        vm.expectRevert(abi.encodeWithSelector(IIdentity.IdentityUnsupportedScheme.selector, scheme));
        vm.prank(operator);
        identity.addClaim(42, scheme, address(identity), "", "", "");
    }

    function test_RevertWhen_AddClaimWithoutClaimKey() public {
        vm.expectRevert(abi.encodeWithSelector(IIdentity.IdentityUnauthorized.selector, alice, CLAIM));
        vm.prank(alice);
        identity.addClaim(42, 1, address(identity), "", "", "");
    }

    function test_AddClaim_ByClaimKey() public {
        vm.prank(operator);
        identity.addKey(_key(bob), CLAIM, 1);
        vm.prank(bob);
        identity.addClaim(42, 1, address(identity), "", "x", "");
        assertEq(identity.getClaimIdsByTopic(42).length, 1);
    }

    function test_RemoveClaim() public {
        bytes32 claimId = keccak256(abi.encode(address(issuer), KYC_TOPIC));
        vm.prank(operator);
        identity.addClaim(KYC_TOPIC, 1, address(identity), "", "self", "");
        (,,, bytes memory signature, bytes memory data,) = identity.getClaim(claimId);
        vm.expectEmit(address(identity));
        emit IERC735.ClaimRemoved(claimId, KYC_TOPIC, 1, address(issuer), signature, data, "");
        vm.prank(operator);
        assertTrue(identity.removeClaim(claimId));
        (,, address claimIssuer,,,) = identity.getClaim(claimId);
        assertEq(claimIssuer, address(0));
        bytes32[] memory ids = identity.getClaimIdsByTopic(KYC_TOPIC);
        assertEq(ids.length, 1);
        assertEq(ids[0], keccak256(abi.encode(address(identity), KYC_TOPIC)));
    }

    function test_RevertWhen_RemoveMissingClaim() public {
        vm.expectRevert(abi.encodeWithSelector(IIdentity.IdentityClaimNotFound.selector, bytes32(uint256(7))));
        vm.prank(operator);
        identity.removeClaim(bytes32(uint256(7)));
    }

    function test_RevertWhen_RemoveClaimWithoutKey() public {
        vm.expectRevert(abi.encodeWithSelector(IIdentity.IdentityUnauthorized.selector, alice, CLAIM));
        vm.prank(alice);
        identity.removeClaim(bytes32(uint256(7)));
    }
}
