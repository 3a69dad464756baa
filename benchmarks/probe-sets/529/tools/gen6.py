"""p529-6: national press (VnExpress style), new hospital service prices from 17/11/2023."""
from lib import F, P, INH, CH, emit

TEXT = """Sức khỏe › Tin tức

Thứ sáu, 17/11/2023, 06:00 (GMT+7)

Giá khám bệnh BHYT cao nhất lên 42.100 đồng từ hôm nay

Giá khám bệnh tại bệnh viện hạng đặc biệt và hạng I tăng từ 39.000 lên 42.100 đồng một lượt, giá ngày giường hồi sức tích cực tăng khoảng 6%, theo thông tư mới của Bộ Y tế có hiệu lực từ hôm nay.

Theo Thông tư số 22/2023/TT-BYT ban hành ngày 17/11/2023, giá khám bệnh tại bệnh viện hạng II là 38.500 đồng, hạng III là 34.500 đồng, hạng IV và trạm y tế xã là 31.000 đồng một lượt. Mức giá mới tăng bình quân 7-8% so với mức giá cũ. Giá ngày giường điều trị nội khoa loại 1 tại bệnh viện hạng đặc biệt là 303.800 đồng, tại bệnh viện hạng I là 283.700 đồng.

Theo Bộ Y tế, việc điều chỉnh giá dự kiến làm tăng chi quỹ BHYT khoảng 3.800 tỷ đồng mỗi năm, tương đương 3,2% tổng chi khám, chữa bệnh BHYT năm 2022. Năm 2022, quỹ BHYT chi khoảng 119.000 tỷ đồng cho hơn 150 triệu lượt khám, chữa bệnh; kết dư quỹ đến cuối năm 2022 còn khoảng 56.000 tỷ đồng.

Ông Lê Văn Hải, Vụ trưởng Vụ Kế hoạch - Tài chính, cho biết giá mới mới tính đủ 4/7 yếu tố cấu thành giá, chưa tính khấu hao tài sản và chi phí đào tạo. Hiện cả nước có khoảng 1.400 bệnh viện công, trong đó hơn 100 bệnh viện tự chủ toàn bộ chi thường xuyên và chi đầu tư. Các bệnh viện lớn như Chợ Rẫy, Bạch Mai, Bệnh viện Trung ương Quân đội 108 sẽ áp dụng giá mới ngay trong ngày.

Người bệnh có thẻ BHYT đúng tuyến không phải trả thêm phần chênh lệch. Thắc mắc về giá dịch vụ, người dân có thể gọi đường dây nóng Bộ Y tế 1900 9095.

Lê Nga

Chia sẻ | 32 bình luận
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
PRICE = "giá khám bệnh"

FIGS = [
    F("cao nhất lên 42.100 đồng", "42.100", 42100, "money", "đồng", "giá khám bệnh BHYT cao nhất"),
    F("tăng từ 39.000 lên", "39.000", 39000, "money", "đồng/lượt",
      PRICE + " tại bệnh viện hạng đặc biệt và hạng I mức cũ"),
    F("lên 42.100 đồng một lượt", "42.100", 42100, "money", "đồng/lượt",
      PRICE + " tại bệnh viện hạng đặc biệt và hạng I"),
    F("tăng khoảng 6%", "6", 6, "percent", "%", "giá ngày giường hồi sức tích cực tăng", approx="about"),
    F("hạng II là 38.500 đồng", "38.500", 38500, "money", "đồng/lượt", PRICE + " tại bệnh viện hạng II"),
    F("hạng III là 34.500 đồng", "34.500", 34500, "money", "đồng/lượt", PRICE + " tại bệnh viện hạng III"),
    F("xã là 31.000 đồng", "31.000", 31000, "money", "đồng/lượt", PRICE + " tại bệnh viện hạng IV và trạm y tế xã"),
    F("bình quân 7-8%", "7", 7, "percent", "%", "mức giá mới tăng bình quân so với mức giá cũ", value_max=8),
    F("là 303.800 đồng", "303.800", 303800, "money", "đồng",
      "giá ngày giường điều trị nội khoa loại 1 tại bệnh viện hạng đặc biệt"),
    F("là 283.700 đồng", "283.700", 283700, "money", "đồng",
      "giá ngày giường điều trị nội khoa loại 1 tại bệnh viện hạng I"),
    F("khoảng 3.800 tỷ đồng", "3.800", 3800000000000, "money", "đồng", "chi quỹ BHYT tăng do điều chỉnh giá mỗi năm",
      approx="about", percent=3.2, status="forecast"),
    F("khoảng 119.000 tỷ đồng", "119.000", 119000000000000, "money", "đồng", "quỹ BHYT chi", Y22, approx="about"),
    F("hơn 150 triệu lượt", "150", 150000000, "count", "lượt khám, chữa bệnh", "lượt khám, chữa bệnh BHYT", Y22,
      approx="over"),
    F("khoảng 56.000 tỷ đồng", "56.000", 56000000000000, "money", "đồng", "kết dư quỹ BHYT",
      P("đến cuối năm 2022", None, "2022-12-31"), approx="about"),
    F("đủ 4/7 yếu tố", "4", 4, "count", "yếu tố", "yếu tố cấu thành giá được tính trong giá mới", total=7),
    F("khoảng 1.400 bệnh viện", "1.400", 1400, "count", "bệnh viện", "bệnh viện công", approx="about"),
    F("hơn 100 bệnh viện", "100", 100, "count", "bệnh viện", "bệnh viện tự chủ toàn bộ chi thường xuyên và chi đầu tư",
      approx="over", total=1400),
]

COMMENTS = [
    "National press (VnExpress layout): 'Thứ sáu, 17/11/2023, 06:00 (GMT+7)' dateline; new hospital service prices (Thông tư 22/2023/TT-BYT).",
    "Not figures: 'Thông tư số 22/2023/TT-BYT', 'ngày 17/11/2023', hospital classes 'hạng I/II/III/IV', 'loại 1' (bed class),",
    "'Bệnh viện Trung ương Quân đội 108' (name), hotline '1900 9095', '32 bình luận' (comment counter), '(GMT+7)'.",
    "'tăng từ 39.000 lên 42.100 đồng một lượt': old and new price are two money figures (not a range, no change stated).",
    "Per-visit prices take unit 'đồng/lượt' where 'một lượt' follows the list; bed-day prices 'đồng'.",
    "'tăng khoảng 6%' and 'tăng bình quân 7-8%' have no base amount: percent figures of their own.",
    "'làm tăng chi quỹ … khoảng 3.800 tỷ đồng mỗi năm, tương đương 3,2%': the increase is the claim (money), 3,2% its share; 'dự kiến' → forecast.",
    "'4/7 yếu tố' → total 7. National article: location Việt Nam.",
]

if __name__ == "__main__":
    emit("p529-6", TEXT, COMMENTS, FIGS, published="2023-11-17", location="Việt Nam")
