"""p691-3: formal report UBND tỉnh Thừa Thiên Huế — railway transport 9 months 2024, flattened | table."""
from lib import emit, fig, per, inh, chg

TEXT = """UBND TỈNH THỪA THIÊN HUẾ
Số: 412/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thừa Thiên Huế, ngày 15 tháng 10 năm 2024

BÁO CÁO
Tình hình vận tải đường sắt trên địa bàn tỉnh 9 tháng năm 2024

Thực hiện Công văn số 5836/BGTVT-VT ngày 03/6/2024 của Bộ Giao thông vận tải, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Vận tải hành khách, hàng hóa
Trên địa bàn tỉnh có 11 ga đường sắt đang khai thác, trong đó 3 ga có tác nghiệp hàng hóa. Kết quả 9 tháng năm 2024 như sau:

Chỉ tiêu | 9 tháng 2023 | 9 tháng 2024 | So cùng kỳ (%)
Hành khách đi, đến (lượt) | 612.450 | 705.380 | 115,2
Hàng hóa xếp, dỡ (tấn) | 148.900 | 136.720 | 91,8
Doanh thu vận tải (triệu đồng) | 186.240 | 214.560 | 115,2

Lượng hàng hóa giảm 8,2% do một số doanh nghiệp xi măng chuyển sang vận tải đường bộ. Trong 9 tháng, tàu du lịch "Kết nối di sản miền Trung" tuyến Huế – Đà Nẵng chạy 412 chuyến, phục vụ hơn 38.600 lượt khách, hệ số sử dụng chỗ bình quân đạt 87%.

2. Bảo đảm trật tự an toàn giao thông đường sắt
9 tháng năm 2024, trên địa bàn tỉnh xảy ra 7 vụ tai nạn giao thông đường sắt, làm chết 4 người, bị thương 5 người; so với cùng kỳ giảm 3 vụ. Đã xóa bỏ 14/32 lối đi tự mở, đạt 43,8%; số còn lại tập trung ở các huyện Phong Điền (7), Phú Lộc (6) và thị xã Hương Thủy (5).

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu cả năm 2024 đạt 950.000 lượt hành khách, doanh thu vận tải 290 tỷ đồng; xóa bỏ 100% lối đi tự mở còn lại.

Nơi nhận:
- Bộ Giao thông vận tải;
- Lưu: VT, KT.
"""

P23 = per("9 tháng 2023", "2023-01-01", "2023-09-30")
P24 = per("9 tháng 2024", "2024-01-01", "2024-09-30")
T9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    fig("có 11 ga", "11", 11, "count", "ga", subject="ga đường sắt đang khai thác"),
    fig("trong đó 3 ga", "3", 3, "count", "ga", total=11, subject="ga có tác nghiệp hàng hóa"),
    # table
    fig("(lượt) | 612.450", "612.450", 612450, "count", "lượt",
        subject="Hành khách đi, đến 9 tháng 2023", period=P23),
    fig("| 705.380 |", "705.380", 705380, "count", "lượt",
        subject="Hành khách đi, đến 9 tháng 2024", period=P24),
    fig("705.380 | 115,2", "115,2", 115.2, "percent", "%",
        subject="Hành khách đi, đến so cùng kỳ", period=inh(T9)),
    fig("(tấn) | 148.900", "148.900", 148900, "measure", "tấn",
        subject="Hàng hóa xếp, dỡ 9 tháng 2023", period=P23),
    fig("| 136.720 |", "136.720", 136720, "measure", "tấn",
        subject="Hàng hóa xếp, dỡ 9 tháng 2024", period=P24),
    fig("| 91,8", "91,8", 91.8, "percent", "%",
        subject="Hàng hóa xếp, dỡ so cùng kỳ", period=inh(T9)),
    fig("(triệu đồng) | 186.240", "186.240", 186240e6, "money", "đồng",
        subject="Doanh thu vận tải 9 tháng 2023", period=P23),
    fig("| 214.560 |", "214.560", 214560e6, "money", "đồng",
        subject="Doanh thu vận tải 9 tháng 2024", period=P24),
    fig("214.560 | 115,2", "115,2", 115.2, "percent", "%",
        subject="Doanh thu vận tải so cùng kỳ", period=inh(T9)),
    # text
    fig("giảm 8,2%", "8,2", 8.2, "percent", "%", subject="lượng hàng hóa", period=inh(T9)),
    fig("chạy 412 chuyến", "412", 412, "count", "chuyến",
        subject="chuyến tàu du lịch Kết nối di sản miền Trung tuyến Huế – Đà Nẵng",
        period=per("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    fig("hơn 38.600 lượt khách", "38.600", 38600, "count", "lượt khách", approx="over",
        subject="lượt khách tàu du lịch Kết nối di sản miền Trung phục vụ",
        period=per("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    fig("đạt 87%", "87", 87, "percent", "%",
        subject="hệ số sử dụng chỗ bình quân tàu du lịch",
        period=per("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    fig("xảy ra 7 vụ", "7", 7, "count", "vụ",
        change=chg("decrease", 3, "vụ", baseline="cùng kỳ"),
        subject="vụ tai nạn giao thông đường sắt", period=T9),
    fig("chết 4 người", "4", 4, "count", "người",
        subject="người chết do tai nạn giao thông đường sắt", period=T9),
    fig("thương 5 người", "5", 5, "count", "người",
        subject="người bị thương do tai nạn giao thông đường sắt", period=T9),
    fig("bỏ 14/32 lối", "14", 14, "count", "lối đi tự mở", total=32, percent=43.8,
        subject="lối đi tự mở đã xóa bỏ", period=inh(T9)),
    fig("Phong Điền (7)", "7", 7, "count", "lối đi tự mở",
        subject="lối đi tự mở còn lại", location="Phong Điền"),
    fig("Phú Lộc (6)", "6", 6, "count", "lối đi tự mở",
        subject="lối đi tự mở còn lại", location="Phú Lộc"),
    fig("Hương Thủy (5)", "5", 5, "count", "lối đi tự mở",
        subject="lối đi tự mở còn lại", location="Hương Thủy"),
    fig("đạt 950.000 lượt", "950.000", 950000, "count", "lượt hành khách", status="target",
        subject="lượt hành khách", period=Y24),
    fig("vận tải 290 tỷ đồng", "290", 290e9, "money", "đồng", status="target",
        subject="doanh thu vận tải", period=Y24),
    fig("bỏ 100% lối", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ lối đi tự mở còn lại được xóa bỏ", period=Y24),
]

COMMENTS = [
    "Báo cáo UBND tỉnh Thừa Thiên Huế số 412/BC-UBND (15/10/2024): vận tải đường sắt 9 tháng 2024, flattened '|' table with units in row labels.",
    "Table cells: subject = row label + column; unit and multiplier from the row label ('(triệu đồng)' makes 186.240 = 186,24·10⁹ đồng);",
    "period from the column headers (scored); the 'So cùng kỳ (%)' cells are percent figures of their own with the report's period (inherited).",
    "'Lượng hàng hóa giảm 8,2%' is a rate that is the claim (percent, no change). 'so với cùng kỳ giảm 3 vụ' is the change of 7 vụ (across the casualties).",
    "'14/32 lối đi tự mở, đạt 43,8%' → total 32, percent 43.8. Bracketed district items are counts with their district as location, no total (the 18 remaining is not stated).",
    "Published = the report's place-and-date line. Not figures: Số 412/BC-UBND, Công văn số 5836/BGTVT-VT ngày 03/6/2024, section numbers I., 1., 2., II., QUÝ IV/2024.",
]

if __name__ == "__main__":
    emit("p691-3", TEXT, COMMENTS, FIGS, published="2024-10-15", location="Thừa Thiên Huế")
