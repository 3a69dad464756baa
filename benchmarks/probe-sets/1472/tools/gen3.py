"""p1472-3: formal report (UBND tỉnh Bắc Ninh): air-cleaning equipment market 2024, flattened '|' table, market checks."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH BẮC NINH
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 27 tháng 01 năm 2025

BÁO CÁO
Tình hình thị trường thiết bị lọc không khí và công tác kiểm tra, kiểm soát năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tình hình thị trường
Năm 2024, do ô nhiễm không khí kéo dài vào các tháng 1, 2, 11 và 12, nhu cầu thiết bị lọc không khí trên địa bàn tỉnh tăng mạnh. Tổng lượng thiết bị tiêu thụ qua 64 cửa hàng, siêu thị điện máy đạt 40.300 chiếc, tăng 36,5% so với năm 2023; doanh thu ước đạt 152 tỷ đồng. Chi tiết theo chủng loại như sau:

Bảng 1. Thiết bị lọc không khí tiêu thụ qua hệ thống phân phối
Đơn vị tính: chiếc
TT | Chủng loại | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
1 | Máy lọc không khí gia đình | 18.420 | 24.750 | 134,4
2 | Máy lọc không khí văn phòng, công nghiệp | 1.260 | 1.580 | 125,4
3 | Bộ lọc HEPA thay thế | 9.840 | 13.970 | 142,0
 | Tổng cộng | 29.520 | 40.300 | 136,5

2. Công tác kiểm tra, kiểm soát
Cục Quản lý thị trường tỉnh đã kiểm tra 58 vụ, xử lý 21 vụ vi phạm (chiếm 36,2%), phạt tiền 318,5 triệu đồng; tịch thu 265 máy lọc không khí và 1.140 bộ lọc giả mạo nhãn hiệu. Sở Tài nguyên và Môi trường ghi nhận 47 ngày có chỉ số AQI trung bình ở mức kém, tập trung tại TP Bắc Ninh và TP Từ Sơn.

II. NHIỆM VỤ NĂM 2025
Phấn đấu 100% cơ sở kinh doanh thiết bị lọc không khí được kiểm tra ít nhất 1 lần/năm; tổ chức 2 đợt kiểm tra cao điểm trong mùa ô nhiễm.

Nơi nhận:
- Bộ Công Thương;
- Thường trực Tỉnh ủy;
- Lưu: VT, KT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Đình Khiêm
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31")
COLS = {"Năm 2023": (C23, None), "Năm 2024": (Y24, None)}


def cell(anchor, number, row, col):
    p, st = COLS[col]
    v = float(number.replace(".", "").replace(",", "."))
    return fig(anchor, number, v, "count", "chiếc", subject=f"{row} tiêu thụ {col.lower()}", period=p)


def ratio(anchor, number, row):
    v = float(number.replace(",", "."))
    return fig(anchor, number, v, "percent", "%", subject=f"{row} tiêu thụ so với cùng kỳ", period=inh(Y24))


ROWS = [("Máy lọc không khí gia đình", "1 | ", ["18.420", "24.750", "134,4"]),
        ("Máy lọc không khí văn phòng, công nghiệp", "2 | ", ["1.260", "1.580", "125,4"]),
        ("Bộ lọc HEPA thay thế", "3 | ", ["9.840", "13.970", "142,0"]),
        ("Tổng cộng", " | ", ["29.520", "40.300", "136,5"])]
CELLS = []
for label, lead, nums in ROWS:
    row = label.lower() if label != "Tổng cộng" else "tổng cộng thiết bị lọc không khí"
    prev = label
    for col, n in zip(COLS, nums[:2]):
        CELLS.append(cell(f"{prev} | {n}", n, row, col))
        prev = n
    CELLS.append(ratio(f"{prev} | {nums[2]}", nums[2], row))

FIGS = [
    fig("qua 64 cửa hàng", "64", 64, "count", "cửa hàng",
        subject="cửa hàng, siêu thị điện máy tiêu thụ thiết bị lọc không khí", period=inh(Y24)),
    fig("đạt 40.300 chiếc", "40.300", 40300, "count", "chiếc", change=chg("increase", 36.5, "%", "năm 2023"),
        subject="tổng lượng thiết bị lọc không khí tiêu thụ", period=inh(Y24)),
    fig("ước đạt 152 tỷ", "152", 152e9, "money", "đồng", status="estimate",
        subject="doanh thu thiết bị lọc không khí", period=inh(Y24)),
] + CELLS + [
    fig("kiểm tra 58 vụ", "58", 58, "count", "vụ", subject="vụ kiểm tra của Cục Quản lý thị trường tỉnh",
        period=inh(Y24)),
    fig("xử lý 21 vụ", "21", 21, "count", "vụ", percent=36.2, subject="vụ vi phạm được xử lý", period=inh(Y24)),
    fig("phạt tiền 318,5 triệu", "318,5", 318.5e6, "money", "đồng", subject="tiền phạt", period=inh(Y24)),
    fig("tịch thu 265 máy", "265", 265, "count", "máy lọc không khí",
        subject="máy lọc không khí giả mạo nhãn hiệu bị tịch thu", period=inh(Y24)),
    fig("và 1.140 bộ lọc", "1.140", 1140, "count", "bộ lọc", subject="bộ lọc giả mạo nhãn hiệu bị tịch thu",
        period=inh(Y24)),
    fig("nhận 47 ngày", "47", 47, "count", "ngày", subject="ngày có chỉ số AQI trung bình ở mức kém",
        period=inh(Y24)),
    fig("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở kinh doanh thiết bị lọc không khí được kiểm tra", period=inh(Y25)),
    fig("ít nhất 1 lần/năm", "1", 1, "measure", "lần/năm", approx="at_least", status="target",
        subject="số lần kiểm tra mỗi cơ sở kinh doanh thiết bị lọc không khí", period=inh(Y25)),
    fig("tổ chức 2 đợt", "2", 2, "count", "đợt", status="target",
        subject="đợt kiểm tra cao điểm trong mùa ô nhiễm", period=inh(Y25)),
]

NOTES = [
    "Formal report (UBND tỉnh Bắc Ninh, 'Số: 412/BC-UBND', 'Bắc Ninh, ngày 27 tháng 01 năm 2025'), sections I/II, 1-2, 'Nơi nhận'.",
    "Distractors: 412/BC-UBND, the letterhead date, 'các tháng 1, 2, 11 và 12' (months), 'Bảng 1', row numbers 1-3 (TT),",
    "  section numbers I/II/1./2., baseline 'năm 2023', 'Lưu: VT, KT', 'TP Bắc Ninh và TP Từ Sơn' (places only).",
    "Flattened '|' table, 'Đơn vị tính: chiếc': every numeric cell is a figure (count, chiếc); subject = row + column;",
    "  period from the column header (scored); the 'So với cùng kỳ (%)' column has no period in its header: 2024 inherited (not scored).",
    "  Table cells get no total (the Tổng cộng row is a figure of its own).",
    "The text's 40.300 chiếc: period 'Năm 2024' stands in the previous sentence (inherited); '(chiếm 36,2%)' → percent of 21 vụ.",
    "'Phấn đấu' governs the whole ';' chain of section II; the year comes from the heading 'NHIỆM VỤ NĂM 2025' (inherited).",
    "'ít nhất 1 lần/năm' is a target frequency: measure, unit lần/năm, at_least.",
]

if __name__ == "__main__":
    write("p1472-3", TEXT, NOTES, FIGS, published="2025-01-27", location="Bắc Ninh")
