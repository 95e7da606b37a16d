using Parley.Events.Actors;

namespace Parley.Events.Tests.Actors;

/// <summary>The built-in knowledge base, loaded once for all tests (it is immutable).</summary>
internal static class BuiltInKnowledgeBase
{
    public static ActorKnowledgeBase Instance { get; } = ActorKnowledgeBase.LoadBuiltIn();
}
