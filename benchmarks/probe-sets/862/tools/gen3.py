"""p862-3: formal report (UBND tỉnh Quảng Ninh), laundry services 9 months 2023, flattened '|' table."""
from lib import F, P, I, C, write

TEXT = """
UBND TỈNH QUẢNG NINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Quảng Ninh, ngày 12 tháng 10 năm 2023

BÁO CÁO
Tình hình hoạt động dịch vụ giặt là 9 tháng năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Quy mô cơ sở
Tính đến ngày 30/9/2023, toàn tỉnh có 265 cơ sở kinh doanh dịch vụ giặt là, giặt sấy, giặt khô, tăng 21 cơ sở so với cuối năm 2022, phân theo địa bàn như sau:

Đơn vị tính: cơ sở
Địa phương | Giặt công nghiệp | Giặt sấy tự phục vụ | Giặt khô | Tổng số
Hạ Long | 34 | 62 | 18 | 114
Cẩm Phả | 11 | 29 | 6 | 46
Móng Cái | 9 | 21 | 4 | 34
Vân Đồn | 7 | 12 | 2 | 21
Địa phương khác | 8 | 37 | 5 | 50
Tổng cộng | 69 | 161 | 35 | 265

2. Kết quả kinh doanh
Khối lượng đồ vải giặt công nghiệp 9 tháng ước đạt 9.420 tấn, tăng 14,8% so với cùng kỳ năm 2022, đạt 78,5% kế hoạch năm. Doanh thu toàn ngành ước đạt 214,6 tỷ đồng; trong đó doanh thu từ hợp đồng với cơ sở lưu trú du lịch ước 131,2 tỷ đồng, chiếm 61,1%. Giá giặt công nghiệp phổ biến 9.000-14.000 đồng/kg. Các cơ sở sử dụng 1.870 lao động, trong đó lao động nữ chiếm 68%.

II. TỒN TẠI, HẠN CHẾ
Còn 17 cơ sở chưa có hệ thống xử lý nước thải đạt QCVN 40:2011/BTNMT; 5 cơ sở giặt khô vẫn sử dụng dung môi PCE.

III. NHIỆM VỤ QUÝ IV/2023
Phấn đấu cả năm 2023 khối lượng đồ vải giặt công nghiệp đạt 12.000 tấn, doanh thu toàn ngành khoảng 290 tỷ đồng; dự kiến đưa thêm 6 cơ sở giặt công nghiệp tại Khu kinh tế Vân Đồn vào hoạt động.

Nơi nhận:
- Bộ Công Thương;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/9/2023", None, "2023-09-30")
M9 = P("9 tháng", "2023-01-01", "2023-09-30")
Y23 = P("cả năm 2023", "2023-01-01", "2023-12-31")

COLS = ["cơ sở giặt công nghiệp", "cơ sở giặt sấy tự phục vụ", "cơ sở giặt khô", "tổng số cơ sở"]
ROWS = [  # (label, location, subject prefix/suffix, cells, anchors)
    ("Hạ Long", "Hạ Long", "", ["34", "62", "18", "114"]),
    ("Cẩm Phả", "Cẩm Phả", "", ["11", "29", "6", "46"]),
    ("Móng Cái", "Móng Cái", "", ["9", "21", "4", "34"]),
    ("Vân Đồn", "Vân Đồn", "", ["7", "12", "2", "21"]),
    ("Địa phương khác", "Quảng Ninh", " địa phương khác", ["8", "37", "5", "50"]),
    ("Tổng cộng", "Quảng Ninh", " tổng cộng", ["69", "161", "35", "265"]),
]

TABLE = []
for label, loc, extra, cells in ROWS:
    line = " | ".join([label] + cells)
    for i, cell in enumerate(cells):
        # anchor: the row label up to this cell (unique per line)
        anchor = " | ".join([label] + cells[: i + 1])
        TABLE.append(F(anchor, cell, int(cell), "count", "cơ sở",
                       subject=COLS[i] + extra, period=I(ASOF), location=loc))

FIGS = [
    F("có 265 cơ sở", "265", 265, "count", "cơ sở",
      change=C("increase", 21, "cơ sở", "cuối năm 2022"),
      subject="cơ sở kinh doanh dịch vụ giặt là, giặt sấy, giặt khô", period=ASOF),
] + TABLE + [
    F("ước đạt 9.420 tấn", "9.420", 9420, "measure", "tấn", status="estimate", percent=78.5,
      change=C("increase", 14.8, "%", "cùng kỳ năm 2022"),
      subject="khối lượng đồ vải giặt công nghiệp", period=M9),
    F("ước đạt 214,6 tỷ đồng", "214,6", 214_600_000_000, "money", "đồng", status="estimate",
      subject="doanh thu toàn ngành giặt là", period=I(M9)),
    F("ước 131,2 tỷ đồng", "131,2", 131_200_000_000, "money", "đồng", status="estimate",
      total=214_600_000_000, percent=61.1,
      subject="doanh thu từ hợp đồng với cơ sở lưu trú du lịch", period=I(M9)),
    F("9.000-14.000 đồng/kg", "9.000", 9000, "money", "đồng/kg", value_max=14000,
      subject="giá giặt công nghiệp"),
    F("1.870 lao động", "1.870", 1870, "count", "lao động", subject="lao động các cơ sở giặt là"),
    F("nữ chiếm 68%", "68", 68, "percent", "%", subject="lao động nữ"),
    F("Còn 17 cơ sở", "17", 17, "count", "cơ sở",
      subject="cơ sở chưa có hệ thống xử lý nước thải đạt quy chuẩn"),
    F("5 cơ sở giặt khô", "5", 5, "count", "cơ sở",
      subject="cơ sở giặt khô sử dụng dung môi PCE"),
    F("đạt 12.000 tấn", "12.000", 12000, "measure", "tấn", status="target",
      subject="khối lượng đồ vải giặt công nghiệp", period=Y23),
    F("khoảng 290 tỷ đồng", "290", 290_000_000_000, "money", "đồng", approx="about", status="target",
      subject="doanh thu toàn ngành giặt là", period=Y23),
    F("thêm 6 cơ sở", "6", 6, "count", "cơ sở", status="forecast",
      subject="cơ sở giặt công nghiệp đưa vào hoạt động", period=Y23, location="Vân Đồn"),
]

NOTES = [
    "Quảng Ninh provincial report Số 287/BC-UBND (12/10/2023): laundry services, 9 months 2023, flattened '|' table of establishments.",
    "Distractors: Số: 287/BC-UBND, the place-date line, section numbers I.-III. and 1.-2., QCVN 40:2011/BTNMT, heading QUÝ IV/2023.",
    "Table: every cell a figure (unit from 'Đơn vị tính: cơ sở'); place rows go to location, 'Địa phương khác' and 'Tổng cộng' stay Quảng Ninh with the label in the subject;",
    "table cells carry no total; period = the as-of line above the table (inherited).",
    "'9 tháng' takes 2023 from the date before it; 131,2 tỷ is a 'trong đó' part of 214,6 tỷ; 'lao động nữ chiếm 68%' is a percent figure (no base amount).",
]

if __name__ == "__main__":
    write(3, TEXT, FIGS, NOTES, published="2023-10-12", location="Quảng Ninh")
