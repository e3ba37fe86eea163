// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title AZCoiner (AZC)
/// @notice A plain ERC-20 (EIP-20) with a fixed supply minted once to the deployer. No owner, no
/// minting or burning after deployment, no pausing: the chain layer only needs a token whose
/// behaviour is exactly the standard one. Arithmetic is Solidity 0.8's checked arithmetic.
contract AZCToken {
    string public constant name = "AZCoiner";
    string public constant symbol = "AZC";
    uint8 public constant decimals = 18;

    /// 1,000,000,000 AZC in base units (18 decimals).
    uint256 public constant INITIAL_SUPPLY = 1_000_000_000 * 10 ** 18;

    uint256 public totalSupply;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;

    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);

    /// The sender holds `balance`, less than the `needed` amount.
    error InsufficientBalance(address sender, uint256 balance, uint256 needed);
    /// The spender may move `allowance` of the owner's tokens, less than `needed`.
    error InsufficientAllowance(address spender, uint256 allowance, uint256 needed);
    /// Transfers to the zero address would silently burn tokens.
    error InvalidReceiver(address receiver);
    error InvalidSpender(address spender);

    constructor() {
        totalSupply = INITIAL_SUPPLY;
        balanceOf[msg.sender] = INITIAL_SUPPLY;
        emit Transfer(address(0), msg.sender, INITIAL_SUPPLY);
    }

    function transfer(address to, uint256 value) external returns (bool) {
        _transfer(msg.sender, to, value);
        return true;
    }

    function approve(address spender, uint256 value) external returns (bool) {
        if (spender == address(0)) revert InvalidSpender(spender);
        allowance[msg.sender][spender] = value;
        emit Approval(msg.sender, spender, value);
        return true;
    }

    function transferFrom(address from, address to, uint256 value) external returns (bool) {
        uint256 allowed = allowance[from][msg.sender];
        // The maximum allowance means "unlimited" (the common convention): not decreased.
        if (allowed != type(uint256).max) {
            if (allowed < value) revert InsufficientAllowance(msg.sender, allowed, value);
            unchecked {
                allowance[from][msg.sender] = allowed - value;
            }
        }
        _transfer(from, to, value);
        return true;
    }

    function _transfer(address from, address to, uint256 value) private {
        if (to == address(0)) revert InvalidReceiver(to);
        uint256 fromBalance = balanceOf[from];
        if (fromBalance < value) revert InsufficientBalance(from, fromBalance, value);
        unchecked {
            // Cannot underflow (checked above) nor overflow (the sum of balances is totalSupply).
            balanceOf[from] = fromBalance - value;
            balanceOf[to] += value;
        }
        emit Transfer(from, to, value);
    }
}
