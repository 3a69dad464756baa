import sys
from lib import F, P, I, CH, T, emit

TEXT = """Trang chủ » Tin tức - Sự kiện » Nông nghiệp - Nông thôn

Bắc Giang: Hơn 16.300 ha vải thiều đạt chứng nhận VietGAP

Cập nhật: 14/06/2024 08:45 | Lượt xem: 3.582

(BGP) - Theo Sở Nông nghiệp và Phát triển nông thôn, vụ vải thiều năm 2024 toàn tỉnh có 28.500 ha vải, trong đó diện tích sản xuất theo tiêu chuẩn VietGAP đạt hơn 16.300 ha, chiếm 57,2% tổng diện tích. Diện tích đạt tiêu chuẩn GlobalGAP là 202,5 ha, tăng 34 ha so với năm 2023.

Diện tích VietGAP tập trung tại các huyện Lục Ngạn (11.840 ha), Lục Nam (2.150 ha), Tân Yên (1.270 ha) và Sơn Động (615 ha).

Tính đến ngày 31/5/2024, tỉnh đã được cấp 37 mã số vùng trồng vải xuất khẩu sang Trung Quốc với tổng diện tích 12.046 ha và 15 mã số vùng trồng đi các thị trường Mỹ, Nhật Bản, Úc, EU với diện tích khoảng 1.060 ha; 24 cơ sở đóng gói được cấp mã số.

Sản lượng vải thiều toàn tỉnh ước đạt 180.000 tấn, tăng 20,1% so với năm 2023, trong đó sản lượng vải VietGAP khoảng 105.000 tấn. Giá vải VietGAP bán tại vườn từ 25.000 đến 35.000 đồng/kg, cao hơn 5.000-7.000 đồng/kg so với vải sản xuất thông thường. Các điểm thu mua dọc Quốc lộ 31 và Quốc lộ 279 hoạt động từ 5 giờ sáng.

Năm 2024, tỉnh tiếp tục hỗ trợ 2 triệu đồng/ha đối với diện tích cấp mới chứng nhận VietGAP và 5 triệu đồng/ha đối với diện tích GlobalGAP theo Nghị quyết số 07/2022/NQ-HĐND; tổng kinh phí dự kiến 1,85 tỷ đồng.

Phấn đấu đến năm 2025, diện tích vải thiều VietGAP đạt 17.500 ha, GlobalGAP đạt 300 ha.

Sở Nông nghiệp và PTNT Bắc Giang - Số 48 Nguyễn Văn Cừ, TP Bắc Giang. ĐT: 0204.3854.236
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("Tính đến ngày 31/5/2024", None, "2024-05-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Bắc Giang: Hơn 16.300 ha", "16.300", 16300, "measure", "ha", "vải thiều đạt chứng nhận VietGAP", I(Y24), approx="over"),
    F("có 28.500 ha vải", "28.500", 28500, "measure", "ha", "diện tích vải thiều toàn tỉnh", Y24),
    F("đạt hơn 16.300 ha", "16.300", 16300, "measure", "ha", "diện tích sản xuất theo tiêu chuẩn VietGAP", Y24,
      approx="over", total=28500, percent=57.2),
    F("GlobalGAP là 202,5 ha", "202,5", 202.5, "measure", "ha", "diện tích đạt tiêu chuẩn GlobalGAP", I(Y24),
      change=CH("increase", 34, "ha", "năm 2023")),
    F("Lục Ngạn (11.840 ha)", "11.840", 11840, "measure", "ha", "diện tích VietGAP", I(Y24), location="Lục Ngạn"),
    F("Lục Nam (2.150 ha)", "2.150", 2150, "measure", "ha", "diện tích VietGAP", I(Y24), location="Lục Nam"),
    F("Tân Yên (1.270 ha)", "1.270", 1270, "measure", "ha", "diện tích VietGAP", I(Y24), location="Tân Yên"),
    F("Sơn Động (615 ha)", "615", 615, "measure", "ha", "diện tích VietGAP", I(Y24), location="Sơn Động"),
    F("cấp 37 mã số", "37", 37, "count", "mã số vùng trồng", "mã số vùng trồng vải xuất khẩu sang Trung Quốc", ASOF),
    F("tổng diện tích 12.046 ha", "12.046", 12046, "measure", "ha", "diện tích vùng trồng vải xuất khẩu sang Trung Quốc", ASOF),
    F("và 15 mã số", "15", 15, "count", "mã số vùng trồng", "mã số vùng trồng đi các thị trường Mỹ, Nhật Bản, Úc, EU", ASOF),
    F("khoảng 1.060 ha", "1.060", 1060, "measure", "ha", "diện tích vùng trồng đi các thị trường Mỹ, Nhật Bản, Úc, EU", ASOF,
      approx="about"),
    F("24 cơ sở đóng gói", "24", 24, "count", "cơ sở đóng gói", "cơ sở đóng gói được cấp mã số", ASOF),
    F("ước đạt 180.000 tấn", "180.000", 180000, "measure", "tấn", "sản lượng vải thiều toàn tỉnh", I(Y24),
      change=CH("increase", 20.1, "%", "năm 2023"), status="estimate"),
    F("khoảng 105.000 tấn", "105.000", 105000, "measure", "tấn", "sản lượng vải VietGAP", I(Y24),
      approx="about", total=180000, status="estimate"),
    F("từ 25.000 đến 35.000", "25.000", 25000, "money", "đồng/kg", "giá vải VietGAP bán tại vườn", I(Y24),
      value_max=35000, change=CH("increase", 5000, "đồng/kg", "vải sản xuất thông thường")),
    F("hỗ trợ 2 triệu đồng/ha", "2", 2000000, "money", "đồng/ha", "hỗ trợ diện tích cấp mới chứng nhận VietGAP", Y24),
    F("và 5 triệu đồng/ha", "5", 5000000, "money", "đồng/ha", "hỗ trợ diện tích GlobalGAP", Y24),
    F("dự kiến 1,85 tỷ đồng", "1,85", 1850000000, "money", "đồng", "tổng kinh phí hỗ trợ chứng nhận", Y24, status="forecast"),
    F("đạt 17.500 ha", "17.500", 17500, "measure", "ha", "diện tích vải thiều VietGAP", T25, status="target"),
    F("đạt 300 ha", "300", 300, "measure", "ha", "diện tích vải thiều GlobalGAP", T25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bắc Giang (invented): vải thiều VietGAP/GlobalGAP 2024, districts, growing-area codes, output, price, support, 2025 targets.",
    "Dateline 'Cập nhật: 14/06/2024 08:45'; 'Lượt xem: 3.582', Quốc lộ 31/279, '5 giờ sáng', NQ 07/2022, address and phone are not figures.",
    "District list after the VietGAP area has no cue and does not add up (15.875 of 16.300): no total. Export markets are not places.",
    "'cao hơn 5.000-7.000 đồng/kg so với …' after the price range is its change (first value of the range).",
]

if __name__ == "__main__":
    emit("p656-1", TEXT, COMMENTS, FIGS, published="2024-06-14", location="Bắc Giang", show="-v" in sys.argv)
