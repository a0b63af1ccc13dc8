// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC1967Proxy} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol";
import {EuroToken} from "../../src/EuroToken.sol";
import {EuroTokenComplianceModule} from "../../src/EuroTokenComplianceModule.sol";
import {ClaimIssuer} from "../../src/identity/ClaimIssuer.sol";
import {IdentityFactory} from "../../src/identity/IdentityFactory.sol";
import {IdentityRegistry} from "../../src/identity/IdentityRegistry.sol";
import {IERC3009} from "../../src/interfaces/IERC3009.sol";
import {IIdentityFactory} from "../../src/interfaces/IIdentityFactory.sol";
import {IIdentity} from "../../src/interfaces/IIdentity.sol";
import {Test} from "./Test.sol";

/// @notice The platform as deployed (see contracts/README.md, "Platform integration"), with three onboarded
/// customers and signing helpers that build the EIP-712 digests independently of the contracts.
abstract contract Fixture is Test {
    uint256 internal constant KYC_TOPIC = 1;
    uint16 internal constant FRANCE = 250;
    uint256 internal constant START = 1_750_000_000;
    uint256 internal constant MAX_ATTESTATION_AGE = 1 days;
    uint256 internal constant RESERVE = 1_000_000_000_00; // one billion euros, in cents
    uint256 internal constant MINTER_ALLOWANCE = 500_000_000_00;
    uint256 internal constant KYC_VALIDITY = 365 days;
    uint48 internal constant ADMIN_DELAY = 2 days;

    bytes32 internal constant EIP712_DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");

    IdentityFactory internal factory;
    IdentityRegistry internal registry;
    ClaimIssuer internal issuer;
    EuroToken internal token;

    address internal admin;
    address internal operator;
    address internal claimSigner;
    uint256 internal claimSignerKey;

    address internal alice;
    uint256 internal aliceKey;
    address internal bob;
    uint256 internal bobKey;
    address internal carol;
    uint256 internal carolKey;
    address internal stranger; // never onboarded
    uint256 internal strangerKey;

    uint256 private _claimNonce;

    function setUp() public virtual {
        vm.warp(START);
        admin = makeAddr("admin");
        operator = makeAddr("operator");
        (claimSigner, claimSignerKey) = makeAddrAndKey("claimSigner");
        (alice, aliceKey) = makeAddrAndKey("alice");
        (bob, bobKey) = makeAddrAndKey("bob");
        (carol, carolKey) = makeAddrAndKey("carol");
        (stranger, strangerKey) = makeAddrAndKey("stranger");

        factory = new IdentityFactory();
        registry = deployRegistry(admin, factory);
        issuer = new ClaimIssuer(admin, claimSigner);
        token = deployToken(admin, registry, MAX_ATTESTATION_AGE, operator, MINTER_ALLOWANCE);

        vm.startPrank(admin);
        registry.addTrustedIssuer(issuer);
        issuer.setRegistry(registry);
        registry.bindToken(address(token));
        registry.grantRole(registry.AGENT_ROLE(), operator);
        token.grantRole(token.BURNER_ROLE(), operator);
        token.grantRole(token.PAUSER_ROLE(), operator);
        token.grantRole(token.COMPLIANCE_ROLE(), operator);
        token.grantRole(token.RESERVE_ATTESTER_ROLE(), operator);
        token.grantRole(token.NOTARY_ROLE(), operator);
        vm.stopPrank();

        vm.prank(operator);
        token.attestReserve(RESERVE);

        onboard(alice);
        onboard(bob);
        onboard(carol);
    }

    // ================================================================ platform actions

    /// @dev Onboards `wallet` the way the platform does: predict the identity, sign the claim, one call.
    function onboard(address wallet) internal returns (IIdentity identity) {
        bytes32 salt = keccak256(abi.encode("customer", wallet));
        address predicted = registry.predictIdentity(operator, salt);
        (bytes memory signature, bytes memory data) = signClaim(predicted, block.timestamp + KYC_VALIDITY);
        vm.prank(operator);
        identity = registry.onboard(wallet, operator, salt, FRANCE, issuer, signature, data);
    }

    /// @dev The token as the platform deploys it: an implementation behind an ERC-1967 proxy initialized in the
    /// proxy's constructor, with the fixture's admin delay.
    function deployToken(
        address admin_,
        IdentityRegistry registry_,
        uint256 maxAttestationAge,
        address minter,
        uint256 minterAllowance
    ) internal returns (EuroToken) {
        return deployTokenProxy(newTokenImplementation(), admin_, registry_, maxAttestationAge, minter, minterAllowance);
    }

    /// @dev The proxy alone, over an existing implementation (one call: `expectRevert` sees the initializer's).
    function deployTokenProxy(
        EuroToken implementation,
        address admin_,
        IdentityRegistry registry_,
        uint256 maxAttestationAge,
        address minter,
        uint256 minterAllowance
    ) internal returns (EuroToken) {
        bytes memory init = abi.encodeCall(
            EuroToken.initialize, (admin_, ADMIN_DELAY, registry_, maxAttestationAge, minter, minterAllowance)
        );
        return EuroToken(address(new ERC1967Proxy(address(implementation), init)));
    }

    /// @dev The identity registry as the platform deploys it, behind its proxy.
    function deployRegistry(address admin_, IIdentityFactory factory_) internal returns (IdentityRegistry) {
        return deployRegistryProxy(new IdentityRegistry(), admin_, factory_);
    }

    function deployRegistryProxy(IdentityRegistry implementation, address admin_, IIdentityFactory factory_)
        internal
        returns (IdentityRegistry)
    {
        bytes memory init = abi.encodeCall(IdentityRegistry.initialize, (admin_, ADMIN_DELAY, factory_, KYC_TOPIC));
        return IdentityRegistry(address(new ERC1967Proxy(address(implementation), init)));
    }

    /// @dev A token implementation with its compliance module, as the platform deploys them.
    function newTokenImplementation() internal returns (EuroToken) {
        return new EuroToken(address(new EuroTokenComplianceModule()));
    }

    /// @dev Schedules a minter configuration, lets the admin delay pass, applies it, and returns to the present.
    function configureMinterNow(address minter, uint256 allowance) internal {
        uint256 now_ = block.timestamp;
        vm.startPrank(admin);
        token.configureMinter(minter, allowance);
        vm.warp(now_ + ADMIN_DELAY);
        token.configureMinter(minter, allowance);
        vm.stopPrank();
        vm.warp(now_);
    }

    /// @dev Makes `wallet` a management key of `wallet`'s future owner's identity (by the operator, its
    /// management key), as recovery requires.
    function addWalletKey(address identity, address wallet) internal {
        vm.prank(operator);
        IIdentity(identity).addKey(keccak256(abi.encode(wallet)), 1, 1);
    }

    function mint(address to, uint256 amount) internal {
        vm.prank(operator);
        token.mint(to, amount);
    }

    // ================================================================ claims

    function signClaim(address identity, uint256 expiresAt)
        internal
        returns (bytes memory signature, bytes memory data)
    {
        return signClaimWith(claimSignerKey, identity, expiresAt, ++_claimNonce);
    }

    function signClaimWith(uint256 key, address identity, uint256 expiresAt, uint256 nonce)
        internal
        view
        returns (bytes memory signature, bytes memory data)
    {
        data = abi.encode(address(registry), expiresAt, nonce);
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("Claim(address identity,uint256 topic,address registry,uint256 expiresAt,uint256 nonce)"),
                identity,
                KYC_TOPIC,
                address(registry),
                expiresAt,
                nonce
            )
        );
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, typedDigest(issuerDomain(), structHash));
        signature = abi.encodePacked(r, s, v);
    }

    function lastClaimNonce() internal view returns (uint256) {
        return _claimNonce;
    }

    // ================================================================ EIP-712

    function tokenDomain() internal view returns (bytes32) {
        return keccak256(
            abi.encode(EIP712_DOMAIN_TYPEHASH, keccak256("Euro Token"), keccak256("1"), block.chainid, address(token))
        );
    }

    function issuerDomain() internal view returns (bytes32) {
        return keccak256(
            abi.encode(
                EIP712_DOMAIN_TYPEHASH, keccak256("EURT Claim Issuer"), keccak256("1"), block.chainid, address(issuer)
            )
        );
    }

    function typedDigest(bytes32 domain, bytes32 structHash) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked("\x19\x01", domain, structHash));
    }

    function signDigest(uint256 key, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }

    function transferAuthorizationDigest(
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce
    ) internal view returns (bytes32) {
        return typedDigest(
            tokenDomain(),
            keccak256(
                abi.encode(
                    keccak256(
                        "TransferWithAuthorization(address from,address to,uint256 value,uint256 validAfter,uint256 validBefore,bytes32 nonce)"
                    ),
                    from,
                    to,
                    value,
                    validAfter,
                    validBefore,
                    nonce
                )
            )
        );
    }

    function receiveAuthorizationDigest(
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce
    ) internal view returns (bytes32) {
        return typedDigest(
            tokenDomain(),
            keccak256(
                abi.encode(
                    keccak256(
                        "ReceiveWithAuthorization(address from,address to,uint256 value,uint256 validAfter,uint256 validBefore,bytes32 nonce)"
                    ),
                    from,
                    to,
                    value,
                    validAfter,
                    validBefore,
                    nonce
                )
            )
        );
    }

    function cancelAuthorizationDigest(address authorizer, bytes32 nonce) internal view returns (bytes32) {
        return typedDigest(
            tokenDomain(),
            keccak256(abi.encode(keccak256("CancelAuthorization(address authorizer,bytes32 nonce)"), authorizer, nonce))
        );
    }

    function permitDigest(address owner, address spender, uint256 value, uint256 nonce, uint256 deadline)
        internal
        view
        returns (bytes32)
    {
        return typedDigest(
            tokenDomain(),
            keccak256(
                abi.encode(
                    keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"),
                    owner,
                    spender,
                    value,
                    nonce,
                    deadline
                )
            )
        );
    }

    function holdDigest(
        address holder,
        bytes32 holdId,
        address notary,
        address payee,
        uint256 amount,
        uint256 expiresAt,
        uint256 deadline
    ) internal view returns (bytes32) {
        return typedDigest(
            tokenDomain(),
            keccak256(
                abi.encode(
                    keccak256(
                        "HoldWithAuthorization(address holder,bytes32 holdId,address notary,address payee,uint256 amount,uint256 expiresAt,uint256 deadline)"
                    ),
                    holder,
                    holdId,
                    notary,
                    payee,
                    amount,
                    expiresAt,
                    deadline
                )
            )
        );
    }

    /// @dev A signed transfer authorization valid from now for an hour.
    function signedTransfer(uint256 key, address to, uint256 value, bytes32 nonce)
        internal
        view
        returns (IERC3009.TransferAuthorization memory a)
    {
        a.from = vm.addr(key);
        a.to = to;
        a.value = value;
        a.validAfter = block.timestamp - 1;
        a.validBefore = block.timestamp + 1 hours;
        a.nonce = nonce;
        (a.v, a.r, a.s) =
            vm.sign(key, transferAuthorizationDigest(a.from, to, value, a.validAfter, a.validBefore, nonce));
    }
}
