"""p1437-4: formal report (UBND tỉnh Quảng Ninh, Số: …/BC-UBND) with a flattened '|' table: bailiff offices in 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ninh, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả tổ chức và hoạt động Thừa phát lại năm 2024

Thực hiện Công văn số 4512/BTP-BTTP của Bộ Tư pháp, UBND tỉnh báo cáo như sau:

I. TÌNH HÌNH TỔ CHỨC
Đến ngày 30/11/2024, toàn tỉnh có 9 Văn phòng Thừa phát lại, gồm 4 văn phòng tại TP Hạ Long, 2 văn phòng tại TP Cẩm Phả và 3 văn phòng tại các địa phương khác; có 19 thừa phát lại và 41 thư ký nghiệp vụ. Trong năm, Sở Tư pháp cho phép thành lập mới 01 văn phòng.

II. KẾT QUẢ HOẠT ĐỘNG
Kết quả hoạt động của các Văn phòng Thừa phát lại
Đơn vị tính: việc
TT | Nội dung | Năm 2023 | 11 tháng năm 2024 | So với cùng kỳ (%)
1 | Tống đạt văn bản | 45.116 | 47.905 | 116,2
2 | Lập vi bằng | 7.412 | 7.980 | 118,5
3 | Xác minh điều kiện thi hành án | 265 | 301 | 125,4
4 | Tổ chức thi hành án | 17 | 21 | 140,0
  | Tổng cộng | 52.810 | 56.207 | 116,6

Năm 2024, doanh thu của các văn phòng ước đạt 38,6 tỷ đồng, vượt 7% kế hoạch năm; nộp thuế khoảng 2,9 tỷ đồng. Thu nhập bình quân của thư ký nghiệp vụ khoảng 9,5 triệu đồng/người/tháng.

III. PHƯƠNG HƯỚNG NĂM 2025
Năm 2025, phấn đấu tống đạt trên 52.000 văn bản, lập khoảng 8.500 vi bằng; dự kiến thành lập thêm 2 văn phòng tại các huyện chưa có văn phòng.

Nơi nhận:
- Bộ Tư pháp (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- CT, các PCT UBND tỉnh;
- Lưu: VT, NC1.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Minh Khôi
"""

ASOF = per("Đến ngày 30/11/2024", None, "2024-11-30")
INY = per("Trong năm", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

ROWS = [  # (label, 2023 anchor/number, 2024 anchor/number, % anchor/number)
    ("Tống đạt văn bản", "45.116", 45116, "47.905", 47905, "116,2", 116.2),
    ("Lập vi bằng", "7.412", 7412, "7.980", 7980, "118,5", 118.5),
    ("Xác minh điều kiện thi hành án", "265", 265, "301", 301, "125,4", 125.4),
    ("Tổ chức thi hành án", "17", 17, "21", 21, "140,0", 140.0),
    ("Tổng cộng", "52.810", 52810, "56.207", 56207, "116,6", 116.6),
]

FIGS = [
    fig("có 9 Văn phòng", "9", 9, "count", "Văn phòng Thừa phát lại",
        subject="Văn phòng Thừa phát lại", period=ASOF),
    fig("gồm 4 văn phòng", "4", 4, "count", "văn phòng", total=9,
        subject="văn phòng tại TP Hạ Long", period=ASOF, location="Hạ Long"),
    fig("2 văn phòng tại TP Cẩm Phả", "2", 2, "count", "văn phòng", total=9,
        subject="văn phòng tại TP Cẩm Phả", period=ASOF, location="Cẩm Phả"),
    fig("3 văn phòng tại các", "3", 3, "count", "văn phòng", total=9,
        subject="văn phòng tại các địa phương khác", period=ASOF),
    fig("có 19 thừa phát lại", "19", 19, "count", "thừa phát lại", subject="thừa phát lại", period=ASOF),
    fig("và 41 thư ký", "41", 41, "count", "thư ký nghiệp vụ", subject="thư ký nghiệp vụ", period=ASOF),
    fig("mới 01 văn phòng", "01", 1, "count", "văn phòng",
        subject="văn phòng Sở Tư pháp cho phép thành lập mới", period=INY),
]
for label, a23, v23, a24, v24, ap, vp in ROWS:
    FIGS += [
        fig(f"{label} | {a23} |", a23, v23, "count", "việc", subject=f"{label} năm 2023", period=C23),
        fig(f"| {a24} |", a24, v24, "count", "việc", subject=f"{label} 11 tháng năm 2024", period=C24),
        fig(f"| {ap}", ap, vp, "percent", "%", subject=f"{label} so với cùng kỳ"),
    ]
FIGS += [
    fig("ước đạt 38,6 tỷ", "38,6", 38.6e9, "money", "đồng", status="estimate",
        change=chg("increase", 7, "%", "kế hoạch năm"),
        subject="doanh thu của các văn phòng", period=Y24),
    fig("khoảng 2,9 tỷ", "2,9", 2.9e9, "money", "đồng", approx="about", status="estimate",
        subject="thuế các văn phòng nộp", period=Y24),
    fig("khoảng 9,5 triệu", "9,5", 9.5e6, "money", "đồng/người/tháng", approx="about",
        subject="thu nhập bình quân của thư ký nghiệp vụ", period=inh(Y24)),
    fig("trên 52.000 văn bản", "52.000", 52000, "count", "văn bản", approx="over", status="target",
        subject="văn bản tống đạt", period=Y25),
    fig("khoảng 8.500 vi bằng", "8.500", 8500, "count", "vi bằng", approx="about", status="target",
        subject="vi bằng lập", period=Y25),
    fig("thêm 2 văn phòng", "2", 2, "count", "văn phòng", status="forecast",
        subject="văn phòng thành lập thêm tại các huyện chưa có văn phòng", period=Y25),
]

NOTES = [
    "Formal report (UBND tỉnh Quảng Ninh, Số: 287/BC-UBND, 'Quảng Ninh, ngày 16 tháng 12 năm 2024'), sections I-III, 'Nơi nhận'.",
    "Flattened '|' table with 'Đơn vị tính: việc': every numeric cell is a figure (unit việc; the % column is percent, no period);",
    "  period from the column header (Năm 2023; 11 tháng năm 2024 = 2024-01-01..2024-11-30). Row numbers 1-4 are not figures; cells get no total.",
    "Distractors: Số: 287/BC-UBND, Công văn số 4512/BTP-BTTP, section numbers I/II/III, 'Lưu: VT, NC1', the letterhead date, 'NĂM 2025' in a heading.",
    "'gồm 4 … tại TP Hạ Long, 2 … tại TP Cẩm Phả và 3 … tại các địa phương khác' are parts of the 9 (total 9), located in their city;",
    "  'các địa phương khác' names no place, so the province.",
    "'vượt 7% kế hoạch năm' is the change of 38,6 tỷ (baseline kế hoạch năm). The tax after ';' continues the 'ước đạt' clause (estimate).",
    "Section III: 'phấn đấu' governs 52.000 and 8.500 (target); 'dự kiến' the 2 offices (forecast). The wage sentence has no period of its own.",
]

if __name__ == "__main__":
    write("p1437-4", TEXT, NOTES, FIGS, published="2024-12-16", location="Quảng Ninh")
