// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title IERC734
/// @notice ERC-734 key manager, as ONCHAINID implements it. A key is `keccak256(abi.encode(address))`
/// for an Ethereum account. Purposes: 1 management (implies every other purpose), 2 action (may execute
/// calls to other contracts), 3 claim signer (may add claims), 4 encryption.
interface IERC734 {
    /// @notice Emitted when `key` gains `purpose`.
    event KeyAdded(bytes32 indexed key, uint256 indexed purpose, uint256 indexed keyType);

    /// @notice Emitted when `key` loses `purpose`.
    event KeyRemoved(bytes32 indexed key, uint256 indexed purpose, uint256 indexed keyType);

    /// @notice Emitted when execution `executionId` is requested.
    event ExecutionRequested(uint256 indexed executionId, address indexed to, uint256 indexed value, bytes data);

    /// @notice Emitted when execution `executionId` succeeded.
    event Executed(uint256 indexed executionId, address indexed to, uint256 indexed value, bytes data);

    /// @notice Emitted when execution `executionId` was attempted and its call failed.
    event ExecutionFailed(uint256 indexed executionId, address indexed to, uint256 indexed value, bytes data);

    /// @notice Emitted when execution `executionId` is approved or rejected.
    event Approved(uint256 indexed executionId, bool approved);

    /// @notice Adds `purpose` to `key`. Management key (or the identity itself through {execute}) only.
    function addKey(bytes32 key, uint256 purpose, uint256 keyType) external returns (bool success);

    /// @notice Removes `purpose` from `key`. Management key (or the identity itself) only.
    function removeKey(bytes32 key, uint256 purpose) external returns (bool success);

    /// @notice Requests a call from the identity. A management key's request runs at once; so does an
    /// action key's request to another contract. Other requests wait for {approve}.
    function execute(address to, uint256 value, bytes calldata data) external payable returns (uint256 executionId);

    /// @notice Approves (and runs) or rejects a pending execution. Calls to the identity itself need a
    /// management key, calls elsewhere an action key.
    function approve(uint256 executionId, bool approve) external returns (bool success);

    /// @notice The purposes, type and value of `key`.
    function getKey(bytes32 key) external view returns (uint256[] memory purposes, uint256 keyType, bytes32 keyValue);

    /// @notice The purposes of `key`.
    function getKeyPurposes(bytes32 key) external view returns (uint256[] memory purposes);

    /// @notice All keys having `purpose`.
    function getKeysByPurpose(uint256 purpose) external view returns (bytes32[] memory keys);

    /// @notice Whether `key` has `purpose` (a management key has every purpose).
    function keyHasPurpose(bytes32 key, uint256 purpose) external view returns (bool exists);
}
