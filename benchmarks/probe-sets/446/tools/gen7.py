from lib import F, P, Y, ch, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THẠCH THẤT
Tin tức - Sự kiện

Tháng 7/2024, huyện Thạch Thất giải ngân 86,5 tỷ đồng vốn đầu tư công

Trong tháng 7/2024, huyện giải ngân 86,5 tỷ đồng vốn đầu tư công, nâng tổng số vốn giải ngân 7 tháng năm 2024 lên 512,3 tỷ đồng, đạt 43,7% kế hoạch năm (1.172,4 tỷ đồng), tăng 18,6% so với cùng kỳ.

Trong đó, vốn ngân sách thành phố hỗ trợ giải ngân 301,6 tỷ đồng, vốn ngân sách huyện 210,7 tỷ đồng. Các xã có tỷ lệ giải ngân cao gồm: Bình Yên 78,2%, Tân Xã 71,9%, Hạ Bằng 66,4%; xã Cẩm Yên và xã Lại Thượng mới đạt dưới 15%.

Năm 2024, huyện có 64 dự án được giao kế hoạch vốn, trong đó 21 dự án chuyển tiếp và 43 dự án khởi công mới. Từ đầu năm đến nay, huyện đã điều chuyển 35,2 tỷ đồng từ 6 dự án chậm sang các dự án có khối lượng. Hiện còn 9 dự án chậm giải ngân do vướng giải phóng mặt bằng với tổng diện tích còn vướng trên 12,8 ha, tập trung dọc Tỉnh lộ 419 và khu vực giáp Khu công nghệ cao Hòa Lạc.

UBND huyện yêu cầu các chủ đầu tư phấn đấu mỗi tháng giải ngân từ 90 đến 110 tỷ đồng, bảo đảm đến ngày 30/9/2024 đạt 65% và cả năm đạt 100% kế hoạch vốn. Người dân có thể phản ánh vướng mắc qua số điện thoại 024.3367.1135 hoặc theo Thông báo số 245/TB-UBND của UBND huyện.

Minh Hằng - Văn phòng HĐND và UBND huyện
06/08/2024
"""

PUB = "2024-08-06"
T7 = P("tháng 7/2024", "2024-07-01", "2024-07-31")
M7 = P("7 tháng năm 2024", "2024-01-01", "2024-07-31")
M7i = P("7 tháng năm 2024", "2024-01-01", "2024-07-31", inh=True)
RATE = "tỷ lệ giải ngân"
NOWi = P("Hiện", None, PUB, inh=True)

FIGS = [
    F("Thạch Thất giải ngân 86,5", "86,5", "tỷ", "money", "đồng", "vốn đầu tư công giải ngân",
      P("Tháng 7/2024", "2024-07-01", "2024-07-31")),
    F("huyện giải ngân 86,5 tỷ", "86,5", "tỷ", "money", "đồng", "vốn đầu tư công giải ngân", T7),
    F("lên 512,3 tỷ đồng", "512,3", "tỷ", "money", "đồng", "tổng số vốn giải ngân", M7, percent=43.7,
      target={"value": 1172400000000, "unit": "đồng"}, change=ch("increase", 18.6, "%", "cùng kỳ")),
    F("giải ngân 301,6 tỷ đồng", "301,6", "tỷ", "money", "đồng", "vốn ngân sách thành phố hỗ trợ giải ngân", M7i,
      total=512300000000),
    F("huyện 210,7 tỷ đồng", "210,7", "tỷ", "money", "đồng", "vốn ngân sách huyện giải ngân", M7i,
      total=512300000000),
    F("Bình Yên 78,2%", "78,2", 1, "percent", "%", RATE, M7i, location="Bình Yên"),
    F("Tân Xã 71,9%", "71,9", 1, "percent", "%", RATE, M7i, location="Tân Xã"),
    F("Hạ Bằng 66,4%", "66,4", 1, "percent", "%", RATE, M7i, location="Hạ Bằng"),
    F("dưới 15%", "15", 1, "percent", "%", RATE, M7i, approx="under", location="Cẩm Yên"),
    F("có 64 dự án", "64", 1, "count", "dự án", "dự án được giao kế hoạch vốn", Y(2024, "Năm 2024")),
    F("21 dự án", "21", 1, "count", "dự án", "dự án chuyển tiếp", Y(2024, "Năm 2024"), total=64),
    F("43 dự án", "43", 1, "count", "dự án", "dự án khởi công mới", Y(2024, "Năm 2024"), total=64),
    F("chuyển 35,2 tỷ đồng", "35,2", "tỷ", "money", "đồng", "vốn điều chuyển",
      P("Từ đầu năm đến nay", "2024-01-01", PUB)),
    F("từ 6 dự án", "6", 1, "count", "dự án", "dự án chậm", P("Từ đầu năm đến nay", "2024-01-01", PUB)),
    F("còn 9 dự án", "9", 1, "count", "dự án", "dự án chậm giải ngân do vướng giải phóng mặt bằng", NOWi),
    F("trên 12,8 ha", "12,8", 1, "measure", "ha", "tổng diện tích còn vướng", NOWi, approx="over"),
    F("từ 90 đến 110 tỷ đồng", "90", "tỷ", "money", "đồng", "giải ngân mỗi tháng", value_max="110",
      status="target"),
    F("đạt 65%", "65", 1, "percent", "%", "giải ngân", P("đến ngày 30/9/2024", None, "2024-09-30"),
      status="target"),
    F("đạt 100% kế hoạch", "100", 1, "percent", "%", "giải ngân kế hoạch vốn", Y(2024, "cả năm"),
      status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Thạch Thất (Hà Nội): monthly disbursement July 2024; no dateline at the top, byline and a bare date at the end",
    "(taken as published). '(1.172,4 tỷ đồng)' after 'đạt 43,7% kế hoạch năm' is the plan: target of 512,3 tỷ, not a figure of its own.",
    "Parts after 'Trong đó,' take 512,3 tỷ as total. Communes in the list are list items that are places → location (commune name);",
    "'xã Cẩm Yên và xã Lại Thượng mới đạt dưới 15%' takes the first place (as shared h01). '64 dự án … trong đó 21 … và 43' totals.",
    "'Từ đầu năm đến nay' runs to the dateline. The monthly range 'mỗi tháng … từ 90 đến 110 tỷ đồng' has no period (none stated).",
    "Distractors: 'Tỉnh lộ 419', 'Khu công nghệ cao Hòa Lạc', phone '024.3367.1135', 'Thông báo số 245/TB-UBND', the date line.",
]

emit("p446-7", TEXT, COMMENTS, FIGS, published=PUB, location="Thạch Thất")
