namespace Parley.Store;

/// <summary>A problem with a database that a user can fix; the message names the database and says what to do.</summary>
public class StoreException : Exception
{
    public StoreException()
    {
    }

    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
