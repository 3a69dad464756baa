"""p492-4: Bộ NN&PTNT ministry site — national fleet, VMS, violations abroad by province, exports (10/2024)."""
from lib import F, P, I, CH, TG, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Thủy sản
Ngày đăng: 24/10/2024 | Lượt xem: 3.057

Cả nước đã lắp thiết bị giám sát hành trình cho 29.220/29.480 tàu cá

(MARD) - Theo Cục Thủy sản, tính đến ngày 15/10/2024, cả nước có 86.820 tàu cá đã đăng ký, giảm gần 4.000 chiếc so với năm 2020; trong đó 29.480 tàu có chiều dài từ 15 m trở lên. Đã có 29.220/29.480 tàu được lắp thiết bị giám sát hành trình, đạt 99,1%; 28/28 tỉnh, thành phố ven biển đã triển khai phần mềm truy xuất nguồn gốc thủy sản khai thác điện tử (eCDT).

Số vụ tàu cá vi phạm vùng biển nước ngoài đã giảm mạnh: 9 tháng năm 2024 phát hiện 6 vụ (giảm 50% so với cùng kỳ) với 8 tàu, 67 ngư dân. Trong số 8 tàu vi phạm, Kiên Giang có 3 tàu, Bình Định 2 tàu, Bà Rịa - Vũng Tàu 2 tàu và Quảng Ngãi 1 tàu.

Về xuất khẩu, kim ngạch thủy sản 9 tháng đạt 7,2 tỷ USD, tăng 10,8% so với cùng kỳ năm 2023; trong đó xuất khẩu sang EU đạt 740 triệu USD, chiếm 10,3%. Mục tiêu năm 2025, kim ngạch xuất khẩu thủy sản đạt 10 tỷ USD, sản lượng qua cảng được giám sát đạt từ 60 đến 70% tổng sản lượng khai thác.

Tại hội nghị trực tuyến ngày 22/10/2024, Bộ trưởng đề nghị các địa phương chuẩn bị tốt nhất cho đợt thanh tra lần thứ 5 của Ủy ban châu Âu (EC), thực hiện nghiêm Chỉ thị số 32-CT/TW và Quyết định số 81/QĐ-TTg ngày 19/01/2024 của Thủ tướng Chính phủ.

Đường dây nóng của Cục Thủy sản: 024.3771.6558
"""

ASOF = P("tính đến ngày 15/10/2024", None, "2024-10-15")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("cho 29.220/29.480 tàu cá", "29.220", 29220, "count", "tàu cá",
      "tàu cá được lắp thiết bị giám sát hành trình", I(ASOF), total=29480),
    F("có 86.820 tàu cá", "86.820", 86820, "count", "tàu cá", "tàu cá đã đăng ký", ASOF,
      change=CH("decrease", 4000, "chiếc", baseline="năm 2020", approx="nearly")),
    F("trong đó 29.480 tàu", "29.480", 29480, "count", "tàu", "tàu có chiều dài từ 15 m trở lên", ASOF,
      total=86820),
    F("từ 15 m trở lên. Đã", "15", 15, "measure", "m", approx="at_least", optional=True),
    F("có 29.220/29.480 tàu được", "29.220", 29220, "count", "tàu",
      "tàu được lắp thiết bị giám sát hành trình", I(ASOF), total=29480, percent=99.1),
    F("28/28 tỉnh", "28", 28, "count", "tỉnh, thành phố",
      "tỉnh, thành phố ven biển đã triển khai phần mềm truy xuất nguồn gốc thủy sản khai thác điện tử (eCDT)",
      I(ASOF), total=28),
    F("phát hiện 6 vụ", "6", 6, "count", "vụ", "vụ tàu cá vi phạm vùng biển nước ngoài", M9,
      change=CH("decrease", 50, baseline="cùng kỳ")),
    F("với 8 tàu, 67", "8", 8, "count", "tàu", "tàu cá vi phạm vùng biển nước ngoài", M9),
    F("67 ngư dân", "67", 67, "count", "ngư dân", "ngư dân vi phạm vùng biển nước ngoài", M9),
    F("Kiên Giang có 3 tàu", "3", 3, "count", "tàu", "tàu vi phạm vùng biển nước ngoài", I(M9),
      total=8, location="Kiên Giang"),
    F("Bình Định 2 tàu", "2", 2, "count", "tàu", "tàu vi phạm vùng biển nước ngoài", I(M9),
      total=8, location="Bình Định"),
    F("Vũng Tàu 2 tàu", "2", 2, "count", "tàu", "tàu vi phạm vùng biển nước ngoài", I(M9),
      total=8, location="Bà Rịa - Vũng Tàu"),
    F("Quảng Ngãi 1 tàu", "1", 1, "count", "tàu", "tàu vi phạm vùng biển nước ngoài", I(M9),
      total=8, location="Quảng Ngãi"),
    F("đạt 7,2 tỷ USD", "7,2", 7.2e9, "money", "USD", "kim ngạch xuất khẩu thủy sản",
      P("9 tháng", "2024-01-01", "2024-09-30"), change=CH("increase", 10.8, baseline="cùng kỳ năm 2023")),
    F("đạt 740 triệu USD", "740", 740e6, "money", "USD", "kim ngạch xuất khẩu thủy sản sang EU",
      P("9 tháng", "2024-01-01", "2024-09-30"), total=7.2e9, percent=10.3),
    F("đạt 10 tỷ USD", "10", 10e9, "money", "USD", "kim ngạch xuất khẩu thủy sản", Y25, status="target"),
    F("từ 60 đến 70%", "60", 60, "percent", "%",
      "sản lượng qua cảng được giám sát trong tổng sản lượng khai thác", Y25, value_max=70, status="target"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT), 'Ngày đăng: 24/10/2024 | Lượt xem: 3.057': national fleet, VMS, eCDT, violations abroad, exports 9 months 2024.",
    "'a/b' gives total b; 'Trong số 8 tàu vi phạm, Kiên Giang có 3 tàu, ...' gives total 8 and the province as location (parts add up to 8).",
    "EU is a trade partner, not a place: location stays Việt Nam; 'trong đó ... sang EU' is a part of 7,2 tỷ USD.",
    "Distractors: 3.057 views, 'đợt thanh tra lần thứ 5', Chỉ thị số 32-CT/TW, Quyết định số 81/QĐ-TTg ngày 19/01/2024, 024.3771.6558.",
]

if __name__ == "__main__":
    emit("p492-4", TEXT, COMMENTS, FIGS, published="2024-10-24", location="Việt Nam")
