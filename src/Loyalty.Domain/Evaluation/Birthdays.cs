namespace Loyalty.Domain.Evaluation;

/// <summary>Birthday arithmetic; a 29 February birthday falls on 28 February in common years.</summary>
public static class Birthdays
{
    /// <summary>The birthday's anniversary in <paramref name="year"/>.</summary>
    public static DateOnly InYear(DateOnly birthday, int year) =>
        new(year, birthday.Month, Math.Min(birthday.Day, DateTime.DaysInMonth(year, birthday.Month)));

    /// <summary>Days between <paramref name="date"/> and the nearest anniversary of <paramref name="birthday"/>.</summary>
    public static int DaysFrom(DateOnly birthday, DateOnly date)
    {
        var nearest = int.MaxValue;
        for (var year = date.Year - 1; year <= date.Year + 1; year++)
        {
            nearest = Math.Min(nearest, Math.Abs(date.DayNumber - InYear(birthday, year).DayNumber));
        }

        return nearest;
    }
}
