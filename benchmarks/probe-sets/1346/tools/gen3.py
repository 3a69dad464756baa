"""p1346-3: formal report (UBND TP Đà Nẵng): regulating lakes 2024, flattened '|' table of spending."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND THÀNH PHỐ ĐÀ NẴNG
Số: 18/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đà Nẵng, ngày 10 tháng 01 năm 2025

BÁO CÁO
Kết quả xử lý ô nhiễm các hồ điều hòa năm 2024 và nhiệm vụ năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Quan trắc chất lượng nước
Năm 2024, thành phố tổ chức quan trắc 26 hồ điều hòa với 104 lượt lấy mẫu; 9 hồ ở mức ô nhiễm (giảm 4 hồ so với năm 2023), gồm 6 hồ ô nhiễm nhẹ và 3 hồ ô nhiễm nặng. Tại hồ Thạc Gián - Vĩnh Trung (quận Thanh Khê), hàm lượng amoni (NH4+) trung bình 2,4 mg/l, gấp 8 lần giới hạn cho phép; hồ Công viên 29/3 và hồ Bàu Trảng xuất hiện tảo nở hoa vào tháng 6 và tháng 7.

2. Xử lý ô nhiễm
Tổng khối lượng bùn nạo vét năm 2024 ước đạt 86.500 m3, bằng 108% kế hoạch. Thành phố lắp đặt 14 máy sục khí, trong đó 6 máy dùng năng lượng mặt trời.

Bảng 1. Kinh phí xử lý ô nhiễm hồ điều hòa
Đơn vị tính: triệu đồng
TT | Nội dung | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025
1 | Nạo vét bùn lòng hồ | 18.400 | 21.750 | 25.000
2 | Xử lý nước bằng chế phẩm sinh học | 4.260 | 5.130 | 6.000
3 | Quan trắc chất lượng nước | 1.850 | 2.120 | 2.400
  | Tổng cộng | 24.510 | 29.000 | 33.400

II. NHIỆM VỤ NĂM 2025
Năm 2025, phấn đấu giảm số hồ ô nhiễm xuống còn 5 hồ; 100% hồ điều hòa được quan trắc định kỳ 4 lần/năm; hoàn thành cải tạo 3 hồ tại quận Cẩm Lệ và quận Liên Chiểu.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- TT Thành ủy, TT HĐND thành phố;
- Lưu: VT, STNMT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("nạo vét bùn lòng hồ", "Nạo vét bùn lòng hồ", ["18.400", "21.750", "25.000"]),
        ("xử lý nước bằng chế phẩm sinh học", "Xử lý nước bằng chế phẩm sinh học", ["4.260", "5.130", "6.000"]),
        ("quan trắc chất lượng nước", "Quan trắc chất lượng nước", ["1.850", "2.120", "2.400"]),
        ("xử lý ô nhiễm hồ điều hòa tổng cộng", "Tổng cộng", ["24.510", "29.000", "33.400"])]


def cells():
    out = []
    for row, label, nums in ROWS:
        prev = label
        for (col, p, st), n in zip(COLS, nums):
            kw = {"status": st} if st else {}
            v = float(n.replace(".", "")) * 1e6
            out.append(fig(f"{prev} | {n}", n, v, "money", "đồng", subject=f"kinh phí {row} {col}", period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("quan trắc 26 hồ", "26", 26, "count", "hồ", subject="hồ điều hòa được quan trắc", period=Y24),
    fig("với 104 lượt", "104", 104, "count", "lượt lấy mẫu", subject="lượt lấy mẫu", period=Y24),
    fig("9 hồ ở mức", "9", 9, "count", "hồ", change=chg("decrease", 4, "hồ", "năm 2023"),
        subject="hồ ở mức ô nhiễm", period=Y24),
    fig("gồm 6 hồ", "6", 6, "count", "hồ", total=9, subject="hồ ô nhiễm nhẹ", period=Y24),
    fig("và 3 hồ ô nhiễm nặng", "3", 3, "count", "hồ", total=9, subject="hồ ô nhiễm nặng", period=Y24),
    fig("trung bình 2,4 mg/l", "2,4", 2.4, "measure", "mg/l", change=chg("increase", 8, "lần", "giới hạn cho phép"),
        subject="hàm lượng amoni trung bình", period=inh(Y24), location="Thanh Khê"),
    fig("ước đạt 86.500 m3", "86.500", 86500, "measure", "m3", percent=108, status="estimate",
        subject="tổng khối lượng bùn nạo vét", period=Y24b),
    fig("lắp đặt 14 máy", "14", 14, "count", "máy sục khí", subject="máy sục khí lắp đặt", period=inh(Y24b)),
    fig("trong đó 6 máy", "6", 6, "count", "máy", total=14, subject="máy sục khí dùng năng lượng mặt trời",
        period=inh(Y24b)),
] + cells() + [
    fig("còn 5 hồ", "5", 5, "count", "hồ", status="target", subject="hồ ô nhiễm", period=Y25),
    fig("100% hồ điều hòa", "100", 100, "percent", "%", status="target",
        subject="hồ điều hòa được quan trắc định kỳ", period=Y25),
    fig("4 lần/năm", "4", 4, "measure", "lần/năm", status="target", subject="quan trắc định kỳ hồ điều hòa", period=Y25),
    fig("cải tạo 3 hồ", "3", 3, "count", "hồ", status="target", subject="hồ hoàn thành cải tạo", period=Y25),
]

NOTES = [
    "Formal report: 'UBND THÀNH PHỐ ĐÀ NẴNG', 'Số: 18/BC-UBND', 'Đà Nẵng, ngày 10 tháng 01 năm 2025', sections I/II, 'Nơi nhận'.",
    "Distractors: Số 18/BC-UBND, letterhead date, section numbers I./II./1./2., 'Bảng 1', row numbers 1-3 (TT column),",
    "  'NH4+', 'hồ Công viên 29/3', 'tháng 6 và tháng 7', baseline 'năm 2023'.",
    "'9 hồ ... (giảm 4 hồ so với năm 2023), gồm 6 ... và 3 ...' → change on 9 across the bracket; 6 and 3 take total 9.",
    "'2,4 mg/l, gấp 8 lần giới hạn cho phép' → change increase 8 lần (as 'tăng 2,8 lần' in the spec).",
    "'bằng 108% kế hoạch' → percent attribute (share after 'bằng'); 'ước đạt' → estimate.",
    "Flattened table: 'Đơn vị tính: triệu đồng' → ×10^6 đồng; subject = 'kinh phí' (table title) + row + column;",
    "  columns give period and status (Ước thực hiện → estimate, Kế hoạch → target). No totals in table cells.",
    "Section II: 'Năm 2025, phấn đấu' governs all three clauses after ';' (target). '3 hồ tại quận Cẩm Lệ và quận Liên Chiểu'",
    "  spans two districts → city location Đà Nẵng.",
]

if __name__ == "__main__":
    write("p1346-3", TEXT, NOTES, FIGS, published="2025-01-10", location="Đà Nẵng")
