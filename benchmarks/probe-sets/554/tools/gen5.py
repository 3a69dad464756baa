"""p554-5: Báo Đồng Nai (Party newspaper): FDI 2023, districts, investors, KCN, workers, 2024 target."""
from lib import *

TEXT = """Đồng Nai thu hút hơn 1,7 tỷ USD vốn FDI, vượt 42% kế hoạch năm

(ĐN) - Năm 2023, Đồng Nai thu hút hơn 1,7 tỷ USD vốn đầu tư trực tiếp nước ngoài (tính cả vốn cấp mới và tăng thêm), vượt 42% kế hoạch năm và tăng 38% so với năm 2022.

Cụ thể, toàn tỉnh có 78 dự án cấp mới với tổng vốn đăng ký 785,3 triệu USD và 112 lượt dự án điều chỉnh tăng vốn với 931,5 triệu USD. Các dự án mới tập trung chủ yếu tại các huyện Nhơn Trạch (24 dự án), Long Thành (17 dự án), Trảng Bom (11 dự án) và TP. Biên Hòa (9 dự án).

Hàn Quốc tiếp tục là nhà đầu tư lớn nhất với 512 triệu USD, chiếm 29,8% tổng vốn; Nhật Bản và Trung Quốc lần lượt đứng thứ hai và thứ ba với 327,6 triệu USD và 214,8 triệu USD.

Hiện Đồng Nai có 32 KCN được thành lập với tổng diện tích hơn 10.200 ha, trong đó 31 KCN đã đi vào hoạt động. Tỷ lệ lấp đầy bình quân các KCN đạt 86,7%; riêng các KCN Nhơn Trạch 3, Amata, Long Đức đã lấp đầy 100%. Các doanh nghiệp FDI đang sử dụng khoảng 560.000 lao động, chiếm gần 60% tổng số lao động trong các doanh nghiệp trên địa bàn tỉnh.

Tại Hội nghị gặp gỡ nhà đầu tư lần thứ 2 tổ chức ngày 28/12/2023, lãnh đạo tỉnh cho biết năm 2024, tỉnh đặt mục tiêu thu hút từ 1,2 đến 1,5 tỷ USD vốn FDI, ưu tiên các dự án công nghệ cao có suất đầu tư từ 5 triệu USD/ha trở lên, gắn với hạ tầng cảng hàng không Long Thành, Quốc lộ 51 và cao tốc Biên Hòa - Vũng Tàu.

Hải Yến

Báo Đồng Nai, 15/01/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("thu hút hơn 1,7 tỷ USD vốn FDI", "1,7", 1.7e9, "money", "USD", "vốn FDI thu hút", I(Y23), approx="over",
      change=CH("increase", 42, baseline="kế hoạch năm")),
    F("hơn 1,7 tỷ USD vốn đầu tư", "1,7", 1.7e9, "money", "USD", "vốn đầu tư trực tiếp nước ngoài (tính cả vốn cấp mới và tăng thêm)",
      Y23, approx="over", change=CH("increase", 42, baseline="kế hoạch năm")),
    F("tăng 38%", "38", 38, "percent", "%", "vốn đầu tư trực tiếp nước ngoài so với năm 2022", Y23, optional=True),
    F("có 78 dự án", "78", 78, "count", "dự án", "dự án cấp mới", I(Y23)),
    F("đăng ký 785,3 triệu USD", "785,3", 785.3e6, "money", "USD", "tổng vốn đăng ký cấp mới", I(Y23)),
    F("và 112 lượt", "112", 112, "count", "lượt dự án", "lượt dự án điều chỉnh tăng vốn", I(Y23)),
    F("với 931,5 triệu USD", "931,5", 931.5e6, "money", "USD", "vốn điều chỉnh tăng", I(Y23)),
    F("(24 dự án)", "24", 24, "count", "dự án", "dự án mới", I(Y23), location="Nhơn Trạch"),
    F("(17 dự án)", "17", 17, "count", "dự án", "dự án mới", I(Y23), location="Long Thành"),
    F("(11 dự án)", "11", 11, "count", "dự án", "dự án mới", I(Y23), location="Trảng Bom"),
    F("(9 dự án)", "9", 9, "count", "dự án", "dự án mới", I(Y23), location="Biên Hòa"),
    F("với 512 triệu USD", "512", 512e6, "money", "USD", "vốn đầu tư của Hàn Quốc", I(Y23), percent=29.8),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", "vốn đầu tư của Nhật Bản", I(Y23)),
    F("thứ ba với", "ba", 3, "rank", "hạng", "vốn đầu tư của Trung Quốc", I(Y23)),
    F("với 327,6 triệu USD", "327,6", 327.6e6, "money", "USD", "vốn đầu tư của Nhật Bản", I(Y23)),
    F("và 214,8 triệu USD", "214,8", 214.8e6, "money", "USD", "vốn đầu tư của Trung Quốc", I(Y23)),
    F("có 32 KCN", "32", 32, "count", "KCN", "KCN được thành lập"),
    F("hơn 10.200 ha", "10.200", 10200, "measure", "ha", "tổng diện tích KCN", approx="over"),
    F("trong đó 31 KCN", "31", 31, "count", "KCN", "KCN đã đi vào hoạt động", total=32),
    F("đạt 86,7%", "86,7", 86.7, "percent", "%", "tỷ lệ lấp đầy bình quân các KCN"),
    F("lấp đầy 100%", "100", 100, "percent", "%", "tỷ lệ lấp đầy các KCN Nhơn Trạch 3, Amata, Long Đức"),
    F("khoảng 560.000 lao động", "560.000", 560000, "count", "lao động", "lao động các doanh nghiệp FDI đang sử dụng",
      approx="about", percent=60),
    F("từ 1,2 đến 1,5 tỷ USD", "1,2", 1.2e9, "money", "USD", "vốn FDI thu hút", Y24, value_max=1.5e9, status="target"),
    F("từ 5 triệu USD/ha", "5", 5e6, "money", "USD/ha", "suất đầu tư dự án công nghệ cao", Y24,
      approx="at_least", status="target", optional=True),
]

COMMENTS = [
    "Báo Đồng Nai (byline, date at the end 15/01/2024): FDI năm 2023 — cấp mới, tăng vốn, theo huyện, đối tác, KCN, lao động, mục tiêu 2024.",
    "'vượt 42% kế hoạch năm' is the figure's change (gap to plan, baseline kế hoạch năm); the second change 'tăng 38% so với năm 2022'",
    "is a percent figure of its own, optional (FIGURES.md: one of each attribute). Headline figure: the same change, period inherited.",
    "Bracketed district counts: location = district (TP. Biên Hòa → Biên Hòa); no total (not right after 78 dự án, no cue, do not add up).",
    "Ranks as words ('thứ hai', 'thứ ba') are rank figures. 'trong đó 31 KCN' takes the whole 32 KCN, not the 10.200 ha it follows.",
    "'chiếm gần 60%' is the percent of 560.000. Threshold 'từ 5 triệu USD/ha trở lên' optional (at_least, target).",
    "Distractors: (ĐN), KCN Nhơn Trạch 3, lần thứ 2, ngày 28/12/2023, Quốc lộ 51, the closing date line.",
]

emit("p554-5", TEXT, COMMENTS, FIGS, published="2024-01-15", location="Đồng Nai")
