"""p1418-3: formal report (UBND tỉnh Hưng Yên): energy-efficiency programme 2024, flattened '|' table by place."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HƯNG YÊN
Số: 18/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hưng Yên, ngày 16 tháng 01 năm 2025

BÁO CÁO
Kết quả thực hiện Chương trình sử dụng năng lượng tiết kiệm và hiệu quả năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Kết quả chung
Năm 2024, tổng điện năng tiết kiệm trên địa bàn tỉnh đạt 142,6 triệu kWh, tăng 8,4% so với năm 2023. Tỷ lệ tiết kiệm điện đạt 2,3% tổng điện năng tiêu thụ, vượt mục tiêu đề ra là 2%. Toàn tỉnh có 214 cơ sở sử dụng năng lượng trọng điểm, trong đó 198 cơ sở đã nộp báo cáo kiểm toán năng lượng đúng hạn.

2. Điện năng tiết kiệm theo địa bàn
Đơn vị tính: nghìn kWh
Địa bàn | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
Thị xã Mỹ Hào | 38.450 | 42.120 | 109,5
Huyện Văn Lâm | 31.800 | 34.650 | 109,0
Huyện Yên Mỹ | 27.300 | 29.880 | 109,5
Các huyện, thành phố còn lại | 34.000 | 35.950 | 105,7
Tổng cộng | 131.550 | 142.600 | 108,4

3. Dán nhãn năng lượng và kiểm tra
Trong năm, Sở Công Thương phối hợp với Quản lý thị trường kiểm tra 52 cơ sở kinh doanh thiết bị điện, phát hiện 6 cơ sở vi phạm quy định về dán nhãn năng lượng, xử phạt 41 triệu đồng. Tỷ lệ điều hòa, tủ lạnh bày bán có nhãn năng lượng đạt trên 97%.

II. NHIỆM VỤ NĂM 2025
Phấn đấu tiết kiệm từ 2,5 đến 3% tổng điện năng tiêu thụ; 100% cơ sở sử dụng năng lượng trọng điểm thực hiện kiểm toán năng lượng theo quy định tại Nghị định số 21/2011/NĐ-CP.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
IN_YEAR = per("Trong năm", "2024-01-01", "2024-12-31")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
ROWS = {"Mỹ Hào": ("Thị xã Mỹ Hào", None), "Văn Lâm": ("Huyện Văn Lâm", None), "Yên Mỹ": ("Huyện Yên Mỹ", None),
        "còn lại": ("Các huyện, thành phố còn lại", "các huyện, thành phố còn lại"), "tổng": ("Tổng cộng", "tổng cộng")}


def cells(row_key, a23, a24, pct, pct_anchor=None):
    label, sub = ROWS[row_key]
    loc = {"Mỹ Hào": "Mỹ Hào", "Văn Lâm": "Văn Lâm", "Yên Mỹ": "Yên Mỹ"}.get(row_key, "Hưng Yên")
    head = f"điện năng tiết kiệm {sub} " if sub else "điện năng tiết kiệm "
    n = lambda s: float(s.replace(".", "")) * 1e3
    return [
        fig(f"{label} | {a23}", a23, n(a23), "measure", "kWh", subject=head + "năm 2023", period=Y23, location=loc),
        fig(f"{a23} | {a24}", a24, n(a24), "measure", "kWh", subject=head + "năm 2024", period=Y24, location=loc),
        fig(pct_anchor or f"{a24} | {pct}", pct, float(pct.replace(",", ".")), "percent", "%",
            subject=head + "so với cùng kỳ", period=inh(Y24), location=loc),
    ]


FIGS = [
    fig("đạt 142,6 triệu", "142,6", 142.6e6, "measure", "kWh", change=chg("increase", 8.4, "%", "năm 2023"),
        subject="tổng điện năng tiết kiệm", period=Y24),
    fig("đạt 2,3%", "2,3", 2.3, "percent", "%", target=tgt(2, "%", True),
        subject="tỷ lệ tiết kiệm điện trong tổng điện năng tiêu thụ", period=inh(Y24)),
    fig("có 214 cơ sở", "214", 214, "count", "cơ sở", subject="cơ sở sử dụng năng lượng trọng điểm"),
    fig("198 cơ sở", "198", 198, "count", "cơ sở", total=214,
        subject="cơ sở đã nộp báo cáo kiểm toán năng lượng đúng hạn"),
] + cells("Mỹ Hào", "38.450", "42.120", "109,5") \
  + cells("Văn Lâm", "31.800", "34.650", "109,0") \
  + cells("Yên Mỹ", "27.300", "29.880", "109,5") \
  + cells("còn lại", "34.000", "35.950", "105,7") \
  + cells("tổng", "131.550", "142.600", "108,4") + [
    fig("kiểm tra 52 cơ sở", "52", 52, "count", "cơ sở",
        subject="cơ sở kinh doanh thiết bị điện được kiểm tra", period=IN_YEAR),
    fig("phát hiện 6 cơ sở", "6", 6, "count", "cơ sở",
        subject="cơ sở vi phạm quy định về dán nhãn năng lượng", period=IN_YEAR),
    fig("xử phạt 41 triệu", "41", 41e6, "money", "đồng", subject="tiền xử phạt", period=IN_YEAR),
    fig("trên 97%", "97", 97, "percent", "%", approx="over",
        subject="tỷ lệ điều hòa, tủ lạnh bày bán có nhãn năng lượng", period=inh(IN_YEAR)),
    fig("từ 2,5 đến 3%", "2,5", 2.5, "percent", "%", value_max=3, status="target",
        subject="tiết kiệm tổng điện năng tiêu thụ", period=Y25),
    fig("; 100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở sử dụng năng lượng trọng điểm thực hiện kiểm toán năng lượng", period=Y25),
]

NOTES = [
    "Formal report (UBND tỉnh Hưng Yên, Số: 18/BC-UBND, 'Hưng Yên, ngày 16 tháng 01 năm 2025'), sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: Số: 18/BC-UBND, the letterhead date, section numbers, Nghị định số 21/2011/NĐ-CP, 'Lưu: VT, KTN'.",
    "'Tỷ lệ tiết kiệm điện đạt 2,3% ..., vượt mục tiêu đề ra là 2%' : percent figure with target 2 (met), the spec's own pattern;",
    "its period 'Năm 2024' stands in the previous sentence (inherited).",
    "'214 cơ sở, trong đó 198 cơ sở': total 214; a standing count with no period of its own.",
    "Flattened '|' table, 'Đơn vị tính: nghìn kWh' (38.450 = 38 450 000 kWh). Place rows go to location (Mỹ Hào, Văn Lâm, Yên Mỹ);",
    "'Các huyện, thành phố còn lại' and 'Tổng cộng' stay in Hưng Yên with the row label in the subject. Period from the column header.",
    "'So với cùng kỳ (%)' cells are percent figures (every numeric cell is a figure), value as written (109,5 = index, not growth);",
    "the header names no year, so their period (2024, from the neighbouring column) is marked inherited. Table cells get no total.",
    "'Trong năm' in a yearly report → 2024. Section 'II. NHIỆM VỤ NĂM 2025' + 'Phấn đấu' → target, period 2025 inherited from the heading.",
]

if __name__ == "__main__":
    write("p1418-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Hưng Yên")
