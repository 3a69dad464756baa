"""p778-2: Đồng Văn district portal (Hà Giang) — market days in the district."""
from lib import F, P, INH, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỒNG VĂN - TỈNH HÀ GIANG
Thứ Năm, 14/03/2024 - 09:20

Chợ phiên Đồng Văn mỗi phiên đón hơn 2.000 lượt người

Toàn huyện Đồng Văn hiện có 17 chợ, trong đó 12 chợ họp theo phiên, 5 chợ họp hằng ngày. Chợ phiên thị trấn Đồng Văn họp vào Chủ nhật, mỗi phiên thu hút từ 2.000 đến 2.500 lượt người mua bán. Khách du lịch chiếm khoảng 30% lượng người đến chợ.

Năm 2023, tổng giá trị hàng hóa lưu thông qua các chợ trên địa bàn huyện ước đạt 97 tỷ đồng, tăng 9,4% so với năm 2022. Khối lượng hàng hóa lưu thông qua các chợ đạt khoảng 3.450 tấn. Nhiều chợ phiên xã cũng có quy mô lớn như Phố Cáo (khoảng 800 lượt người/phiên), Lũng Cú (600 lượt người/phiên), Sà Phìn (450 lượt người/phiên).

Toàn huyện có 864 hộ, tiểu thương buôn bán tại các chợ, trong đó 356 hộ có đăng ký kinh doanh, chiếm 41,2%. Mặt hàng chủ yếu là gia súc, rượu ngô, thổ cẩm và nông sản; riêng chợ trâu Phố Cáo mỗi phiên giao dịch từ 60 đến 80 con trâu, bò.

Năm 2024, huyện dự kiến đầu tư 4,2 tỷ đồng nâng cấp chợ Lũng Cú và chợ Sà Phìn từ nguồn vốn Chương trình mục tiêu quốc gia 1719; phấn đấu 100% chợ phiên có nhà vệ sinh công cộng đạt chuẩn, tỷ lệ thu gom rác thải tại chợ đạt trên 90%.

Chợ phiên Đồng Văn nằm trên tuyến Quốc lộ 4C, cách thành phố Hà Giang khoảng 145 km; Ban Quản lý chợ đặt tại số 12, phố cổ Đồng Văn, điện thoại 0219.3856.142.

Nguyễn Văn Thành - Văn phòng HĐND và UBND huyện
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đón hơn 2.000 lượt người", "2.000", 2000, "count", "lượt người",
      "lượt người đến chợ phiên Đồng Văn mỗi phiên", approx="over"),
    F("hiện có 17 chợ", "17", 17, "count", "chợ", "chợ"),
    F("trong đó 12 chợ", "12", 12, "count", "chợ", "chợ họp theo phiên", total=17),
    F("5 chợ họp hằng ngày", "5", 5, "count", "chợ", "chợ họp hằng ngày", total=17),
    F("từ 2.000 đến 2.500 lượt người", "2.000", 2000, "count", "lượt người",
      "lượt người mua bán mỗi phiên tại chợ phiên thị trấn Đồng Văn", value_max=2500),
    F("chiếm khoảng 30%", "30", 30, "percent", "%",
      "khách du lịch trong lượng người đến chợ", approx="about"),
    F("ước đạt 97 tỷ đồng", "97", 97000000000, "money", "đồng",
      "tổng giá trị hàng hóa lưu thông qua các chợ", Y23,
      change=CH("increase", 9.4, "%", "năm 2022"), status="estimate"),
    F("khoảng 3.450 tấn", "3.450", 3450, "measure", "tấn",
      "khối lượng hàng hóa lưu thông qua các chợ", INH(Y23), approx="about"),
    F("Phố Cáo (khoảng 800 lượt", "800", 800, "measure", "lượt người/phiên",
      "quy mô chợ phiên xã Phố Cáo", approx="about"),
    F("Lũng Cú (600 lượt", "600", 600, "measure", "lượt người/phiên", "quy mô chợ phiên xã Lũng Cú"),
    F("Sà Phìn (450 lượt", "450", 450, "measure", "lượt người/phiên", "quy mô chợ phiên xã Sà Phìn"),
    F("có 864 hộ", "864", 864, "count", "hộ", "hộ, tiểu thương buôn bán tại các chợ"),
    F("trong đó 356 hộ", "356", 356, "count", "hộ", "hộ có đăng ký kinh doanh", total=864, percent=41.2),
    F("từ 60 đến 80 con", "60", 60, "count", "con", "trâu, bò giao dịch mỗi phiên tại chợ trâu Phố Cáo",
      value_max=80),
    F("đầu tư 4,2 tỷ đồng", "4,2", 4200000000, "money", "đồng",
      "vốn đầu tư nâng cấp chợ Lũng Cú và chợ Sà Phìn", Y24, status="forecast"),
    F("phấn đấu 100% chợ phiên", "100", 100, "percent", "%",
      "chợ phiên có nhà vệ sinh công cộng đạt chuẩn", Y24, status="target"),
    F("đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ thu gom rác thải tại chợ", Y24,
      approx="over", status="target"),
    F("khoảng 145 km", "145", 145, "measure", "km",
      "khoảng cách từ chợ phiên Đồng Văn đến thành phố Hà Giang", approx="about"),
]

COMMENTS = [
    "Đồng Văn district portal (Hà Giang): chợ phiên in the district — markets, people per session, goods 2023, traders, 2024 plans.",
    "District portal: every figure is the district's (location Đồng Văn); communes Phố Cáo / Lũng Cú / Sà Phìn are not provinces or districts,",
    "so they stay in the subject and location stays Đồng Văn. 'lượt người/phiên' is a rate (measure, denominator in the unit).",
    "'Khách du lịch chiếm khoảng 30%' stands in its own sentence: a percent figure, not an attribute.",
    "'ước đạt 97 tỷ đồng, tăng 9,4%' estimate with change; the next sentence (3.450 tấn) has no cue: actual.",
    "'dự kiến' → forecast for 4,2 tỷ; 'phấn đấu' → target for 100% and trên 90%; all in the 'Năm 2024' sentence.",
    "Distractors: 'Chương trình mục tiêu quốc gia 1719' (a name), Quốc lộ 4C, số 12, phone, dateline.",
]

if __name__ == "__main__":
    emit("p778-2", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Đồng Văn")
