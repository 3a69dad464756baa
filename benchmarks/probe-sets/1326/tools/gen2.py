"""p1326-2: district portal (huyện Bến Cầu, Tây Ninh): duty-free shops at Mộc Bài, 6 months 2023."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BẾN CẦU - TỈNH TÂY NINH
Trang chủ | Giới thiệu | Tin tức | Kinh tế | Văn bản

Khu thương mại miễn thuế Mộc Bài: doanh số 6 tháng đạt 312 tỷ đồng

05/07/2023 - 10:20

Theo Ban Quản lý Khu kinh tế tỉnh, 6 tháng đầu năm 2023, các cửa hàng miễn thuế tại Khu thương mại - công nghiệp Mộc Bài, huyện Bến Cầu đạt doanh số 312 tỷ đồng, tăng 18,5% so với cùng kỳ, bằng 52% kế hoạch năm. Lượng khách đến mua sắm khoảng 1,2 triệu lượt, trong đó khách nước ngoài 148.000 lượt, chủ yếu là khách Campuchia.

Hiện khu có 9 doanh nghiệp kinh doanh hàng miễn thuế với 14 cửa hàng, gồm 11 cửa hàng tại Trung tâm thương mại Mộc Bài và 3 cửa hàng tại khu vực cửa khẩu. Công ty cổ phần Thương mại Biên Giới Xanh, đơn vị lớn nhất, đạt doanh số 87 tỷ đồng, chiếm 27,9% doanh số toàn khu; công ty sử dụng 126 lao động, thu nhập bình quân 8,4 triệu đồng/người/tháng.

Theo quy định, khách mua hàng miễn thuế tại khu được mua với định mức tối đa 500.000 đồng/người/ngày. Các mặt hàng bán chạy là rượu, thuốc lá, mỹ phẩm và bánh kẹo nhập khẩu.

Tại hội nghị ngày 3/7, ông Lê Văn Tư, Phó Chủ tịch UBND huyện Bến Cầu, cho biết huyện phấn đấu 6 tháng cuối năm thu hút thêm từ 2 đến 3 doanh nghiệp đầu tư vào khu thương mại; cả năm đạt doanh số trên 600 tỷ đồng, đóng góp ngân sách khoảng 45 tỷ đồng.

Nguồn: Phòng Kinh tế - Hạ tầng huyện

Tin khác:
- Bến Cầu: Ra quân Tháng hành động vì an toàn thực phẩm
- Xã Long Thuận tổ chức Đại hội Hội Nông dân nhiệm kỳ 2023-2028

Địa chỉ: Khu phố 1, thị trấn Bến Cầu, huyện Bến Cầu, tỉnh Tây Ninh. Điện thoại: 0276.3876.124
"""

H1 = per("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
H1_S = per("6 tháng", "2023-01-01", "2023-06-30")
H2 = per("6 tháng cuối năm", "2023-07-01", "2023-12-31")
YEAR = per("cả năm", "2023-01-01", "2023-12-31")

FIGS = [
    fig("6 tháng đạt 312 tỷ", "312", 312e9, "money", "đồng",
        subject="doanh số khu thương mại miễn thuế Mộc Bài", period=H1_S),
    fig("doanh số 312 tỷ", "312", 312e9, "money", "đồng", percent=52,
        change=chg("increase", 18.5, "%", "cùng kỳ"),
        subject="doanh số các cửa hàng miễn thuế tại Khu thương mại - công nghiệp Mộc Bài", period=H1),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "count", "lượt", approx="about",
        subject="lượng khách đến mua sắm", period=inh(H1)),
    fig("ngoài 148.000 lượt", "148.000", 148000, "count", "lượt", total=1.2e6,
        subject="khách nước ngoài", period=inh(H1)),
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
        subject="doanh nghiệp kinh doanh hàng miễn thuế"),
    fig("với 14 cửa hàng", "14", 14, "count", "cửa hàng",
        subject="cửa hàng miễn thuế"),
    fig("gồm 11 cửa hàng", "11", 11, "count", "cửa hàng", total=14,
        subject="cửa hàng tại Trung tâm thương mại Mộc Bài"),
    fig("và 3 cửa hàng", "3", 3, "count", "cửa hàng", total=14,
        subject="cửa hàng tại khu vực cửa khẩu"),
    fig("doanh số 87 tỷ", "87", 87e9, "money", "đồng", percent=27.9,
        subject="doanh số Công ty cổ phần Thương mại Biên Giới Xanh", period=inh(H1)),
    fig("sử dụng 126 lao động", "126", 126, "count", "lao động",
        subject="lao động công ty sử dụng"),
    fig("bình quân 8,4 triệu", "8,4", 8.4e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân lao động của công ty"),
    fig("tối đa 500.000", "500.000", 500000, "money", "đồng/người/ngày", approx="at_most",
        subject="định mức mua hàng miễn thuế tại khu"),
    fig("từ 2 đến 3 doanh nghiệp", "2", 2, "count", "doanh nghiệp", value_max=3, status="target",
        subject="doanh nghiệp đầu tư vào khu thương mại thu hút thêm", period=H2),
    fig("trên 600 tỷ", "600", 600e9, "money", "đồng", approx="over", status="target",
        subject="doanh số cả năm", period=YEAR),
    fig("khoảng 45 tỷ", "45", 45e9, "money", "đồng", approx="about", status="target",
        subject="đóng góp ngân sách", period=YEAR),
]

NOTES = [
    "District portal (huyện Bến Cầu, Tây Ninh): duty-free shops in Khu thương mại - công nghiệp Mộc Bài, first half of 2023.",
    "Banner naming the district, menu, '05/07/2023 - 10:20' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 10:20, 'ngày 3/7', 'nhiệm kỳ 2023-2028', 'Khu phố 1', phone 0276.3876.124, 'Mộc Bài' names.",
    "Location: every figure describes the Mộc Bài zone in huyện Bến Cầu → 'Bến Cầu' (district named).",
    "Headline '6 tháng đạt 312 tỷ đồng' is its own figure (period '6 tháng' takes 2023 from the dateline).",
    "'bằng 52% kế hoạch năm' → percent attribute; 'trong đó khách nước ngoài 148.000 lượt' → total 1,2 triệu;",
    "'gồm 11 … và 3 …' → total 14. The 87 tỷ of one company (27,9% of the zone) inherits the half-year period.",
    "'phấn đấu' governs the whole ';' chain: 2-3 doanh nghiệp, trên 600 tỷ, khoảng 45 tỷ are targets.",
    "'tối đa 500.000 đồng/người/ngày' is the zone's purchase quota, a rate (required, at_most).",
]

if __name__ == "__main__":
    write("p1326-2", TEXT, NOTES, FIGS, published="2023-07-05", location="Bến Cầu")
