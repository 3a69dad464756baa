"""p764-4: ministry site (Bộ NN&PTNT, Cục Chăn nuôi) — national quail and pigeon flocks, provinces, farms, productivity, 2030 target."""
from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin hoạt động » Chăn nuôi - Thú y

Đàn chim cút cả nước đạt gần 88 triệu con

Thứ Ba, 14/11/2023 | 15:30

Theo số liệu của Cục Chăn nuôi, tính đến ngày 1/10/2023, tổng đàn chim cút của cả nước đạt gần 88 triệu con, tăng 5,6% so với cùng thời điểm năm 2022; đàn chim bồ câu đạt khoảng 12,4 triệu con. Sản lượng trứng cút 9 tháng năm 2023 ước đạt 3,96 tỷ quả.

Chim cút được nuôi tập trung ở vùng Đông Nam Bộ và Đồng bằng sông Cửu Long, chiếm 61,5% tổng đàn. Các địa phương có đàn cút lớn nhất là Đồng Nai (11,2 triệu con), Tiền Giang (7,8 triệu con), Long An (6,5 triệu con) và Bình Dương (5,9 triệu con). Đàn bồ câu phát triển mạnh ở các tỉnh Bắc Trung Bộ, chiếm khoảng 28% tổng đàn bồ câu cả nước.

Hiện cả nước có 1.540 trang trại nuôi chim cút, trong đó 312 trang trại quy mô lớn (trên 50.000 con/trang trại). Năng suất trứng bình quân đạt 270–290 quả/mái/năm; giá thành sản xuất khoảng 260 đồng/quả.

Theo Chiến lược phát triển chăn nuôi giai đoạn 2021-2030, tầm nhìn 2045 (Quyết định số 1520/QĐ-TTg), đến năm 2030 sản lượng trứng gia cầm đạt 28-30 tỷ quả. Cục Chăn nuôi phấn đấu 100% cơ sở chăn nuôi chim cút, bồ câu hoàn thành kê khai hoạt động chăn nuôi trước ngày 31/12/2023.

Nguồn: Cục Chăn nuôi
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3845.9980
"""

ASOF = P("tính đến ngày 1/10/2023", None, "2023-10-01")
M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
T30 = P("đến năm 2030", None, "2030-12-31")
DL = P("trước ngày 31/12/2023", None, "2023-12-31")

FIGS = [
    F("Đàn chim cút cả nước đạt gần 88", "88", 88000000, "count", "con", "đàn chim cút cả nước", I(ASOF), approx="nearly"),
    F("cả nước đạt gần 88 triệu con,", "88", 88000000, "count", "con", "tổng đàn chim cút của cả nước", ASOF,
      approx="nearly", change=CH("increase", 5.6, baseline="cùng thời điểm năm 2022")),
    F("khoảng 12,4 triệu con", "12,4", 12400000, "count", "con", "đàn chim bồ câu", ASOF, approx="about"),
    F("ước đạt 3,96 tỷ quả", "3,96", 3960000000, "count", "quả", "sản lượng trứng cút", M9, status="estimate"),
    F("chiếm 61,5%", "61,5", 61.5, "percent", "%",
      "tỷ trọng đàn chim cút vùng Đông Nam Bộ và Đồng bằng sông Cửu Long trong tổng đàn", I(ASOF)),
    F("Đồng Nai (11,2 triệu con)", "11,2", 11200000, "count", "con", "đàn cút", I(ASOF), location="Đồng Nai"),
    F("Tiền Giang (7,8 triệu con)", "7,8", 7800000, "count", "con", "đàn cút", I(ASOF), location="Tiền Giang"),
    F("Long An (6,5 triệu con)", "6,5", 6500000, "count", "con", "đàn cút", I(ASOF), location="Long An"),
    F("Bình Dương (5,9 triệu con)", "5,9", 5900000, "count", "con", "đàn cút", I(ASOF), location="Bình Dương"),
    F("chiếm khoảng 28%", "28", 28, "percent", "%", "tỷ trọng đàn bồ câu các tỉnh Bắc Trung Bộ trong tổng đàn bồ câu cả nước",
      I(ASOF), approx="about"),
    F("có 1.540 trang trại", "1.540", 1540, "count", "trang trại", "trang trại nuôi chim cút"),
    F("trong đó 312 trang trại", "312", 312, "count", "trang trại", "trang trại nuôi chim cút quy mô lớn", total=1540),
    F("trên 50.000 con/trang trại", "50.000", 50000, "measure", "con/trang trại", "quy mô trang trại lớn",
      approx="over", optional=True),
    F("đạt 270–290 quả/mái/năm", "270", 270, "measure", "quả/mái/năm", "năng suất trứng bình quân", value_max=290),
    F("khoảng 260 đồng/quả", "260", 260, "money", "đồng/quả", "giá thành sản xuất trứng cút", approx="about"),
    F("đạt 28-30 tỷ quả", "28", 28000000000, "count", "quả", "sản lượng trứng gia cầm", T30, value_max=30000000000,
      status="target"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "cơ sở chăn nuôi chim cút, bồ câu hoàn thành kê khai hoạt động chăn nuôi",
      DL, status="target"),
]

COMMENTS = [
    "Bộ NN&PTNT site (Cục Chăn nuôi): national quail/pigeon flocks as of 1/10/2023, leading provinces, farms, productivity, 2030 target.",
    "Dateline 'Thứ Ba, 14/11/2023 | 15:30'. Distractors: 'Quyết định số 1520/QĐ-TTg', 'giai đoạn 2021-2030, tầm nhìn 2045',",
    "'ngày 1/10/2023', 'trước ngày 31/12/2023', 'Số 2 Ngọc Hà', phone. Location Việt Nam; list items take their province.",
    "Regional shares (Đông Nam Bộ, ĐBSCL, Bắc Trung Bộ) are national figures (regions are not provinces): location Việt Nam.",
    "Headline figure: no cue, inherited period. '(trên 50.000 con/trang trại)' is the size class of the 312 farms: optional.",
    "The 2030 target's period is 'đến năm 2030' (start null), not the strategy's name 'giai đoạn 2021-2030'.",
    "'phấn đấu 100% … trước ngày 31/12/2023': target, as-of deadline.",
]

if __name__ == "__main__":
    emit("p764-4", TEXT, COMMENTS, FIGS, published="2023-11-14", location="Việt Nam")
