"""p877-7: Chi cục Thủy sản Nghệ An site (no dateline) — jellyfish 2024, one-cell-per-line table."""
from lib import F, P, I, C, T, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PTNT NGHỆ AN - CHI CỤC THỦY SẢN
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả khai thác và sơ chế sứa năm 2024

Năm 2024, ngư dân các huyện Quỳnh Lưu, Diễn Châu, Nghi Lộc và thị xã Hoàng Mai khai thác được 16.850 tấn sứa, tăng 10,8% so với năm 2023; giá trị đạt 71,6 tỷ đồng. Số tàu tham gia khai thác sứa là 874 chiếc, trong đó 615 chiếc có chiều dài dưới 12 m. Riêng huyện Quỳnh Lưu chiếm 46,5% tổng sản lượng.

Sản lượng sứa khai thác, sơ chế và xuất khẩu qua các năm như sau:

Đơn vị tính: tấn
Chỉ tiêu
Năm 2023
Năm 2024
Kế hoạch 2025
Sứa tươi khai thác
15.208
16.850
18.000
Sứa sơ chế thành phẩm
4.260
4.720
5.000
Sứa xuất khẩu
2.715
3.105
3.500

Giá sứa thành phẩm xuất khẩu bình quân năm 2024 đạt 1.950 USD/tấn. Hiện toàn tỉnh có 33 cơ sở sơ chế sứa, giải quyết việc làm cho khoảng 950 lao động thời vụ với thu nhập 6-8 triệu đồng/người/tháng.

Năm 2025, Chi cục phấn đấu 100% tàu khai thác sứa được cấp giấy phép khai thác thủy sản, đồng thời phối hợp với các địa phương di dời 6 cơ sở sơ chế nằm xen kẽ trong khu dân cư ra khu quy hoạch tập trung.

Tin liên quan:
- Hướng dẫn khai thác sứa vụ năm 2025
- Kiểm tra 15 cơ sở sơ chế sứa tại Quỳnh Lưu

CHI CỤC THỦY SẢN NGHỆ AN
Địa chỉ: Số 98 Nguyễn Thị Minh Khai, TP Vinh, Nghệ An
Điện thoại: 0238.3844.315 - Fax: 0238.3844.316
Tổng lượt truy cập: 1.286.409 | Đang trực tuyến: 37
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
NOTES = [
    "Chi cục Thủy sản Nghệ An: khai thác, sơ chế sứa năm 2024. No dateline (published absent); footer address, phone, fax, visitor counter.",
    "One-cell-per-line table, 'Đơn vị tính: tấn': subject = row label + column; column header gives the period (scored); 'Kế hoạch 2025' -> target.",
    "'dưới 12 m' is a category threshold (optional). 'Quỳnh Lưu chiếm 46,5% tổng sản lượng' is a percent figure located in Quỳnh Lưu.",
    "The related-news title 'Kiểm tra 15 cơ sở sơ chế sứa tại Quỳnh Lưu' is page furniture (optional: a reader may count it).",
    "'Tổng lượt truy cập: 1.286.409', 'Đang trực tuyến: 37', 'Số 98', phone and fax are not figures.",
]


def cell(anchor, number, value, row, col, period, status=None):
    kw = {"status": status} if status else {}
    return F(anchor, number, value, "measure", "tấn", subject=f"{row} {col}", period=period, **kw)


FIGS = [
    F("được 16.850 tấn", "16.850", 16850, "measure", "tấn", change=C("+", 10.8, "%", "năm 2023"),
      subject="sản lượng sứa khai thác", period=Y24),
    F("đạt 71,6 tỷ đồng", "71,6", 71.6e9, "money", "đồng", subject="giá trị sứa khai thác", period=Y24),
    F("là 874 chiếc", "874", 874, "count", "chiếc", subject="tàu tham gia khai thác sứa", period=I(Y24)),
    F("615 chiếc", "615", 615, "count", "chiếc", total=874, subject="tàu có chiều dài dưới 12 m", period=I(Y24)),
    F("dưới 12 m", "12", 12, "measure", "m", approx="under", subject="chiều dài tàu", optional=True),
    F("chiếm 46,5%", "46,5", 46.5, "percent", "%", subject="tỷ trọng trong tổng sản lượng sứa khai thác",
      period=I(Y24), location="Quỳnh Lưu"),
    cell("\n15.208\n", "15.208", 15208, "sứa tươi khai thác", "năm 2023", Y23),
    cell("\n16.850\n", "16.850", 16850, "sứa tươi khai thác", "năm 2024", Y24),
    cell("\n18.000\n", "18.000", 18000, "sứa tươi khai thác", "kế hoạch 2025", K25, "target"),
    cell("\n4.260\n", "4.260", 4260, "sứa sơ chế thành phẩm", "năm 2023", Y23),
    cell("\n4.720\n", "4.720", 4720, "sứa sơ chế thành phẩm", "năm 2024", Y24),
    cell("\n5.000\n", "5.000", 5000, "sứa sơ chế thành phẩm", "kế hoạch 2025", K25, "target"),
    cell("\n2.715\n", "2.715", 2715, "sứa xuất khẩu", "năm 2023", Y23),
    cell("\n3.105\n", "3.105", 3105, "sứa xuất khẩu", "năm 2024", Y24),
    cell("\n3.500\n", "3.500", 3500, "sứa xuất khẩu", "kế hoạch 2025", K25, "target"),
    F("đạt 1.950 USD/tấn", "1.950", 1950, "money", "USD/tấn", subject="giá sứa thành phẩm xuất khẩu bình quân",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("có 33 cơ sở", "33", 33, "count", "cơ sở", subject="cơ sở sơ chế sứa"),
    F("khoảng 950 lao động", "950", 950, "count", "lao động", approx="about", subject="lao động thời vụ"),
    F("thu nhập 6-8 triệu đồng", "6", 6e6, "money", "đồng/người/tháng", value_max=8e6,
      subject="thu nhập lao động thời vụ"),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="tàu khai thác sứa được cấp giấy phép khai thác thủy sản", period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    F("di dời 6 cơ sở", "6", 6, "count", "cơ sở", status="target",
      subject="cơ sở sơ chế nằm xen kẽ trong khu dân cư di dời", period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    F("Kiểm tra 15 cơ sở", "15", 15, "count", "cơ sở", subject="cơ sở sơ chế sứa được kiểm tra",
      location="Quỳnh Lưu", optional=True),
]

emit("p877-7", TEXT, NOTES, FIGS, location="Nghệ An")
