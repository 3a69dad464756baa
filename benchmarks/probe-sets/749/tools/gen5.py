"""p749-5: Party newspaper (Báo Hà Nam) — chuối tiêu hồng in Lý Nhân district, 2023 results and 2024 plan."""
from lib import F, P, I, CH, emit

TEXT = """BÁO HÀ NAM - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN TỈNH HÀ NAM
Kinh tế

Lý Nhân mở rộng vùng chuối tiêu hồng liên kết

Năm 2023, huyện Lý Nhân có 820 ha chuối, trong đó chuối tiêu hồng 610 ha, tăng 75 ha so với năm 2022. Vùng chuối tập trung ở các xã ven đê sông Hồng, dọc tuyến ĐT.491 như Nhân Thịnh, Nhân Mỹ, Xuân Khê, Hợp Lý với tổng diện tích 395 ha.

Với năng suất 50-55 tấn/ha, chuối tiêu hồng cho thu nhập 180-200 triệu đồng/ha mỗi năm. Thu nhập từ chuối tiêu hồng gấp 3-4 lần so với trồng lúa.

Toàn huyện có 4 hợp tác xã và 1 doanh nghiệp ký hợp đồng bao tiêu với 1.150 hộ; sản lượng tiêu thụ qua hợp đồng đạt 9.600 tấn, chiếm khoảng 40% tổng sản lượng. Đã có 120 ha được chứng nhận VietGAP và 35 ha đạt tiêu chuẩn GlobalGAP. Chuối tiêu hồng Lý Nhân đã có mặt tại 3 hệ thống siêu thị lớn và được xuất khẩu thử nghiệm 2 container sang Nhật Bản.

Tại xã Nhân Thịnh, gia đình ông Trần Văn Hòa ở xóm 5 trồng 2,5 ha chuối tiêu hồng, mỗi năm thu lãi khoảng 450 triệu đồng. "Trước đây cả nhà cấy 6 sào lúa, quanh năm vất vả mà không đủ ăn", ông Hòa chia sẻ.

Năm 2024, huyện phấn đấu nâng diện tích chuối tiêu hồng lên 700 ha, trong đó 200 ha đạt tiêu chuẩn VietGAP; giá trị sản xuất bình quân đạt 250 triệu đồng/ha.

Minh Phương
15/01/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 820 ha chuối", "820", 820, "measure", "ha", "diện tích chuối", Y23),
    F("chuối tiêu hồng 610 ha", "610", 610, "measure", "ha", "diện tích chuối tiêu hồng", Y23, total=820,
      change=CH("increase", 75, "ha", baseline="năm 2022")),
    F("tổng diện tích 395 ha", "395", 395, "measure", "ha",
      "tổng diện tích vùng chuối tập trung", I(Y23)),
    F("năng suất 50-55 tấn/ha", "50", 50, "measure", "tấn/ha", "năng suất chuối tiêu hồng", I(Y23), value_max=55),
    F("180-200 triệu đồng/ha", "180", 180000000, "money", "đồng/ha", "thu nhập từ chuối tiêu hồng mỗi năm", I(Y23),
      value_max=200000000),
    F("gấp 3-4 lần", "3", 3, "multiple", "lần", "thu nhập từ chuối tiêu hồng so với trồng lúa", I(Y23), value_max=4),
    F("có 4 hợp tác xã", "4", 4, "count", "hợp tác xã", "hợp tác xã ký hợp đồng bao tiêu chuối"),
    F("và 1 doanh nghiệp", "1", 1, "count", "doanh nghiệp", "doanh nghiệp ký hợp đồng bao tiêu chuối"),
    F("với 1.150 hộ", "1.150", 1150, "count", "hộ", "hộ ký hợp đồng bao tiêu chuối"),
    F("đạt 9.600 tấn", "9.600", 9600, "measure", "tấn", "sản lượng chuối tiêu thụ qua hợp đồng", I(Y23), percent=40),
    F("có 120 ha", "120", 120, "measure", "ha", "diện tích chuối được chứng nhận VietGAP"),
    F("và 35 ha", "35", 35, "measure", "ha", "diện tích chuối đạt tiêu chuẩn GlobalGAP"),
    F("tại 3 hệ thống", "3", 3, "count", "hệ thống siêu thị", "hệ thống siêu thị lớn có chuối tiêu hồng Lý Nhân"),
    F("thử nghiệm 2 container", "2", 2, "count", "container", "chuối tiêu hồng xuất khẩu thử nghiệm sang Nhật Bản"),
    F("trồng 2,5 ha", "2,5", 2.5, "measure", "ha", "diện tích chuối tiêu hồng gia đình ông Trần Văn Hòa trồng"),
    F("khoảng 450 triệu đồng", "450", 450000000, "money", "đồng", "lãi mỗi năm của gia đình ông Trần Văn Hòa",
      approx="about"),
    F("cấy 6 sào lúa", "6", 6, "measure", "sào", "diện tích lúa gia đình ông Hòa cấy trước đây"),
    F("lên 700 ha", "700", 700, "measure", "ha", "diện tích chuối tiêu hồng", Y24, status="target"),
    F("trong đó 200 ha", "200", 200, "measure", "ha", "diện tích chuối tiêu hồng đạt tiêu chuẩn VietGAP", Y24,
      total=700, status="target"),
    F("đạt 250 triệu đồng/ha", "250", 250000000, "money", "đồng/ha", "giá trị sản xuất bình quân", Y24, status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Hà Nam), byline and bare date at the end: chuối tiêu hồng in Lý Nhân district, 2023 results, 2024 plan.",
    "Location is the district Lý Nhân for every figure (the newspaper names the province only in its masthead);",
    "the farmer in xã Nhân Thịnh stays at Lý Nhân (a commune is not a province, city or district).",
    "'gấp 3-4 lần so với trồng lúa' stands as its own sentence: a multiple figure with a range. '395 ha' of the named communes",
    "has no numeric whole and no cue: no total. '40%' after 'chiếm khoảng' is the share of 9.600 tấn (percent attribute).",
    "'6 sào lúa' in the farmer's quote is a fact about the world (measure, sào).",
    "Distractors: 'ĐT.491' (provincial road), 'xóm 5', '15/01/2024' at the end (the publication date).",
]

if __name__ == "__main__":
    emit("p749-5", TEXT, COMMENTS, FIGS, published="2024-01-15", location="Lý Nhân")
