"""p1261-7: department site (Sở NN&PTNT Phú Thọ), no dateline, one-cell-per-line table by seedling type."""
from lib import fig, per, chg, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH PHÚ THỌ
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Phú Thọ: Sản xuất hơn 21 triệu cây giống nuôi cấy mô năm 2024

Toàn tỉnh có 11 cơ sở nuôi cấy mô, gồm 3 đơn vị công lập và 8 cơ sở tư nhân, sử dụng khoảng 260 lao động. Năm 2024, các cơ sở sản xuất 21,35 triệu cây giống, tăng 11,5% so với năm 2023, đưa Phú Thọ xếp thứ 5 cả nước về sản lượng cây giống lâm nghiệp nuôi cấy mô.

Kết quả sản xuất cây giống nuôi cấy mô
Đơn vị tính: nghìn cây
Loại cây giống
Năm 2023
Năm 2024
So với cùng kỳ (%)
Kế hoạch 2025
Keo lai
14.200
15.600
109,9
17.000
Bạch đàn
3.100
3.350
108,1
3.500
Chuối
1.850
2.400
129,7
3.000
Tổng số
19.150
21.350
111,5
23.500

Cây giống keo cấy mô được bán với giá 1.000-1.200 đồng/cây, cung ứng cho các tỉnh Yên Bái, Tuyên Quang, Hòa Bình. Năm 2025, ngành phấn đấu 100% diện tích rừng sản xuất trồng mới sử dụng giống có chứng nhận nguồn gốc, trong đó giống cấy mô chiếm trên 35%.

Tin liên quan:
- Hội nghị sơ kết 6 tháng đầu năm 2024 ngành nông nghiệp
- Hướng dẫn thủ tục công nhận nguồn giống cây lâm nghiệp

SỞ NÔNG NGHIỆP VÀ PTNT TỈNH PHÚ THỌ
Địa chỉ: Số 1518 đường Hùng Vương, phường Gia Cẩm, TP Việt Trì
Điện thoại: 0210.3846.522
Lượt truy cập: 1.204.377 | Trực tuyến: 52
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
H24 = per("năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = {"năm 2023": (Y23, None), "năm 2024": (Y24, None), "so với cùng kỳ": (None, None),
        "kế hoạch 2025": (K25, "target")}


def cell(anchor, number, row, col):
    p, st = COLS[col]
    kw = {"status": st} if st else {}
    if col == "so với cùng kỳ":
        return fig(anchor, number, float(number.replace(",", ".")), "percent", "%",
                   subject=f"cây giống nuôi cấy mô {row} {col}", **kw)
    return fig(anchor, number, float(number.replace(".", "")) * 1e3, "count", "cây",
               subject=f"cây giống nuôi cấy mô {row} {col}", period=p, **kw)


ROWS = [("Keo lai", "keo lai", ["14.200", "15.600", "109,9", "17.000"]),
        ("Bạch đàn", "bạch đàn", ["3.100", "3.350", "108,1", "3.500"]),
        ("Chuối", "chuối", ["1.850", "2.400", "129,7", "3.000"]),
        ("Tổng số", "tổng số", ["19.150", "21.350", "111,5", "23.500"])]
CELLS = []
for key, label, nums in ROWS:
    prev = key
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev}\n{n}", n, label, col))
        prev = n

FIGS = [
    fig("hơn 21 triệu", "21", 21e6, "count", "cây giống", approx="over",
        subject="cây giống nuôi cấy mô sản xuất", period=H24),
    fig("có 11 cơ sở", "11", 11, "count", "cơ sở", subject="cơ sở nuôi cấy mô"),
    fig("gồm 3 đơn vị", "3", 3, "count", "đơn vị", total=11, subject="đơn vị công lập"),
    fig("và 8 cơ sở", "8", 8, "count", "cơ sở", total=11, subject="cơ sở tư nhân"),
    fig("khoảng 260 lao động", "260", 260, "count", "lao động", approx="about",
        subject="lao động các cơ sở nuôi cấy mô sử dụng"),
    fig("xuất 21,35 triệu", "21,35", 21.35e6, "count", "cây giống",
        change=chg("increase", 11.5, "%", "năm 2023"), subject="cây giống các cơ sở nuôi cấy mô sản xuất", period=Y24),
    fig("thứ 5 cả nước", "5", 5, "rank", "hạng",
        subject="sản lượng cây giống lâm nghiệp nuôi cấy mô", period=Y24),
] + CELLS + [
    fig("giá 1.000-1.200", "1.000", 1000, "money", "đồng/cây", value_max=1200,
        subject="giá cây giống keo cấy mô"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ diện tích rừng sản xuất trồng mới sử dụng giống có chứng nhận nguồn gốc", period=Y25),
    fig("trên 35%", "35", 35, "percent", "%", approx="over", status="target",
        subject="tỷ lệ giống cấy mô", period=Y25),
]

NOTES = [
    "Department site (Sở NN&PTNT Phú Thọ), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Trực tuyến'.",
    "Distractors: 'Số 1518 đường Hùng Vương', phone 0210.3846.522, counters 1.204.377 and 52, '6 tháng đầu năm 2024' in a link.",
    "'gồm 3 đơn vị công lập và 8 cơ sở tư nhân' follow the whole '11 cơ sở': total 11.",
    "'tăng 11,5% so với năm 2023' → change of 21,35 triệu; 'xếp thứ 5 cả nước' → rank 5, located in Phú Thọ, same-sentence period.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn cây': 16 cells. Year columns give the period (scored); 'Kế hoạch 2025' → target.",
    "'So với cùng kỳ (%)' cells are percent figures of their own (the index itself), no change object; the header names no",
    "period, so they carry none; status actual (no estimate cue in the header). Cells get no total.",
    "'Năm 2025, ngành phấn đấu 100% ..., trong đó giống cấy mô chiếm trên 35%' → two target percent figures.",
]

if __name__ == "__main__":
    write(7, TEXT, NOTES, FIGS, location="Phú Thọ")
