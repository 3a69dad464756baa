from lib import F, P, I, CH, TG, emit

TEXT = """UBND TỈNH QUẢNG NINH                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                      Độc lập - Tự do - Hạnh phúc
Số: 215/BC-UBND                       Quảng Ninh, ngày 12 tháng 7 năm 2024

BÁO CÁO
Kết quả đấu giá biển số xe ô tô trên địa bàn tỉnh
(từ ngày 15/9/2023 đến ngày 30/6/2024)

Thực hiện Nghị quyết số 73/2022/QH15 của Quốc hội và Nghị định số 88/2023/NĐ-CP của Chính phủ, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Kết quả đấu giá
Từ ngày 15/9/2023 đến ngày 30/6/2024, Bộ Công an đã đưa ra đấu giá 1.030 biển số xe ô tô ký hiệu 14A, 14C của tỉnh Quảng Ninh; có 837 biển số trúng đấu giá, đạt 81,3%; tổng số tiền trúng đấu giá gần 97,6 tỷ đồng.

Bảng 1. Kết quả đấu giá theo quý
Quý | Biển số đưa ra đấu giá (biển) | Biển số trúng đấu giá (biển) | Tiền trúng đấu giá (triệu đồng)
Quý III/2023 | 184 | 151 | 19.846
Quý IV/2023 | 236 | 188 | 22.470
Quý I/2024 | 312 | 257 | 28.915
Quý II/2024 | 298 | 241 | 26.332

Giá trúng bình quân khoảng 116,6 triệu đồng/biển, cao gấp 2,9 lần giá khởi điểm. Biển số 14A-999.99 có giá trúng cao nhất là 8,15 tỷ đồng; có 12 biển số trúng từ 1 tỷ đồng trở lên.

2. Đăng ký xe có biển số trúng đấu giá
Công an tỉnh đã đăng ký, cấp biển số cho 792 xe ô tô có biển số trúng đấu giá, đạt 94,6%; 31 trường hợp người trúng đấu giá không nộp đủ tiền trong thời hạn 15 ngày, bị hủy kết quả.

II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM 2024
Dự kiến Bộ Công an tiếp tục đưa ra đấu giá khoảng 350 biển số của tỉnh; phấn đấu tỷ lệ biển số trúng đấu giá đạt trên 85%.

Nơi nhận:
- Bộ Công an (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NC.                        TM. ỦY BAN NHÂN DÂN
                                      KT. CHỦ TỊCH
"""

SPAN = P("Từ ngày 15/9/2023 đến ngày 30/6/2024", "2023-09-15", "2024-06-30")
H2 = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31", inh=True)
QS = {
    "Quý III/2023": ("2023-07-01", "2023-09-30"),
    "Quý IV/2023": ("2023-10-01", "2023-12-31"),
    "Quý I/2024": ("2024-01-01", "2024-03-31"),
    "Quý II/2024": ("2024-04-01", "2024-06-30"),
}
ROWS = [("Quý III/2023", "184", "151", "19.846"),
        ("Quý IV/2023", "236", "188", "22.470"),
        ("Quý I/2024", "312", "257", "28.915"),
        ("Quý II/2024", "298", "241", "26.332")]
COLS = [("biển số đưa ra đấu giá", "biển", "count", 1),
        ("biển số trúng đấu giá", "biển", "count", 1),
        ("tiền trúng đấu giá", "đồng", "money", 1_000_000)]


def num(s):
    return int(s.replace(".", ""))


FIGS = [
    F("đấu giá 1.030 biển số", "1.030", 1030, "count", "biển số", "biển số xe ô tô đưa ra đấu giá", SPAN),
    F("có 837 biển số", "837", 837, "count", "biển số", "biển số trúng đấu giá", SPAN, percent=81.3),
    F("gần 97,6 tỷ", "97,6", 97_600_000_000, "money", "đồng", "tổng số tiền trúng đấu giá", SPAN, approx="nearly"),
]
for label, *cells in ROWS:
    start, end = QS[label]
    for cell, (col, unit, kind, mult) in zip(cells, COLS):
        FIGS.append(F(f"| {cell}" if kind != "money" else f"| {cell}\n", cell, num(cell) * mult, kind, unit,
                      col, P(label, start, end)))
FIGS += [
    F("khoảng 116,6 triệu", "116,6", 116_600_000, "money", "đồng/biển", "giá trúng bình quân", I(SPAN), approx="about",
      change=CH("increase", 2.9, "lần", "giá khởi điểm")),
    F("là 8,15 tỷ", "8,15", 8_150_000_000, "money", "đồng", "giá trúng cao nhất", I(SPAN)),
    F("có 12 biển số", "12", 12, "count", "biển số", "biển số trúng từ 1 tỷ đồng trở lên", I(SPAN)),
    F("từ 1 tỷ đồng trở lên", "1", 1_000_000_000, "money", "đồng", "ngưỡng giá trúng", approx="at_least", optional=True),
    F("cho 792 xe", "792", 792, "count", "xe ô tô", "xe ô tô có biển số trúng đấu giá được đăng ký, cấp biển số", I(SPAN),
      percent=94.6),
    F("31 trường hợp", "31", 31, "count", "trường hợp", "trường hợp người trúng đấu giá không nộp đủ tiền, bị hủy kết quả", I(SPAN)),
    F("thời hạn 15 ngày", "15", 15, "measure", "ngày", "thời hạn nộp tiền trúng đấu giá", optional=True),
    F("khoảng 350 biển số", "350", 350, "count", "biển số", "biển số của tỉnh đưa ra đấu giá", H2, approx="about",
      status="forecast"),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ biển số trúng đấu giá", H2, approx="over", status="target"),
]

COMMENTS = [
    "UBND tỉnh Quảng Ninh, Số: 215/BC-UBND (invented): kết quả đấu giá biển số xe ô tô 15/9/2023-30/6/2024. Formal report; place-and-date line gives published.",
    "Flattened '|' table by quarter: every numeric cell is a figure; period from the row label (a quarter) in the same line; unit/multiplier from the column header",
    "(\"(triệu đồng)\" -> ×10^6 đồng). Not figures: Số: 215/BC-UBND, Nghị quyết số 73/2022/QH15, Nghị định số 88/2023/NĐ-CP, plate series 14A, 14C, plate 14A-999.99,",
    "Bảng 1, section numbers I./1./2./II. Table sums: 1.030 / 837 / 97.563 triệu (≈ \"gần 97,6 tỷ\").",
    "\"cao gấp 2,9 lần giá khởi điểm\" right after the average price is that figure's change (unit lần), not a multiple of its own.",
    "Optional: the threshold \"từ 1 tỷ đồng trở lên\" (part of the 12 plates' subject) and the legal time limit \"trong thời hạn 15 ngày\".",
    "Section II heading \"6 tháng cuối năm 2024\" gives the period of its figures (inherited); \"Dự kiến\" -> forecast, \"phấn đấu\" -> target.",
]

if __name__ == "__main__":
    emit("p748-3", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Quảng Ninh")
