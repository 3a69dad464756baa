"""p1039-1: Bình Định province portal, swiftlet houses and nest output, H1/2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Nông nghiệp

Bình Định: Hơn 1.100 nhà yến, 6 tháng thu gần 4,6 tấn tổ yến

Cập nhật: 12/08/2024 09:45 | Lượt xem: 2.315

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/6/2024, toàn tỉnh có 1.126 nhà yến, tăng 84 nhà so với cuối năm 2023; trong đó có 812 nhà đã có chim yến vào làm tổ, chiếm 72,1%. Tổng diện tích sàn nuôi khoảng 182.000 m2. Các địa phương có nhiều nhà yến nhất lần lượt là thị xã Hoài Nhơn (318 nhà), huyện Phù Mỹ (205 nhà), huyện Phù Cát (176 nhà) và thị xã An Nhơn (97 nhà); nhiều nhà yến tập trung dọc Quốc lộ 1A.

6 tháng đầu năm 2024, sản lượng tổ yến nhà thu hoạch ước đạt 4,6 tấn, tăng 12,5% so với cùng kỳ năm 2023, đạt 48,4% kế hoạch năm. Giá tổ yến thô tại địa phương hiện dao động từ 18 đến 24 triệu đồng/kg, giảm khoảng 10% so với đầu năm. Tổng giá trị sản phẩm yến 6 tháng ước trên 95 tỷ đồng.

Nghề nuôi yến hiện tạo việc làm cho khoảng 2.300 lao động, thu nhập bình quân 8,5 triệu đồng/người/tháng. Tỉnh đã cấp mã số cho 46 cơ sở nuôi chim yến đủ điều kiện xuất khẩu tổ yến sang Trung Quốc. Con số này gấp 2,3 lần cuối năm 2023.

Theo Đề án phát triển nghề nuôi chim yến giai đoạn 2021-2025 (Quyết định số 2137/QĐ-UBND ngày 15/6/2021), nhà yến xây mới phải cách khu dân cư tập trung tối thiểu 300 m. Cả năm 2024, tỉnh phấn đấu đạt 9,5 tấn tổ yến; đến năm 2025 có 1.300 nhà yến, sản lượng đạt 12 tấn/năm.

Tin liên quan:
- Hoài Nhơn tập huấn kỹ thuật nuôi chim yến
- Bình Định xúc tiến xuất khẩu tổ yến
"""

ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
FIGS = [
    F("Hơn 1.100 nhà yến", "1.100", 1100, "count", "nhà yến", "nhà yến", approx="over"),
    F("thu gần 4,6 tấn", "4,6", 4.6, "measure", "tấn", "sản lượng tổ yến thu hoạch",
      P("6 tháng", "2024-01-01", "2024-06-30"), approx="nearly"),
    F("có 1.126 nhà yến", "1.126", 1126, "count", "nhà yến", "nhà yến", ASOF,
      change=C("increase", 84, "nhà", "cuối năm 2023")),
    F("có 812 nhà", "812", 812, "count", "nhà", "nhà yến đã có chim yến vào làm tổ", ASOF,
      total=1126, percent=72.1),
    F("khoảng 182.000 m2", "182.000", 182000, "measure", "m2", "tổng diện tích sàn nuôi", I(ASOF),
      approx="about"),
    F("Hoài Nhơn (318 nhà)", "318", 318, "count", "nhà", "nhà yến", I(ASOF), location="Hoài Nhơn"),
    F("Phù Mỹ (205 nhà)", "205", 205, "count", "nhà", "nhà yến", I(ASOF), location="Phù Mỹ"),
    F("Phù Cát (176 nhà)", "176", 176, "count", "nhà", "nhà yến", I(ASOF), location="Phù Cát"),
    F("An Nhơn (97 nhà)", "97", 97, "count", "nhà", "nhà yến", I(ASOF), location="An Nhơn"),
    F("ước đạt 4,6 tấn", "4,6", 4.6, "measure", "tấn", "sản lượng tổ yến nhà thu hoạch", H1,
      status="estimate", percent=48.4, change=C("increase", 12.5, "%", "cùng kỳ năm 2023")),
    F("từ 18 đến 24 triệu", "18", 18e6, "money", "đồng/kg", "giá tổ yến thô", value_max=24e6,
      change=C("decrease", 10, "%", "đầu năm", approx="about")),
    F("ước trên 95 tỷ đồng", "95", 95e9, "money", "đồng", "tổng giá trị sản phẩm yến",
      P("6 tháng", "2024-01-01", "2024-06-30"), approx="over", status="estimate"),
    F("khoảng 2.300 lao động", "2.300", 2300, "count", "lao động", "lao động nghề nuôi yến",
      approx="about"),
    F("8,5 triệu đồng/người/tháng", "8,5", 8.5e6, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("cho 46 cơ sở", "46", 46, "count", "cơ sở",
      "cơ sở nuôi chim yến được cấp mã số xuất khẩu tổ yến sang Trung Quốc"),
    F("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần",
      "cơ sở nuôi chim yến được cấp mã số so với cuối năm 2023"),
    F("tối thiểu 300 m", "300", 300, "measure", "m", "khoảng cách nhà yến xây mới đến khu dân cư",
      approx="at_least", optional=True),
    F("đạt 9,5 tấn", "9,5", 9.5, "measure", "tấn", "sản lượng tổ yến",
      P("Cả năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("có 1.300 nhà yến", "1.300", 1300, "count", "nhà yến", "nhà yến",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("đạt 12 tấn/năm", "12", 12, "measure", "tấn/năm", "sản lượng tổ yến",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

NOTES = [
    "Bình Định province portal: breadcrumb, 'Cập nhật: 12/08/2024 09:45 | Lượt xem: 2.315'.",
    "Distractors: Lượt xem, Quốc lộ 1A, Quyết định số 2137/QĐ-UBND ngày 15/6/2021, giai đoạn 2021-2025.",
    "Headline '6 tháng' takes 2024 (dateline). District list does not add up to 1.126: no total.",
    "'Con số này gấp 2,3 lần cuối năm 2023' stands as its own sentence: a multiple figure.",
    "The 300 m siting rule is a regulation threshold: optional.",
]

if __name__ == "__main__":
    write(1, TEXT, FIGS, NOTES, published="2024-08-12", location="Bình Định")
