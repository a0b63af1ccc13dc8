// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IHoldable
/// @notice Holds in the style of EIP-1996 / EIP-2020: an amount of a holder's balance is set aside towards
/// a notary until an expiry. Held tokens stay in `balanceOf` but are not spendable. The notary executes
/// the hold (to the payee, or, when the payee is `address(0)`, by burning it: this is how a withdrawal
/// redeems tokens) or releases it; after expiry anyone may release it.
/// @dev Hold ids are global and single use: a released or executed id cannot be held again, which also
/// makes the id the replay protection of {holdWithAuthorization}.
interface IHoldable {
    /// @notice Lifecycle of a hold.
    enum HoldStatus {
        Nonexistent,
        Ordered,
        Executed,
        Released,
        /// @dev The holder withdrew a hold authorization it had signed before it was used: the id is spent.
        AuthorizationCancelled
    }

    /// @notice A hold as returned by {getHold}. `payee == address(0)` means execution burns the amount.
    struct Hold {
        address holder;
        address notary;
        address payee;
        uint256 amount;
        uint256 expiresAt;
        HoldStatus status;
    }

    /// @notice Emitted when `holder` puts `amount` on hold `holdId` towards `notary`.
    event HoldCreated(
        bytes32 indexed holdId,
        address indexed holder,
        address indexed notary,
        address payee,
        uint256 amount,
        uint256 expiresAt
    );

    /// @notice Emitted when the notary executes `holder`'s hold `holdId`; `payee == address(0)` means it was
    /// burned.
    event HoldExecuted(
        address indexed holder, bytes32 indexed holdId, address indexed payee, address notary, uint256 amount
    );

    /// @notice Emitted when `holder`'s hold `holdId` is released by `releasedBy` (the notary, or anyone after
    /// expiry).
    event HoldReleased(address indexed holder, bytes32 indexed holdId, address releasedBy, uint256 amount);

    /// @notice Emitted when `holder` cancels the unused hold authorization(s) for its hold id `holdId`.
    event HoldAuthorizationCancelled(address indexed holder, bytes32 indexed holdId);

    /// @notice The holder already used hold id `holdId` (ids are per holder: another holder's id is no
    /// obstacle).
    error EURTHoldExists(bytes32 holdId);

    /// @notice Hold `holdId` is not active (its status is `status`).
    error EURTHoldNotActive(bytes32 holdId, HoldStatus status);

    /// @notice `caller` is not the notary `notary` of hold `holdId`.
    error EURTHoldUnauthorized(bytes32 holdId, address caller, address notary);

    /// @notice Hold `holdId` expired at `expiresAt` and can no longer be executed.
    error EURTHoldExpired(bytes32 holdId, uint256 expiresAt);

    /// @notice Hold `holdId` only expires at `expiresAt`; until then only its notary may release it.
    error EURTHoldNotExpired(bytes32 holdId, uint256 expiresAt);

    /// @notice The expiry `expiresAt` is not in the future or further than {MAX_HOLD_DURATION} from now.
    error EURTInvalidHoldExpiry(uint256 expiresAt);

    /// @notice `holder` was recovered to another wallet while holding: it cannot hold again.
    error EURTWalletRecovered(address holder);

    /// @notice A hold's notary must hold the notary role (an allow-list kept by the admin).
    error EURTInvalidNotary(address notary);

    /// @notice The hold authorization signature expired at `deadline`.
    error EURTHoldAuthorizationExpired(uint256 deadline);

    /// @notice The EIP-712 typehash of `HoldWithAuthorization(address holder,bytes32 holdId,address notary,address payee,uint256 amount,uint256 expiresAt,uint256 deadline)`.
    function HOLD_WITH_AUTHORIZATION_TYPEHASH() external view returns (bytes32);

    /// @notice The role of the accounts that may be a hold's notary.
    function NOTARY_ROLE() external view returns (bytes32);

    /// @notice The longest a hold may last: its expiry is at most this many seconds after its creation.
    function MAX_HOLD_DURATION() external view returns (uint256);

    /// @notice Puts `amount` of the caller's spendable balance on hold `holdId`.
    /// @dev The caller must be verified and not frozen, the token not paused, `expiresAt` in the future.
    /// Emits {HoldCreated}.
    function hold(bytes32 holdId, address notary, address payee, uint256 amount, uint256 expiresAt) external;

    /// @notice Creates the hold `holdId` on behalf of `holder`, who signed a `HoldWithAuthorization`
    /// message (EOA or ERC-1271 signature). Anyone may submit it before `deadline`.
    function holdWithAuthorization(
        address holder,
        bytes32 holdId,
        address notary,
        address payee,
        uint256 amount,
        uint256 expiresAt,
        uint256 deadline,
        bytes calldata signature
    ) external;

    /// @notice The notary executes hold `holdId` before its expiry: the held amount goes to the payee, or
    /// is burned when the payee is `address(0)` (then the notary must also hold the burner role).
    /// @dev Not while paused; the holder must not be frozen; a payee must be verified and not frozen.
    /// Emits {HoldExecuted} and {IERC20.Transfer}.
    function executeHold(address holder, bytes32 holdId) external;

    /// @notice Compliance executes hold `holdId` as its notary would, at any time, even if the holder is
    /// frozen (a payee must still be verified). Not while paused. Emits {HoldExecuted} with the compliance
    /// officer as notary.
    function forceExecuteHold(address holder, bytes32 holdId) external;

    /// @notice Compliance releases hold `holdId` at any time (works while paused), e.g. before a seizure by
    /// forced transfer. Emits {HoldReleased}.
    function forceReleaseHold(address holder, bytes32 holdId) external;

    /// @notice Releases hold `holdId`: by its notary at any time, by anyone once expired.
    /// @dev Works while paused. Emits {HoldReleased}.
    function releaseHold(address holder, bytes32 holdId) external;

    /// @notice The caller withdraws a hold authorization it signed for its hold id `holdId` and that was not
    /// used yet: the id is spent, so no relayer can create the hold any more. Works while paused.
    /// Emits {HoldAuthorizationCancelled}.
    function cancelHoldAuthorization(bytes32 holdId) external;

    /// @notice `holder`'s hold `holdId` (all zero when it does not exist).
    function getHold(address holder, bytes32 holdId) external view returns (Hold memory);

    /// @notice The part of `account`'s balance that is on hold.
    function heldBalanceOf(address account) external view returns (uint256);

    /// @notice What `account` can move now: balance minus held minus partially frozen tokens.
    function spendableBalanceOf(address account) external view returns (uint256);
}
