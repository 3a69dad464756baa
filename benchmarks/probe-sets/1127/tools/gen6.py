"""p1127-6: national newspaper (VnExpress style): dried squid prices and tourists at Phú Quốc night market."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Du lịch › Điểm đến
Chủ nhật, 23/2/2025, 10:05 (GMT+7)

Giá mực khô ở Phú Quốc lên tới 1,8 triệu đồng một kg

Mực khô loại lớn tại chợ đêm Phú Quốc được bán 1,6-1,8 triệu đồng/kg, tăng khoảng 200.000 đồng so với trước Tết.

Tối 21/2, quầy hải sản khô của chị Trần Thị Mỹ ở chợ đêm Dương Đông, TP Phú Quốc, tỉnh Kiên Giang đông nghịt khách. Chị cho biết mỗi tối bán được 15-20 kg mực khô, khách Hàn Quốc, Trung Quốc chiếm khoảng 70%. Mực loại 1 (khoảng 10 con/kg) giá 1,7 triệu đồng, loại nhỏ 25-30 con/kg giá 750.000 đồng.

Theo Sở Du lịch Kiên Giang, năm 2024 Phú Quốc đón hơn 7,5 triệu lượt khách, trong đó khoảng 1,2 triệu lượt khách quốc tế. Khảo sát của sở cho thấy hơn 60% du khách mua đặc sản làm quà, chi tiêu bình quân cho hải sản khô khoảng 800.000 đồng/lượt khách.

Thành phố hiện có khoảng 70 cơ sở chế biến hải sản khô, song nguồn mực câu tại chỗ chỉ đáp ứng chừng 40% nhu cầu. Ông Nguyễn Văn Tùng, chủ một cơ sở ở phường An Thới, cho biết nhiều quầy nhập mực từ Bình Thuận, Cà Mau, thậm chí mực nhập khẩu giá chỉ 400.000-500.000 đồng/kg, rồi bán với giá mực Phú Quốc.

Cả nước hiện có 47 sản phẩm mực khô, mực một nắng đạt chứng nhận OCOP, nhưng Phú Quốc mới có hai sản phẩm. Ban quản lý chợ đêm đặt mục tiêu trong năm 2025 có 100% quầy hàng niêm yết giá và ghi rõ nguồn gốc.

Hoàng Nam
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("lên tới 1,8 triệu", "1,8", 1800000, "money", "đồng/kg", subject="giá mực khô"),
    fig("bán 1,6-1,8 triệu", "1,6", 1600000, "money", "đồng/kg", value_max=1800000,
        change=chg("increase", 200000, "đồng", "trước Tết", approx="about"),
        subject="giá mực khô loại lớn tại chợ đêm"),
    fig("được 15-20 kg", "15", 15, "measure", "kg/tối", value_max=20,
        subject="mực khô quầy bán được mỗi tối"),
    fig("chiếm khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="khách Hàn Quốc, Trung Quốc trong số khách mua"),
    fig("(khoảng 10 con/kg)", "10", 10, "measure", "con/kg", approx="about", optional=True,
        subject="kích cỡ mực loại 1"),
    fig("giá 1,7 triệu", "1,7", 1700000, "money", "đồng/kg", subject="giá mực loại 1"),
    fig("nhỏ 25-30 con/kg", "25", 25, "measure", "con/kg", value_max=30, optional=True,
        subject="kích cỡ mực loại nhỏ"),
    fig("giá 750.000 đồng", "750.000", 750000, "money", "đồng/kg", subject="giá mực loại nhỏ"),
    fig("hơn 7,5 triệu lượt khách", "7,5", 7500000, "count", "lượt khách", approx="over",
        subject="lượt khách đón", period=Y24),
    fig("khoảng 1,2 triệu lượt", "1,2", 1200000, "count", "lượt khách quốc tế", approx="about",
        total=7500000, subject="lượt khách quốc tế", period=Y24),
    fig("hơn 60% du khách", "60", 60, "percent", "%", approx="over", subject="du khách mua đặc sản làm quà"),
    fig("khoảng 800.000 đồng", "800.000", 800000, "money", "đồng/lượt khách", approx="about",
        subject="chi tiêu bình quân cho hải sản khô"),
    fig("khoảng 70 cơ sở", "70", 70, "count", "cơ sở", approx="about", subject="cơ sở chế biến hải sản khô"),
    fig("chừng 40%", "40", 40, "percent", "%", approx="about",
        subject="nhu cầu được nguồn mực câu tại chỗ đáp ứng"),
    fig("chỉ 400.000-500.000", "400.000", 400000, "money", "đồng/kg", value_max=500000,
        subject="giá mực nhập khẩu"),
    fig("có 47 sản phẩm", "47", 47, "count", "sản phẩm", location="Việt Nam",
        subject="sản phẩm mực khô, mực một nắng đạt chứng nhận OCOP"),
    fig("có hai sản phẩm", "hai", 2, "count", "sản phẩm",
        subject="sản phẩm mực khô, mực một nắng đạt chứng nhận OCOP"),
    fig("có 100% quầy", "100", 100, "percent", "%", status="target",
        subject="quầy hàng niêm yết giá và ghi rõ nguồn gốc",
        period=per("trong năm 2025", "2025-01-01", "2025-12-31")),
]

NOTES = [
    "National newspaper (VnExpress style): 'Chủ nhật, 23/2/2025, 10:05 (GMT+7)', byline 'Hoàng Nam' at the end. Place: TP Phú Quốc (Kiên Giang).",
    "Distractors: '(GMT+7)', '10:05', 'Tối 21/2' (no year), 'một kg' (per kg), 'chủ một cơ sở', 'một nắng', 'loại 1'.",
    "Size grades '(khoảng 10 con/kg)', '25-30 con/kg' are optional. '1,7 triệu đồng', '750.000 đồng' are prices per kg (unit đồng/kg).",
    "'47 sản phẩm' is national ('Cả nước'): Việt Nam; 'hai sản phẩm' (number word) is Phú Quốc's; no part-of cue, so no total.",
    "The survey sentence and the 'hiện' sentence carry no period. 'đặt mục tiêu trong năm 2025 … 100%': target.",
    "revised after the first run: 7,5 triệu lượt khách subject 'lượt khách Phú Quốc đón' → 'lượt khách đón' (the place belongs in location, not subject).",
]

if __name__ == "__main__":
    write("p1127-6", TEXT, NOTES, FIGS, published="2025-02-23", location="Phú Quốc")
