using Loyalty.Runtime.Invocation;

namespace Loyalty.Runtime.Reminders;

/// <summary>The call a reminder tick makes: <see cref="IRemindable.ReceiveReminder"/> (hand-written, as the runtime is not generated).</summary>
internal sealed class ReceiveReminderRequest(string reminderName, TickStatus status) : GrainRequest
{
    private static readonly GrainMethod Descriptor = new(typeof(IRemindable).FullName!, nameof(IRemindable.ReceiveReminder));

    public override GrainMethod Method => Descriptor;

    protected override ValueTask InvokeAsync(object grain) => new(((IRemindable)grain).ReceiveReminder(reminderName, status));
}
