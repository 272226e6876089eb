using Loyalty.Silo.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddLoyaltySilo();

var app = builder.Build();
app.MapLoyaltySilo();
app.Run();

/// <summary>Entry point; public so end-to-end tests can host it with <c>WebApplicationFactory</c>.</summary>
public partial class Program;
