"""p787-5: Party/provincial newspaper (Báo Ninh Bình): lotus-pond tourism at Tam Cốc, Hoa Lư; byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Mùa sen hút khách về Tam Cốc

Những ngày này, cánh đồng sen dưới chân núi Múa (xã Ninh Xuân, huyện Hoa Lư) nở rộ, thu hút đông đảo du khách. Theo Ban quản lý khu du lịch, từ đầu tháng 6 đến nay, khu vực đầm sen đón khoảng 2.500 lượt khách mỗi ngày, cao điểm cuối tuần lên tới 4.000 lượt.

Ông Phạm Văn Tư, chủ một đầm sen rộng 3,5 ha ở thôn Văn Lâm, cho biết vé chụp ảnh trong đầm là 30.000 đồng/người, thuê trang phục 50.000-100.000 đồng/bộ. Mỗi mùa sen kéo dài khoảng 3 tháng, gia đình ông thu 350-400 triệu đồng, trong đó tiền bán hạt sen và ngó sen chỉ chiếm khoảng 20%. “Trồng sen phục vụ du lịch cho thu nhập gấp 4 lần cấy lúa trước đây”, ông Tư chia sẻ.

Theo Sở Du lịch Ninh Bình, 5 tháng đầu năm 2024, toàn tỉnh đón 4,2 triệu lượt khách, tăng 21,5% so với cùng kỳ; doanh thu du lịch đạt 3.150 tỷ đồng. Riêng huyện Hoa Lư đón 2,6 triệu lượt, chiếm 61,9% tổng lượt khách của tỉnh. Toàn huyện hiện có 12 đầm sen phục vụ du lịch với tổng diện tích khoảng 65 ha, tạo việc làm cho gần 300 lao động địa phương.

Từ ngày 28/6 đến 5/7, huyện Hoa Lư dự kiến tổ chức Lễ hội Hoa sen lần thứ 2 với nhiều hoạt động như thi ảnh đẹp, chèo thuyền hái sen, ẩm thực từ sen, phấn đấu đón khoảng 150.000 lượt khách. Để bảo đảm an toàn, huyện bố trí 6 điểm trông giữ xe dọc tuyến đường ĐT.491 và Quốc lộ 1A, đồng thời niêm yết giá vé, giá dịch vụ công khai.

MINH HẰNG
24/06/2024
"""

JUN = P("từ đầu tháng 6 đến nay", "2024-06-01", "2024-06-24")
M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
FEST = P("Từ ngày 28/6 đến 5/7", "2024-06-28", "2024-07-05")

FIGS = [
    F("khoảng 2.500 lượt khách mỗi ngày", "2.500", 2500, "count", "lượt khách/ngày",
      "lượt khách đến khu vực đầm sen mỗi ngày", JUN, approx="about", location="Hoa Lư"),
    F("lên tới 4.000 lượt", "4.000", 4000, "count", "lượt", "lượt khách cao điểm cuối tuần", JUN,
      location="Hoa Lư"),
    F("rộng 3,5 ha", "3,5", 3.5, "measure", "ha", "diện tích đầm sen của ông Phạm Văn Tư", location="Hoa Lư"),
    F("là 30.000 đồng/người", "30.000", 30000, "money", "đồng/người", "giá vé chụp ảnh trong đầm sen",
      location="Hoa Lư"),
    F("50.000-100.000 đồng/bộ", "50.000", 50000, "money", "đồng/bộ", "giá thuê trang phục", value_max=100000,
      location="Hoa Lư"),
    F("khoảng 3 tháng", "3", 3, "measure", "tháng", "thời gian mỗi mùa sen", approx="about", location="Hoa Lư"),
    F("thu 350-400 triệu đồng", "350", 350e6, "money", "đồng", "thu nhập mỗi mùa sen của gia đình ông Tư",
      value_max=400e6, location="Hoa Lư"),
    F("chiếm khoảng 20%", "20", 20, "percent", "%", "tỷ trọng tiền bán hạt sen và ngó sen trong thu nhập mùa sen",
      approx="about", location="Hoa Lư"),
    F("gấp 4 lần", "4", 4, "multiple", "lần", "thu nhập trồng sen phục vụ du lịch so với cấy lúa", location="Hoa Lư"),
    F("đón 4,2 triệu lượt khách", "4,2", 4.2e6, "count", "lượt khách", "lượt khách du lịch", M5,
      change=C("increase", 21.5, "%", "cùng kỳ")),
    F("đạt 3.150 tỷ đồng", "3.150", 3150e9, "money", "đồng", "doanh thu du lịch", M5),
    F("đón 2,6 triệu lượt", "2,6", 2.6e6, "count", "lượt", "lượt khách du lịch", I(M5), percent=61.9,
      location="Hoa Lư"),
    F("có 12 đầm sen", "12", 12, "count", "đầm sen", "đầm sen phục vụ du lịch", location="Hoa Lư"),
    F("khoảng 65 ha", "65", 65, "measure", "ha", "tổng diện tích đầm sen phục vụ du lịch", approx="about",
      location="Hoa Lư"),
    F("gần 300 lao động", "300", 300, "count", "lao động", "lao động địa phương có việc làm từ đầm sen",
      approx="nearly", location="Hoa Lư"),
    F("khoảng 150.000 lượt khách", "150.000", 150000, "count", "lượt khách", "lượt khách dự Lễ hội Hoa sen", FEST,
      approx="about", status="target", location="Hoa Lư"),
    F("bố trí 6 điểm", "6", 6, "count", "điểm", "điểm trông giữ xe", I(FEST), location="Hoa Lư"),
]

NOTES = [
    "Báo Ninh Bình: mùa sen Tam Cốc (huyện Hoa Lư); byline MINH HẰNG and bare date 24/06/2024 at the end -> published.",
    "Local figures -> Hoa Lư (district named); the province's tourism totals -> Ninh Bình. 'Riêng ... chiếm 61,9%' gives a percent, no total (no part-of cue).",
    "'từ đầu tháng 6 đến nay' ends at the published date. 'Từ ngày 28/6 đến 5/7' is the festival period; 'dự kiến tổ chức ..., phấn đấu đón' -> target.",
    "'gấp 4 lần' in a quote standing as its own claim: multiple. '6 điểm trông giữ xe' (no cue of its own) actual.",
    "revised after the first run: subject of 6 điểm was 'điểm trông giữ xe phục vụ lễ hội' (words not in its sentence) -> 'điểm trông giữ xe'.",
    "Distractors: Ông Phạm Văn Tư (a name with a number word), núi Múa, lần thứ 2, ĐT.491, Quốc lộ 1A, dates 28/6, 5/7.",
]

write(5, TEXT, FIGS, NOTES, published="2024-06-24", location="Ninh Bình")
