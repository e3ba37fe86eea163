// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title TallyRecord
/// @notice Write-once DAO tally results (issue 19). A result is keyed by the address that recorded
/// it and the proposal, so the contract needs no owner and nobody can overwrite anyone's record:
/// readers trust the results of the recorder address the platform publishes, and a result, once
/// recorded, cannot be rewritten — not even by its recorder.
contract TallyRecord {
    struct Result {
        bytes32 root;        // Merkle root of the counted ballots
        uint8 outcome;       // the platform's outcome code
        uint64 recordedAt;   // block timestamp; 0 = nothing recorded
        uint256 forWeight;
        uint256 againstWeight;
        uint256 abstainWeight;
    }

    mapping(address => mapping(bytes32 => Result)) private _results;

    event Recorded(
        address indexed recorder,
        bytes32 indexed proposal,
        bytes32 root,
        uint8 outcome,
        uint256 forWeight,
        uint256 againstWeight,
        uint256 abstainWeight
    );

    function record(
        bytes32 proposal,
        bytes32 root,
        uint8 outcome,
        uint256 forWeight,
        uint256 againstWeight,
        uint256 abstainWeight
    ) external {
        Result storage r = _results[msg.sender][proposal];
        require(r.recordedAt == 0, "already recorded");
        r.root = root;
        r.outcome = outcome;
        r.recordedAt = uint64(block.timestamp);
        r.forWeight = forWeight;
        r.againstWeight = againstWeight;
        r.abstainWeight = abstainWeight;
        emit Recorded(msg.sender, proposal, root, outcome, forWeight, againstWeight, abstainWeight);
    }

    /// recordedAt is 0 (and everything else zero) when `recorder` recorded nothing for `proposal`.
    function resultOf(address recorder, bytes32 proposal)
        external
        view
        returns (
            bytes32 root,
            uint8 outcome,
            uint256 forWeight,
            uint256 againstWeight,
            uint256 abstainWeight,
            uint64 recordedAt
        )
    {
        Result storage r = _results[recorder][proposal];
        return (r.root, r.outcome, r.forWeight, r.againstWeight, r.abstainWeight, r.recordedAt);
    }
}
