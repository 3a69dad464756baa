"""p1218-7: department site (Sở Công Thương Hải Dương), no dateline; appliance plants in KCN; one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH HẢI DƯƠNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Công nghiệp điện gia dụng trong các KCN tiếp tục phục hồi

Hiện trên địa bàn tỉnh Hải Dương có 19 doanh nghiệp sản xuất, lắp ráp quạt điện và đồ gia dụng hoạt động trong các KCN Đại An, Nam Sách, Phúc Điền và Cộng Hòa, trong đó 12 doanh nghiệp FDI. 6 tháng đầu năm 2024, chỉ số sản xuất nhóm ngành thiết bị điện của tỉnh tăng 14,3% so với cùng kỳ, cao hơn mức tăng chung của toàn ngành công nghiệp (9,8%).

Sản lượng một số sản phẩm chủ yếu của các doanh nghiệp:
Đơn vị tính: nghìn chiếc
Sản phẩm
Năm 2023
6 tháng đầu năm 2024
Ước cả năm 2024
Quạt điện
2.450
1.380
2.700
Nồi cơm điện
1.120
540
1.180
Bếp điện từ
386
205
420
Tổng số
3.956
2.125
4.300

Các doanh nghiệp đang sử dụng khoảng 8.700 lao động, trong đó lao động nữ chiếm gần 70%. Trong quý III, dự kiến thêm 2 doanh nghiệp đi vào hoạt động, tạo việc làm cho 400-500 lao động.

Tin liên quan:
- Hội chợ hàng công nghiệp nông thôn tiêu biểu lần thứ 7
- Tập huấn sản xuất sạch hơn cho doanh nghiệp năm 2024

SỞ CÔNG THƯƠNG TỈNH HẢI DƯƠNG
Địa chỉ: Số 20 đường Lê Thanh Nghị, TP Hải Dương
Điện thoại: 0220.3852.381 | Email: soct@haiduong.gov.vn
Lượt truy cập: 2.318.455 | Đang online: 41
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
E24 = P("Ước cả năm 2024", "2024-01-01", "2024-12-31")
Q3 = P("Trong quý III", "2024-07-01", "2024-09-30")
COLS = {"Năm 2023": Y23, "6 tháng đầu năm 2024": H1, "Ước cả năm 2024": E24}


def cell(anchor, number, value, row, col):
    kw = {"status": "estimate"} if col.startswith("Ước") else {}
    return F(anchor, number, value * 1000, "count", "chiếc",
             subject=f"sản lượng {row} {col.lower()}", period=COLS[col], **kw)


FIGS = [
    F("có 19 doanh nghiệp", "19", 19, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất, lắp ráp quạt điện và đồ gia dụng hoạt động trong các KCN"),
    F("12 doanh nghiệp FDI", "12", 12, "count", "doanh nghiệp", total=19,
      subject="doanh nghiệp FDI sản xuất, lắp ráp quạt điện và đồ gia dụng"),
    F("tăng 14,3%", "14,3", 14.3, "percent", "%", subject="chỉ số sản xuất nhóm ngành thiết bị điện", period=H1),
    F("(9,8%)", "9,8", 9.8, "percent", "%", subject="mức tăng chung của toàn ngành công nghiệp", period=H1),
    cell("Quạt điện\n2.450", "2.450", 2450, "quạt điện", "Năm 2023"),
    cell("2.450\n1.380", "1.380", 1380, "quạt điện", "6 tháng đầu năm 2024"),
    cell("1.380\n2.700", "2.700", 2700, "quạt điện", "Ước cả năm 2024"),
    cell("Nồi cơm điện\n1.120", "1.120", 1120, "nồi cơm điện", "Năm 2023"),
    cell("1.120\n540", "540", 540, "nồi cơm điện", "6 tháng đầu năm 2024"),
    cell("540\n1.180", "1.180", 1180, "nồi cơm điện", "Ước cả năm 2024"),
    cell("Bếp điện từ\n386", "386", 386, "bếp điện từ", "Năm 2023"),
    cell("386\n205", "205", 205, "bếp điện từ", "6 tháng đầu năm 2024"),
    cell("205\n420", "420", 420, "bếp điện từ", "Ước cả năm 2024"),
    cell("Tổng số\n3.956", "3.956", 3956, "tổng số", "Năm 2023"),
    cell("3.956\n2.125", "2.125", 2125, "tổng số", "6 tháng đầu năm 2024"),
    cell("2.125\n4.300", "4.300", 4300, "tổng số", "Ước cả năm 2024"),
    F("khoảng 8.700 lao động", "8.700", 8700, "count", "lao động", approx="about",
      subject="lao động các doanh nghiệp đang sử dụng"),
    F("chiếm gần 70%", "70", 70, "percent", "%", approx="nearly", subject="tỷ lệ lao động nữ"),
    F("thêm 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", status="forecast",
      subject="doanh nghiệp đi vào hoạt động thêm", period=Q3),
    F("cho 400-500 lao động", "400", 400, "count", "lao động", value_max=500, status="forecast",
      subject="lao động được tạo việc làm", period=Q3),
]

NOTES = [
    "Department site (Sở Công Thương Hải Dương), no dateline: no published. Menu, related links, footer address, phone, counters.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn chiếc' (cells x1000); rows are products; subject = indicator + row + column label;",
    "period from the column header (scored); 'Ước cả năm 2024' -> estimate. Cells get no totals; 'Tổng số' row is its own figures.",
    "'tăng 14,3% so với cùng kỳ' is a growth rate as the claim; '(9,8%)' after 'cao hơn mức tăng chung ...' is the other rate, a",
    "percent figure of its own (not the change of 14,3%: it is the compared level, not the gap).",
    "'Trong quý III' takes 2024 (nearest earlier period, the table header). 'trong đó lao động nữ chiếm gần 70%': percent figure.",
    "Distractors: 'lần thứ 7', 'năm 2024' in a link, 'Số 20 đường Lê Thanh Nghị', 0220.3852.381, 'Lượt truy cập: 2.318.455', 'Đang online: 41'.",
]

if __name__ == "__main__":
    write("p1218-7", TEXT, NOTES, FIGS, location="Hải Dương")
