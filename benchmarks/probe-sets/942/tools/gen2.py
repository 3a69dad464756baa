"""p942-2: huyện Giang Thành (Kiên Giang) district portal, Phú Mỹ reserve, 2023."""
from lib import F, write, period, year, change, target

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GIANG THÀNH
Tin tức - Sự kiện / Kinh tế - Xã hội
Thứ Tư, 14/06/2023 - 15:40

Phú Mỹ giữ đồng cỏ năng cho sếu đầu đỏ

Khu bảo tồn loài - sinh cảnh Phú Mỹ (xã Phú Mỹ) có diện tích hơn 2.700 ha, là nơi duy nhất của tỉnh Kiên Giang còn sếu đầu đỏ về kiếm ăn. Năm 2023, Khu bảo tồn ghi nhận 5 cá thể sếu, giảm 2 cá thể so với năm trước; thời gian sếu lưu trú từ 20 đến 25 ngày. Phú Mỹ hiện xếp thứ 2 cả nước về số sếu về kiếm ăn, sau Vườn quốc gia Tràm Chim.

Đồng cỏ năng tượng và cỏ bàng chiếm khoảng 60% diện tích Khu bảo tồn, là nguồn thức ăn chính của sếu. Hiện có 215 hộ dân vùng đệm được khai thác cỏ bàng có kiểm soát, trong đó 42 hộ là đồng bào Khmer.

Tổ hợp tác đan đát số 2 ấp Trà Phô có 38 thành viên, thu nhập bình quân 3,8 triệu đồng/người/tháng. 5 tháng đầu năm, các tổ hợp tác làm ra khoảng 18.500 sản phẩm túi, nón từ cỏ bàng, doanh thu ước đạt 740 triệu đồng, tăng 12,5% so với cùng kỳ.

Để phòng cháy trong mùa khô, huyện đã đầu tư 1,35 tỷ đồng nạo vét 8,5 km kênh dẫn nước và xây dựng 6 chòi canh lửa dọc tuyến Quốc lộ N1. Từ đầu năm đến nay, lực lượng bảo vệ đã tổ chức 96 đợt tuần tra, phát hiện 4 vụ vi phạm, giảm 3 vụ so với cùng kỳ.

Huyện phấn đấu đến năm 2025 phục hồi thêm 150 ha cỏ năng và nâng thu nhập người dân vùng đệm lên 5 triệu đồng/người/tháng.

Bản quyền thuộc UBND huyện Giang Thành
Địa chỉ: ấp Khánh Hòa, xã Tân Khánh Hòa, huyện Giang Thành, tỉnh Kiên Giang - ĐT: 0297.3956.108
"""

Y23 = year("Năm 2023", 2023)
M5 = period("5 tháng đầu năm", "2023-01-01", "2023-05-31")
YTD = period("Từ đầu năm đến nay", "2023-01-01", "2023-06-14")
T25 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 2.700 ha", "2.700", 2700, "measure", "ha", "diện tích Khu bảo tồn loài - sinh cảnh Phú Mỹ", approx="over"),
    F("ghi nhận 5 cá thể sếu", "5", 5, "count", "cá thể", "sếu đầu đỏ về Khu bảo tồn", Y23,
      change=change("decrease", 2, "cá thể", "năm trước")),
    F("từ 20 đến 25 ngày", "20", 20, "measure", "ngày", "thời gian sếu lưu trú", Y23, value_max=25),
    F("xếp thứ 2 cả nước", "2", 2, "rank", "hạng", "số sếu về kiếm ăn"),
    F("khoảng 60% diện tích", "60", 60, "percent", "%", "đồng cỏ năng tượng và cỏ bàng trong diện tích Khu bảo tồn",
      approx="about"),
    F("có 215 hộ dân", "215", 215, "count", "hộ", "hộ dân vùng đệm được khai thác cỏ bàng có kiểm soát"),
    F("42 hộ là", "42", 42, "count", "hộ", "hộ đồng bào Khmer khai thác cỏ bàng", total=215),
    F("có 38 thành viên", "38", 38, "count", "thành viên", "thành viên Tổ hợp tác đan đát"),
    F("3,8 triệu đồng/người/tháng", "3,8", 3.8e6, "money", "đồng/người/tháng", "thu nhập bình quân thành viên tổ hợp tác"),
    F("khoảng 18.500 sản phẩm", "18.500", 18500, "count", "sản phẩm", "sản phẩm túi, nón từ cỏ bàng", M5,
      approx="about"),
    F("ước đạt 740 triệu đồng", "740", 740e6, "money", "đồng", "doanh thu sản phẩm từ cỏ bàng", M5,
      status="estimate", change=change("increase", 12.5, "%", "cùng kỳ")),
    F("đầu tư 1,35 tỷ đồng", "1,35", 1.35e9, "money", "đồng", "vốn đầu tư phòng cháy"),
    F("8,5 km kênh", "8,5", 8.5, "measure", "km", "kênh dẫn nước được nạo vét"),
    F("6 chòi canh lửa", "6", 6, "count", "chòi canh lửa", "chòi canh lửa được xây dựng"),
    F("96 đợt tuần tra", "96", 96, "count", "đợt tuần tra", "đợt tuần tra", YTD),
    F("4 vụ vi phạm", "4", 4, "count", "vụ vi phạm", "vụ vi phạm phát hiện", YTD,
      change=change("decrease", 3, "vụ", "cùng kỳ")),
    F("thêm 150 ha", "150", 150, "measure", "ha", "diện tích cỏ năng phục hồi thêm", T25, status="target"),
    F("lên 5 triệu đồng/người/tháng", "5", 5e6, "money", "đồng/người/tháng", "thu nhập người dân vùng đệm", T25,
      status="target"),
]

NOTES = [
    "Giang Thành district portal (Kiên Giang): Phú Mỹ species-habitat reserve, cranes 2023, cỏ năng/cỏ bàng livelihoods, fire prevention, 2025 targets.",
    "Location is the district (district portal; the reserve lies in xã Phú Mỹ of the district). '5 tháng đầu năm' and 'Từ đầu năm đến nay' take 2023 (Năm 2023 earlier; dateline 14/06/2023).",
    "'xếp thứ 2 cả nước' ranks Phú Mỹ itself, so its location stays Giang Thành. 'khoảng 60% diện tích' is a share with no base amount: a percent figure.",
    "Distractors: Tổ hợp tác đan đát số 2, Quốc lộ N1, ĐT 0297.3956.108, address, time 15:40.",
]

write("p942-2", TEXT, FIGS, NOTES, published="2023-06-14", location="Giang Thành")
