from lib import write, fig, per, inh, chg

TEXT = """UBND TỈNH QUẢNG TRỊ
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình triển khai các dự án điện gió 9 tháng đầu năm 2024

Thực hiện Công văn số 6871/BCT-ĐL ngày 20/9/2024 của Bộ Công Thương, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tình hình đầu tư
Đến ngày 30/9/2024, trên địa bàn tỉnh có 31 dự án điện gió được bổ sung quy hoạch với tổng công suất 1.776,4 MW; trong đó 18 dự án (812,5 MW) đã vận hành thương mại, 7 dự án (345 MW) đang thi công, 6 dự án chưa triển khai. Tổng vốn đăng ký khoảng 55.200 tỷ đồng; lũy kế giải ngân đến nay đạt 27.860 tỷ đồng, bằng 50,5% tổng vốn đăng ký.

2. Kết quả sản xuất
Sản lượng điện gió 9 tháng ước đạt 1.524 triệu kWh, tăng 12,3% so với cùng kỳ, bằng 71,2% kế hoạch năm. Chi tiết theo địa bàn:

Bảng 1. Kết quả vận hành các dự án điện gió
TT | Địa bàn | Số dự án vận hành | Công suất (MW) | Sản lượng ước thực hiện 9 tháng (triệu kWh) | Sản lượng kế hoạch năm 2024 (triệu kWh)
1 | Huyện Hướng Hóa | 14 | 652,3 | 1.238,6 | 1.720
2 | Huyện Đakrông | 3 | 120,2 | 231,4 | 340
3 | Huyện Gio Linh | 1 | 40 | 54 | 80
| Tổng cộng | 18 | 812,5 | 1.524 | 2.140

3. Lưới điện
Trong quý III/2024, đã đóng điện trạm biến áp 220 kV Hướng Tân (250 MVA) và 68 km đường dây 220 kV Lao Bảo - Đông Hà dọc Quốc lộ 9, nâng khả năng giải tỏa công suất thêm khoảng 400 MW.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu sản lượng điện gió cả năm 2024 đạt trên 2.100 triệu kWh; đôn đốc các dự án đang thi công sớm đóng điện.
"""

ASOF = per("Đến ngày 30/9/2024", end="2024-09-30")
NOW = per("đến nay", end="2024-10-08")
M9 = per("9 tháng", "2024-01-01", "2024-09-30")
EST = per("Sản lượng ước thực hiện 9 tháng", "2024-01-01", "2024-09-30")
PLAN = per("Sản lượng kế hoạch năm 2024", "2024-01-01", "2024-12-31")
Q3 = per("quý III/2024", "2024-07-01", "2024-09-30")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("có 31 dự án", "31", 31, "count", "dự án", "dự án điện gió được bổ sung quy hoạch", ASOF),
    fig("công suất 1.776,4 MW", "1.776,4", 1776.4, "measure", "MW", "tổng công suất dự án điện gió được bổ sung quy hoạch", ASOF),
    fig("đó 18 dự án", "18", 18, "count", "dự án", "dự án đã vận hành thương mại", ASOF, total=31),
    fig("(812,5 MW)", "812,5", 812.5, "measure", "MW", "công suất dự án đã vận hành thương mại", ASOF, total=1776.4),
    fig("7 dự án (345", "7", 7, "count", "dự án", "dự án đang thi công", ASOF, total=31),
    fig("(345 MW)", "345", 345, "measure", "MW", "công suất dự án đang thi công", ASOF, total=1776.4),
    fig("6 dự án chưa", "6", 6, "count", "dự án", "dự án chưa triển khai", ASOF, total=31),
    fig("khoảng 55.200 tỷ", "55.200", 55200e9, "money", "đồng", "tổng vốn đăng ký", approx="about"),
    fig("đạt 27.860 tỷ", "27.860", 27860e9, "money", "đồng", "lũy kế giải ngân", NOW, percent=50.5),
    fig("ước đạt 1.524 triệu kWh", "1.524", 1524e6, "measure", "kWh", "sản lượng điện gió", M9, status="estimate",
        percent=71.2, change=chg("increase", 12.3, baseline="cùng kỳ")),
    # table: row labels are districts -> location; subject = column label; period/status from the column header
    fig("Hướng Hóa | 14", "14", 14, "count", "dự án", "Số dự án vận hành", location="Hướng Hóa"),
    fig("| 652,3", "652,3", 652.3, "measure", "MW", "Công suất", location="Hướng Hóa"),
    fig("| 1.238,6", "1.238,6", 1238.6e6, "measure", "kWh", "Sản lượng ước thực hiện 9 tháng", EST, status="estimate",
        location="Hướng Hóa"),
    fig("| 1.720", "1.720", 1720e6, "measure", "kWh", "Sản lượng kế hoạch năm 2024", PLAN, status="target",
        location="Hướng Hóa"),
    fig("Đakrông | 3", "3", 3, "count", "dự án", "Số dự án vận hành", location="Đakrông"),
    fig("| 120,2", "120,2", 120.2, "measure", "MW", "Công suất", location="Đakrông"),
    fig("| 231,4", "231,4", 231.4e6, "measure", "kWh", "Sản lượng ước thực hiện 9 tháng", EST, status="estimate",
        location="Đakrông"),
    fig("| 340", "340", 340e6, "measure", "kWh", "Sản lượng kế hoạch năm 2024", PLAN, status="target", location="Đakrông"),
    fig("Gio Linh | 1", "1", 1, "count", "dự án", "Số dự án vận hành", location="Gio Linh"),
    fig("| 40 |", "40", 40, "measure", "MW", "Công suất", location="Gio Linh"),
    fig("| 54 |", "54", 54e6, "measure", "kWh", "Sản lượng ước thực hiện 9 tháng", EST, status="estimate", location="Gio Linh"),
    fig("| 80\n", "80", 80e6, "measure", "kWh", "Sản lượng kế hoạch năm 2024", PLAN, status="target", location="Gio Linh"),
    fig("cộng | 18", "18", 18, "count", "dự án", "Số dự án vận hành tổng cộng"),
    fig("| 812,5 |", "812,5", 812.5, "measure", "MW", "Công suất tổng cộng"),
    fig("| 1.524 |", "1.524", 1524e6, "measure", "kWh", "Sản lượng ước thực hiện 9 tháng tổng cộng", EST, status="estimate"),
    fig("| 2.140", "2.140", 2140e6, "measure", "kWh", "Sản lượng kế hoạch năm 2024 tổng cộng", PLAN, status="target"),
    fig("(250 MVA)", "250", 250, "measure", "MVA", "dung lượng trạm biến áp 220 kV Hướng Tân", Q3),
    fig("và 68 km", "68", 68, "measure", "km", "đường dây 220 kV Lao Bảo - Đông Hà", Q3),
    fig("khoảng 400 MW", "400", 400, "measure", "MW", "khả năng giải tỏa công suất tăng thêm", Q3, approx="about"),
    fig("trên 2.100 triệu kWh", "2.100", 2100e6, "measure", "kWh", "sản lượng điện gió cả năm 2024", Y24, approx="over",
        status="target"),
]

HEADER = [
    "UBND tỉnh Quảng Trị, Báo cáo số 412/BC-UBND ngày 08/10/2024: dự án điện gió 9 tháng đầu năm 2024 (đầu tư, sản lượng, lưới).",
    "Formal report under a letterhead; published from the place-and-date line. Flattened '|' table (Bảng 1): district rows ->",
    "location, subject = column label; '(MW)' / '(triệu kWh)' in the headers give unit and multiplier; 'ước thực hiện 9 tháng' ->",
    "estimate with the 9-month period, 'kế hoạch năm 2024' -> target with 2024. The 'Tổng cộng' row is a figure per cell; rows get",
    "no total from it (no part cue). Count/capacity columns carry no period in the header: none given. Row numbers 1-3 are not figures.",
    "Not figures: 'Số: 412/BC-UBND', 'Công văn số 6871/BCT-ĐL ngày 20/9/2024', section numbers I./II./1.-3., 'Bảng 1',",
    "'220 kV' (voltage class), 'Quốc lộ 9', 'quý IV/2024'. 'đến nay' ends at the report's date.",
]

if __name__ == "__main__":
    write("p552-3", TEXT, HEADER, FIGS, published="2024-10-08", location="Quảng Trị")
