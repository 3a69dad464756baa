"""p765-3: formal report, UBND tỉnh Nghệ An, wildlife rescue 9 tháng năm 2023, flattened '|' table."""
from lib import F, P, inh, CH, TG, emit

TEXT = """UBND TỈNH NGHỆ AN
Số: 712/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Nghệ An, ngày 09 tháng 10 năm 2023

BÁO CÁO
Kết quả cứu hộ, tái thả động vật hoang dã 9 tháng năm 2023, nhiệm vụ quý IV/2023

I. KẾT QUẢ THỰC HIỆN
1. Tiếp nhận, cứu hộ
Thực hiện Chỉ thị số 29/CT-TTg ngày 23/7/2020 của Thủ tướng Chính phủ, 9 tháng năm 2023, lực lượng Kiểm lâm đã phối hợp với Công an, Quản lý thị trường tiếp nhận, cứu hộ 286 cá thể động vật hoang dã (tổng trọng lượng khoảng 1.150,5 kg), tăng 18,2% so với cùng kỳ năm 2022. Kết quả theo nhóm loài tại Bảng 1.

Bảng 1. Kết quả cứu hộ theo nhóm loài (đơn vị: cá thể)
Nhóm loài | Tiếp nhận | Tái thả | Đang nuôi | Chết
Linh trưởng | 64 | 41 | 20 | 3
Bò sát | 152 | 131 | 15 | 6
Chim | 47 | 39 | 5 | 3
Thú khác | 23 | 12 | 9 | 2
Tổng cộng | 286 | 223 | 49 | 14

2. Tái thả, nuôi dưỡng
Đã tái thả về môi trường tự nhiên 223 cá thể, đạt 78% số cá thể tiếp nhận; trong đó tại Vườn quốc gia Pù Mát 158 cá thể, Khu bảo tồn thiên nhiên Pù Huống 65 cá thể. Tổng kinh phí cứu hộ, nuôi dưỡng đạt 2.468 triệu đồng, bằng 61,7% dự toán năm (4.000 triệu đồng). Hiện 2/5 chuồng cách ly tại Trạm cứu hộ Km 12, Quốc lộ 7 đã xuống cấp.

II. NHIỆM VỤ QUÝ IV/2023
1. Phấn đấu cả năm 2023 tiếp nhận, cứu hộ trên 350 cá thể; tỷ lệ tái thả đạt từ 75 đến 80%.
2. Dự kiến bố trí 1,2 tỷ đồng nâng cấp 6 chuồng cách ly.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- Lưu: VT, NN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Y23 = P("cả năm 2023", "2023-01-01", "2023-12-31")
Q4 = P("QUÝ IV/2023", "2023-10-01", "2023-12-31", inherited=True)

ROWS = [("Linh trưởng", [64, 41, 20, 3]), ("Bò sát", [152, 131, 15, 6]), ("Chim", [47, 39, 5, 3]),
        ("Thú khác", [23, 12, 9, 2]), ("Tổng cộng", [286, 223, 49, 14])]
COLS = ["tiếp nhận", "tái thả", "đang nuôi", "chết"]
TABLE = []
for label, cells in ROWS:
    for j, v in enumerate(cells):
        anchor = label + "".join(f" | {c}" for c in cells[: j + 1])
        subj = ("cá thể " + COLS[j]) if label == "Tổng cộng" else f"{label} {COLS[j]}"
        TABLE.append(F(anchor, str(v), v, "count", "cá thể", subject=subj + " tổng cộng" * (label == "Tổng cộng"),
                       period=inh(M9)))

FIGS = [
    F("cứu hộ 286 cá thể", "286", 286, "count", "cá thể",
      change=CH("increase", 18.2, baseline="cùng kỳ năm 2022"),
      subject="cá thể động vật hoang dã tiếp nhận, cứu hộ", period=M9),
    F("khoảng 1.150,5 kg", "1.150,5", 1150.5, "measure", "kg", approx="about",
      subject="tổng trọng lượng động vật hoang dã tiếp nhận, cứu hộ", period=M9),
] + TABLE + [
    F("tự nhiên 223 cá thể", "223", 223, "count", "cá thể", percent=78,
      subject="cá thể tái thả về môi trường tự nhiên", period=inh(M9)),
    F("Pù Mát 158 cá thể", "158", 158, "count", "cá thể", total=223,
      subject="cá thể tái thả tại Vườn quốc gia Pù Mát", period=inh(M9)),
    F("Pù Huống 65 cá thể", "65", 65, "count", "cá thể", total=223,
      subject="cá thể tái thả tại Khu bảo tồn thiên nhiên Pù Huống", period=inh(M9)),
    F("đạt 2.468 triệu đồng", "2.468", 2468e6, "money", "đồng", percent=61.7, target=TG(4000e6, "đồng"),
      subject="tổng kinh phí cứu hộ, nuôi dưỡng", period=inh(M9)),
    F("Hiện 2/5 chuồng", "2", 2, "count", "chuồng", total=5, subject="chuồng cách ly đã xuống cấp"),
    F("trên 350 cá thể", "350", 350, "count", "cá thể", approx="over", status="target",
      subject="cá thể tiếp nhận, cứu hộ", period=Y23),
    F("từ 75 đến 80%", "75", 75, "percent", "%", value_max=80, status="target", subject="tỷ lệ tái thả",
      period=Y23),
    F("bố trí 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", status="forecast",
      subject="kinh phí nâng cấp chuồng cách ly", period=Q4),
    F("nâng cấp 6 chuồng", "6", 6, "count", "chuồng", status="forecast", subject="chuồng cách ly nâng cấp",
      period=Q4),
]

COMMENTS = [
    "Formal report (UBND tỉnh Nghệ An, Số: 712/BC-UBND), place-and-date line 09/10/2023: wildlife rescue 9 tháng năm 2023.",
    "Flattened '|' table (Nhóm loài | Tiếp nhận | Tái thả | Đang nuôi | Chết), unit from '(đơn vị: cá thể)'; every cell a figure,",
    "subject = row label + column, period from the report title (inherited, not scored); no totals on table cells, status actual.",
    "The change 'tăng 18,2%' belongs to 286 cá thể across the bracketed weight. '(4.000 triệu đồng)' after 'dự toán năm' is the",
    "target of 2.468 triệu (FIGURES.md 'Result against plan'), not a figure. '2/5 chuồng' -> total 5.",
    "Distractors: Số 712/BC-UBND, Chỉ thị số 29/CT-TTg ngày 23/7/2020, Bảng 1, I./II./1./2., Km 12 Quốc lộ 7, date line.",
]

if __name__ == "__main__":
    emit("p765-3", TEXT, COMMENTS, FIGS, published="2023-10-09", location="Nghệ An")
