"""p1476-2: district portal (huyện Văn Lâm, Hưng Yên): a crayon and paint maker in KCN Phố Nối A."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN LÂM - TỈNH HƯNG YÊN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính

Doanh nghiệp sản xuất bút sáp màu tạo việc làm cho hơn 600 lao động

20/02/2024 - 10:12

Đóng tại Khu công nghiệp Phố Nối A, xã Lạc Hồng, Công ty cổ phần Họa phẩm Minh Khôi hiện có ba nhà xưởng với tổng diện tích 2,4 ha, chuyên sản xuất bút sáp màu, sáp dầu, đất nặn và màu nước cho học sinh.

Năm 2023, công ty sản xuất 14,5 triệu hộp sản phẩm các loại; doanh thu đạt 286 tỷ đồng, tăng 15% so với năm 2022 và vượt mục tiêu đề ra là 260 tỷ đồng. Trong đó, doanh thu xuất khẩu sang Hàn Quốc, Australia và các nước Đông Nam Á đạt 72 tỷ đồng, chiếm hơn 25%.

Hiện công ty sử dụng 640 lao động, trong đó 412 lao động nữ, phần lớn là người dân các xã Lạc Hồng, Trưng Trắc, Đình Dù. Thu nhập bình quân năm 2023 đạt 9,2 triệu đồng/người/tháng, cao hơn 7% so với năm 2022. Mỗi năm, công ty trao tặng khoảng 2.000 hộp màu vẽ cho học sinh có hoàn cảnh khó khăn trên địa bàn huyện.

Năm 2024, công ty phấn đấu doanh thu đạt 320 tỷ đồng, tuyển dụng thêm từ 80 đến 100 lao động; dự kiến đầu tư 45 tỷ đồng lắp đặt một dây chuyền sản xuất màu acrylic.

Theo Phòng Kinh tế và Hạ tầng, toàn huyện hiện có 5 doanh nghiệp sản xuất văn phòng phẩm, họa cụ, gồm 3 doanh nghiệp trong nước và 2 doanh nghiệp FDI. Các doanh nghiệp này đóng góp khoảng 3,5% giá trị sản xuất công nghiệp của huyện.

Nguồn: Phòng Kinh tế và Hạ tầng huyện Văn Lâm

Tin khác:
- Văn Lâm tổ chức Hội nghị đối thoại với doanh nghiệp năm 2024
- Xã Tân Quang ra mắt mô hình "Dân vận khéo" số 3

Địa chỉ: Số 8 đường Lê Xuân Mậu, thị trấn Như Quỳnh, huyện Văn Lâm | Điện thoại: 0221.3986.512
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hơn 600 lao động", "600", 600, "count", "lao động", approx="over",
        subject="lao động doanh nghiệp sản xuất bút sáp màu tạo việc làm"),
    fig("có ba nhà xưởng", "ba", 3, "count", "nhà xưởng", subject="nhà xưởng của Công ty cổ phần Họa phẩm Minh Khôi"),
    fig("tích 2,4 ha", "2,4", 2.4, "measure", "ha", subject="tổng diện tích nhà xưởng"),
    fig("sản xuất 14,5 triệu", "14,5", 14.5e6, "count", "hộp", subject="sản phẩm các loại công ty sản xuất",
        period=Y23),
    fig("đạt 286 tỷ", "286", 286e9, "money", "đồng", change=chg("increase", 15, "%", "năm 2022"),
        target=tgt(260e9, "đồng", True), subject="doanh thu", period=Y23),
    fig("đạt 72 tỷ", "72", 72e9, "money", "đồng", total=286e9, percent=25,
        subject="doanh thu xuất khẩu sang Hàn Quốc, Australia và các nước Đông Nam Á", period=inh(Y23)),
    fig("sử dụng 640 lao động", "640", 640, "count", "lao động", subject="lao động công ty sử dụng"),
    fig("trong đó 412 lao động", "412", 412, "count", "lao động", total=640, subject="lao động nữ"),
    fig("đạt 9,2 triệu", "9,2", 9.2e6, "money", "đồng/người/tháng", change=chg("increase", 7, "%", "năm 2022"),
        subject="thu nhập bình quân", period=Y23b),
    fig("khoảng 2.000 hộp", "2.000", 2000, "measure", "hộp/năm", approx="about",
        subject="hộp màu vẽ trao tặng học sinh có hoàn cảnh khó khăn"),
    fig("đạt 320 tỷ", "320", 320e9, "money", "đồng", status="target", subject="doanh thu", period=Y24),
    fig("từ 80 đến 100", "80", 80, "count", "lao động", value_max=100, status="target",
        subject="lao động tuyển dụng thêm", period=Y24),
    fig("tư 45 tỷ", "45", 45e9, "money", "đồng", status="forecast",
        subject="vốn đầu tư lắp đặt dây chuyền sản xuất màu acrylic", period=Y24),
    fig("một dây chuyền", "một", 1, "count", "dây chuyền", status="forecast",
        subject="dây chuyền sản xuất màu acrylic", period=Y24),
    fig("có 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất văn phòng phẩm, họa cụ"),
    fig("gồm 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", total=5, subject="doanh nghiệp trong nước"),
    fig("và 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", total=5, subject="doanh nghiệp FDI"),
    fig("khoảng 3,5%", "3,5", 3.5, "percent", "%", approx="about",
        subject="đóng góp của các doanh nghiệp này vào giá trị sản xuất công nghiệp của huyện"),
]

NOTES = [
    "District portal (huyện Văn Lâm, Hưng Yên): banner, menu, '20/02/2024 - 10:12' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 10:12, 'Phố Nối A', 'năm 2024' and 'số 3' in link titles, 'Số 8 đường Lê Xuân Mậu', phone 0221.3986.512.",
    "All figures are of the district (the company sits in xã Lạc Hồng): location Văn Lâm.",
    "286 tỷ: change 15% (năm 2022) and 'vượt mục tiêu đề ra là 260 tỷ đồng' → target 260 tỷ, met.",
    "'Trong đó, doanh thu xuất khẩu ... 72 tỷ đồng, chiếm hơn 25%' → total 286 tỷ (same unit, year), percent 25; period inherited.",
    "'Mỗi năm ... khoảng 2.000 hộp' is a yearly rate: measure, hộp/năm. 'Hiện' figures get no period.",
    "'Năm 2024, công ty phấn đấu ...; dự kiến ...': target for 320 tỷ and 80-100 lao động, forecast after 'dự kiến'.",
    "'đóng góp khoảng 3,5% giá trị sản xuất công nghiệp' stands in its own sentence with no base amount: a percent figure.",
]

if __name__ == "__main__":
    write("p1476-2", TEXT, NOTES, FIGS, published="2024-02-20", location="Văn Lâm")
