"""p1113-6: national newspaper (VnExpress style) - Hà Nội halal meals, Nội Bài and mall prayer rooms, national halal exports."""
from lib import F, write_set, period, year, upto, inherit, change, target

TEXT = """Du lịch › Điểm đến

Chủ nhật, 17/9/2023, 09:30 (GMT+7)

Du khách Hồi giáo vẫn khó tìm bữa ăn Halal ở Hà Nội

Hà Nội có khoảng 40 nhà hàng phục vụ món ăn Halal, trong đó chỉ 12 nhà hàng có giấy chứng nhận, theo Hiệp hội Du lịch Hà Nội.

8 tháng đầu năm, Thủ đô đón 86.000 lượt khách Malaysia, gấp 2,3 lần cùng kỳ năm 2022. Lượng khách Indonesia tăng gấp 3 lần.

Sân bay quốc tế Nội Bài hiện có ba phòng cầu nguyện: hai phòng ở nhà ga T2 và một phòng ở nhà ga T1. Tại các trung tâm thương mại, Aeon Mall Long Biên và Lotte Mall Tây Hồ đã mở phòng cầu nguyện, mỗi nơi rộng khoảng 30 m2.

Anh Ahmad Ismail, chủ một nhà hàng Malaysia trên phố Tạ Hiện, cho biết mỗi tháng nhà hàng nhập khoảng 1,2 tấn thịt bò, thịt gà có chứng nhận Halal từ Australia và Malaysia, giá cao hơn hàng thông thường 25-30%. Doanh thu bình quân 600-700 triệu đồng/tháng, 70% thực khách là người Hồi giáo.

Theo Bộ Công Thương, thị trường Halal toàn cầu phục vụ khoảng 1,9 tỷ người tiêu dùng. Năm 2022, kim ngạch xuất khẩu của Việt Nam sang các nước Hồi giáo đạt khoảng 11 tỷ USD, mới chiếm 3% tổng kim ngạch xuất khẩu cả nước. Dù vậy, mới khoảng 1.000 doanh nghiệp Việt có chứng nhận Halal, chiếm chưa đến 2% tổng số doanh nghiệp chế biến thực phẩm.

Phạm Nga
"""

M8 = period("8 tháng đầu năm", "2023-01-01", "2023-08-31")

FIGS = [
    F("khoảng 40 nhà hàng", "40", 40, "count", "nhà hàng", "nhà hàng phục vụ món ăn Halal",
      approx="about"),
    F("chỉ 12 nhà hàng", "12", 12, "count", "nhà hàng", "nhà hàng có giấy chứng nhận Halal",
      total=40),
    F("đón 86.000 lượt khách", "86.000", 86000, "count", "lượt khách", "lượt khách Malaysia",
      change=change("increase", 2.3, "lần", "cùng kỳ năm 2022"), period=M8),
    F("tăng gấp 3 lần", "3", 3, "multiple", "lần", "lượng khách Indonesia",
      period=inherit(M8)),
    F("có ba phòng cầu nguyện", "ba", 3, "count", "phòng cầu nguyện",
      "phòng cầu nguyện tại Sân bay quốc tế Nội Bài"),
    F("hai phòng ở nhà ga T2", "hai", 2, "count", "phòng",
      "phòng cầu nguyện ở nhà ga T2", total=3),
    F("một phòng ở nhà ga T1", "một", 1, "count", "phòng",
      "phòng cầu nguyện ở nhà ga T1", total=3),
    F("khoảng 30 m2", "30", 30, "measure", "m2",
      "diện tích phòng cầu nguyện tại trung tâm thương mại", approx="about"),
    F("khoảng 1,2 tấn", "1,2", 1.2, "measure", "tấn",
      "thịt bò, thịt gà có chứng nhận Halal nhà hàng nhập mỗi tháng", approx="about"),
    F("thông thường 25-30%", "25", 25, "percent", "%",
      "giá thịt có chứng nhận Halal so với hàng thông thường", value_max=30),
    F("600-700 triệu đồng/tháng", "600", 600_000_000, "money", "đồng/tháng",
      "doanh thu bình quân của nhà hàng", value_max=700_000_000),
    F("70% thực khách", "70", 70, "percent", "%", "thực khách là người Hồi giáo"),
    F("khoảng 1,9 tỷ người", "1,9", 1_900_000_000, "count", "người tiêu dùng",
      "người tiêu dùng của thị trường Halal toàn cầu", approx="about", location=""),
    F("khoảng 11 tỷ USD", "11", 11_000_000_000, "money", "USD",
      "kim ngạch xuất khẩu của Việt Nam sang các nước Hồi giáo", approx="about", percent=3,
      location="Việt Nam", period=year("Năm 2022", 2022)),
    F("khoảng 1.000 doanh nghiệp", "1.000", 1000, "count", "doanh nghiệp",
      "doanh nghiệp Việt có chứng nhận Halal", approx="about", percent=2, location="Việt Nam"),
]

write_set("p1113-6", TEXT, FIGS, published="2023-09-17", location="Hà Nội", notes=[
    "National newspaper (VnExpress style): 'Chủ nhật, 17/9/2023, 09:30 (GMT+7)', byline Phạm Nga at the end.",
    "Number words: 'ba phòng' = 3 with parts 'hai phòng' (2) and 'một phòng' (1) after ':' -> total 3.",
    "'gấp 2,3 lần cùng kỳ năm 2022' after a count = change in lần; 'Lượng khách Indonesia tăng gấp 3 lần.' alone = multiple.",
    "'giá cao hơn hàng thông thường 25-30%' (no base amount) = percent range figure. Global consumers: no place; national export",
    "and firm counts: Việt Nam. 'chiếm chưa đến 2%' = the percent of the 1.000 firms (approx of the share is not scored).",
    "Distractors: nhà ga T2 / T1, 09:30 (GMT+7), Chủ nhật, Năm 2022 (period).",
])
