"""p1495-2: district portal (huyện Đức Hòa, Long An): a heat-resistant glass food-box factory; district producers."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA - TỈNH LONG AN
Trang chủ / Tin tức - Sự kiện / Phát triển kinh tế

Nhà máy hộp thủy tinh chịu nhiệt tạo việc làm cho hơn 500 lao động

18/03/2024 - 10:20

Nhà máy sản xuất hộp thủy tinh chịu nhiệt của Công ty cổ phần Thủy tinh gia dụng Tân Phú Long tại Khu công nghiệp Hải Sơn, xã Đức Hòa Hạ, đi vào hoạt động từ tháng 6/2022 với tổng vốn đầu tư 1.250 tỷ đồng. Nhà máy có ba lò nấu thủy tinh borosilicate, công suất thiết kế 36 triệu sản phẩm/năm.

Năm 2023, nhà máy sản xuất 21,7 triệu sản phẩm, đạt 60,3% công suất thiết kế; doanh thu 1.085 tỷ đồng, tăng 18% so với năm 2022. Sản phẩm chủ lực là hộp thủy tinh đựng thực phẩm có dung tích từ 370 ml đến 1.520 ml, chịu được nhiệt độ tối đa 400 độ C. Khoảng 70% sản phẩm được xuất khẩu sang Mỹ, Canada và các nước EU.

Nhà máy hiện sử dụng 526 lao động, trong đó 318 lao động nữ và 41 kỹ sư; thu nhập bình quân 8,9 triệu đồng/người/tháng. Trong 2 tháng đầu năm 2024, nhà máy xuất khẩu 412 container, kim ngạch đạt 18,6 triệu USD, tăng 24,5% so với cùng kỳ.

Năm 2024, công ty phấn đấu nâng sản lượng lên 26 triệu sản phẩm và dự kiến tuyển thêm từ 80 đến 100 lao động khi đưa lò nấu thứ tư vào vận hành.

Hiện trên địa bàn huyện có 9 doanh nghiệp sản xuất đồ gia dụng đựng thực phẩm, gồm 2 doanh nghiệp thủy tinh và 7 doanh nghiệp nhựa, giải quyết việc làm cho khoảng 2.300 lao động.

Nguồn: Phòng Kinh tế và Hạ tầng huyện

Tin khác:
- Đức Hòa: Ra quân Tháng Thanh niên năm 2024
- Hội nghị đối thoại với doanh nghiệp quý I/2024

Địa chỉ: Số 01 đường Hùng Vương, khu phố 3, thị trấn Hậu Nghĩa, huyện Đức Hòa
Điện thoại: 0272.3851.246
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M2 = per("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("cho hơn 500 lao động", "500", 500, "count", "lao động", approx="over",
        subject="lao động nhà máy hộp thủy tinh chịu nhiệt tạo việc làm"),
    fig("đầu tư 1.250 tỷ", "1.250", 1250e9, "money", "đồng",
        subject="tổng vốn đầu tư nhà máy sản xuất hộp thủy tinh chịu nhiệt"),
    fig("có ba lò", "ba", 3, "count", "lò nấu thủy tinh", subject="lò nấu thủy tinh borosilicate của nhà máy"),
    fig("thiết kế 36 triệu", "36", 36e6, "measure", "sản phẩm/năm", subject="công suất thiết kế của nhà máy"),
    fig("sản xuất 21,7 triệu", "21,7", 21.7e6, "count", "sản phẩm", percent=60.3,
        subject="sản phẩm nhà máy sản xuất", period=Y23),
    fig("doanh thu 1.085 tỷ", "1.085", 1085e9, "money", "đồng", change=chg("increase", 18, "%", "năm 2022"),
        subject="doanh thu của nhà máy", period=Y23),
    fig("từ 370 ml", "370", 370, "measure", "ml", value_max=1520,
        subject="dung tích hộp thủy tinh đựng thực phẩm"),
    fig("tối đa 400 độ", "400", 400, "measure", "độ C", approx="at_most",
        subject="nhiệt độ hộp thủy tinh chịu được"),
    fig("Khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="tỷ lệ sản phẩm được xuất khẩu"),
    fig("sử dụng 526 lao động", "526", 526, "count", "lao động", subject="lao động nhà máy sử dụng"),
    fig("318 lao động nữ", "318", 318, "count", "lao động", total=526, subject="lao động nữ"),
    fig("41 kỹ sư", "41", 41, "count", "kỹ sư", total=526, subject="kỹ sư"),
    fig("bình quân 8,9 triệu", "8,9", 8.9e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân lao động nhà máy"),
    fig("xuất khẩu 412 container", "412", 412, "count", "container",
        subject="container nhà máy xuất khẩu", period=M2),
    fig("đạt 18,6 triệu", "18,6", 18.6e6, "money", "USD", change=chg("increase", 24.5, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu của nhà máy", period=M2),
    fig("lên 26 triệu", "26", 26e6, "count", "sản phẩm", status="target",
        subject="sản lượng của công ty", period=Y24),
    fig("từ 80 đến 100", "80", 80, "count", "lao động", value_max=100, status="forecast",
        subject="lao động công ty tuyển thêm", period=Y24),
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất đồ gia dụng đựng thực phẩm trên địa bàn huyện"),
    fig("gồm 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", total=9, subject="doanh nghiệp thủy tinh"),
    fig("và 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", total=9, subject="doanh nghiệp nhựa"),
    fig("khoảng 2.300 lao động", "2.300", 2300, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp giải quyết việc làm"),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): banner naming the district, breadcrumb, '18/03/2024 - 10:20' under the headline,",
    "'Nguồn:', 'Tin khác', address and phone footer. All figures are in the district: location Đức Hòa.",
    "Distractors: 'từ tháng 6/2022', 'lò nấu thứ tư' (ordinal), 'Tháng Thanh niên năm 2024', 'quý I/2024' in links,",
    "'Số 01 đường Hùng Vương, khu phố 3', phone 0272.3851.246, 10:20.",
    "'đạt 60,3% công suất thiết kế' is the percent of 21,7 triệu; 'Khoảng 70% sản phẩm' stands alone (percent figure, about).",
    "'dung tích từ 370 ml đến 1.520 ml' is a range of the product line; 'tối đa 400 độ C' at_most. No period (standing specs).",
    "'trong đó 318 ... và 41 ...' and 'gồm 2 ... và 7 ...' parts take the whole (526, 9). '2 tháng đầu năm 2024' ends 2024-02-29.",
    "'Năm 2024, công ty phấn đấu ... và dự kiến ...': 26 triệu target, 80-100 forecast (dự kiến governs its own clause).",
    "Mỹ, Canada, EU are trade partners, not places of the figure.",
]

if __name__ == "__main__":
    write("p1495-2", TEXT, NOTES, FIGS, published="2024-03-18", location="Đức Hòa")
