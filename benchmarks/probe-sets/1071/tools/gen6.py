"""p1071-6: national newspaper — idle commune incinerators in Long An (Nov 2024)."""
from lib import F, P, Y, C, T, build

TEXT = """Thời sự > Môi trường
Thứ hai, 11/11/2024, 06:00 (GMT+7)

Lò đốt rác tiền tỷ ở nhiều xã bỏ hoang

Long An - Nhiều lò đốt rác cấp xã đầu tư 2-5 tỷ đồng mỗi lò nay ngừng hoạt động, rác được chở đi xử lý tập trung với chi phí cao.

Theo Sở Tài nguyên và Môi trường Long An, giai đoạn 2016-2020, tỉnh đầu tư 31 lò đốt rác quy mô xã với tổng vốn khoảng 96 tỷ đồng. Đến tháng 10/2024, 17 lò đã ngừng hoạt động, chỉ còn 14 lò vận hành, phần lớn hoạt động cầm chừng.

Tại xã Mỹ Lệ, huyện Cần Đước, lò đốt công suất 10 tấn/ngày xây năm 2018 đã nằm im gần 2 năm, cỏ mọc kín sân. Ông Nguyễn Văn Hai, người dân ấp 3, cho biết mỗi tháng gia đình vẫn đóng 30.000 đồng tiền rác, nhưng có tuần xe chỉ đến lấy một lần.

Ông Trần Minh Tuấn, Phó giám đốc Sở, cho biết rác của các xã hiện được chuyển về Khu xử lý chất thải rắn Tân Lập với giá khoảng 420.000 đồng/tấn, cao hơn 35% so với đốt tại chỗ. Năm 2024, tổng khối lượng rác sinh hoạt nông thôn được thu gom ước đạt 520 tấn/ngày. Tỷ lệ thu gom rác sinh hoạt nông thôn năm 2024 ước đạt 76%, thấp hơn mức bình quân cả nước.

Theo kế hoạch, đến năm 2025 Long An sẽ xóa bỏ toàn bộ lò đốt không đạt chuẩn và nâng tỷ lệ thu gom lên 85%. Tỉnh dự kiến đầu tư thêm một nhà máy xử lý rác công suất 600 tấn/ngày, vốn khoảng 1.200 tỷ đồng, hoàn thành trong năm 2026.

"Lò đốt nhỏ chỉ là giải pháp tình thế", ông Tuấn nói.

Hoàng Nam
"""

G1620 = P("giai đoạn 2016-2020", "2016-01-01", "2020-12-31")
OCT = P("Đến tháng 10/2024", None, "2024-10-31")
Y24 = Y(2024, "Năm 2024")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("2-5 tỷ đồng", "2", 2e9, "money", "đồng/lò", "vốn đầu tư mỗi lò đốt rác cấp xã", value_max=5e9),
    F("đầu tư 31 lò", "31", 31, "count", "lò", "lò đốt rác quy mô xã được đầu tư", G1620),
    F("khoảng 96 tỷ đồng", "96", 96e9, "money", "đồng", "tổng vốn đầu tư lò đốt rác quy mô xã", G1620,
      approx="about"),
    F("17 lò đã ngừng", "17", 17, "count", "lò", "lò đốt đã ngừng hoạt động", OCT),
    F("còn 14 lò", "14", 14, "count", "lò", "lò đốt còn vận hành", OCT),
    F("công suất 10 tấn/ngày", "10", 10, "measure", "tấn/ngày", "công suất lò đốt xã Mỹ Lệ", location="Cần Đước"),
    F("gần 2 năm", "2", 2, "measure", "năm", "thời gian lò đốt nằm im", approx="nearly", location="Cần Đước",
      optional=True),
    F("đóng 30.000 đồng", "30.000", 30000, "money", "đồng/tháng", "tiền rác gia đình đóng mỗi tháng",
      location="Cần Đước"),
    F("lấy một lần", "một", 1, "measure", "lần", "số lần xe đến lấy rác trong tuần", location="Cần Đước",
      optional=True),
    F("khoảng 420.000 đồng/tấn", "420.000", 420000, "money", "đồng/tấn", "giá xử lý rác tại Khu xử lý chất thải rắn Tân Lập",
      approx="about", change=C("increase", 35, "%", "đốt tại chỗ")),
    F("ước đạt 520 tấn/ngày", "520", 520, "measure", "tấn/ngày", "tổng khối lượng rác sinh hoạt nông thôn được thu gom",
      Y24, status="estimate"),
    F("ước đạt 76%", "76", 76, "percent", "%", "tỷ lệ thu gom rác sinh hoạt nông thôn", Y(2024), status="estimate"),
    F("lên 85%", "85", 85, "percent", "%", "tỷ lệ thu gom", T25, status="target"),
    F("công suất 600 tấn/ngày", "600", 600, "measure", "tấn/ngày", "công suất nhà máy xử lý rác", status="forecast"),
    F("thêm một nhà máy", "một", 1, "count", "nhà máy", "nhà máy xử lý rác đầu tư thêm", status="forecast",
      optional=True),
    F("khoảng 1.200 tỷ đồng", "1.200", 1.2e12, "money", "đồng", "vốn đầu tư nhà máy xử lý rác", approx="about",
      status="forecast"),
]

NOTES = [
    "National newspaper (VnExpress style), dateline 'Thứ hai, 11/11/2024, 06:00 (GMT+7)', place tag 'Long An -', byline at the end.",
    "Distractors: 'năm 2018', 'ấp 3', 'Ông Nguyễn Văn Hai' (name = number word), 'hoàn thành trong năm 2026', '06:00'.",
    "'gần 2 năm' (how long the kiln has stood idle) is optional: a duration that is the claim, though a reader may take it as time only.",
    "'mỗi tháng … 30.000 đồng' → unit đồng/tháng; '2-5 tỷ đồng mỗi lò' → đồng/lò. Xã Mỹ Lệ figures are located in Cần Đước.",
    "17 and 14 lò after 'Đến tháng 10/2024' carry no total (no part-of cue after the 31 of 2016-2020).",
    "'cao hơn 35% so với đốt tại chỗ' is the change of 420.000 đồng/tấn. The plant (dự kiến) figures have no period phrase of their own ('hoàn thành trong năm 2026' is a completion date): no period.",
    "'thấp hơn mức bình quân cả nước' has no number. 'một nhà máy' (article-like 'one') and 'có tuần xe chỉ đến lấy một lần' (an anecdote) are optional.",
]

if __name__ == "__main__":
    build("p1071-6", TEXT, NOTES, FIGS, published="2024-11-11", location="Long An")
