"""p883-5: Báo Nghệ An, year-end wedding season at wedding halls in TP Vinh (byline + bare date at the end)."""
from lib import F, P, I, C, T, write

TEXT = """BÁO NGHỆ AN
Xã hội

Mùa cưới cuối năm: nhà hàng tiệc cưới ở TP Vinh kín lịch

Những tuần cuối năm, các nhà hàng tiệc cưới trên địa bàn TP Vinh đồng loạt bước vào cao điểm. Theo Phòng Văn hóa - Thông tin thành phố, từ đầu tháng 10 đến nay, các nhà hàng đã nhận khoảng 1.350 tiệc cưới, tăng hơn 20% so với cùng kỳ năm trước; riêng các ngày cuối tuần, hơn 90% sảnh tiệc đã được đặt kín đến hết tháng 12. Theo các chủ nhà hàng, lượng khách đặt tiệc dịp này gấp khoảng 3 lần các tháng giữa năm.

Tại Trung tâm hội nghị tiệc cưới Hoàng Gia trên đường Lê Mao, 3 sảnh có sức chứa tổng cộng 1.500 khách. Giá mâm cỗ năm nay dao động 2,5-4 triệu đồng/mâm (10 người), tăng khoảng 10-15% do giá thực phẩm và nhân công tăng. Một tiệc cưới trung bình 40 mâm, tổng chi phí tiệc khoảng 120 triệu đồng, chưa kể trang trí sân khấu từ 8 đến 15 triệu đồng.

Dịch vụ chụp ảnh cưới cũng sôi động. Chị Nguyễn Thị Hà, chủ một studio ở phường Hưng Bình cho biết, tháng 11 studio nhận 46 bộ ảnh, tăng 15 bộ so với tháng 10; giá mỗi gói từ 12 đến 30 triệu đồng. Thuê váy cưới có giá 3-7 triệu đồng/bộ.

Toàn thành phố hiện có 57 nhà hàng, trung tâm tiệc cưới, thu hút khoảng 2.100 lao động thời vụ. Năm 2024, thành phố đã kiểm tra 34 cơ sở, nhắc nhở 9 cơ sở về an toàn thực phẩm và tiếng ồn sau 22 giờ. Dự kiến trong tháng 12, số tiệc cưới tiếp tục tăng khoảng 15%.

HOÀI THU
28/11/2024
"""

OCT = P("từ đầu tháng 10 đến nay", "2024-10-01", "2024-11-28")
NOV = P("tháng 11", "2024-11-01", "2024-11-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("khoảng 1.350 tiệc cưới", "1.350", 1350, "count", "tiệc cưới", "tiệc cưới các nhà hàng đã nhận", OCT,
      approx="about", change=C("increase", 20, "%", "cùng kỳ năm trước", "over")),
    F("hơn 90% sảnh tiệc", "90", 90, "percent", "%", "sảnh tiệc các ngày cuối tuần đã được đặt kín", approx="over"),
    F("gấp khoảng 3 lần", "3", 3, "multiple", "lần", "lượng khách đặt tiệc dịp cuối năm so với các tháng giữa năm",
      approx="about"),
    F("3 sảnh có sức chứa", "3", 3, "count", "sảnh", "sảnh của Trung tâm hội nghị tiệc cưới Hoàng Gia"),
    F("tổng cộng 1.500 khách", "1.500", 1500, "count", "khách", "sức chứa của 3 sảnh"),
    F("dao động 2,5-4 triệu đồng/mâm", "2,5", 2500000, "money", "đồng/mâm", "giá mâm cỗ cưới",
      P("năm nay", "2024-01-01", "2024-12-31"), value_max=4000000, change=C("increase", 10, "%", None, "about")),
    F("(10 người)", "10", 10, "count", "người", "người mỗi mâm cỗ", optional=True),
    F("trung bình 40 mâm", "40", 40, "count", "mâm", "mâm trung bình mỗi tiệc cưới"),
    F("khoảng 120 triệu đồng", "120", 120000000, "money", "đồng", "tổng chi phí tiệc cưới", approx="about"),
    F("từ 8 đến 15 triệu đồng", "8", 8000000, "money", "đồng", "chi phí trang trí sân khấu", value_max=15000000),
    F("nhận 46 bộ ảnh", "46", 46, "count", "bộ ảnh", "bộ ảnh cưới studio nhận", NOV, location="Vinh",
      change=C("increase", 15, "bộ", "tháng 10")),
    F("từ 12 đến 30 triệu đồng", "12", 12000000, "money", "đồng/gói", "giá mỗi gói chụp ảnh cưới", value_max=30000000),
    F("3-7 triệu đồng/bộ", "3", 3000000, "money", "đồng/bộ", "giá thuê váy cưới", value_max=7000000),
    F("có 57 nhà hàng", "57", 57, "count", "nhà hàng", "nhà hàng, trung tâm tiệc cưới"),
    F("khoảng 2.100 lao động", "2.100", 2100, "count", "lao động", "lao động thời vụ", approx="about"),
    F("kiểm tra 34 cơ sở", "34", 34, "count", "cơ sở", "cơ sở được kiểm tra", Y24),
    F("nhắc nhở 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở bị nhắc nhở về an toàn thực phẩm và tiếng ồn", Y24),
    F("tăng khoảng 15%", "15", 15, "percent", "%", "số tiệc cưới tăng", P("trong tháng 12", "2024-12-01", "2024-12-31"),
      approx="about", status="forecast"),
]

NOTES = [
    "Báo Nghệ An: mùa cưới cuối năm ở TP Vinh; byline 'HOÀI THU' and bare date 28/11/2024 at the end give `published`.",
    "Location is the city Vinh throughout (the studio is in phường Hưng Bình of Vinh). Year-less months take 2024 (published).",
    "Not figures: 'đường Lê Mao', 'phường Hưng Bình', '22 giờ' (time), 'đến hết tháng 12' (booking horizon), 'các tháng giữa năm'.",
    "'tăng khoảng 10-15%' is the change of the price range (first value 10, approx about; no baseline stated).",
    "'(10 người)' is the specification of a mâm: optional. 'gấp khoảng 3 lần' stands as its own claim: multiple.",
    "'tăng hơn 20% so với cùng kỳ năm trước' is the change of 1.350 tiệc (approx over).",
]

if __name__ == "__main__":
    write("p883-5", TEXT, NOTES, FIGS, published="2024-11-28", location="Vinh")
