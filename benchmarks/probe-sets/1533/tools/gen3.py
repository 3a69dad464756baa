"""p1533-3: formal report (UBND tỉnh Đồng Nai): household ceramics / tea ware 2024, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH ĐỒNG NAI
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Nai, ngày 16 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất, tiêu thụ sản phẩm ấm chén, bộ ấm trà gốm sứ năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất
Năm 2024, toàn tỉnh có 68 cơ sở sản xuất gốm sứ gia dụng, gồm 41 cơ sở tại TP Biên Hòa và 27 cơ sở tại huyện Vĩnh Cửu. Sản lượng ấm chén, bộ ấm trà các loại đạt 3,46 triệu sản phẩm, tăng 7,1% so với năm 2023, đạt 101,8% kế hoạch. Chi tiết như sau:

Đơn vị tính: nghìn sản phẩm
TT | Sản phẩm | Năm 2023 | Năm 2024 | Kế hoạch 2025 | So với cùng kỳ (%)
1 | Bộ ấm trà men màu | 1.120 | 1.215 | 1.300 | 108,5
2 | Ấm tích, ấm đơn | 640 | 662 | 690 | 103,4
3 | Chén, tách trà | 1.470 | 1.583 | 1.650 | 107,7
 | Tổng cộng | 3.230 | 3.460 | 3.640 | 107,1

2. Tiêu thụ, xuất khẩu
Doanh thu ước đạt 742 tỷ đồng, tăng 9,3%; trong đó doanh thu xuất khẩu 453 tỷ đồng, chiếm 61%. Thị trường chính là Nhật Bản, Hoa Kỳ và EU. Giá bình quân bộ ấm trà xuất khẩu khoảng 14 USD/bộ.

3. Lao động
Các cơ sở sử dụng 2.150 lao động, trong đó 1.290 lao động nữ; thu nhập bình quân 8,4 triệu đồng/người/tháng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu sản lượng đạt 3,64 triệu sản phẩm, doanh thu 800 tỷ đồng; hỗ trợ 5 cơ sở chuyển đổi lò nung củi sang lò gas.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y23c = per("Năm 2023", "2023-01-01", "2023-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
T25 = per("NHIỆM VỤ NĂM 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", Y23c, None), ("năm 2024", Y24, None), ("kế hoạch 2025", K25, "target")]
ROWS = [("1 | Bộ ấm trà men màu", "bộ ấm trà men màu", ["1.120", "1.215", "1.300", "108,5"]),
        ("2 | Ấm tích, ấm đơn", "ấm tích, ấm đơn", ["640", "662", "690", "103,4"]),
        ("3 | Chén, tách trà", "chén, tách trà", ["1.470", "1.583", "1.650", "107,7"]),
        (" | Tổng cộng", "tổng cộng", ["3.230", "3.460", "3.640", "107,1"])]

CELLS = []
for head, label, nums in ROWS:
    prev = head
    for i, n in enumerate(nums):
        anchor = f"{prev} | {n}"
        if i < 3:
            col, p, st = COLS[i]
            kw = {"status": st} if st else {}
            v = float(n.replace(".", "").replace(",", ".")) * 1e3
            CELLS.append(fig(anchor, n, v, "count", "sản phẩm", subject=f"sản lượng {label} {col}", period=p, **kw))
        else:
            v = float(n.replace(",", "."))
            CELLS.append(fig(anchor, n, v, "percent", "%", subject=f"sản lượng {label} so với cùng kỳ"))
        prev = n

FIGS = [
    fig("có 68 cơ sở", "68", 68, "count", "cơ sở", subject="cơ sở sản xuất gốm sứ gia dụng", period=Y24),
    fig("gồm 41 cơ sở", "41", 41, "count", "cơ sở", total=68, subject="cơ sở sản xuất gốm sứ gia dụng",
        period=Y24, location="Biên Hòa"),
    fig("và 27 cơ sở", "27", 27, "count", "cơ sở", total=68, subject="cơ sở sản xuất gốm sứ gia dụng",
        period=Y24, location="Vĩnh Cửu"),
    fig("đạt 3,46 triệu", "3,46", 3.46e6, "count", "sản phẩm", percent=101.8,
        change=chg("increase", 7.1, "%", "năm 2023"),
        subject="sản lượng ấm chén, bộ ấm trà các loại", period=inh(Y24)),
] + CELLS + [
    fig("ước đạt 742 tỷ", "742", 742e9, "money", "đồng", status="estimate", change=chg("increase", 9.3),
        subject="doanh thu", period=inh(Y24)),
    fig("xuất khẩu 453 tỷ", "453", 453e9, "money", "đồng", status="estimate", total=742e9, percent=61,
        subject="doanh thu xuất khẩu", period=inh(Y24)),
    fig("khoảng 14 USD/bộ", "14", 14, "money", "USD/bộ", approx="about",
        subject="giá bình quân bộ ấm trà xuất khẩu", period=inh(Y24)),
    fig("sử dụng 2.150 lao động", "2.150", 2150, "count", "lao động", subject="lao động các cơ sở sử dụng",
        period=inh(Y24)),
    fig("1.290 lao động nữ", "1.290", 1290, "count", "lao động", total=2150, subject="lao động nữ",
        period=inh(Y24)),
    fig("bình quân 8,4 triệu", "8,4", 8.4e6, "money", "đồng/người/tháng", subject="thu nhập bình quân",
        period=inh(Y24)),
    fig("đạt 3,64 triệu", "3,64", 3.64e6, "count", "sản phẩm", status="target", subject="sản lượng",
        period=inh(T25)),
    fig("doanh thu 800 tỷ", "800", 800e9, "money", "đồng", status="target", subject="doanh thu",
        period=inh(T25)),
    fig("hỗ trợ 5 cơ sở", "5", 5, "count", "cơ sở", status="target",
        subject="cơ sở được hỗ trợ chuyển đổi lò nung củi sang lò gas", period=inh(T25)),
]

NOTES = [
    "Formal report: 'UBND TỈNH ĐỒNG NAI', 'Số: 27/BC-UBND', 'Đồng Nai, ngày 16 tháng 01 năm 2025' (published), sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: Số 27/BC-UBND, section numbers I., II., 1.-3., table row numbers 1-3 ('TT' column), 'Lưu: VT, KTN'.",
    "'68 cơ sở ..., gồm 41 cơ sở tại TP Biên Hòa và 27 cơ sở tại huyện Vĩnh Cửu' → parts with total 68 and their own district locations.",
    "Flattened '|' table, 'Đơn vị tính: nghìn sản phẩm': each cell ×1000, subject = row + column; period from the column header;",
    "'Kế hoạch 2025' → target; 'So với cùng kỳ (%)' cells are percent figures with no period in their header. No totals for cells.",
    "'ước đạt 742 tỷ ..., tăng 9,3%; trong đó doanh thu xuất khẩu 453 tỷ đồng, chiếm 61%' → the part continues the estimate; total 742 tỷ.",
    "Section periods ('I. KẾT QUẢ THỰC HIỆN NĂM 2024', 'II. NHIỆM VỤ NĂM 2025') are inherited where the sentence has none; section II 'Phấn đấu' → target.",
]

if __name__ == "__main__":
    write("p1533-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Đồng Nai")
