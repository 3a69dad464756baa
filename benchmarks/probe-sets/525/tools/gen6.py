"""p525-6: National press (VnExpress style) — durian orchards short of water in Tiền Giang."""
from lib import emit, fig, per, inh, chg

TEXT = """Thứ năm, 4/4/2024, 06:30 (GMT+7)

Hơn 3.000 ha sầu riêng ở Tiền Giang thiếu nước tưới

Mặn xâm nhập hơn 60 km khiến nhiều vườn sầu riêng ven sông Tiền thiếu nước, nông dân phải mua nước ngọt giá 80.000-100.000 đồng/m³.

Chiều 3/4, ông Nguyễn Văn Hải, Phó giám đốc Sở Nông nghiệp và Phát triển nông thôn Tiền Giang, cho biết toàn tỉnh có khoảng 3.150 ha sầu riêng bị thiếu nước, chiếm gần 14% diện tích sầu riêng của tỉnh. Trong đó, huyện Cai Lậy có 1.820 ha, Cái Bè 960 ha, còn lại ở huyện Châu Thành.

Để cứu cây trồng, tỉnh đã đóng 16 cống trên tuyến đê ngăn mặn, lắp 45 trạm bơm dã chiến và cấp 26 bồn chứa nước loại 5 m³ cho các xã vùng mặn. Từ đầu năm đến nay, ngân sách tỉnh chi gần 102 tỷ đồng cho công tác phòng chống hạn mặn, gấp 1,6 lần năm 2023.

Theo ông Hải, năm 2020, hạn mặn làm hơn 11.000 ha cây ăn trái của tỉnh thiệt hại, trong đó có 7.300 ha sầu riêng. Rút kinh nghiệm, nhiều nhà vườn đã đầu tư ao trữ nước; hiện toàn tỉnh có khoảng 4.200 ao, mỗi ao trung bình trữ 1.500-2.000 m³.

Ông Trần Văn Bảy, nhà vườn ở ấp 4, xã Tam Bình, cho biết gia đình ông có 2,5 ha sầu riêng 7 năm tuổi, mỗi ngày phải mua khoảng 30 m³ nước, tốn gần 3 triệu đồng.

Dự báo mặn sẽ giảm dần từ giữa tháng 4. Tỉnh khuyến cáo người dân chỉ lấy nước khi độ mặn dưới 0,5‰, không tưới sầu riêng bằng nước có độ mặn trên 1‰.

Hoàng Nam
"""

Y20 = per("năm 2020", "2020-01-01", "2020-12-31")

FIGS = [
    fig("Hơn 3.000 ha", "3.000", 3000, "measure", "ha", "diện tích sầu riêng thiếu nước tưới", approx="over"),
    fig("hơn 60 km", "60", 60, "measure", "km", "mặn xâm nhập", approx="over"),
    fig("giá 80.000-100.000 đồng/m³", "80.000", 80000, "money", "đồng/m³", "giá nước ngọt nông dân phải mua",
        value_max=100000),
    fig("khoảng 3.150 ha", "3.150", 3150, "measure", "ha", "diện tích sầu riêng bị thiếu nước", approx="about",
        percent=14),
    fig("có 1.820 ha", "1.820", 1820, "measure", "ha", "diện tích sầu riêng bị thiếu nước", total=3150,
        location="Cai Lậy"),
    fig("Cái Bè 960 ha", "960", 960, "measure", "ha", "diện tích sầu riêng bị thiếu nước", total=3150,
        location="Cái Bè"),
    fig("đóng 16 cống", "16", 16, "count", "cống", "cống trên tuyến đê ngăn mặn đã đóng"),
    fig("lắp 45 trạm bơm", "45", 45, "count", "trạm bơm", "trạm bơm dã chiến lắp đặt"),
    fig("cấp 26 bồn", "26", 26, "count", "bồn chứa nước", "bồn chứa nước cấp cho các xã vùng mặn"),
    fig("loại 5 m³", "5", 5, "measure", "m³", "dung tích mỗi bồn chứa nước", optional=True),
    fig("gần 102 tỷ đồng", "102", 102e9, "money", "đồng", "ngân sách tỉnh chi cho công tác phòng chống hạn mặn",
        per("Từ đầu năm đến nay", "2024-01-01", "2024-04-04"), approx="nearly",
        change=chg("increase", 1.6, "lần", "năm 2023")),
    fig("hơn 11.000 ha", "11.000", 11000, "measure", "ha", "diện tích cây ăn trái thiệt hại do hạn mặn", Y20,
        approx="over"),
    fig("có 7.300 ha", "7.300", 7300, "measure", "ha", "diện tích sầu riêng thiệt hại do hạn mặn", Y20, total=11000),
    fig("khoảng 4.200 ao", "4.200", 4200, "count", "ao", "ao trữ nước của nhà vườn", approx="about"),
    fig("trữ 1.500-2.000 m³", "1.500", 1500, "measure", "m³", "lượng nước trữ trung bình mỗi ao", value_max=2000),
    fig("có 2,5 ha", "2,5", 2.5, "measure", "ha", "diện tích sầu riêng của gia đình ông Trần Văn Bảy"),
    fig("7 năm tuổi", "7", 7, "measure", "năm tuổi", "tuổi vườn sầu riêng", optional=True),
    fig("khoảng 30 m³", "30", 30, "measure", "m³", "nước gia đình ông Bảy phải mua mỗi ngày", approx="about",),
    fig("gần 3 triệu đồng", "3", 3e6, "money", "đồng", "tiền mua nước mỗi ngày của gia đình ông Bảy", approx="nearly",),
    fig("dưới 0,5‰", "0,5", 0.5, "measure", "‰", "độ mặn được lấy nước", approx="under", optional=True),
    fig("trên 1‰", "1", 1, "measure", "‰", "độ mặn không tưới sầu riêng", approx="over", optional=True),
]

COMMENTS = [
    "National press (VnExpress style) 'Thứ năm, 4/4/2024, 06:30 (GMT+7)': Tiền Giang durian orchards short of water, sluices, pumps, money.",
    "'Chiều 3/4' is the day of the statement, not a period of the figures. 'ấp 4', '(GMT+7)', 'giữa tháng 4' are not figures.",
    "'gấp 1,6 lần năm 2023' stands after 'gần 102 tỷ đồng': its change (lần), not a multiple of its own.",
    "'Trong đó, huyện Cai Lậy có 1.820 ha, Cái Bè 960 ha' after a sentence break: parts of 3.150 ha, district → location.",
    "The farmer's figures (ấp 4, xã Tam Bình) take the province: the text names no district for the commune.",
    "Thresholds 'loại 5 m³', 'dưới 0,5‰', 'trên 1‰' and the orchard age '7 năm tuổi' are optional.",
]

if __name__ == "__main__":
    emit("p525-6", TEXT, COMMENTS, FIGS, published="2024-04-04", location="Tiền Giang")
