"""p1378-8: radio/TV site (Đài PT-TH Đồng Tháp, tag THDT): Tết newspapers Ất Tỵ 2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐỒNG THÁP
Thời sự | Kinh tế | Văn hóa - Xã hội | Phát thanh | Truyền hình

Báo Xuân Ất Tỵ 2025 đến với bạn đọc

03/01/2025 17:45 | Lượt xem: 356

THDT - Những ngày cuối năm, các cơ quan báo chí trong tỉnh khẩn trương in ấn, phát hành ấn phẩm Xuân Ất Tỵ 2025 phục vụ bạn đọc dịp Tết Nguyên đán.

Năm nay, Báo Đồng Tháp in 18.000 cuốn báo Xuân, tăng 2.000 cuốn so với năm trước. Ấn phẩm dày 120 trang, in 4 màu trên giấy couché, giá bìa 45.000 đồng/cuốn. Báo được in tại Công ty TNHH In Sen Hồng và dự kiến phát hành hết trước ngày 20 tháng Chạp. Dịp Tết này, công ty nhận in gần 25.000 cuốn ấn phẩm Xuân cho 14 đơn vị trong và ngoài tỉnh; doanh thu từ mảng này ước đạt 1,1 tỷ đồng.

Theo Sở Thông tin và Truyền thông, Tết năm nay các cơ quan báo chí, hội văn học nghệ thuật và các sở, ngành của tỉnh phát hành tổng cộng khoảng 31.500 cuốn báo, tạp chí, đặc san Xuân, tăng khoảng 8% so với Tết Giáp Thìn. Giá các ấn phẩm Xuân phổ biến từ 30.000 đến 80.000 đồng/cuốn.

Bưu điện tỉnh cho biết, tính đến ngày 31/12/2024 đã nhận đặt mua 9.850 cuốn báo Xuân các loại, trong đó báo Xuân Nhân Dân 1.240 cuốn, báo Xuân Đồng Tháp 3.600 cuốn. Khoảng 65% số đơn đặt mua đến từ cơ quan, doanh nghiệp để làm quà biếu Tết.

Hội báo Xuân tỉnh năm 2025 dự kiến trưng bày hơn 400 ấn phẩm của 80 cơ quan báo chí trong cả nước, diễn ra từ ngày 15 đến 20/1/2025 tại Công viên Văn hóa Đỉnh Thăng Long, TP Cao Lãnh.

Thanh Tâm - Minh Thư

Tin cùng chuyên mục:
- Đồng Tháp: Phát động Giải báo chí về xây dựng Đảng lần thứ VII
"""

Y25 = per("Năm nay", "2025-01-01", "2025-12-31")
Y25b = per("năm nay", "2025-01-01", "2025-12-31")
ASOF = per("tính đến ngày 31/12/2024", None, "2024-12-31")
H25 = per("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("in 18.000 cuốn", "18.000", 18000, "count", "cuốn", change=chg("increase", 2000, "cuốn", "năm trước"),
        subject="cuốn báo Xuân Báo Đồng Tháp in", period=Y25),
    fig("dày 120 trang", "120", 120, "count", "trang", subject="số trang ấn phẩm"),
    fig("bìa 45.000 đồng/cuốn", "45.000", 45000, "money", "đồng/cuốn", subject="giá bìa"),
    fig("gần 25.000 cuốn", "25.000", 25000, "count", "cuốn", approx="nearly",
        subject="cuốn ấn phẩm Xuân công ty nhận in"),
    fig("cho 14 đơn vị", "14", 14, "count", "đơn vị", subject="đơn vị trong và ngoài tỉnh đặt in ấn phẩm Xuân"),
    fig("ước đạt 1,1 tỷ", "1,1", 1.1e9, "money", "đồng", status="estimate",
        subject="doanh thu từ mảng in ấn phẩm Xuân"),
    fig("khoảng 31.500 cuốn", "31.500", 31500, "count", "cuốn", approx="about",
        change=chg("increase", 8, "%", "Tết Giáp Thìn", approx="about"),
        subject="cuốn báo, tạp chí, đặc san Xuân các cơ quan của tỉnh phát hành", period=Y25b),
    fig("từ 30.000 đến 80.000", "30.000", 30000, "money", "đồng/cuốn", value_max=80000,
        subject="giá các ấn phẩm Xuân phổ biến"),
    fig("mua 9.850 cuốn", "9.850", 9850, "count", "cuốn", subject="cuốn báo Xuân các loại Bưu điện tỉnh nhận đặt mua",
        period=ASOF),
    fig("Nhân Dân 1.240 cuốn", "1.240", 1240, "count", "cuốn", total=9850, subject="báo Xuân Nhân Dân", period=ASOF),
    fig("Đồng Tháp 3.600 cuốn", "3.600", 3600, "count", "cuốn", total=9850, subject="báo Xuân Đồng Tháp", period=ASOF),
    fig("Khoảng 65%", "65", 65, "percent", "%", approx="about",
        subject="số đơn đặt mua đến từ cơ quan, doanh nghiệp", period=inh(ASOF)),
    fig("hơn 400 ấn phẩm", "400", 400, "count", "ấn phẩm", approx="over", status="forecast",
        subject="ấn phẩm Hội báo Xuân tỉnh trưng bày", period=H25),
    fig("của 80 cơ quan", "80", 80, "count", "cơ quan báo chí", status="forecast",
        subject="cơ quan báo chí có ấn phẩm trưng bày", period=H25),
]

NOTES = [
    "Radio/TV site (Đài Phát thanh và Truyền hình Đồng Tháp): menu, '03/01/2025 17:45 | Lượt xem: 356', tag 'THDT -', double byline, related link.",
    "Distractors: 17:45, Lượt xem 356, 'Ất Tỵ 2025' and 'Giáp Thìn' (names of lunar years), 'in 4 màu' (printing type), 'trước ngày 20 tháng Chạp',",
    "'từ ngày 15 đến 20/1/2025' (dates), 'Đỉnh Thăng Long', 'lần thứ VII'.",
    "'Năm nay' / 'Tết năm nay' take the year of the dateline (2025). 'tăng 2.000 cuốn so với năm trước' → change in cuốn.",
    "The printer: 'Dịp Tết này' is no period phrase of the spec, so its three figures get none; 'ước đạt 1,1 tỷ' → estimate.",
    "'dày 120 trang' → count of pages; price '45.000 đồng/cuốn' and the 30.000-80.000 range: no period (standing prices).",
    "'tính đến ngày 31/12/2024' → as-of period; 'trong đó ... 1.240 cuốn, ... 3.600 cuốn' → total 9.850 (parts need not add up).",
    "'Khoảng 65% số đơn đặt mua' → percent figure, period as-of inherited from the previous sentence.",
    "'Hội báo Xuân tỉnh năm 2025 dự kiến trưng bày hơn 400 ấn phẩm của 80 cơ quan' → forecast; 'cả nước' names where the agencies come",
    "from, the figures stay in Đồng Tháp (the event's place).",
]

if __name__ == "__main__":
    write("p1378-8", TEXT, NOTES, FIGS, published="2025-01-03", location="Đồng Tháp")
