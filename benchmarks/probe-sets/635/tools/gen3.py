from lib import F, P, I, CH, TG, emit

ROWS = [("Công nghiệp - Xây dựng", "3.702,5", "3.921,6", "105,9"),
        ("Quản lý, tiêu dùng dân cư", "928,7", "1.012,3", "109,0"),
        ("Thương nghiệp, dịch vụ", "90,2", "102,7", "113,9"),
        ("Các hoạt động khác", "100,9", "89,8", "89,0")]

table = "\n".join(["Thành phần | 6 tháng năm 2022 | 6 tháng năm 2023 | So sánh (%)"]
                  + [" | ".join(r) for r in ROWS])

TEXT = """UBND TỈNH BẮC GIANG
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Giang, ngày 05 tháng 7 năm 2023

BÁO CÁO
Tình hình cung ứng điện và tiết kiệm điện 6 tháng đầu năm 2023

I. TÌNH HÌNH CUNG ỨNG ĐIỆN
1. Sản lượng điện thương phẩm
6 tháng đầu năm 2023, sản lượng điện thương phẩm toàn tỉnh đạt 5.126,4 triệu kWh, tăng 6,3% so với cùng kỳ năm 2022, đạt 47,2% kế hoạch năm.

Bảng 1. Sản lượng điện thương phẩm theo thành phần (Đơn vị tính: triệu kWh)
""" + table + """

2. Tiết giảm điện
Tháng 6/2023, nắng nóng kéo dài, nhiệt độ cao nhất phổ biến 37-39 độ C, có ngày 40,2 độ C; các hồ thủy điện phía Bắc về gần mực nước chết. Từ ngày 01/6 đến 20/6/2023, tỉnh phải tiết giảm điện trong 17 ngày. Công suất tiết giảm cao nhất khoảng 350 MW, chiếm gần 30% công suất phụ tải; sản lượng điện không cung cấp được ước 46,8 triệu kWh. Có 9/11 khu, cụm công nghiệp bị cắt điện luân phiên từ 4 đến 6 giờ/ngày.

II. TIẾT KIỆM ĐIỆN
Thực hiện Chỉ thị số 20/CT-TTg ngày 08/6/2023 của Thủ tướng Chính phủ, 6 tháng đầu năm toàn tỉnh tiết kiệm được 108,5 triệu kWh, bằng 2,1% tổng điện thương phẩm, vượt mục tiêu đề ra là 2%. Trong đó, khối cơ quan hành chính, sự nghiệp tiết kiệm 3,2 triệu kWh, bằng 12,4% điện năng tiêu thụ của khối; chiếu sáng công cộng tiết kiệm 1,9 triệu kWh.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu cả năm 2023 tiết kiệm tối thiểu 220 triệu kWh; dự kiến đầu tư 28 trạm biến áp chống quá tải, tổng kinh phí 64,5 tỷ đồng.

Nơi nhận:
- Bộ Công Thương;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

H1 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
H1b = P("6 tháng đầu năm", "2023-01-01", "2023-06-30")
COLS = [(P("6 tháng năm 2022", "2022-01-01", "2022-06-30"), "6 tháng năm 2022"),
        (P("6 tháng năm 2023", "2023-01-01", "2023-06-30"), "6 tháng năm 2023")]
JUN = P("Tháng 6/2023", "2023-06-01", "2023-06-30")
CUT = P("Từ ngày 01/6 đến 20/6/2023", "2023-06-01", "2023-06-20")


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("đạt 5.126,4 triệu kWh", "5.126,4", 5126400000, "measure", "kWh", "sản lượng điện thương phẩm toàn tỉnh", H1,
      percent=47.2, change=CH("increase", 6.3, "%", "cùng kỳ năm 2022")),
]
for label, a, b, c in ROWS:
    FIGS.append(F(f"{label} | {a} |", a, round(num(a) * 1e6), "measure", "kWh",
                  f"sản lượng điện thương phẩm {label} 6 tháng năm 2022", COLS[0][0]))
    FIGS.append(F(f"| {b} | {c}", b, round(num(b) * 1e6), "measure", "kWh",
                  f"sản lượng điện thương phẩm {label} 6 tháng năm 2023", COLS[1][0]))
    FIGS.append(F(f"{b} | {c}", c, num(c), "percent", "%",
                  f"sản lượng điện thương phẩm {label} so sánh", I(H1)))
FIGS += [
    F("phổ biến 37-39 độ C", "37", 37, "measure", "độ C", "nhiệt độ cao nhất phổ biến", JUN, value_max=39),
    F("có ngày 40,2 độ C", "40,2", 40.2, "measure", "độ C", "nhiệt độ cao nhất", JUN),
    F("trong 17 ngày", "17", 17, "measure", "ngày", "thời gian tiết giảm điện", CUT),
    F("khoảng 350 MW", "350", 350, "measure", "MW", "công suất tiết giảm cao nhất", I(CUT), approx="about",
      percent=30),
    F("ước 46,8 triệu kWh", "46,8", 46800000, "measure", "kWh", "sản lượng điện không cung cấp được", I(CUT),
      status="estimate"),
    F("Có 9/11 khu", "9", 9, "count", "khu, cụm công nghiệp", "khu, cụm công nghiệp bị cắt điện luân phiên", I(CUT),
      total=11),
    F("từ 4 đến 6 giờ/ngày", "4", 4, "measure", "giờ/ngày", "thời gian cắt điện luân phiên", I(CUT), value_max=6),
    F("được 108,5 triệu kWh", "108,5", 108500000, "measure", "kWh", "điện năng tiết kiệm được toàn tỉnh", H1b,
      percent=2.1, target=TG(2, "%", True)),
    F("tiết kiệm 3,2 triệu kWh", "3,2", 3200000, "measure", "kWh",
      "điện năng tiết kiệm của khối cơ quan hành chính, sự nghiệp", I(H1b), total=108500000, percent=12.4),
    F("tiết kiệm 1,9 triệu kWh", "1,9", 1900000, "measure", "kWh", "điện năng tiết kiệm của chiếu sáng công cộng",
      I(H1b), total=108500000),
    F("tối thiểu 220 triệu kWh", "220", 220000000, "measure", "kWh", "điện năng tiết kiệm cả năm",
      P("cả năm 2023", "2023-01-01", "2023-12-31"), approx="at_least", status="target"),
    F("đầu tư 28 trạm", "28", 28, "count", "trạm biến áp", "trạm biến áp chống quá tải đầu tư", status="forecast"),
    F("kinh phí 64,5 tỷ", "64,5", 64500000000, "money", "đồng", "tổng kinh phí đầu tư trạm biến áp", status="forecast"),
]

COMMENTS = [
    "Formal report under a letterhead (UBND tỉnh Bắc Giang, 'Số: 412/BC-UBND', 'Bắc Giang, ngày 05 tháng 7 năm 2023'): power supply, rolling cuts",
    "and savings in H1/2023, with a flattened '|' table (Đơn vị tính: triệu kWh in the title; 'So sánh (%)' column in percent).",
    "Table: every numeric cell is a figure; subject = indicator + row + column; periods from the column headers (scored); 'So sánh (%)' cells",
    "are percent figures whose period is only the report's (inherited). The table follows a full stop, not a ':' cue, so cells carry no total.",
    "'vượt mục tiêu đề ra là 2%' → target 2 (met) of 108,5 triệu kWh, whose share is 2,1%. 'Trong đó' parts → total 108,5 triệu kWh.",
    "'chiếm gần 30% công suất phụ tải' → percent 30 of the 350 MW. '17 ngày' of curtailment is a measure (ngày), like '35 phút'.",
    "'Phấn đấu cả năm 2023 … tối thiểu' → target, at_least; 'dự kiến' → forecast, continuing to the cost after the comma.",
    "Distractors: 'Số: 412/BC-UBND', 'Chỉ thị số 20/CT-TTg ngày 08/6/2023', section numbers I./II./III./1./2., 'Bảng 1', dates.",
]

emit("p635-3", TEXT, COMMENTS, FIGS, published="2023-07-05", location="Bắc Giang")
