"""p1442-5: national newspaper (VnExpress-like), bánh chưng orders in Hà Nội, a supermarket chain in TP HCM, national demand."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 5/2/2024, 07:30 (GMT+7)

Bánh chưng 'cháy hàng' trước Tết

Nhiều cơ sở bánh chưng ở Hà Nội nhận đơn tăng 20-30% so với Tết năm ngoái, phần lớn khách đặt qua mạng và đặt làm quà biếu.

Công ty TNHH Thực phẩm Minh Khang (quận Hoàng Mai, Hà Nội) năm nay nhận đặt 85.000 chiếc bánh chưng, gấp rưỡi năm ngoái. Ông Trần Minh Khang, giám đốc, cho biết công ty có 3 xưởng với 120 công nhân, mỗi ngày xuất xưởng khoảng 4.000 chiếc. Giá bán lẻ từ 65.000 đến 95.000 đồng một chiếc, tăng khoảng 5% so với năm ngoái do giá gạo nếp, thịt lợn đều tăng. Gần 60% đơn hàng đến từ doanh nghiệp mua làm quà biếu.

"Từ 20 tháng Chạp, xưởng chạy 3 ca mà vẫn không đủ bánh để giao", ông Khang nói.

Tại TP HCM, hệ thống siêu thị Sài Gòn Phương Nam dự kiến bán khoảng 150.000 chiếc bánh chưng, bánh tét trong dịp Tết, tăng 15% so với năm trước. Năm ngoái, bánh tét chiếm khoảng 65% lượng bánh bán ra tại chuỗi. Đại diện chuỗi cho biết giá bánh tét loại 1 kg khoảng 80.000 đồng, bánh chưng loại 1,2 kg khoảng 95.000 đồng.

Theo Bộ Công Thương, nhu cầu bánh chưng, bánh tét cả nước dịp Tết Giáp Thìn ước khoảng 20 triệu chiếc. Ngoài các làng nghề truyền thống như Tranh Khúc (Hà Nội), Bờ Đậu (Thái Nguyên) hay Trà Cuôn (Trà Vinh), hơn 1.000 cơ sở quy mô công nghiệp đã tham gia cung ứng.

Phương Linh
"""

NAM_NAY = per("năm nay", "2024-01-01", "2024-12-31")
NAM_NGOAI = per("Năm ngoái", "2023-01-01", "2023-12-31")
HM = "Hoàng Mai"
HCM = "TP Hồ Chí Minh"
VN = "Việt Nam"

FIGS = [
    fig("20-30%", "20", 20, "percent", "%", value_max=30, subject="đơn nhiều cơ sở bánh chưng nhận",
        location="Hà Nội"),
    fig("85.000 chiếc", "85.000", 85000, "count", "chiếc", change=chg("increase", 1.5, "lần", "năm ngoái"),
        subject="bánh chưng Công ty TNHH Thực phẩm Minh Khang nhận đặt", period=NAM_NAY, location=HM),
    fig("có 3 xưởng", "3", 3, "count", "xưởng", subject="xưởng của công ty", location=HM),
    fig("120 công nhân", "120", 120, "count", "công nhân", subject="công nhân của công ty", location=HM),
    fig("khoảng 4.000 chiếc", "4.000", 4000, "measure", "chiếc/ngày", approx="about",
        subject="bánh xuất xưởng mỗi ngày", location=HM),
    fig("từ 65.000 đến 95.000", "65.000", 65000, "money", "đồng/chiếc", value_max=95000,
        change=chg("increase", 5, "%", "năm ngoái", approx="about"), subject="giá bán lẻ", location=HM),
    fig("Gần 60%", "60", 60, "percent", "%", approx="nearly",
        subject="đơn hàng đến từ doanh nghiệp mua làm quà biếu", location=HM),
    fig("chạy 3 ca", "3", 3, "count", "ca", subject="ca xưởng chạy", location=HM),
    fig("khoảng 150.000 chiếc", "150.000", 150000, "count", "chiếc", approx="about", status="forecast",
        change=chg("increase", 15, "%", "năm trước"),
        subject="bánh chưng, bánh tét hệ thống siêu thị Sài Gòn Phương Nam bán", location=HCM),
    fig("khoảng 65%", "65", 65, "percent", "%", approx="about", subject="bánh tét trong lượng bánh bán ra tại chuỗi",
        period=NAM_NGOAI, location=HCM),
    fig("loại 1 kg", "1", 1, "measure", "kg", subject="bánh tét loại", location=HCM, optional=True),
    fig("khoảng 80.000 đồng", "80.000", 80000, "money", "đồng", approx="about", subject="giá bánh tét loại 1 kg",
        location=HCM),
    fig("loại 1,2 kg", "1,2", 1.2, "measure", "kg", subject="bánh chưng loại", location=HCM, optional=True),
    fig("khoảng 95.000 đồng", "95.000", 95000, "money", "đồng", approx="about", subject="giá bánh chưng loại 1,2 kg",
        location=HCM),
    fig("khoảng 20 triệu", "20", 20e6, "count", "chiếc", approx="about", status="estimate",
        subject="nhu cầu bánh chưng, bánh tét cả nước dịp Tết Giáp Thìn", location=VN),
    fig("hơn 1.000 cơ sở", "1.000", 1000, "count", "cơ sở", approx="over",
        subject="cơ sở quy mô công nghiệp đã tham gia cung ứng", location=VN),
]

NOTES = [
    "National newspaper (VnExpress-like): section breadcrumb, 'Thứ hai, 5/2/2024, 07:30 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: '07:30', '(GMT+7)', '20 tháng Chạp' (lunar date), 'Tết Giáp Thìn', village names with provinces in brackets.",
    "Sapo 'nhận đơn tăng 20-30% so với Tết năm ngoái' is a growth rate as the claim: a percent range, no change, location Hà Nội.",
    "'gấp rưỡi năm ngoái' = change 1.5 lần of 85.000 (number word 'rưỡi'). The firm in quận Hoàng Mai → location Hoàng Mai.",
    "'năm nay' = 2024, 'Năm ngoái' = 2023 (dateline year). 'mỗi ngày xuất xưởng khoảng 4.000 chiếc' → measure chiếc/ngày.",
    "'đồng một chiếc' = đồng/chiếc. Cake sizes 'loại 1 kg', 'loại 1,2 kg' are optional. 'xưởng chạy 3 ca' is a count (shifts).",
    "'ước khoảng 20 triệu chiếc' → estimate + about; national (Bộ Công Thương, cả nước) → Việt Nam.",
]

if __name__ == "__main__":
    write("p1442-5", TEXT, NOTES, FIGS, published="2024-02-05")
