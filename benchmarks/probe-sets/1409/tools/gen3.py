"""p1409-3: formal report (UBND tỉnh Quảng Nam, Số: 21/BC-UBND): forest protection 2024, flattened '|' table by violation type."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG NAM
Số: 21/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả công tác quản lý, bảo vệ rừng và xử lý vi phạm pháp luật về lâm nghiệp năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác tuần tra, kiểm tra
Năm 2024, lực lượng kiểm lâm chủ trì, phối hợp tổ chức 2.746 lượt tuần tra, truy quét với hơn 11 nghìn lượt người tham gia; phá dỡ 418 lán trại, tháo gỡ 1.250 bẫy thú các loại.

2. Tình hình vi phạm
Đơn vị tính: vụ
Loại vi phạm | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
Phá rừng trái phép | 64 | 52 | 81,3
Khai thác rừng trái phép | 47 | 39 | 83,0
Vận chuyển, mua bán lâm sản trái phép | 118 | 96 | 81,4
Vi phạm khác | 35 | 41 | 117,1
Tổng số | 264 | 228 | 86,4

Diện tích rừng bị thiệt hại 31,74 ha, giảm 9,5% so với năm 2023; khối lượng lâm sản tịch thu 612,8 m3 gỗ quy tròn. Đã xử lý hành chính 205 vụ, thu nộp ngân sách 4,12 tỷ đồng; khởi tố hình sự 23 vụ, chiếm 10,1% tổng số vụ vi phạm. Địa bàn vi phạm nhiều nhất là huyện Nam Trà My (49 vụ), tiếp đến là Phước Sơn (37 vụ) và Tây Giang (28 vụ).

II. NHIỆM VỤ NĂM 2025
Phấn đấu giảm trên 10% số vụ vi phạm và 15% diện tích rừng bị thiệt hại so với năm 2024; duy trì tỷ lệ che phủ rừng trên 59%; thực hiện nghiêm Nghị định số 35/2019/NĐ-CP và Điều 232 Bộ luật Hình sự.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31")
COL = {"Năm 2023": per("Năm 2023", "2023-01-01", "2023-12-31"),
       "Năm 2024": per("Năm 2024", "2024-01-01", "2024-12-31"),
       "So với cùng kỳ (%)": inh(Y24)}


def cell(anchor, number, row, col):
    p = COL[col]
    v = float(number.replace(",", "."))
    if col.startswith("So với"):
        return fig(anchor, number, v, "percent", "%", subject=f"{row} so với cùng kỳ", period=p)
    return fig(anchor, number, v, "count", "vụ", subject=f"{row} {col}", period=p)


ROWS = [("Phá rừng trái phép", ["64", "52", "81,3"]),
        ("Khai thác rừng trái phép", ["47", "39", "83,0"]),
        ("Vận chuyển, mua bán lâm sản trái phép", ["118", "96", "81,4"]),
        ("Vi phạm khác", ["35", "41", "117,1"]),
        ("Tổng số", ["264", "228", "86,4"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COL, nums):
        CELLS.append(cell(f"{prev} | {n}", n, label, col))
        prev = n

FIGS = [
    fig("tổ chức 2.746 lượt", "2.746", 2746, "count", "lượt",
        subject="lượt tuần tra, truy quét", period=Y24),
    fig("hơn 11 nghìn lượt", "11", 11000, "count", "lượt người", approx="over",
        subject="lượt người tham gia tuần tra, truy quét", period=Y24),
    fig("phá dỡ 418 lán", "418", 418, "count", "lán trại", subject="lán trại bị phá dỡ", period=Y24),
    fig("tháo gỡ 1.250 bẫy", "1.250", 1250, "count", "bẫy thú", subject="bẫy thú các loại bị tháo gỡ",
        period=Y24),
] + CELLS + [
    fig("thiệt hại 31,74 ha", "31,74", 31.74, "measure", "ha",
        change=chg("decrease", 9.5, "%", "năm 2023"),
        subject="diện tích rừng bị thiệt hại", period=inh(Y24)),
    fig("tịch thu 612,8 m3", "612,8", 612.8, "measure", "m3",
        subject="khối lượng lâm sản tịch thu", period=inh(Y24)),
    fig("hành chính 205 vụ", "205", 205, "count", "vụ", subject="vụ xử lý hành chính", period=inh(Y24)),
    fig("sách 4,12 tỷ", "4,12", 4.12e9, "money", "đồng", subject="thu nộp ngân sách", period=inh(Y24)),
    fig("hình sự 23 vụ", "23", 23, "count", "vụ", percent=10.1,
        subject="vụ khởi tố hình sự", period=inh(Y24)),
    fig("(49 vụ)", "49", 49, "count", "vụ", subject="vụ vi phạm", period=inh(Y24), location="Nam Trà My"),
    fig("(37 vụ)", "37", 37, "count", "vụ", subject="vụ vi phạm", period=inh(Y24), location="Phước Sơn"),
    fig("(28 vụ)", "28", 28, "count", "vụ", subject="vụ vi phạm", period=inh(Y24), location="Tây Giang"),
    fig("trên 10%", "10", 10, "percent", "%", approx="over", status="target",
        subject="số vụ vi phạm giảm", period=inh(Y25)),
    fig("và 15% diện tích", "15", 15, "percent", "%", status="target",
        subject="diện tích rừng bị thiệt hại giảm", period=inh(Y25)),
    fig("trên 59%", "59", 59, "percent", "%", approx="over", status="target",
        subject="tỷ lệ che phủ rừng", period=inh(Y25)),
]

NOTES = [
    "Formal report: 'UBND TỈNH QUẢNG NAM', 'Số: 21/BC-UBND', 'Quảng Nam, ngày 15 tháng 01 năm 2025' (published), sections I/II and 1-2, 'Nơi nhận'.",
    "Distractors: Số 21/BC-UBND, the letterhead date, section numbers I., II., 1., 2., Nghị định số 35/2019/NĐ-CP, Điều 232, 'Lưu: VT, KTN'.",
    "Flattened '|' table, 'Đơn vị tính: vụ': rows are violation types; subject = row label + column label; period from the column header (scored).",
    "'So với cùng kỳ (%)' cells are percent figures (2024 as % of 2023: 52/64 = 81,3); their column header names no period, so the report year 2024 is",
    "given as an inherited (unscored) period. Cells get no total; statuses actual.",
    "'giảm 9,5% so với năm 2023' → change of 31,74 ha. 'khởi tố hình sự 23 vụ, chiếm 10,1% tổng số vụ vi phạm' → percent 10.1 (23/228).",
    "List 'huyện Nam Trà My (49 vụ), tiếp đến là Phước Sơn (37 vụ) và Tây Giang (28 vụ)': subject = list indicator, place → location.",
    "Section II 'NHIỆM VỤ NĂM 2025' + 'Phấn đấu': three target percents; the year stands in the heading (inherited). 'hơn 11 nghìn' = 11000, over.",
]

if __name__ == "__main__":
    write("p1409-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Quảng Nam")
