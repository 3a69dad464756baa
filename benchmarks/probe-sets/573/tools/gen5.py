"""p573-5: Party newspaper (Báo Đắk Nông), land allocation for ethnic-minority households 2021-2023."""
from lib import F, P, INH, CH, emit

TEXT = """Báo Đắk Nông điện tử
Xã hội
Đắk Nông: Gỡ khó đất ở, đất sản xuất cho đồng bào dân tộc thiểu số

Giai đoạn 2021-2023, tỉnh Đắk Nông đã giao 1.245 ha đất sản xuất cho 1.870 hộ đồng bào dân tộc thiểu số (DTTS) thiếu đất, bình quân 0,67 ha/hộ; hỗ trợ đất ở cho 436 hộ với diện tích 21,8 ha.

Nguồn quỹ đất chủ yếu được thu hồi từ các công ty nông, lâm nghiệp. Toàn tỉnh đã thu hồi hơn 3.100 ha đất của 8 công ty để giao về địa phương quản lý, trong đó khoảng 1.650 ha được bố trí giao cho hộ gia đình, cá nhân. Tại bon Bu Prăng 2, xã Quảng Trực, 64 hộ đã nhận đất sản xuất tại tiểu khu 1536 từ cuối năm 2022.

Huyện Tuy Đức là địa phương có tỷ lệ hộ DTTS thiếu đất sản xuất cao nhất tỉnh, chiếm 18,4% số hộ DTTS của huyện. Từ năm 2021 đến nay, huyện đã đo đạc, cấp 642 giấy chứng nhận cho các hộ được giao đất. Các huyện Đắk Glong và Krông Nô lần lượt giao 312 ha và 268 ha đất sản xuất.

Theo ông Trần Văn Bình, Phó Giám đốc Sở Tài nguyên và Môi trường, tổng vốn thực hiện chính sách đất ở, đất sản xuất thuộc Chương trình 1719 giai đoạn 2021-2023 là 46,5 tỷ đồng, nhưng mới giải ngân 28,9 tỷ đồng, đạt 62,2%. Hiện toàn tỉnh vẫn còn gần 2.000 hộ DTTS thiếu đất sản xuất và khoảng 350 hộ thiếu đất ở.

Năm 2024, tỉnh phấn đấu giao thêm khoảng 500 ha đất sản xuất cho 750 hộ, hoàn thành cấp giấy chứng nhận cho 100% diện tích đã giao trước tháng 6/2025.

THANH NGUYÊN
15/05/2024
"""

GD = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
GD2 = P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2024-05-15")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("giao 1.245 ha", "1.245", 1245, "measure", "ha", "đất sản xuất giao cho hộ đồng bào dân tộc thiểu số thiếu đất", GD),
    F("cho 1.870 hộ", "1.870", 1870, "count", "hộ", "hộ đồng bào dân tộc thiểu số (DTTS) thiếu đất được giao đất sản xuất", GD),
    F("bình quân 0,67 ha/hộ", "0,67", 0.67, "measure", "ha/hộ", "diện tích đất sản xuất giao bình quân", GD),
    F("cho 436 hộ", "436", 436, "count", "hộ", "hộ được hỗ trợ đất ở", GD),
    F("diện tích 21,8 ha", "21,8", 21.8, "measure", "ha", "diện tích đất ở hỗ trợ", GD),
    F("hơn 3.100 ha", "3.100", 3100, "measure", "ha", "đất thu hồi của các công ty nông, lâm nghiệp", approx="over"),
    F("của 8 công ty", "8", 8, "count", "công ty", "công ty nông, lâm nghiệp bị thu hồi đất"),
    F("khoảng 1.650 ha", "1.650", 1650, "measure", "ha", "đất bố trí giao cho hộ gia đình, cá nhân",
      approx="about", total=3100),
    F("Quảng Trực, 64 hộ", "64", 64, "count", "hộ", "hộ đã nhận đất sản xuất"),
    F("chiếm 18,4%", "18,4", 18.4, "percent", "%", "tỷ lệ hộ DTTS thiếu đất sản xuất", location="Tuy Đức"),
    F("cấp 642 giấy chứng nhận", "642", 642, "count", "giấy chứng nhận", "giấy chứng nhận cấp cho các hộ được giao đất",
      SINCE, location="Tuy Đức"),
    F("giao 312 ha", "312", 312, "measure", "ha", "đất sản xuất giao", INH(SINCE), location="Đắk Glong"),
    F("và 268 ha", "268", 268, "measure", "ha", "đất sản xuất giao", INH(SINCE), location="Krông Nô"),
    F("là 46,5 tỷ đồng", "46,5", 46.5e9, "money", "đồng",
      "tổng vốn thực hiện chính sách đất ở, đất sản xuất thuộc Chương trình 1719", GD2),
    F("giải ngân 28,9 tỷ đồng", "28,9", 28.9e9, "money", "đồng", "vốn giải ngân", GD2, percent=62.2),
    F("gần 2.000 hộ", "2.000", 2000, "count", "hộ", "hộ DTTS thiếu đất sản xuất", approx="nearly"),
    F("khoảng 350 hộ", "350", 350, "count", "hộ", "hộ thiếu đất ở", approx="about"),
    F("khoảng 500 ha", "500", 500, "measure", "ha", "đất sản xuất giao thêm", Y24, approx="about", status="target"),
    F("cho 750 hộ", "750", 750, "count", "hộ", "hộ được giao thêm đất sản xuất", Y24, status="target"),
    F("cho 100% diện tích", "100", 100, "percent", "%", "diện tích đã giao được cấp giấy chứng nhận", status="target"),
]

COMMENTS = [
    "p573-5 — Báo Đắk Nông (Party newspaper): giao đất ở, đất sản xuất cho hộ đồng bào DTTS giai đoạn 2021-2023 (invented).",
    "Byline and bare date at the end: published 2024-05-15; 'Từ năm 2021 đến nay' ends there.",
    "Distractors: 'bon Bu Prăng 2' (village name), 'tiểu khu 1536' (forest compartment), 'Chương trình 1719', 'giai đoạn 2021-2023', 'tháng 6/2025'.",
    "'ha/hộ' is a rate unit. 'trong đó khoảng 1.650 ha' is a part of 'hơn 3.100 ha'. The 64 households of a commune stay at Đắk Nông (district not named).",
    "'Hiện …' sentences get no period. The 100% target's period ('trước tháng 6/2025') is left out: the sentence also opens with 'Năm 2024'",
    "and 'before June 2025' has no end date in the spec table, so it is unscored. 28,9 tỷ 'đạt 62,2%' is a share (no part-of cue: no total).",
]

if __name__ == "__main__":
    emit("p573-5", TEXT, COMMENTS, FIGS, published="2024-05-15", location="Đắk Nông")
