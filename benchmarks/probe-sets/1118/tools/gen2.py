"""p1118-2: district portal (thị xã Sa Pa, Lào Cai): brocade and indigo cloth tied to community tourism, 10 months 2023."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ SA PA
Trang chủ | Tin tức | Kinh tế - Xã hội | Du lịch

Phát triển sản phẩm thổ cẩm nhuộm chàm gắn với du lịch cộng đồng
Ngày đăng: 14/11/2023 15:20

Những năm gần đây, nghề dệt, nhuộm chàm và thêu thổ cẩm của đồng bào Mông, Dao đỏ tại các xã Tả Phìn, Tả Van, Bản Hồ được khôi phục và gắn với du lịch. Toàn thị xã hiện có 5 hợp tác xã và 14 tổ hợp tác sản xuất hàng thổ cẩm với khoảng 650 thành viên, trong đó hơn 90% là phụ nữ.

10 tháng năm 2023, các hợp tác xã, tổ hợp tác đã tiêu thụ khoảng 42.000 sản phẩm các loại (khăn, túi, áo, váy, gối), doanh thu ước đạt 7,8 tỷ đồng, tăng 35% so với cùng kỳ. Giá bán phổ biến từ 150.000 đồng đến 2,5 triệu đồng/sản phẩm tùy loại.

Tại xã Tả Phìn, Hợp tác xã Thổ cẩm Dao đỏ do chị Tẩn Tả Mẩy làm giám đốc có 48 thành viên. Mỗi năm hợp tác xã đón hơn 6.000 lượt khách đến trải nghiệm nhuộm chàm, tắm lá thuốc; doanh thu năm 2022 đạt 1,2 tỷ đồng. Thu nhập bình quân của thành viên khoảng 4 triệu đồng/người/tháng, gấp đôi so với làm nương.

Thị xã đã hỗ trợ 1,5 tỷ đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi để mua máy khâu, xây dựng 3 điểm trưng bày, giới thiệu sản phẩm. Năm 2024, thị xã dự kiến mở thêm 2 tour trải nghiệm làng nghề và phấn đấu doanh thu từ hàng thổ cẩm đạt 10 tỷ đồng trở lên.

Tin: Hoàng Lan - Trung tâm VH-TT-TT thị xã
Địa chỉ: Tổ 6, phường Sa Pa, thị xã Sa Pa, tỉnh Lào Cai | Điện thoại: 0214.3871.226
"""

M10 = per("10 tháng năm 2023", "2023-01-01", "2023-10-31")
Y22 = per("năm 2022", "2022-01-01", "2022-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
COOP = "Hợp tác xã Thổ cẩm Dao đỏ"

FIGS = [
    fig("có 5 hợp tác xã", "5", 5, "count", "hợp tác xã", subject="hợp tác xã sản xuất hàng thổ cẩm"),
    fig("14 tổ hợp tác", "14", 14, "count", "tổ hợp tác", subject="tổ hợp tác sản xuất hàng thổ cẩm"),
    fig("khoảng 650 thành viên", "650", 650, "count", "thành viên", approx="about",
        subject="thành viên hợp tác xã, tổ hợp tác sản xuất hàng thổ cẩm"),
    fig("hơn 90%", "90", 90, "percent", "%", approx="over", subject="tỷ lệ phụ nữ trong số thành viên"),
    fig("khoảng 42.000 sản phẩm", "42.000", 42000, "count", "sản phẩm", approx="about",
        subject="sản phẩm thổ cẩm các hợp tác xã, tổ hợp tác tiêu thụ", period=M10),
    fig("ước đạt 7,8 tỷ", "7,8", 7.8e9, "money", "đồng", status="estimate",
        change=chg("increase", 35, "%", "cùng kỳ"), subject="doanh thu của các hợp tác xã, tổ hợp tác", period=M10),
    fig("từ 150.000 đồng đến 2,5 triệu", "150.000", 150000, "money", "đồng/sản phẩm", value_max=2.5e6,
        subject="giá bán sản phẩm thổ cẩm", period=inh(M10)),
    fig("có 48 thành viên", "48", 48, "count", "thành viên", subject=f"thành viên {COOP}"),
    fig("hơn 6.000 lượt", "6.000", 6000, "count", "lượt khách", approx="over",
        subject="lượt khách đến trải nghiệm nhuộm chàm, tắm lá thuốc mỗi năm"),
    fig("đạt 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", subject=f"doanh thu {COOP}", period=Y22),
    fig("khoảng 4 triệu", "4", 4e6, "money", "đồng/người/tháng", approx="about",
        change=chg("increase", 2, "lần", "làm nương"), subject="thu nhập bình quân của thành viên hợp tác xã"),
    fig("hỗ trợ 1,5 tỷ", "1,5", 1.5e9, "money", "đồng",
        subject="kinh phí thị xã hỗ trợ từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"),
    fig("xây dựng 3 điểm", "3", 3, "count", "điểm trưng bày", subject="điểm trưng bày, giới thiệu sản phẩm"),
    fig("thêm 2 tour", "2", 2, "count", "tour", status="forecast",
        subject="tour trải nghiệm làng nghề mở thêm", period=Y24),
    fig("đạt 10 tỷ", "10", 10e9, "money", "đồng", approx="at_least", status="target",
        subject="doanh thu từ hàng thổ cẩm", period=Y24),
]

NOTES = [
    "District portal (thị xã Sa Pa, Lào Cai): brocade, indigo, community tourism. 'Ngày đăng: 14/11/2023 15:20'.",
    "Distractors: time 15:20, 'Tổ 6' (address), phone 0214.3871.226, 'Trung tâm VH-TT-TT'.",
    "Default location Sa Pa (district-level town); communes Tả Phìn etc. are not districts, so the coop keeps Sa Pa.",
    "'gấp đôi so với làm nương' after the income = change increase 2 lần (đôi = 2). '10 tỷ đồng trở lên' = at_least.",
    "Price range sentence follows the '10 tháng' sentence about sales: period inherited. Coop passage: 'Mỗi năm', income have no dated period.",
    "'hơn 90% là phụ nữ' after 'trong đó' is a percent figure of its own (share of women among the 650 members).",
]

if __name__ == "__main__":
    build("p1118-2", TEXT, NOTES, FIGS, published="2023-11-14", location="Sa Pa")
