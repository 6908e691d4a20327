namespace MmdPortal.Web.Catalog;

/// <summary>The supported enterprise models every organisation sees unless <c>Catalog:IncludeBuiltIn</c> is false.
/// Names are written as SMBIOS reports them (HP's with its form-factor words; matching ignores those). Lenovo
/// entries list their machine types from Lenovo PSREF, because Lenovo firmware reports a code such as 20XW0026US
/// instead of the name. Every product of HardwareHashBuilder must stay in this list (a unit test checks it).</summary>
public static class BuiltInModels
{
    private const string Microsoft = "Microsoft Corporation";
    private const string Dell = "Dell Inc.";
    private const string Hp = "HP";
    private const string Lenovo = "LENOVO";

    public static IReadOnlyList<CatalogEntry> All { get; } = Entries().ToList();

    private static IEnumerable<CatalogEntry> Entries()
    {
        (string Manufacturer, string Model, string[] MachineTypes)[] models =
        [
            (Microsoft, "Surface Laptop", []),
            (Microsoft, "Surface Laptop 2", []),
            (Microsoft, "Surface Laptop 3", []),
            (Microsoft, "Surface Laptop 4", []),
            (Microsoft, "Surface Laptop 5", []),
            (Microsoft, "Surface Laptop 6", []),
            (Microsoft, "Surface Laptop Go", []),
            (Microsoft, "Surface Laptop Go 2", []),
            (Microsoft, "Surface Laptop Go 3", []),
            (Microsoft, "Surface Laptop Studio", []),
            (Microsoft, "Surface Laptop Studio 2", []),
            (Microsoft, "Surface Pro 4", []),
            (Microsoft, "Surface Pro", []),
            (Microsoft, "Surface Pro 6", []),
            (Microsoft, "Surface Pro 7", []),
            (Microsoft, "Surface Pro 7+", []),
            (Microsoft, "Surface Pro 8", []),
            (Microsoft, "Surface Pro 9", []),
            (Microsoft, "Surface Pro 10", []),
            (Microsoft, "Surface Pro X", []),
            (Microsoft, "Surface Go", []),
            (Microsoft, "Surface Go 2", []),
            (Microsoft, "Surface Go 3", []),
            (Microsoft, "Surface Go 4", []),
            (Microsoft, "Surface Book", []),
            (Microsoft, "Surface Book 2", []),
            (Microsoft, "Surface Book 3", []),
            (Microsoft, "Surface Studio", []),
            (Microsoft, "Surface Studio 2", []),

            (Dell, "Latitude 5320", []),
            (Dell, "Latitude 5420", []),
            (Dell, "Latitude 5420 Rugged", []),
            (Dell, "Latitude 5430", []),
            (Dell, "Latitude 5520", []),
            (Dell, "Latitude 7320", []),
            (Dell, "Latitude 7420", []),
            (Dell, "Latitude 7430", []),
            (Dell, "Latitude 7520", []),
            (Dell, "Latitude 9420", []),
            (Dell, "OptiPlex 3090", []),
            (Dell, "OptiPlex 5090", []),
            (Dell, "OptiPlex 7080", []),
            (Dell, "OptiPlex 7090", []),
            (Dell, "OptiPlex 7400 All-in-One", []),
            (Dell, "Precision 3560", []),
            (Dell, "Precision 5560", []),
            (Dell, "Precision 5760", []),
            (Dell, "Precision 7560", []),
            (Dell, "Precision 3650 Tower", []),

            (Hp, "HP EliteBook 830 G8 Notebook PC", []),
            (Hp, "HP EliteBook 840 G7 Notebook PC", []),
            (Hp, "HP EliteBook 840 G8 Notebook PC", []),
            (Hp, "HP EliteBook 840 G9 Notebook PC", []),
            (Hp, "HP EliteBook 850 G8 Notebook PC", []),
            (Hp, "HP EliteBook x360 1040 G8 Notebook PC", []),
            (Hp, "HP ProBook 440 G8 Notebook PC", []),
            (Hp, "HP ProBook 450 G8 Notebook PC", []),
            (Hp, "HP ProBook 640 G8 Notebook PC", []),
            (Hp, "HP EliteDesk 800 G6 Desktop Mini PC", []),
            (Hp, "HP EliteDesk 800 G8 Desktop Mini PC", []),
            (Hp, "HP EliteDesk 805 G6 Desktop Mini PC", []),
            (Hp, "HP ZBook Firefly 14 G8 Mobile Workstation PC", []),
            (Hp, "HP ZBook Fury 15 G8 Mobile Workstation PC", []),
            (Hp, "HP ZBook Studio G8 Mobile Workstation PC", []),
            (Hp, "HP Elite Dragonfly", []),
            (Hp, "HP Elite Dragonfly G2 Notebook PC", []),
            (Hp, "HP Elite x2 G8 Tablet", []),

            (Lenovo, "ThinkPad X1 Carbon Gen 7", ["20QD", "20QE", "20R1", "20R2"]),
            (Lenovo, "ThinkPad X1 Carbon Gen 8", ["20U9", "20UA"]),
            (Lenovo, "ThinkPad X1 Carbon Gen 9", ["20XW", "20XX"]),
            (Lenovo, "ThinkPad X1 Carbon Gen 10", ["21CB", "21CC"]),
            (Lenovo, "ThinkPad X1 Yoga Gen 6", ["20XY", "20Y0"]),
            (Lenovo, "ThinkPad T14 Gen 1", ["20S0", "20S1", "20UD", "20UE"]),
            (Lenovo, "ThinkPad T14 Gen 2", ["20W0", "20W1", "20XK", "20XL"]),
            (Lenovo, "ThinkPad T14 Gen 3", ["21AH", "21AJ", "21CF", "21CG"]),
            (Lenovo, "ThinkPad T14s Gen 1", ["20T0", "20T1", "20UH", "20UJ"]),
            (Lenovo, "ThinkPad T14s Gen 2", ["20WM", "20WN", "20XF", "20XG"]),
            (Lenovo, "ThinkPad T490", ["20N2", "20N3"]),
            (Lenovo, "ThinkPad X13 Gen 1", ["20T2", "20T3", "20UF", "20UG"]),
            (Lenovo, "ThinkPad X13 Gen 2", ["20WK", "20WL", "20XH", "20XJ"]),
            (Lenovo, "ThinkPad L14 Gen 1", ["20U1", "20U2", "20U5", "20U6"]),
            (Lenovo, "ThinkPad L14 Gen 2", ["20X1", "20X2", "20X5", "20X6"]),
            (Lenovo, "ThinkPad E14 Gen 2", ["20TA", "20TB", "20T6", "20T7"]),
            (Lenovo, "ThinkPad P14s Gen 2", ["20VX", "20VY"]),
            (Lenovo, "ThinkCentre M70q", ["11DT", "11DU"]),
            (Lenovo, "ThinkCentre M90q", ["11CR", "11CS"]),
            (Lenovo, "ThinkCentre M720q", ["10T7", "10T8"]),

            ("FUJITSU CLIENT COMPUTING LIMITED", "LIFEBOOK U7411", []),
            ("FUJITSU CLIENT COMPUTING LIMITED", "LIFEBOOK U9311", []),
            ("FUJITSU CLIENT COMPUTING LIMITED", "LIFEBOOK E5411", []),
            ("Panasonic Corporation", "FZ-55-2", []),
            ("Panasonic Corporation", "FZ-G2-1", []),
            ("Getac", "B360", []),
            ("Getac", "F110-G6", []),
            ("Dynabook Inc.", "dynabook Portégé X30L-J", []),
            ("ASUSTeK COMPUTER INC.", "ExpertBook B9400CEA", []),
            ("Acer", "TravelMate P614-51", []),
            ("Samsung Electronics Co., Ltd.", "Galaxy Book2 Pro", []),
        ];
        return models.Select(m => new CatalogEntry(m.Manufacturer, m.Model, m.MachineTypes, CatalogSource.BuiltIn));
    }
}
