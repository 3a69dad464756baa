"""p1224-4: ministry site (Bộ Công Thương): national LNG power under Quy hoạch điện VIII; 2024 gas power output; Thị Vải imports."""
from lib import F, P, I, C, T, write

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Năng lượng

Phát triển điện khí LNG: Cần cơ chế đủ mạnh để thu hút đầu tư

Ngày đăng: 05/03/2025 | Lượt xem: 1.092

Theo Quy hoạch điện VIII, đến năm 2030 tổng công suất các nhà máy nhiệt điện khí LNG đạt 22.400 MW, chiếm khoảng 14,9% tổng công suất nguồn điện của cả nước. Hiện cả nước có 13 dự án điện khí LNG trong quy hoạch, trong đó 2 dự án đang thi công (Nhơn Trạch 3 và Nhơn Trạch 4), 6 dự án đã lựa chọn được nhà đầu tư. Ba dự án có quy mô lớn nhất là Bạc Liêu, Long An và Quảng Ninh với công suất lần lượt 3.200 MW, 3.000 MW và 1.500 MW.

Năm 2024, sản lượng điện từ các nhà máy nhiệt điện khí đạt 27,5 tỷ kWh, chiếm 8,9% tổng sản lượng điện toàn hệ thống, giảm 6,3% so với năm 2023 do nguồn khí trong nước suy giảm. Lượng khí cấp cho phát điện khoảng 5,6 tỷ m³, thấp hơn 1,1 tỷ m³ so với kế hoạch.

Từ tháng 7/2023 đến nay, kho cảng LNG Thị Vải (Bà Rịa - Vũng Tàu) đã tiếp nhận 11 chuyến tàu với tổng khối lượng hơn 750.000 tấn LNG. Giá LNG nhập khẩu năm 2024 dao động từ 10 đến 13 USD/MMBtu, cao hơn khoảng 30% so với giá khí trong nước; giá thành điện từ LNG ước khoảng 2.800 đồng/kWh.

Để tháo gỡ vướng mắc, Bộ Công Thương đã trình Chính phủ cơ chế bảo đảm sản lượng điện hợp đồng dài hạn (Qc) tối thiểu 65% trong thời hạn trả nợ gốc và lãi vay, nhưng không quá 10 năm. Theo dự báo, giai đoạn 2025-2030 cần khoảng 19 tỷ USD vốn đầu tư cho các dự án điện khí LNG.

Địa chỉ: 54 Hai Bà Trưng, quận Hoàn Kiếm, Hà Nội | Điện thoại: 024.22202222 | Email: bbt@moit.gov.vn
"""

T30 = P("đến năm 2030", None, "2030-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
SINCE = P("Từ tháng 7/2023 đến nay", "2023-07-01", "2025-03-05")
P2530 = P("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")
BRVT = "Bà Rịa - Vũng Tàu"
CAP = "công suất dự án điện khí LNG có quy mô lớn nhất"

FIGS = [
    F("đạt 22.400 MW", "22.400", 22400, "measure", "MW", percent=14.9, status="target",
      subject="tổng công suất các nhà máy nhiệt điện khí LNG", period=T30),
    F("có 13 dự án", "13", 13, "count", "dự án", subject="dự án điện khí LNG trong quy hoạch"),
    F("2 dự án đang", "2", 2, "count", "dự án", total=13, subject="dự án điện khí LNG đang thi công"),
    F("6 dự án", "6", 6, "count", "dự án", total=13, subject="dự án điện khí LNG đã lựa chọn được nhà đầu tư"),
    F("Ba dự án", "Ba", 3, "count", "dự án", optional=True, subject="dự án có quy mô lớn nhất"),
    F("lần lượt 3.200 MW", "3.200", 3200, "measure", "MW", subject=CAP, location="Bạc Liêu"),
    F("3.000 MW và", "3.000", 3000, "measure", "MW", subject=CAP, location="Long An"),
    F("và 1.500 MW", "1.500", 1500, "measure", "MW", subject=CAP, location="Quảng Ninh"),
    F("đạt 27,5 tỷ kWh", "27,5", 27500000000, "measure", "kWh", percent=8.9,
      change=C("decrease", 6.3, "%", "năm 2023"),
      subject="sản lượng điện từ các nhà máy nhiệt điện khí", period=Y24),
    F("khoảng 5,6 tỷ m³", "5,6", 5600000000, "measure", "m³", approx="about",
      change=C("decrease", 1100000000, "m³", "kế hoạch"),
      subject="lượng khí cấp cho phát điện", period=I(Y24)),
    F("tiếp nhận 11 chuyến", "11", 11, "count", "chuyến tàu", subject="chuyến tàu LNG kho cảng Thị Vải tiếp nhận",
      period=SINCE, location=BRVT),
    F("hơn 750.000 tấn", "750.000", 750000, "measure", "tấn", approx="over",
      subject="khối lượng LNG kho cảng Thị Vải tiếp nhận", period=SINCE, location=BRVT),
    F("từ 10 đến 13 USD/MMBtu", "10", 10, "money", "USD/MMBtu", value_max=13,
      change=C("increase", 30, "%", "giá khí trong nước", approx="about"),
      subject="giá LNG nhập khẩu", period=Y24b),
    F("khoảng 2.800 đồng/kWh", "2.800", 2800, "money", "đồng/kWh", approx="about", status="estimate",
      subject="giá thành điện từ LNG", period=Y24b),
    F("tối thiểu 65%", "65", 65, "percent", "%", approx="at_least",
      subject="sản lượng điện hợp đồng dài hạn (Qc) được bảo đảm"),
    F("không quá 10 năm", "10", 10, "measure", "năm", approx="at_most", optional=True,
      subject="thời hạn áp dụng cơ chế bảo đảm Qc"),
    F("khoảng 19 tỷ USD", "19", 19000000000, "money", "USD", approx="about", status="forecast",
      subject="vốn đầu tư cần cho các dự án điện khí LNG", period=P2530),
]

NOTES = [
    "Ministry site (Bộ Công Thương): national LNG power. 'Ngày đăng: 05/03/2025 | Lượt xem: 1.092', address/phone footer. Default location Việt Nam.",
    "Distractors: 'Quy hoạch điện VIII', plant names 'Nhơn Trạch 3 và Nhơn Trạch 4' in a bracket right after a count (not a breakdown),",
    "'tháng 7/2023', 'giai đoạn 2025-2030', '54 Hai Bà Trưng', '024.22202222', view counter 1.092.",
    "'lần lượt' list: Bạc Liêu / Long An / Quảng Ninh are the projects' provinces → location, subject = the list's indicator. 'Ba dự án' is a top-3 label (optional).",
    "2 and 6 dự án after 'trong đó' take total 13. 'thấp hơn 1,1 tỷ m³ so với kế hoạch' is a gap to plan: change (decrease, 1,1·10⁹ m³, baseline kế hoạch).",
    "'Từ tháng 7/2023 đến nay' ends at the published date. Thị Vải figures are located in Bà Rịa - Vũng Tàu (named in the bracket).",
    "'ước khoảng 2.800 đồng/kWh' → estimate, about; its sentence carries 'năm 2024'. Qc 'tối thiểu 65%' is a proposed mechanism (status left actual);",
    "'không quá 10 năm' is the mechanism's duration cap (optional). 'Theo dự báo … khoảng 19 tỷ USD' → forecast, period 2025-2030.",
]

if __name__ == "__main__":
    write("p1224-4", TEXT, NOTES, FIGS, published="2025-03-05", location="Việt Nam")
