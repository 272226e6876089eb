namespace Loyalty.Runtime.Hosting;

/// <summary>How providers are registered in the service collection.</summary>
public static class SiloServiceKeys
{
    /// <summary>The name of the storage provider used when a <see cref="PersistentStateAttribute"/> names none.</summary>
    public const string DefaultStorageName = "Default";

    // IGrainStorage providers are keyed singletons under their provider name;
    // IEventJournal and IReminderTable are plain singletons (one per silo).
}
