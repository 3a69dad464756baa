"""p694-6: national press — Tết book streets 2024 (TP HCM, Hà Nội, Đà Nẵng)."""
from lib import write, fig, per, inh, ch, tg

TEXT = """Thứ hai, 19/2/2024, 07:00 (GMT+7)

Đường sách Tết Giáp Thìn đón 1,6 triệu lượt khách

TP HCM - Đường sách Tết Giáp Thìn 2024 thu hút khoảng 1,6 triệu lượt khách, doanh thu đạt 15,8 tỷ đồng, tăng gần 22% so với Tết năm ngoái.

Theo Công ty Đường sách TP HCM, từ ngày 6 đến 13/2 (27 tháng Chạp đến mùng 4 Tết), đường sách trên hai tuyến Nguyễn Văn Bình và Hàn Thuyên, quận 1, có 120 gian hàng của 30 đơn vị xuất bản, phát hành. Ban tổ chức cũng tổ chức hơn 70 buổi giao lưu, ra mắt sách với các tác giả, dịch giả. Khoảng 142.000 cuốn sách được bán ra, trong đó sách văn học, thiếu nhi và kỹ năng chiếm từ 60 đến 65%. Nhiều đơn vị giảm giá sách từ 20 đến 50%.

Ông Lê Hoàng, Tổng giám đốc công ty, cho biết lượng khách năm nay cao hơn dự kiến khoảng 10%. Năm 2023, đường sách đón hơn 4,5 triệu lượt khách, doanh thu cả năm đạt 72 tỷ đồng; bình quân mỗi ngày có khoảng 12.300 lượt khách. Dự kiến trong năm nay, đường sách mở rộng thêm 500 m về phía đường Lê Duẩn.

Tại Hà Nội, Phố sách Xuân Giáp Thìn ở phố 19 Tháng 12 đón khoảng 300.000 lượt khách. Ở Đà Nẵng, Lễ hội đường sách Tết trên đường Bạch Đằng thu hút hơn 85.000 lượt, doanh thu hơn 1,2 tỷ đồng.

Đường sách mở cửa từ 8h đến 22h hằng ngày, vào cửa miễn phí.

Quỳnh Trần
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
NOW = per("trong năm nay", "2024-01-01", "2024-12-31")
TET = per("từ ngày 6 đến 13/2", "2024-02-06", "2024-02-13", inherited=True)

FIGS = [
    fig("đón 1,6 triệu lượt khách", "1,6", 1600000, "count", "lượt khách", "lượt khách Đường sách Tết Giáp Thìn"),
    fig("khoảng 1,6 triệu lượt khách", "1,6", 1600000, "count", "lượt khách",
        "lượt khách Đường sách Tết Giáp Thìn 2024", approx="about"),
    fig("đạt 15,8 tỷ đồng", "15,8", 15800000000, "money", "đồng", "doanh thu Đường sách Tết Giáp Thìn 2024",
        change=ch("increase", 22, "%", "Tết năm ngoái", approx="nearly")),
    fig("hai tuyến", "hai", 2, "count", "tuyến", "tuyến đường sách", TET, optional=True),
    fig("có 120 gian hàng", "120", 120, "count", "gian hàng", "gian hàng đường sách", TET),
    fig("của 30 đơn vị", "30", 30, "count", "đơn vị xuất bản, phát hành", "đơn vị xuất bản, phát hành", TET),
    fig("hơn 70 buổi giao lưu", "70", 70, "count", "buổi giao lưu", "buổi giao lưu, ra mắt sách", TET,
        approx="over"),
    fig("Khoảng 142.000 cuốn sách", "142.000", 142000, "count", "cuốn sách", "sách được bán ra", TET,
        approx="about"),
    fig("từ 60 đến 65%", "60", 60, "percent", "%", "sách văn học, thiếu nhi và kỹ năng trong số sách bán ra", TET,
        value_max=65),
    fig("từ 20 đến 50%", "20", 20, "percent", "%", "mức giảm giá sách", TET, value_max=50),
    fig("khoảng 10%", "10", 10, "percent", "%", "lượng khách năm nay cao hơn dự kiến", approx="about"),
    fig("hơn 4,5 triệu lượt khách", "4,5", 4500000, "count", "lượt khách", "lượt khách đường sách", Y23,
        approx="over"),
    fig("đạt 72 tỷ đồng", "72", 72000000000, "money", "đồng", "doanh thu cả năm của đường sách", Y23),
    fig("khoảng 12.300 lượt khách", "12.300", 12300, "count", "lượt khách", "lượt khách bình quân mỗi ngày", Y23,
        approx="about"),
    fig("thêm 500 m", "500", 500, "measure", "m", "chiều dài đường sách mở rộng thêm", NOW, status="forecast"),
    fig("khoảng 300.000 lượt khách", "300.000", 300000, "count", "lượt khách", "lượt khách Phố sách Xuân Giáp Thìn",
        approx="about", location="Hà Nội"),
    fig("hơn 85.000 lượt", "85.000", 85000, "count", "lượt", "lượt khách Lễ hội đường sách Tết", approx="over",
        location="Đà Nẵng"),
    fig("hơn 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "doanh thu Lễ hội đường sách Tết", approx="over",
        location="Đà Nẵng"),
]

COMMENTS = [
    "National press (VnExpress style), 'Thứ hai, 19/2/2024, 07:00 (GMT+7)', byline at the end: Tết Giáp Thìn book streets.",
    "Not figures: '(GMT+7)', '27 tháng Chạp', 'mùng 4 Tết' (lunar dates), 'quận 1', 'phố 19 Tháng 12' (street name), '8h đến 22h' (times).",
    "The Tết week (6-13/2) is the inherited period of the second paragraph; the lead names no period phrase the spec defines",
    "('Tết Giáp Thìn 2024' names the event), so lead figures carry none. 'trong năm nay' = 2024 (published year).",
    "'từ 60 đến 65%' after 'trong đó' is a share of a part with no number of its own: a percent figure, not an attribute of 142.000.",
    "revised after the first run: 'hai tuyến' (2 streets, a number word) added as optional — a layout count like shared h05 'cả 03 khối'.",
    "'cao hơn dự kiến khoảng 10%' stands alone (no base amount): a percent figure. Hà Nội and Đà Nẵng figures take their city.",
]

if __name__ == "__main__":
    write("p694-6", TEXT, COMMENTS, FIGS, published="2024-02-19", location="TP Hồ Chí Minh")
