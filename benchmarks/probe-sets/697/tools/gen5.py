"""p697-5: Báo Hải Phòng (Party newspaper), EV production, exports, FDI supply chain, charging, 2024."""
from lib import F, P, I, CH, emit

TEXT = """BÁO HẢI PHÒNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM THÀNH PHỐ HẢI PHÒNG
Kinh tế

Ô tô điện xuất xưởng năm 2024 đạt 87.400 chiếc

Năm 2024, sản xuất ô tô điện tại Khu kinh tế Đình Vũ - Cát Hải tăng trưởng mạnh. Theo Ban Quản lý Khu kinh tế Hải Phòng, sản lượng ô tô điện xuất xưởng năm 2024 đạt 87.400 chiếc, gấp 2,1 lần năm 2023; xe máy điện đạt khoảng 72.000 chiếc, giảm 4,5%. Các mẫu VF 3, VF 5 và VF 6 chiếm phần lớn sản lượng. Giá trị sản xuất công nghiệp của ngành ô tô, xe máy điện ước đạt 64.352,7 tỷ đồng, chiếm 9,8% giá trị sản xuất công nghiệp toàn thành phố.

Xuất khẩu ô tô điện sang Mỹ, Canada, Indonesia và Philippines đạt 9.850 chiếc; kim ngạch xuất khẩu ước đạt 402 triệu USD, tăng 35,6% so với năm 2023.

Chuỗi cung ứng linh kiện xe điện hiện thu hút 34 dự án FDI với tổng vốn đăng ký 2,76 tỷ USD, trong đó có 11 dự án sản xuất pin, vốn 1,12 tỷ USD. Ngành đang tạo việc làm cho hơn 26.000 lao động, thu nhập bình quân 11,5 triệu đồng/người/tháng.

Về hạ tầng, đến cuối năm 2024 thành phố có 412 trạm sạc với 3.650 cổng sạc; 7 tuyến xe buýt mở mới trong năm đều sử dụng xe buýt điện, chạy dọc Quốc lộ 5 và Quốc lộ 10.

Thành phố đặt mục tiêu năm 2025 sản lượng ô tô điện đạt 120.000 - 150.000 chiếc, trong đó xuất khẩu chiếm khoảng 20%.

HOÀNG DŨNG
20/01/2025
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
END = P("đến cuối năm 2024", end="2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("năm 2024 đạt 87.400 chiếc\n", "87.400", 87400, "count", "chiếc", "ô tô điện xuất xưởng", Y24),
    F("87.400 chiếc, gấp", "87.400", 87400, "count", "chiếc", "sản lượng ô tô điện xuất xưởng", Y24,
      change=CH("increase", 2.1, "lần", "năm 2023")),
    F("khoảng 72.000 chiếc", "72.000", 72000, "count", "chiếc", "xe máy điện xuất xưởng", Y24, approx="about",
      change=CH("decrease", 4.5, "%")),
    F("ước đạt 64.352,7 tỷ đồng", "64.352,7", 64352700000000, "money", "đồng",
      "giá trị sản xuất công nghiệp của ngành ô tô, xe máy điện", I(Y24), percent=9.8, status="estimate"),
    F("đạt 9.850 chiếc", "9.850", 9850, "count", "chiếc", "ô tô điện xuất khẩu", I(Y24)),
    F("ước đạt 402 triệu USD", "402", 402000000, "money", "USD", "kim ngạch xuất khẩu ô tô điện", I(Y24),
      status="estimate", change=CH("increase", 35.6, "%", "năm 2023")),
    F("thu hút 34 dự án", "34", 34, "count", "dự án FDI", "dự án FDI chuỗi cung ứng linh kiện xe điện"),
    F("đăng ký 2,76 tỷ USD", "2,76", 2760000000, "money", "USD", "tổng vốn đăng ký dự án FDI chuỗi cung ứng linh kiện xe điện"),
    F("có 11 dự án", "11", 11, "count", "dự án", "dự án sản xuất pin", total=34),
    F("vốn 1,12 tỷ USD", "1,12", 1120000000, "money", "USD", "vốn dự án sản xuất pin", total=2760000000),
    F("hơn 26.000 lao động", "26.000", 26000, "count", "lao động", "lao động được ngành ô tô, xe máy điện tạo việc làm",
      approx="over"),
    F("11,5 triệu đồng/người/tháng", "11,5", 11500000, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("có 412 trạm sạc", "412", 412, "count", "trạm sạc", "trạm sạc", END),
    F("3.650 cổng sạc", "3.650", 3650, "count", "cổng sạc", "cổng sạc", END),
    F("7 tuyến xe buýt", "7", 7, "count", "tuyến", "tuyến xe buýt mở mới sử dụng xe buýt điện", I(Y24)),
    F("đạt 120.000 - 150.000 chiếc", "120.000", 120000, "count", "chiếc", "sản lượng ô tô điện", Y25,
      value_max=150000, status="target"),
    F("chiếm khoảng 20%", "20", 20, "percent", "%", "tỷ lệ xuất khẩu trong sản lượng ô tô điện", Y25,
      approx="about", status="target"),
]

COMMENTS = [
    "Báo Hải Phòng (Party newspaper): ô tô/xe máy điện xuất xưởng năm 2024, xuất khẩu, FDI chuỗi cung ứng, trạm sạc, target 2025.",
    "Byline 'HOÀNG DŨNG' and bare date '20/01/2025' at the end (published). Distractors: VF 3/VF 5/VF 6 (model names), Quốc lộ 5,",
    "Quốc lộ 10, Khu kinh tế Đình Vũ - Cát Hải. Export markets are not places (location stays Hải Phòng).",
    "'gấp 2,1 lần năm 2023' after a figure is its change (lần). 'giảm 4,5%' has no stated baseline. '64.352,7 tỷ' is Vietnamese decimal.",
    "'trong đó có 11 dự án …, vốn 1,12 tỷ USD': both parts take their wholes (34 dự án, 2,76 tỷ USD).",
    "revised after the first run: 26.000 lao động subject now keeps the sentence's own wording ('tạo việc làm'); the first gold",
    "paraphrased it as 'lao động ngành ô tô, xe máy điện', against 'the indicator, as the sentence names it'.",
    "'trong năm' (7 tuyến) shares the sentence with 'đến cuối năm 2024': period only inherited. Target 2025 continues into 'trong đó'.",
]

if __name__ == "__main__":
    emit("p697-5", TEXT, COMMENTS, FIGS, published="2025-01-20", location="Hải Phòng")
