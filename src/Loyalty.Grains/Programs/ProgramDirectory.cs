using System.Collections.Concurrent;
using Loyalty.Domain.Evaluation;

namespace Loyalty.Grains.Programs;

/// <summary>
/// The silo's view of each program's current compiled version, so member grains evaluate purchases
/// without calling the program grain. The program grain announces each new version here before its
/// publish call returns; with one silo that makes a change take effect for every later purchase.
/// (The cluster issue turns the announcement into a push to every silo.)
/// </summary>
public sealed class ProgramDirectory
{
    private readonly ConcurrentDictionary<string, CompiledProgram> _current = new(StringComparer.Ordinal);

    /// <summary>The current version of <paramref name="programId"/>, if one was announced.</summary>
    public CompiledProgram? Find(string programId) => _current.GetValueOrDefault(programId);

    /// <summary>Makes <paramref name="program"/> current unless a newer version is already known.</summary>
    public void Announce(CompiledProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        _current.AddOrUpdate(
            program.Definition.ProgramId,
            program,
            (_, known) => known.Version >= program.Version ? known : program);
    }
}
