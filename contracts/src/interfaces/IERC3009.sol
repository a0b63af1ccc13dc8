// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IERC3009
/// @notice EIP-3009 transfer with authorization: the holder signs an EIP-712 message off-chain and anyone
/// (the platform's relayer) submits it, so holders never need ether. Nonces are random or sequential
/// `bytes32` values, each usable once per authorizer, in any order.
/// @dev Every function has a `(v, r, s)` form (EOA signers, and contract signers through ERC-1271 with the
/// 65-byte `r || s || v` packing) and a `bytes signature` form (EOA or ERC-1271 contract signers).
/// Used nonces are kept as bits in 256-bit words (word `uint256(nonce) >> 8`, bit `uint8(nonce)`), so
/// authorizers that use sequential nonces pay for a fresh storage slot only once every 256 authorizations.
interface IERC3009 {
    /// @notice One signed transfer authorization, as settled by {batchTransferWithAuthorization}.
    struct TransferAuthorization {
        address from;
        address to;
        uint256 value;
        uint256 validAfter;
        uint256 validBefore;
        bytes32 nonce;
        uint8 v;
        bytes32 r;
        bytes32 s;
    }

    /// @notice Emitted when an authorization nonce of `authorizer` is used.
    event AuthorizationUsed(address indexed authorizer, bytes32 indexed nonce);

    /// @notice Emitted when `authorizer` cancels the still unused authorization `nonce`.
    event AuthorizationCanceled(address indexed authorizer, bytes32 indexed nonce);

    /// @notice Emitted when entry `index` of a batch, `authorizer`'s `nonce`, is skipped; `reason` is the selector
    /// of the error {transferWithAuthorization} would have reverted with.
    event AuthorizationSkipped(address indexed authorizer, bytes32 indexed nonce, uint256 index, bytes4 reason);

    /// @notice The authorization `nonce` of `authorizer` was already used or canceled.
    error EURTAuthorizationUsed(address authorizer, bytes32 nonce);

    /// @notice The authorization is not valid before `validAfter` (exclusive); the block time is `now`.
    error EURTAuthorizationNotYetValid(uint256 validAfter, uint256 now);

    /// @notice The authorization expired at `validBefore` (exclusive); the block time is `now`.
    error EURTAuthorizationExpired(uint256 validBefore, uint256 now);

    /// @notice `receiveWithAuthorization` was called by `caller`, not by the payee `payee`.
    error EURTInvalidPayeeCaller(address caller, address payee);

    /// @notice The signature is not a valid signature of `signer` over the EIP-712 digest.
    error EURTInvalidSignature(address signer);

    /// @notice The EIP-712 typehash of `TransferWithAuthorization(address from,address to,uint256 value,uint256 validAfter,uint256 validBefore,bytes32 nonce)`.
    function TRANSFER_WITH_AUTHORIZATION_TYPEHASH() external view returns (bytes32);

    /// @notice The EIP-712 typehash of `ReceiveWithAuthorization(address from,address to,uint256 value,uint256 validAfter,uint256 validBefore,bytes32 nonce)`.
    function RECEIVE_WITH_AUTHORIZATION_TYPEHASH() external view returns (bytes32);

    /// @notice The EIP-712 typehash of `CancelAuthorization(address authorizer,bytes32 nonce)`.
    function CANCEL_AUTHORIZATION_TYPEHASH() external view returns (bytes32);

    /// @notice Whether the authorization `nonce` of `authorizer` was used or canceled.
    function authorizationState(address authorizer, bytes32 nonce) external view returns (bool);

    /// @notice Moves `value` from `from` to `to` with `from`'s signed authorization.
    /// @dev The usual transfer rules apply (not paused, both sides verified and not frozen, `value` within
    /// `from`'s spendable balance). Valid while `validAfter < block.timestamp < validBefore`.
    /// Emits {AuthorizationUsed} and {IERC20.Transfer}.
    function transferWithAuthorization(
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external;

    /// @notice {transferWithAuthorization} with a `bytes` signature (EOA or ERC-1271 contract signer).
    function transferWithAuthorization(
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce,
        bytes calldata signature
    ) external;

    /// @notice Like {transferWithAuthorization}, but only the payee `to` may submit it, which protects
    /// against front-running when the payee is a contract reacting to the payment.
    function receiveWithAuthorization(
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external;

    /// @notice {receiveWithAuthorization} with a `bytes` signature (EOA or ERC-1271 contract signer).
    function receiveWithAuthorization(
        address from,
        address to,
        uint256 value,
        uint256 validAfter,
        uint256 validBefore,
        bytes32 nonce,
        bytes calldata signature
    ) external;

    /// @notice Cancels the unused authorization `nonce` of `authorizer`, with `authorizer`'s signature.
    /// @dev Emits {AuthorizationCanceled}.
    function cancelAuthorization(address authorizer, bytes32 nonce, uint8 v, bytes32 r, bytes32 s) external;

    /// @notice {cancelAuthorization} with a `bytes` signature (EOA or ERC-1271 contract signer).
    function cancelAuthorization(address authorizer, bytes32 nonce, bytes calldata signature) external;

    /// @notice Settles many `TransferWithAuthorization` messages in one transaction. An entry that
    /// {transferWithAuthorization} would reject is skipped, with {AuthorizationSkipped} naming the error it
    /// would have reverted with, so one entry (e.g. copied from the mempool and submitted alone first) never
    /// reverts the batch. Returns one bit per entry, set for a skipped one.
    /// @dev Only the pause reverts the batch. The pause check, the call overhead and the intrinsic
    /// transaction cost are paid once, which is what makes a batch cheaper per transfer.
    function batchTransferWithAuthorization(TransferAuthorization[] calldata authorizations)
        external
        returns (uint256 skipped);
}
