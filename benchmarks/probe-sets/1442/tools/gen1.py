"""p1442-1: province portal (Cổng TTĐT tỉnh Thái Nguyên), bánh chưng Bờ Đậu, xã Cổ Lũng, huyện Phú Lương."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THÁI NGUYÊN
Trang chủ > Tin tức - Sự kiện > Kinh tế

Làng bánh chưng Bờ Đậu tất bật vào vụ Tết
Cập nhật: 02/02/2024 08:45 | Lượt xem: 3.128

Những ngày cận Tết Nguyên đán Giáp Thìn 2024, dọc Quốc lộ 3 đoạn qua xóm Bờ Đậu, xã Cổ Lũng, huyện Phú Lương, các lò bánh chưng đỏ lửa suốt ngày đêm.

Theo UBND xã Cổ Lũng, toàn xã hiện có 126 hộ làm bánh chưng, trong đó 38 hộ sản xuất quy mô lớn, thu hút khoảng 650 lao động thời vụ. Năm 2023, doanh thu từ bánh chưng của làng nghề đạt gần 52 tỷ đồng, tăng 9,5% so với năm 2022. Dịp Tết năm nay, các hộ dự kiến cung ứng ra thị trường khoảng 400.000 chiếc bánh, nhiều hơn năm trước chừng 30.000 chiếc.

Bánh chưng Bờ Đậu có giá từ 30.000 đến 45.000 đồng/chiếc tùy loại, riêng bánh chưng đen giá khoảng 60.000 đồng/chiếc. Mỗi ngày làng nghề tiêu thụ trên 5 tấn gạo nếp nương và khoảng 80.000 lá dong; mỗi mẻ bánh được luộc liên tục từ 10 đến 12 tiếng.

Anh Dương Văn Khải, chủ cơ sở bánh chưng Khải Hằng ở km 31, cho biết: "Cơ sở tôi có 14 lao động, ngày cao điểm làm được khoảng 2.500 chiếc, gấp đôi ngày thường. Từ đầu tháng 1/2024 đến nay, cơ sở đã bán hơn 30.000 chiếc, trong đó gần 40% bán qua mạng xã hội".

Toàn tỉnh Thái Nguyên hiện có 3 làng nghề bánh chưng được công nhận, sản lượng hằng năm ước đạt 1,2 triệu chiếc. Mục tiêu đến năm 2025, xã Cổ Lũng phấn đấu có ít nhất 5 sản phẩm bánh chưng đạt OCOP 3 sao trở lên.

Tin liên quan:
- Phú Lương: Khai mạc Hội chợ Xuân Giáp Thìn 2024
- Hướng dẫn đăng ký sản phẩm OCOP năm 2024
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
SINCE = per("Từ đầu tháng 1/2024 đến nay", "2024-01-01", "2024-02-02")
TO25 = per("đến năm 2025", None, "2025-12-31")
TN = "Thái Nguyên"

FIGS = [
    fig("có 126 hộ", "126", 126, "count", "hộ", subject="hộ làm bánh chưng"),
    fig("38 hộ sản xuất", "38", 38, "count", "hộ", total=126, subject="hộ sản xuất quy mô lớn"),
    fig("khoảng 650 lao động", "650", 650, "count", "lao động", approx="about", subject="lao động thời vụ"),
    fig("gần 52 tỷ", "52", 52e9, "money", "đồng", approx="nearly",
        change=chg("increase", 9.5, "%", "năm 2022"), subject="doanh thu từ bánh chưng của làng nghề", period=Y23),
    fig("khoảng 400.000 chiếc", "400.000", 400000, "count", "chiếc", approx="about", status="forecast",
        change=chg("increase", 30000, "chiếc", "năm trước", approx="about"),
        subject="bánh các hộ cung ứng ra thị trường"),
    fig("từ 30.000 đến 45.000", "30.000", 30000, "money", "đồng/chiếc", value_max=45000,
        subject="giá bánh chưng Bờ Đậu"),
    fig("khoảng 60.000 đồng", "60.000", 60000, "money", "đồng/chiếc", approx="about", subject="giá bánh chưng đen"),
    fig("trên 5 tấn", "5", 5, "measure", "tấn/ngày", approx="over",
        subject="gạo nếp nương làng nghề tiêu thụ mỗi ngày"),
    fig("khoảng 80.000 lá", "80.000", 80000, "measure", "lá dong/ngày", approx="about",
        subject="lá dong làng nghề tiêu thụ mỗi ngày"),
    fig("từ 10 đến 12 tiếng", "10", 10, "measure", "tiếng", value_max=12, subject="thời gian luộc mỗi mẻ bánh"),
    fig("có 14 lao động", "14", 14, "count", "lao động", subject="lao động của cơ sở bánh chưng Khải Hằng"),
    fig("khoảng 2.500 chiếc", "2.500", 2500, "count", "chiếc", approx="about",
        change=chg("increase", 2, "lần", "ngày thường"), subject="bánh cơ sở làm được ngày cao điểm"),
    fig("hơn 30.000 chiếc", "30.000", 30000, "count", "chiếc", approx="over", subject="bánh cơ sở đã bán",
        period=SINCE),
    fig("gần 40%", "40", 40, "percent", "%", approx="nearly", subject="bánh bán qua mạng xã hội", period=SINCE),
    fig("có 3 làng nghề", "3", 3, "count", "làng nghề", subject="làng nghề bánh chưng được công nhận", location=TN),
    fig("ước đạt 1,2 triệu", "1,2", 1.2e6, "measure", "chiếc/năm", status="estimate",
        subject="sản lượng hằng năm của làng nghề bánh chưng", location=TN),
    fig("ít nhất 5 sản phẩm", "5", 5, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm bánh chưng đạt OCOP 3 sao trở lên", period=TO25),
]

NOTES = [
    "Province portal (Cổng TTĐT tỉnh Thái Nguyên): breadcrumb, 'Cập nhật: 02/02/2024 08:45 | Lượt xem: 3.128', related links.",
    "Village passage (xóm Bờ Đậu, xã Cổ Lũng, huyện Phú Lương) → location Phú Lương; the province sentence → Thái Nguyên.",
    "Distractors: 'Lượt xem: 3.128', 'Quốc lộ 3', 'km 31', 'Giáp Thìn 2024', 'OCOP 3 sao', link titles with 2024.",
    "'nhiều hơn năm trước chừng 30.000 chiếc' is the change of 400.000 (approx about); 'gấp đôi ngày thường' is the change (2 lần) of 2.500.",
    "'Dịp Tết năm nay' is a festival season, not a period of the table in FIGURES.md: no period given (unscored).",
    "'Mỗi ngày ... trên 5 tấn ... khoảng 80.000 lá dong' are daily rates: measure, unit with '/ngày'. 'ngày cao điểm ... 2.500 chiếc' is one day's count.",
    "'gần 40%' after 'trong đó' is a percent figure of its own (share of a part), with the sentence's period.",
]

if __name__ == "__main__":
    write("p1442-1", TEXT, NOTES, FIGS, published="2024-02-02", location="Phú Lương")
