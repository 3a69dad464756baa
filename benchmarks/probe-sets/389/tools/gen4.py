from lib import F, P, I, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Thủy lợi - Phòng chống thiên tai

Cả nước có 1.295 điểm sạt lở bờ sông, bờ biển
Thứ Hai, 22/07/2024 - 09:15

(MARD) - Theo báo cáo của Cục Quản lý đê điều và Phòng, chống thiên tai, tính đến tháng 6/2024, cả nước có 1.295 điểm sạt lở bờ sông, bờ biển với tổng chiều dài khoảng 1.960 km; trong đó có 385 điểm sạt lở đặc biệt nguy hiểm, chiếm 29,7%, dài 740 km. Các địa phương có nhiều điểm sạt lở nhất là Cà Mau (91 điểm, dài 112 km), An Giang (78 điểm) và Đồng Tháp (64 điểm).

Về sạt lở đất, lũ quét khu vực miền núi, kết quả rà soát tại 14 tỉnh miền núi phía Bắc và miền Trung cho thấy có 2.518 điểm có nguy cơ cao, ảnh hưởng tới gần 11.300 hộ dân cần di dời khẩn cấp.

Giai đoạn 2021-2025, Chương trình bố trí dân cư các vùng thiên tai theo Quyết định số 590/QĐ-TTg ngày 18/5/2022 của Thủ tướng Chính phủ đã hỗ trợ di dời, ổn định cho 24.600 hộ, đạt 68,3% kế hoạch (36.000 hộ). Tổng kinh phí đã bố trí là 4.120 tỷ đồng, trong đó vốn ngân sách Trung ương 3.450 tỷ đồng. Năm 2025, Bộ dự kiến bố trí 1,2 nghìn tỷ đồng để di dời khoảng 5.000 hộ.

Cùng với đó, Bộ đã phối hợp với các địa phương lắp đặt 1.050 trạm đo mưa tự động tại 35 tỉnh có nguy cơ lũ quét, sạt lở, nâng mật độ lên 1 trạm/120 km2 ở vùng núi. Mục tiêu đến năm 2030 có 100% xã miền núi được trang bị hệ thống cảnh báo sớm lũ quét, sạt lở đất.

Thứ trưởng Nguyễn Hoàng Hiệp đề nghị các địa phương thực hiện nghiêm Nghị định số 66/2021/NĐ-CP, chủ động sơ tán dân khi có mưa lớn kéo dài.

Hồng Nhung
"""

ASOF = P("tính đến tháng 6/2024", None, "2024-06-30")
GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
LOC = "Việt Nam"

FIGS = [
    F("có 1.295 điểm sạt lở bờ sông, bờ biển\nThứ", "1.295", 1295, "count", "điểm", "điểm sạt lở bờ sông, bờ biển"),
    F("cả nước có 1.295 điểm", "1.295", 1295, "count", "điểm", "điểm sạt lở bờ sông, bờ biển", ASOF),
    F("khoảng 1.960 km", "1.960", 1960, "measure", "km", "tổng chiều dài sạt lở bờ sông, bờ biển", ASOF,
      approx="about"),
    F("có 385 điểm", "385", 385, "count", "điểm", "điểm sạt lở đặc biệt nguy hiểm", ASOF, total=1295, percent=29.7),
    F("dài 740 km", "740", 740, "measure", "km", "chiều dài sạt lở đặc biệt nguy hiểm", ASOF, total=1960),
    F("Cà Mau (91 điểm", "91", 91, "count", "điểm", "điểm sạt lở", I(ASOF), location="Cà Mau"),
    F("dài 112 km", "112", 112, "measure", "km", "chiều dài sạt lở", I(ASOF), location="Cà Mau"),
    F("An Giang (78 điểm)", "78", 78, "count", "điểm", "điểm sạt lở", I(ASOF), location="An Giang"),
    F("Đồng Tháp (64 điểm)", "64", 64, "count", "điểm", "điểm sạt lở", I(ASOF), location="Đồng Tháp"),
    F("tại 14 tỉnh", "14", 14, "count", "tỉnh", "tỉnh miền núi phía Bắc và miền Trung được rà soát"),
    F("có 2.518 điểm", "2.518", 2518, "count", "điểm", "điểm có nguy cơ cao sạt lở đất, lũ quét"),
    F("gần 11.300 hộ", "11.300", 11300, "count", "hộ", "hộ dân cần di dời khẩn cấp", approx="nearly"),
    F("cho 24.600 hộ", "24.600", 24600, "count", "hộ", "hộ được hỗ trợ di dời, ổn định", GD,
      percent=68.3, target={"value": 36000, "unit": "hộ"}),
    F("là 4.120 tỷ đồng", "4.120", 4120000000000, "money", "đồng", "tổng kinh phí đã bố trí", I(GD)),
    F("Trung ương 3.450 tỷ đồng", "3.450", 3450000000000, "money", "đồng", "vốn ngân sách Trung ương", I(GD),
      total=4120000000000),
    F("bố trí 1,2 nghìn tỷ đồng", "1,2", 1200000000000, "money", "đồng", "kinh phí di dời", Y25, status="forecast"),
    F("khoảng 5.000 hộ", "5.000", 5000, "count", "hộ", "hộ di dời", Y25, approx="about", status="forecast"),
    F("lắp đặt 1.050 trạm", "1.050", 1050, "count", "trạm", "trạm đo mưa tự động"),
    F("tại 35 tỉnh", "35", 35, "count", "tỉnh", "tỉnh có nguy cơ lũ quét, sạt lở được lắp trạm đo mưa"),
    F("lên 1 trạm/120 km2", "1", 1, "measure", "trạm/120 km2", "mật độ trạm đo mưa tự động ở vùng núi"),
    F("có 100% xã", "100", 100, "percent", "%", "xã miền núi được trang bị hệ thống cảnh báo sớm",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT, MARD): national river/coastal erosion points, mountain landslide points, resettlement programme 2021-2025.",
    "'Thứ Hai, 22/07/2024 - 09:15' is the dateline. National figures: location Việt Nam; counts of provinces too; list provinces get their own.",
    "Distractors: 'Quyết định số 590/QĐ-TTg ngày 18/5/2022', 'Nghị định số 66/2021/NĐ-CP', author names, the 'tháng 6/2024' as-of date.",
    "'trong đó có 385 điểm ..., chiếm 29,7%, dài 740 km': 385 is part of 1.295 điểm, 740 km part of 1.960 km (same thing counted, same period).",
    "'đạt 68,3% kế hoạch (36.000 hộ)': percent 68,3 and the plan in brackets is the target (not a figure). '1,2 nghìn tỷ' = 1,2·10^12.",
    "'1 trạm/120 km2' is a density: value 1 with the denominator in the unit (rate rule). 'đến năm 2030 ... 100%' is a target.",
]

emit("p389-4", TEXT, COMMENTS, FIGS, published="2024-07-22", location=LOC)
