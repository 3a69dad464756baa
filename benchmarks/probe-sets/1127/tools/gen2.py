"""p1127-2: district portal (huyện Cô Tô, Quảng Ninh): mực khô, tourists buying, solar dryers."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÔ TÔ
Trang chủ | Tin tức - Sự kiện | Kinh tế - Xã hội

Mực khô Cô Tô hút khách du lịch dịp hè

Thứ Bảy, 08/07/2023 - 16:05

Huyện Cô Tô hiện có 47 hộ, cơ sở chế biến mực khô, chả mực, tập trung ở thị trấn Cô Tô và xã Đồng Tiến. 6 tháng đầu năm, các cơ sở đã chế biến khoảng 38 tấn mực khô thành phẩm, tăng 12 tấn so với cùng kỳ; trong đó mực câu phơi một nắng chiếm gần 60%.

Giá mực khô loại 1 (8-10 con/kg) tại các cửa hàng trên đảo từ 1,3 đến 1,6 triệu đồng/kg, mực một nắng khoảng 450.000 đồng/kg. Từ đầu năm đến nay, huyện đón hơn 182.000 lượt khách, tăng 15% so với cùng kỳ. Theo ước tính, mỗi du khách mua bình quân 0,5-1 kg hải sản khô làm quà. Doanh thu bán hải sản khô, đặc sản trên địa bàn ước đạt 65 tỷ đồng, bằng 54% kế hoạch năm.

Bà Nguyễn Thị Hạnh, chủ cơ sở mực khô ở khu 3, thị trấn Cô Tô cho biết, mùa cao điểm cơ sở bán ra 200-250 kg mực khô mỗi tuần, chủ yếu cho khách du lịch và khách đặt hàng trực tuyến.

Huyện có 2 sản phẩm mực khô đạt OCOP 3 sao và 1 sản phẩm chả mực đạt 4 sao. Năm 2023, huyện hỗ trợ 3 hộ xây dựng nhà sấy mực bằng năng lượng mặt trời, mỗi nhà sấy rộng khoảng 40 m2, công suất 150 kg/mẻ, rút ngắn thời gian làm khô từ 3 ngày xuống còn 1,5 ngày.

Phòng Văn hóa và Thông tin huyện Cô Tô
Điện thoại: 0203.3889.226
"""

H1 = per("6 tháng đầu năm", "2023-01-01", "2023-06-30")
YTD = per("Từ đầu năm đến nay", "2023-01-01", "2023-07-08")

FIGS = [
    fig("hiện có 47 hộ", "47", 47, "count", "hộ, cơ sở",
        subject="hộ, cơ sở chế biến mực khô, chả mực"),
    fig("khoảng 38 tấn", "38", 38, "measure", "tấn", approx="about",
        change=chg("increase", 12, "tấn", "cùng kỳ"),
        subject="mực khô thành phẩm các cơ sở đã chế biến", period=H1),
    fig("chiếm gần 60%", "60", 60, "percent", "%", approx="nearly",
        subject="mực câu phơi một nắng trong mực khô thành phẩm", period=H1),
    fig("(8-10 con/kg)", "8", 8, "measure", "con/kg", value_max=10, optional=True,
        subject="kích cỡ mực khô loại 1"),
    fig("từ 1,3 đến 1,6 triệu", "1,3", 1300000, "money", "đồng/kg", value_max=1600000,
        subject="giá mực khô loại 1 tại các cửa hàng trên đảo"),
    fig("khoảng 450.000 đồng/kg", "450.000", 450000, "money", "đồng/kg", approx="about",
        subject="giá mực một nắng"),
    fig("hơn 182.000 lượt khách", "182.000", 182000, "count", "lượt khách", approx="over",
        change=chg("increase", 15, "%", "cùng kỳ"), subject="lượt khách huyện đón", period=YTD),
    fig("0,5-1 kg", "0,5", 0.5, "measure", "kg/du khách", value_max=1, status="estimate",
        subject="hải sản khô mỗi du khách mua bình quân làm quà"),
    fig("ước đạt 65 tỷ đồng", "65", 65000000000, "money", "đồng", percent=54, status="estimate",
        subject="doanh thu bán hải sản khô, đặc sản", period=inh(YTD)),
    fig("bán ra 200-250 kg", "200", 200, "measure", "kg/tuần", value_max=250,
        subject="mực khô cơ sở bán ra mỗi tuần mùa cao điểm"),
    fig("Huyện có 2 sản phẩm", "2", 2, "count", "sản phẩm", subject="sản phẩm mực khô đạt OCOP 3 sao"),
    fig("1 sản phẩm chả mực", "1", 1, "count", "sản phẩm", subject="sản phẩm chả mực đạt OCOP 4 sao"),
    fig("hỗ trợ 3 hộ", "3", 3, "count", "hộ",
        subject="hộ được hỗ trợ xây dựng nhà sấy mực bằng năng lượng mặt trời",
        period=per("Năm 2023", "2023-01-01", "2023-12-31")),
    fig("khoảng 40 m2", "40", 40, "measure", "m2", approx="about", subject="diện tích mỗi nhà sấy"),
    fig("150 kg/mẻ", "150", 150, "measure", "kg/mẻ", subject="công suất nhà sấy"),
    fig("từ 3 ngày", "3", 3, "measure", "ngày", optional=True,
        subject="thời gian làm khô trước khi có nhà sấy"),
    fig("còn 1,5 ngày", "1,5", 1.5, "measure", "ngày", subject="thời gian làm khô bằng nhà sấy"),
]

NOTES = [
    "District portal (huyện Cô Tô, Quảng Ninh): mực khô and tourists, first half of 2023. 'Thứ Bảy, 08/07/2023 - 16:05' is the dateline.",
    "Distractors: 'một nắng' (a drying style, 'one sun'), 'loại 1' (grade), 'khu 3' (name), '3 sao'/'4 sao' (OCOP levels), phone, 16:05.",
    "'6 tháng đầu năm' takes 2023 from the dateline; 'Từ đầu năm đến nay' ends at the published date. 65 tỷ inherits it (next sentence).",
    "'(8-10 con/kg)' is a size grade (optional). 'từ 3 ngày xuống còn 1,5 ngày' is before/after, not a range: 1,5 ngày required, 3 ngày optional.",
    "Per-unit amounts keep the denominator in the unit (kg/du khách, kg/tuần, kg/mẻ). The dryer specs carry no period.",
]

if __name__ == "__main__":
    write("p1127-2", TEXT, NOTES, FIGS, published="2023-07-08", location="Cô Tô")
