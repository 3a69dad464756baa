"""p919-5: Party provincial newspaper (Báo Sóc Trăng), shallot cooperative in Vĩnh Châu, byline + bare date."""
from lib import P, I, C, fig, build

TEXT = """Hợp tác xã giúp nông dân Vĩnh Châu giữ giá hành tím

Những ngày này, tại Hợp tác xã Nông nghiệp Vĩnh Hải (thị xã Vĩnh Châu), các thành viên đang tất bật phân loại hành tím để xuất đi Nhật Bản. Ông Trần Văn Sáu, Giám đốc HTX cho biết, HTX hiện có 126 thành viên, canh tác 85 ha hành tím, trong đó 40 ha đạt chứng nhận VietGAP.

Trong quý I/2023, HTX thu hoạch 1.530 tấn hành tím, năng suất bình quân 18 tấn/ha. Nhờ liên kết với doanh nghiệp, HTX đã xuất khẩu 320 tấn sang Nhật Bản với giá 28.000 đồng/kg, cao hơn giá thị trường khoảng 7.000 đồng/kg. Doanh thu 6 tháng đầu năm 2023 của HTX đạt gần 38 tỷ đồng, tăng 25% so với cùng kỳ; thu nhập của thành viên bình quân 9 triệu đồng/người/tháng.

Theo Sở Nông nghiệp và PTNT, toàn tỉnh Sóc Trăng hiện có 7.200 ha hành tím, tập trung chủ yếu tại thị xã Vĩnh Châu với 6.300 ha, chiếm 87,5%. Toàn tỉnh có 14 hợp tác xã và 32 tổ hợp tác trồng hành tím, với hơn 1.100 thành viên. Hành tím Vĩnh Châu đã được bảo hộ chỉ dẫn địa lý theo Quyết định số 42/QĐ-SHTT.

Dọc đường tỉnh 935, nhiều kho sơ chế, bảo quản hành tím được đầu tư với công suất 10-15 tấn/ngày. Tỉnh đặt mục tiêu đến năm 2025 có 50% diện tích hành tím sản xuất theo chuỗi liên kết, sản lượng xuất khẩu đạt 5.000 tấn/năm.

THANH TÂM
10/06/2023
"""

Q1 = P("quý I/2023", "2023-01-01", "2023-03-31")
H1 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("có 126 thành viên", "126", 126, "count", "thành viên", "thành viên HTX Nông nghiệp Vĩnh Hải"),
    fig("canh tác 85 ha", "85", 85, "measure", "ha", "diện tích hành tím HTX canh tác"),
    fig("trong đó 40 ha", "40", 40, "measure", "ha", "diện tích hành tím đạt chứng nhận VietGAP", total=85),
    fig("thu hoạch 1.530 tấn", "1.530", 1530, "measure", "tấn", "sản lượng hành tím HTX thu hoạch", Q1),
    fig("bình quân 18 tấn/ha", "18", 18, "measure", "tấn/ha", "năng suất hành tím bình quân", Q1),
    fig("xuất khẩu 320 tấn", "320", 320, "measure", "tấn", "hành tím HTX xuất khẩu sang Nhật Bản"),
    fig("giá 28.000 đồng/kg", "28.000", 28000, "money", "đồng/kg", "giá hành tím xuất khẩu",
        change=C("increase", 7000, "đồng/kg", "giá thị trường", "about")),
    fig("gần 38 tỷ đồng", "38", 38e9, "money", "đồng", "doanh thu của HTX", H1, approx="nearly",
        change=C("increase", 25, "%", "cùng kỳ")),
    fig("bình quân 9 triệu đồng/người/tháng", "9", 9e6, "money", "đồng/người/tháng",
        "thu nhập bình quân của thành viên", H1),
    fig("có 7.200 ha", "7.200", 7200, "measure", "ha", "diện tích hành tím", location="Sóc Trăng"),
    fig("với 6.300 ha", "6.300", 6300, "measure", "ha", "diện tích hành tím", percent=87.5),
    fig("có 14 hợp tác xã", "14", 14, "count", "hợp tác xã", "hợp tác xã trồng hành tím", location="Sóc Trăng"),
    fig("32 tổ hợp tác", "32", 32, "count", "tổ hợp tác", "tổ hợp tác trồng hành tím", location="Sóc Trăng"),
    fig("hơn 1.100 thành viên", "1.100", 1100, "count", "thành viên",
        "thành viên hợp tác xã, tổ hợp tác trồng hành tím", approx="over", location="Sóc Trăng"),
    fig("10-15 tấn/ngày", "10", 10, "measure", "tấn/ngày", "công suất kho sơ chế, bảo quản hành tím",
        value_max=15, location="Sóc Trăng"),
    fig("có 50% diện tích", "50", 50, "percent", "%", "tỷ lệ diện tích hành tím sản xuất theo chuỗi liên kết",
        TO25, status="target", location="Sóc Trăng"),
    fig("đạt 5.000 tấn/năm", "5.000", 5000, "measure", "tấn/năm", "sản lượng hành tím xuất khẩu", TO25,
        status="target", location="Sóc Trăng"),
]

NOTES = [
    "Báo Sóc Trăng (Party paper): HTX Nông nghiệp Vĩnh Hải, thị xã Vĩnh Châu. Byline 'THANH TÂM' and bare date '10/06/2023' at the end.",
    "Cooperative figures: location Vĩnh Châu (the town it stands in); province-wide figures: Sóc Trăng.",
    "'6.300 ha, chiếm 87,5%' has percent 87.5 but no total (no part-of cue). '320 tấn' has no period (none stated).",
    "Not figures: 'Trần Văn Sáu' (name), 'Quyết định số 42/QĐ-SHTT', 'đường tỉnh 935', the date at the end.",
]

build(5, TEXT, FIGS, published="2023-06-10", location="Vĩnh Châu", notes=NOTES)
