using Logtrail.Application.Common.Security;
using Logtrail.Domain.Keys;

namespace Logtrail.Application.Authentication;

/// <summary>What authentication needs to know about a stored key: the key, its hash, and its workspace.</summary>
public sealed record ApiKeyCredential(ApiKey Key, byte[] KeyHash, KeyWorkspace Workspace);
