"""p886-6: national newspaper, Hà Nội honeycomb-coal stoves in suburban districts, 2024."""
from lib import F, period, inherit, write

TEXT = """Thời sự > Môi trường

Hà Nội còn hơn 30.000 bếp than tổ ong

Chủ nhật, 8/12/2024, 07:30 (GMT+7)

Dù thành phố yêu cầu chấm dứt dùng bếp than tổ ong từ năm 2020, Hà Nội vẫn còn khoảng 32.500 bếp đang hoạt động, phần lớn ở các huyện ngoại thành.

Theo Sở Tài nguyên và Môi trường Hà Nội, tính đến 30/11/2024, số bếp than tổ ong đã giảm 78% so với năm 2017, khi toàn thành phố có khoảng 148.000 bếp. Các huyện còn nhiều bếp nhất là Sóc Sơn (4.850 bếp), Ba Vì (4.120 bếp), Chương Mỹ (3.760 bếp) và Thanh Oai (2.930 bếp). Mỗi ngày, các hộ dùng bếp tổ ong đốt khoảng 160 tấn than, thải ra lượng lớn khí CO và bụi mịn PM2.5.

Bà Nguyễn Thị Lan, 62 tuổi, ở xã Minh Phú (Sóc Sơn), cho biết gia đình dùng bếp than hơn 20 năm nay, mỗi ngày đốt 3-4 viên, giá 4.500 đồng/viên. Theo bà, chuyển sang bếp gas hoặc bếp điện sẽ tốn thêm khoảng 150.000-200.000 đồng mỗi tháng, trong khi thu nhập của hai vợ chồng chỉ khoảng 6 triệu đồng.

Thành phố đang hỗ trợ mỗi hộ chuyển đổi 1 triệu đồng để mua bếp điện hoặc bếp gas. Trong 11 tháng năm 2024, đã có 6.240 hộ nhận hỗ trợ với tổng kinh phí hơn 6,2 tỷ đồng.

PGS.TS Lê Minh Tâm, Viện Khoa học Môi trường, cho biết nồng độ bụi PM2.5 trong gian bếp đốt than tổ ong có thể cao gấp 3-5 lần quy chuẩn cho phép. Theo ông, mức hỗ trợ hiện nay mới đáp ứng khoảng 30% chi phí mua một bếp điện từ loại tốt, cần được nâng lên để hoàn thành mục tiêu loại bỏ bếp than tổ ong trước ngày 31/12/2025.

Võ Hải
"""

P30 = period("tính đến 30/11/2024", None, "2024-11-30")
P17 = period("năm 2017", "2017-01-01", "2017-12-31")
P11 = period("11 tháng năm 2024", "2024-01-01", "2024-11-30")
SB = "bếp than tổ ong"

FIGS = [
    F("hơn 30.000 bếp", "30.000", 30000, "count", "bếp", SB, approx="over"),
    F("khoảng 32.500 bếp", "32.500", 32500, "count", "bếp", "bếp than tổ ong đang hoạt động", approx="about"),
    F("giảm 78%", "78", 78, "percent", "%", "số bếp than tổ ong giảm so với năm 2017", period=P30),
    F("khoảng 148.000 bếp", "148.000", 148000, "count", "bếp", "bếp than tổ ong toàn thành phố", approx="about",
      period=P17),
    F("(4.850 bếp)", "4.850", 4850, "count", "bếp", SB, period=inherit(P30), location="Sóc Sơn"),
    F("(4.120 bếp)", "4.120", 4120, "count", "bếp", SB, period=inherit(P30), location="Ba Vì"),
    F("(3.760 bếp)", "3.760", 3760, "count", "bếp", SB, period=inherit(P30), location="Chương Mỹ"),
    F("(2.930 bếp)", "2.930", 2930, "count", "bếp", SB, period=inherit(P30), location="Thanh Oai"),
    F("khoảng 160 tấn", "160", 160, "measure", "tấn/ngày", "than các hộ dùng bếp tổ ong đốt mỗi ngày", approx="about"),
    F("62 tuổi", "62", 62, "measure", "tuổi", "tuổi bà Nguyễn Thị Lan", optional=True, location="Sóc Sơn"),
    F("hơn 20 năm", "20", 20, "measure", "năm", "thời gian gia đình dùng bếp than", approx="over", optional=True,
      location="Sóc Sơn"),
    F("đốt 3-4 viên", "3", 3, "count", "viên", "than tổ ong gia đình đốt mỗi ngày", value_max=4, location="Sóc Sơn"),
    F("4.500 đồng/viên", "4.500", 4500, "money", "đồng/viên", "giá than tổ ong", location="Sóc Sơn"),
    F("khoảng 150.000-200.000 đồng", "150.000", 150000, "money", "đồng/tháng",
      "chi phí tốn thêm khi chuyển sang bếp gas hoặc bếp điện", value_max=200000, approx="about", location="Sóc Sơn"),
    F("khoảng 6 triệu đồng", "6", 6e6, "money", "đồng", "thu nhập của hai vợ chồng", approx="about",
      location="Sóc Sơn"),
    F("chuyển đổi 1 triệu đồng", "1", 1e6, "money", "đồng/hộ", "mức hỗ trợ mỗi hộ chuyển đổi"),
    F("có 6.240 hộ", "6.240", 6240, "count", "hộ", "hộ nhận hỗ trợ chuyển đổi", period=P11),
    F("hơn 6,2 tỷ đồng", "6,2", 6.2e9, "money", "đồng", "tổng kinh phí hỗ trợ", approx="over", period=P11),
    F("gấp 3-5 lần", "3", 3, "multiple", "lần", "nồng độ bụi PM2.5 trong gian bếp đốt than tổ ong so với quy chuẩn",
      value_max=5),
    F("khoảng 30% chi phí", "30", 30, "percent", "%", "mức hỗ trợ so với chi phí mua một bếp điện từ loại tốt",
      approx="about"),
]

NOTES = [
    "National newspaper (VnExpress style, Chủ nhật, 8/12/2024, 07:30 (GMT+7)): Hà Nội còn bếp than tổ ong, mostly in suburban districts.",
    "'từ năm 2020' dates the ban, not the 32.500 stoves (no period). 'giảm 78% so với năm 2017' has no base amount: a percent figure.",
    "District list in brackets is a ranking, not a breakdown of a whole (no total). Bà Lan's household figures take Sóc Sơn.",
    "Optional: the interviewee's age '62 tuổi' and 'hơn 20 năm nay' (a duration). 'gấp 3-5 lần' stands alone as the claim: multiple.",
    "Not figures: PM2.5, CO, 'hai vợ chồng', 'PGS.TS', 'trước ngày 31/12/2025', the dateline.",
]

write("p886-6", TEXT, FIGS, NOTES, published="2024-12-08", location="Hà Nội")
