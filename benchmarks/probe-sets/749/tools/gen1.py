"""p749-1: Lào Cai province portal — banana area, output, prices, links, growing-area codes, exports (6 months 2024)."""
from lib import F, P, I, CH, emit

TEXT = """Cổng Thông tin điện tử tỉnh Lào Cai
Trang chủ > Tin tức - Sự kiện > Kinh tế

Lào Cai: Diện tích chuối xuất khẩu đạt hơn 3.100 ha

Cập nhật: 15/07/2024 08:30 | Lượt xem: 1.842

6 tháng đầu năm 2024, tổng diện tích chuối toàn tỉnh Lào Cai đạt 4.520 ha, tăng 6,4% so với cùng kỳ; trong đó diện tích chuối trồng theo hướng xuất khẩu hơn 3.100 ha, chiếm 68,6% tổng diện tích. Chuối được trồng tập trung ở các huyện Bát Xát (1.450 ha), Mường Khương (1.120 ha), Bảo Thắng (860 ha) và Văn Bàn (390 ha).

Sản lượng chuối thu hoạch ước đạt 68.700 tấn, tăng 4.200 tấn so với cùng kỳ năm 2023. Năng suất bình quân đạt khoảng 32,5 tấn/ha. Giá chuối xuất khẩu thu mua tại vườn dao động từ 6.000 đến 8.500 đồng/kg, cao hơn 1.500 đồng/kg so với đầu năm.

Toàn tỉnh hiện có 14 doanh nghiệp và 27 hợp tác xã tham gia liên kết sản xuất, tiêu thụ chuối với 2.350 hộ nông dân. Đến ngày 30/6/2024, tỉnh đã được cấp 36 mã số vùng trồng chuối với tổng diện tích 2.487,5 ha, trong đó 21 mã số đủ điều kiện xuất khẩu chính ngạch sang Trung Quốc. Kim ngạch xuất khẩu chuối qua cửa khẩu quốc tế Kim Thành 6 tháng ước đạt 21,4 triệu USD, tăng 18,2% so với cùng kỳ, đạt 53,5% kế hoạch năm.

Thực hiện Kế hoạch số 145/KH-UBND, tỉnh đặt mục tiêu đến năm 2025 diện tích chuối đạt 5.000 ha, trong đó 80% diện tích được cấp mã số vùng trồng; giá trị thu hoạch bình quân đạt trên 200 triệu đồng/ha/năm.

Mọi thông tin chi tiết xin liên hệ Chi cục Trồng trọt và Bảo vệ thực vật, số 2 đường Hoàng Liên, phường Cốc Lếu; điện thoại: 0214.3840.126.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Đến ngày 30/6/2024", None, "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("xuất khẩu đạt hơn 3.100 ha", "3.100", 3100, "measure", "ha", "diện tích chuối xuất khẩu", I(H1), approx="over"),
    F("toàn tỉnh Lào Cai đạt 4.520 ha", "4.520", 4520, "measure", "ha", "tổng diện tích chuối", H1,
      change=CH("increase", 6.4, baseline="cùng kỳ")),
    F("xuất khẩu hơn 3.100 ha, chiếm", "3.100", 3100, "measure", "ha", "diện tích chuối trồng theo hướng xuất khẩu", H1,
      approx="over", total=4520, percent=68.6),
    F("Bát Xát (1.450 ha)", "1.450", 1450, "measure", "ha", "diện tích chuối trồng tập trung", I(H1), location="Bát Xát"),
    F("Mường Khương (1.120 ha)", "1.120", 1120, "measure", "ha", "diện tích chuối trồng tập trung", I(H1), location="Mường Khương"),
    F("Bảo Thắng (860 ha)", "860", 860, "measure", "ha", "diện tích chuối trồng tập trung", I(H1), location="Bảo Thắng"),
    F("Văn Bàn (390 ha)", "390", 390, "measure", "ha", "diện tích chuối trồng tập trung", I(H1), location="Văn Bàn"),
    F("ước đạt 68.700 tấn", "68.700", 68700, "measure", "tấn", "sản lượng chuối thu hoạch", I(H1),
      change=CH("increase", 4200, "tấn", baseline="cùng kỳ năm 2023"), status="estimate"),
    F("khoảng 32,5 tấn/ha", "32,5", 32.5, "measure", "tấn/ha", "năng suất bình quân", I(H1), approx="about"),
    F("từ 6.000 đến 8.500 đồng/kg", "6.000", 6000, "money", "đồng/kg", "giá chuối xuất khẩu thu mua tại vườn", I(H1),
      value_max=8500, change=CH("increase", 1500, "đồng/kg", baseline="đầu năm")),
    F("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", "doanh nghiệp tham gia liên kết sản xuất, tiêu thụ chuối"),
    F("và 27 hợp tác xã", "27", 27, "count", "hợp tác xã", "hợp tác xã tham gia liên kết sản xuất, tiêu thụ chuối"),
    F("với 2.350 hộ", "2.350", 2350, "count", "hộ", "hộ nông dân tham gia liên kết sản xuất, tiêu thụ chuối"),
    F("cấp 36 mã số", "36", 36, "count", "mã số vùng trồng", "mã số vùng trồng chuối được cấp", ASOF),
    F("diện tích 2.487,5 ha", "2.487,5", 2487.5, "measure", "ha", "tổng diện tích vùng trồng chuối được cấp mã số", ASOF),
    F("trong đó 21 mã số", "21", 21, "count", "mã số", "mã số đủ điều kiện xuất khẩu chính ngạch sang Trung Quốc", ASOF,
      total=36),
    F("ước đạt 21,4 triệu USD", "21,4", 21400000, "money", "USD",
      "kim ngạch xuất khẩu chuối qua cửa khẩu quốc tế Kim Thành", P("6 tháng", "2024-01-01", "2024-06-30"),
      percent=53.5, change=CH("increase", 18.2, baseline="cùng kỳ"), status="estimate"),
    F("đạt 5.000 ha", "5.000", 5000, "measure", "ha", "diện tích chuối", T25, status="target"),
    F("trong đó 80%", "80", 80, "percent", "%", "diện tích chuối được cấp mã số vùng trồng", T25, status="target"),
    F("trên 200 triệu đồng/ha/năm", "200", 200000000, "money", "đồng/ha/năm", "giá trị thu hoạch bình quân", T25,
      approx="over", status="target"),
]

COMMENTS = [
    "Lào Cai province portal (breadcrumb, Cập nhật line, Lượt xem counter): banana area, output, prices, links, growing-area codes, exports, 6 months 2024.",
    "Headline figure takes the lead's period as inherited. District items in brackets (no cue, sum 3.820 ≠ 4.520) get no total; district is the location.",
    "'21 mã số' after 'trong đó' counts codes: its whole is the 36 codes, not the 2.487,5 ha that stands between them.",
    "Distractors: Kế hoạch số 145/KH-UBND, 'số 2 đường Hoàng Liên', phone 0214.3840.126, Lượt xem: 1.842, dates.",
]

if __name__ == "__main__":
    emit("p749-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Lào Cai")
