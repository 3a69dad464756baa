"""p1036-8: provincial newspaper online (Báo Bạc Liêu, '(BBL) -'): wind output 2023, projects, jobs, PDP8 allocation, 2025 targets."""
from lib import F, P, I, C, T, emit

TEXT = """BÁO BẠC LIÊU ĐIỆN TỬ
Kinh tế
Điện gió Bạc Liêu phát gần 1,4 tỷ kWh năm 2023
22/01/2024 - 08:05

(BBL) - Năm 2023, các nhà máy điện gió trên địa bàn tỉnh phát lên lưới 1.385 triệu kWh, tăng 17,2% so với năm 2022, vượt 8,2% kế hoạch. Doanh thu ước đạt 2.640 tỷ đồng; nộp ngân sách 354 tỷ đồng, chiếm 7,6% tổng thu ngân sách trên địa bàn.

Hiện toàn tỉnh có 8 dự án điện gió đã vận hành với 227 tua-bin, tổng công suất 472 MW. Hai dự án lớn nhất là điện gió Bạc Liêu giai đoạn 3 và Đông Hải 1, với công suất lần lượt 141 MW và 100 MW. Các dự án chủ yếu nằm ở vùng bãi bồi ven biển TP Bạc Liêu, thị xã Giá Rai và huyện Đông Hải, sử dụng khoảng 2.150 ha mặt nước. Các nhà máy tạo việc làm cho khoảng 600 lao động, thu nhập bình quân 9-12 triệu đồng/người/tháng.

Từ đầu năm 2024 đến nay, tỉnh tiếp tục thu hút 2 dự án điện gió mới với tổng vốn đăng ký 9.800 tỷ đồng. Tại Diễn đàn Năng lượng tái tạo Bạc Liêu lần thứ 2, các nhà đầu tư cam kết nghiên cứu thêm 4 dự án gần bờ.

Theo Quy hoạch điện VIII, Bạc Liêu được phân bổ 1.600 MW điện gió trên bờ và gần bờ đến năm 2030, gấp 3,4 lần công suất hiện nay. Tỉnh phấn đấu đến năm 2025 công suất điện gió đạt 900-1.000 MW, sản lượng khoảng 2,5 tỷ kWh/năm. Để giải tỏa công suất, ngành điện đang đầu tư trạm biến áp 220 kV Đông Hải và nâng cấp đoạn lưới dọc Quốc lộ 1A.

HỮU THỌ
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
SINCE = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-01-22")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("gần 1,4 tỷ kWh", "1,4", 1.4e9, "measure", "kWh", "sản lượng điện gió", P("năm 2023", "2023-01-01", "2023-12-31"),
      approx="nearly"),
    F("lưới 1.385 triệu kWh", "1.385", 1385e6, "measure", "kWh", "sản lượng các nhà máy điện gió phát lên lưới", Y23,
      change=C("increase", 17.2, "%", "năm 2022")),
    # second change of the same figure (gap to plan): a percent figure of its own, optional by FIGURES.md
    F("vượt 8,2% kế hoạch", "8,2", 8.2, "percent", "%", "sản lượng điện gió vượt kế hoạch", Y23, optional=True),
    F("ước đạt 2.640 tỷ đồng", "2.640", 2640e9, "money", "đồng", "doanh thu các nhà máy điện gió", I(Y23),
      status="estimate"),
    F("ngân sách 354 tỷ đồng", "354", 354e9, "money", "đồng", "nộp ngân sách của các nhà máy điện gió", I(Y23),
      percent=7.6),
    F("có 8 dự án", "8", 8, "count", "dự án", "dự án điện gió đã vận hành"),
    F("với 227 tua-bin", "227", 227, "count", "tua-bin", "tua-bin của các dự án điện gió đã vận hành"),
    F("công suất 472 MW", "472", 472, "measure", "MW", "tổng công suất dự án điện gió đã vận hành"),
    # added after the first run (gold change 1): a number word introducing the two largest projects; a selection, not a
    # count of anything, that a reader may or may not record
    F("Hai dự án lớn nhất", "Hai", 2, "count", "dự án", "dự án điện gió lớn nhất", optional=True),
    F("lần lượt 141 MW", "141", 141, "measure", "MW", "công suất dự án điện gió lớn nhất"),
    F("và 100 MW", "100", 100, "measure", "MW", "công suất dự án điện gió lớn nhất"),
    F("khoảng 2.150 ha", "2.150", 2150, "measure", "ha", "diện tích mặt nước các dự án sử dụng", approx="about"),
    F("khoảng 600 lao động", "600", 600, "count", "lao động", "lao động được tạo việc làm", approx="about"),
    F("9-12 triệu đồng/người/tháng", "9", 9e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động",
      value_max=12e6),
    F("thu hút 2 dự án", "2", 2, "count", "dự án", "dự án điện gió mới thu hút", SINCE),
    F("ký 9.800 tỷ đồng", "9.800", 9800e9, "money", "đồng", "tổng vốn đăng ký dự án điện gió mới", SINCE),
    F("thêm 4 dự án", "4", 4, "count", "dự án", "dự án gần bờ nhà đầu tư cam kết nghiên cứu"),
    F("phân bổ 1.600 MW", "1.600", 1600, "measure", "MW", "công suất điện gió trên bờ và gần bờ được phân bổ",
      P("đến năm 2030", None, "2030-12-31"), status="target", change=C("increase", 3.4, "lần", "công suất hiện nay")),
    F("đạt 900-1.000 MW", "900", 900, "measure", "MW", "công suất điện gió", T25, value_max=1000, status="target"),
    F("khoảng 2,5 tỷ kWh/năm", "2,5", 2.5e9, "measure", "kWh/năm", "sản lượng điện gió", T25, approx="about",
      status="target"),
    F("trạm biến áp 220 kV", "220", 220, "measure", "kV", "cấp điện áp trạm biến áp Đông Hải", optional=True),
]

NOTES = [
    "Báo Bạc Liêu online: headline figure 'gần 1,4 tỷ kWh năm 2023', dateline '22/01/2024 - 08:05', tag '(BBL) -'.",
    "'tăng 17,2% so với năm 2022, vượt 8,2% kế hoạch': two changes, the first is the attribute, the gap to plan an optional percent.",
    "'lần lượt 141 MW và 100 MW' share the indicator; project names are not places (location stays Bạc Liêu), no total (no part cue).",
    "'gấp 3,4 lần công suất hiện nay' is the change of 1.600 MW. 'Từ đầu năm 2024 đến nay' ends at the dateline.",
    "Distractors: giai đoạn 3, Đông Hải 1, lần thứ 2, Quốc lộ 1A, 220 kV (optional), dateline time, byline.",
    "revised: 'Hai dự án lớn nhất' added as an optional count (a number word missed by the digit-only scan of the first draft).",
]

if __name__ == "__main__":
    emit("p1036-8", TEXT, NOTES, FIGS, published="2024-01-22", location="Bạc Liêu")
