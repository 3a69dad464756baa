"""p869-3: Thanh Hóa formal report (UBND tỉnh), ice food-safety inspection 9 months 2024, flattened | table."""
from lib import C, F, I, P, T, write_set

TEXT = """UBND TỈNH THANH HÓA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 389/BC-UBND
Thanh Hóa, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả kiểm tra, giám sát an toàn thực phẩm nước đá dùng bảo quản thủy sản 9 tháng năm 2024

Thực hiện Kế hoạch số 56/KH-UBND ngày 05/3/2024 của UBND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tình hình sản xuất
Tính đến 30/9/2024, toàn tỉnh có 47 cơ sở sản xuất nước đá phục vụ khai thác, bảo quản thủy sản, tăng 3 cơ sở so với cuối năm 2023; tổng công suất thiết kế 2.850 tấn/ngày. Sản lượng nước đá 9 tháng ước đạt 412.000 tấn, bằng 78,5% kế hoạch năm.

2. Kết quả kiểm tra, lấy mẫu
Đoàn kiểm tra liên ngành đã kiểm tra 47/47 cơ sở, lấy 141 mẫu nước đá và nước nguyên liệu để kiểm nghiệm. Kết quả theo địa bàn:

Đơn vị tính: cơ sở, mẫu
Địa bàn | Số cơ sở kiểm tra | Số mẫu lấy | Số mẫu không đạt
Sầm Sơn | 14 | 42 | 3
Hoằng Hóa | 11 | 33 | 2
Quảng Xương | 9 | 27 | 1
Nghi Sơn | 8 | 24 | 2
Hậu Lộc | 5 | 15 | 0
Tổng cộng | 47 | 141 | 8

Các mẫu không đạt đều vượt giới hạn Coliforms tổng số và E.coli; tỷ lệ mẫu không đạt là 5,7%, giảm 2,3 điểm phần trăm so với cùng kỳ năm 2023.

3. Xử lý vi phạm
Đã xử phạt vi phạm hành chính 6 cơ sở với tổng số tiền 84 triệu đồng; tạm đình chỉ hoạt động 2 cơ sở tại Sầm Sơn và Nghi Sơn do sử dụng nước giếng khoan chưa qua xử lý.

II. NHIỆM VỤ QUÝ IV/2024
Tiếp tục giám sát 100% cơ sở sản xuất nước đá; phấn đấu tỷ lệ mẫu không đạt dưới 4%; dự kiến sản lượng nước đá cả năm 2024 đạt khoảng 550.000 tấn.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- Lưu: VT, NN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
ASOF = P("Tính đến 30/9/2024", None, "2024-09-30")
FIGS = [
    F("có 47 cơ sở", "47", 47, "count", "cơ sở",
      change=C("increase", 3, "cơ sở", baseline="cuối năm 2023"),
      subject="cơ sở sản xuất nước đá phục vụ khai thác, bảo quản thủy sản", period=ASOF),
    F("2.850 tấn/ngày", "2.850", 2850, "measure", "tấn/ngày", subject="tổng công suất thiết kế",
      period=ASOF),
    F("ước đạt 412.000 tấn", "412.000", 412000, "measure", "tấn", percent=78.5, status="estimate",
      subject="sản lượng nước đá", period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("kiểm tra 47/47 cơ sở", "47", 47, "count", "cơ sở", total=47, subject="cơ sở được kiểm tra",
      period=N9),
    F("lấy 141 mẫu", "141", 141, "count", "mẫu",
      subject="mẫu nước đá và nước nguyên liệu lấy kiểm nghiệm", period=N9),
]
ROWS = [("Sầm Sơn", "14", "42", "3"), ("Hoằng Hóa", "11", "33", "2"), ("Quảng Xương", "9", "27", "1"),
        ("Nghi Sơn", "8", "24", "2"), ("Hậu Lộc", "5", "15", "0"), ("Tổng cộng", "47", "141", "8")]
COLS = [("số cơ sở kiểm tra", "cơ sở"), ("số mẫu lấy", "mẫu"), ("số mẫu không đạt", "mẫu")]
for place, *cells in ROWS:
    line = " | ".join([place, *cells])
    for (label, unit), cell, idx in zip(COLS, cells, range(3)):
        # anchor: the row prefix up to and including this cell (unique per line)
        anchor = " | ".join([place, *cells[: idx + 1]])
        if place == "Tổng cộng":
            FIGS.append(F(anchor, cell, int(cell), "count", unit, subject=f"tổng cộng {label}",
                          period=N9))
        else:
            FIGS.append(F(anchor, cell, int(cell), "count", unit, subject=label, period=N9,
                          location=place))
FIGS += [
    F("không đạt là 5,7%", "5,7", 5.7, "percent", "%",
      change=C("decrease", 2.3, "điểm phần trăm", baseline="cùng kỳ năm 2023"),
      subject="tỷ lệ mẫu không đạt", period=N9),
    F("xử phạt vi phạm hành chính 6 cơ sở", "6", 6, "count", "cơ sở",
      subject="cơ sở bị xử phạt vi phạm hành chính", period=N9),
    F("84 triệu đồng", "84", 84000000, "money", "đồng", subject="tổng số tiền xử phạt", period=N9),
    F("đình chỉ hoạt động 2 cơ sở", "2", 2, "count", "cơ sở",
      subject="cơ sở bị tạm đình chỉ hoạt động", period=N9),
    F("giám sát 100% cơ sở", "100", 100, "percent", "%", status="target",
      subject="cơ sở sản xuất nước đá được giám sát",
      period=P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)),
    F("dưới 4%", "4", 4, "percent", "%", approx="under", status="target",
      subject="tỷ lệ mẫu không đạt",
      period=P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)),
    F("khoảng 550.000 tấn", "550.000", 550000, "measure", "tấn", approx="about", status="forecast",
      subject="sản lượng nước đá", period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
]

NOTES = [
    "Formal report of UBND tỉnh Thanh Hóa (Số: 389/BC-UBND, dated 15/10/2024): ice plants, output and food-safety inspection.",
    "Flattened '|' table by district: every cell is a figure (subject = column label, place = location; the 'Tổng cộng' row",
    "stays Thanh Hóa); cells get no totals. The table and inspection figures take '9 tháng năm 2024' from the title (inherited).",
    "'47/47 cơ sở' → total 47. '5,7%, giảm 2,3 điểm phần trăm' → change of the rate. Section numbers, 'Kế hoạch số 56/KH-UBND',",
    "'QUÝ IV/2024' (heading, inherited period of the tasks), 'Đơn vị tính' line are not figures. '0' in Hậu Lộc is a cell.",
]

write_set("p869-3", TEXT, FIGS, NOTES, published="2024-10-15", location="Thanh Hóa")
