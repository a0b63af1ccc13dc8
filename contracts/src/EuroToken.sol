// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IEuroToken} from "./interfaces/IEuroToken.sol";
import {IIdentityRegistry} from "./interfaces/IIdentityRegistry.sol";
import {EuroTokenAuthorizations} from "./token/EuroTokenAuthorizations.sol";
import {EuroTokenHolds} from "./token/EuroTokenHolds.sol";
import {EuroTokenMinting} from "./token/EuroTokenMinting.sol";

/// @title EuroToken (EURT)
/// @notice The platform's euro e-money token. See {IEuroToken} for the behaviour and contracts/README.md for
/// the design.
/// @dev One deployed contract assembled at compile time from its features, each an abstract contract beside
/// this file in `token/`:
///
///   AccountWord              library: the packed per-account word (balance | held | frozen | verified-until
///                            | address-frozen flag) and the spendable balance
///   EuroTokenState           all storage (one ERC-7201 namespace), `_update`, the one place where a balance
///                            or the supply changes, and the eligibility and pause checks
///   EuroTokenBase            ERC-20, the registry's eligibility push, scheduled UUPS upgrades
///   EuroTokenSignatures      ECDSA-then-ERC-1271 signature checking, over a `bytes` signature
///   EuroTokenAuthorizations  EIP-2612 permits and EIP-3009 authorizations (single and batched)
///   EuroTokenHolds           holds created by the holder or by signature, executed or released
///   EuroTokenMinting         reserve-gated minting with minter allowances, burning
///   EuroTokenCompliance      pause, freezes, forced transfers, wallet recovery: compiled into its own
///                            contract, {EuroTokenComplianceModule}, and reached by delegatecall (below)
/// Deployed as an implementation behind an ERC-1967 proxy (UUPS): the proxy is created with the
/// {initialize} call, upgrades are scheduled and wait for the admin delay ({ScheduledUpgrades}).
contract EuroToken is EuroTokenAuthorizations, EuroTokenHolds, EuroTokenMinting {
    /// @dev The compliance module this implementation forwards to; part of the code, so an upgrade to a new
    /// implementation names its module too.
    address private immutable _complianceModule;

    /// @param complianceModule The {EuroTokenComplianceModule} built from the same sources.
    /// @custom:oz-upgrades-unsafe-allow constructor state-variable-immutable
    constructor(address complianceModule) {
        if (complianceModule.code.length == 0) revert EURTZeroAddress();
        _complianceModule = complianceModule;
    }

    /// @notice Sets up the proxy's state; callable once, by the proxy's deployment (the implementation itself
    /// is never initialized).
    /// @param admin Receives DEFAULT_ADMIN_ROLE (grants every other role, configures minters, upgrades); it is
    /// transferred in two steps, the second after `adminDelay` (OpenZeppelin AccessControlDefaultAdminRules).
    /// @param adminDelay Seconds an admin transfer, an upgrade, a new or raised minter allowance and a longer
    /// maximum attestation age wait before they take effect.
    /// @param registry The identity registry whose eligibility this token caches; bind this token to it.
    /// @param maxAttestationAge Seconds a reserve attestation stays fresh enough to mint against.
    /// @param minter The first minter (zero for none), configured without the delay.
    /// @param minterAllowance Its mint allowance.
    function initialize(
        address admin,
        uint48 adminDelay,
        IIdentityRegistry registry,
        uint256 maxAttestationAge,
        address minter,
        uint256 minterAllowance
    ) external initializer {
        if (address(registry) == address(0)) revert EURTZeroAddress();
        __EuroTokenBase_init(admin, adminDelay, registry);
        _setMaxAttestationAge(maxAttestationAge);
        if (minter != address(0)) _configureMinter(minter, minterAllowance);
    }

    // ================================================================ forwarded to the compliance module

    /// @inheritdoc IEuroToken
    function configureMinter(address, uint256) external {
        _delegateToComplianceModule();
    }

    /// @inheritdoc IEuroToken
    function removeMinter(address) external {
        _delegateToComplianceModule();
    }

    /// @inheritdoc IEuroToken
    function attestReserve(uint256) external {
        _delegateToComplianceModule();
    }

    /// @inheritdoc IEuroToken
    function attestReserve(uint256, uint256) external {
        _delegateToComplianceModule();
    }

    /// @inheritdoc IEuroToken
    function setMaxAttestationAge(uint256) external {
        _delegateToComplianceModule();
    }

    /// @inheritdoc IEuroToken
    function setIdentityRegistry(IIdentityRegistry) external {
        _delegateToComplianceModule();
    }

    /// @inheritdoc IEuroToken
    function rescueERC20(IERC20, address, uint256) external {
        _delegateToComplianceModule();
    }

    /// @inheritdoc IEuroToken
    function pause() external {
        _delegateToComplianceModule();
    }

    /// @inheritdoc IEuroToken
    function unpause() external {
        _delegateToComplianceModule();
    }

    /// @inheritdoc IEuroToken
    function setAddressFrozen(address, bool) external {
        _delegateToComplianceModule();
    }

    /// @inheritdoc IEuroToken
    function freezePartialTokens(address, uint256) external {
        _delegateToComplianceModule();
    }

    /// @inheritdoc IEuroToken
    function unfreezePartialTokens(address, uint256) external {
        _delegateToComplianceModule();
    }

    /// @inheritdoc IEuroToken
    function forcedTransfer(address, address, uint256) external {
        _delegateToComplianceModule();
    }

    /// @inheritdoc IEuroToken
    function recoverWallet(address, address, address) external {
        _delegateToComplianceModule();
    }

    /// @dev Runs the module's function of the same selector on this contract's storage (the proxy's), with the
    /// same sender, and returns or reverts with its data. The module checks the roles.
    function _delegateToComplianceModule() private {
        address module = _complianceModule;
        assembly ("memory-safe") {
            calldatacopy(0, 0, calldatasize())
            let success := delegatecall(gas(), module, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            if iszero(success) { revert(0, returndatasize()) }
            return(0, returndatasize())
        }
    }
}
