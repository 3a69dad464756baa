"""p617-2: huyện Triệu Sơn (Thanh Hóa), Ngày Sách và Văn hóa đọc Việt Nam 2024 (district portal)."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử huyện Triệu Sơn
Tin tức - Sự kiện / Văn hóa - Thể thao

Triệu Sơn sôi nổi Ngày Sách và Văn hóa đọc Việt Nam lần thứ 3

Thứ Hai, 22/04/2024 - 16:20

Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam (21/4) lần thứ 3 năm 2024, sáng ngày 20/4, tại Nhà văn hóa trung tâm huyện (Khu phố 4, thị trấn Triệu Sơn), UBND huyện Triệu Sơn (Thanh Hóa) khai mạc Hội sách năm 2024. Hội sách có 18 gian hàng của các nhà sách, thư viện và trường học, trưng bày hơn 6.200 đầu sách thuộc nhiều lĩnh vực.

Sau 2 ngày diễn ra, Hội sách đã thu hút khoảng 9.500 lượt người đến tham quan, đọc và mua sách, trong đó học sinh chiếm gần 70%; doanh thu bán sách ước đạt 215 triệu đồng, tăng 18% so với hội sách năm 2023.

Dịp này, Thư viện huyện và các nhà hảo tâm đã trao tặng 1.450 cuốn sách cho 12 trường tiểu học và trung học cơ sở, trong đó có 5 trường ở các xã miền núi Bình Sơn, Thọ Bình. Đến nay, 34/34 xã, thị trấn trên địa bàn huyện đã có tủ sách cộng đồng; toàn huyện có 286 tủ sách lớp học với khoảng 43.000 bản sách, bình quân 1,6 bản sách/học sinh.

Cuộc thi Đại sứ Văn hóa đọc cấp huyện năm 2024 nhận được 3.412 bài dự thi của học sinh 63 trường. Ban Tổ chức đã trao 27 giải cho các cá nhân xuất sắc, gồm 1 giải Nhất, 2 giải Nhì, 6 giải Ba và 18 giải Khuyến khích; 5 bài xuất sắc nhất được chọn tham gia cuộc thi cấp tỉnh.

Theo kế hoạch, năm 2024 huyện phấn đấu 100% trường học có thư viện đạt chuẩn theo Thông tư số 16/2022/TT-BGDĐT, mỗi học sinh đọc ít nhất 4 cuốn sách/năm.

Lê Hương - Trung tâm VH,TT&TT huyện
"""

Y = P("năm 2024", "2024-01-01", "2024-12-31")
NOW = P("Đến nay", end="2024-04-22")

FIGS = [
    F("có 18 gian hàng", "18", 18, "count", "gian hàng", "gian hàng của Hội sách", I(Y)),
    F("hơn 6.200 đầu sách", "6.200", 6200, "count", "đầu sách", "đầu sách trưng bày tại Hội sách", I(Y),
      approx="over"),
    F("khoảng 9.500 lượt người", "9.500", 9500, "count", "lượt người",
      "lượt người đến tham quan, đọc và mua sách tại Hội sách", I(Y), approx="about"),
    F("chiếm gần 70%", "70", 70, "percent", "%", "tỷ lệ học sinh trong lượt người đến Hội sách", I(Y),
      approx="nearly"),
    F("ước đạt 215 triệu đồng", "215", 215000000, "money", "đồng", "doanh thu bán sách tại Hội sách", I(Y),
      change=CH("increase", 18, baseline="hội sách năm 2023"), status="estimate"),
    F("tặng 1.450 cuốn sách", "1.450", 1450, "count", "cuốn sách", "sách trao tặng cho trường học"),
    F("cho 12 trường", "12", 12, "count", "trường", "trường tiểu học và trung học cơ sở được tặng sách"),
    F("có 5 trường", "5", 5, "count", "trường", "trường ở các xã miền núi được tặng sách", total=12),
    F("34/34 xã", "34", 34, "count", "xã, thị trấn", "xã, thị trấn có tủ sách cộng đồng", NOW, total=34),
    F("có 286 tủ sách", "286", 286, "count", "tủ sách lớp học", "tủ sách lớp học", NOW),
    F("khoảng 43.000 bản sách", "43.000", 43000, "count", "bản sách", "bản sách trong tủ sách lớp học", NOW,
      approx="about"),
    F("bình quân 1,6 bản sách", "1,6", 1.6, "measure", "bản sách/học sinh",
      "bản sách tủ sách lớp học bình quân mỗi học sinh", NOW),
    F("được 3.412 bài", "3.412", 3412, "count", "bài dự thi", "bài dự thi Cuộc thi Đại sứ Văn hóa đọc cấp huyện", Y),
    F("học sinh 63 trường", "63", 63, "count", "trường", "trường có học sinh dự thi Đại sứ Văn hóa đọc", Y),
    F("trao 27 giải", "27", 27, "count", "giải", "giải Cuộc thi Đại sứ Văn hóa đọc trao cho cá nhân", I(Y)),
    F("gồm 1 giải Nhất", "1", 1, "count", "giải Nhất", "giải Nhất", I(Y), total=27),
    F("2 giải Nhì", "2", 2, "count", "giải Nhì", "giải Nhì", I(Y), total=27),
    F("6 giải Ba", "6", 6, "count", "giải Ba", "giải Ba", I(Y), total=27),
    F("18 giải Khuyến khích", "18", 18, "count", "giải Khuyến khích", "giải Khuyến khích", I(Y), total=27),
    F("5 bài xuất sắc", "5", 5, "count", "bài", "bài xuất sắc nhất được chọn tham gia cuộc thi cấp tỉnh", I(Y)),
    F("phấn đấu 100%", "100", 100, "percent", "%", "tỷ lệ trường học có thư viện đạt chuẩn", Y, status="target"),
    F("ít nhất 4 cuốn sách/năm", "4", 4, "measure", "cuốn sách/năm", "số sách mỗi học sinh đọc", Y,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Triệu Sơn (Thanh Hóa): Hội sách và Ngày Sách và Văn hóa đọc Việt Nam 2024; district portal, dateline",
    "'Thứ Hai, 22/04/2024 - 16:20', byline at the end. Location = the district (district portal).",
    "Distractors: '(21/4)', 'lần thứ 3' (edition ordinal), 'ngày 20/4', 'Khu phố 4', 'Sau 2 ngày' (duration),",
    "'Thông tư số 16/2022/TT-BGDĐT', 'Trung tâm VH,TT&TT'. Communes Bình Sơn, Thọ Bình are not districts: location stays Triệu Sơn.",
    "'học sinh chiếm gần 70%' has no base number: its own percent figure. 5 trường is a 'trong đó' part of 12 trường.",
    "27 giải = 1+2+6+18 after 'gồm': totals 27. 'Đến nay' = as-of the dateline (2024-04-22), continuing through the ';' clause.",
    "Hội sách figures carry no period in their own sentences (the event 'Hội sách năm 2024' is named earlier): inherited.",
    "'Theo kế hoạch … phấn đấu' → target for 100% and 'ít nhất 4 cuốn sách/năm' (rate, at_least).",
]

if __name__ == "__main__":
    emit("p617-2", TEXT, COMMENTS, FIGS, published="2024-04-22", location="Triệu Sơn")
