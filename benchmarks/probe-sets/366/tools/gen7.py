from lib import F, P, C, emit

TEXT = """Giao thông
HOÀNG LONG 07:45, 06/06/2024

Hà Nội: Lượng xe đi đăng kiểm tăng mạnh, có trung tâm chờ hai tiếng

Trong tháng 5/2024, 26 trung tâm đăng kiểm đang hoạt động tại Hà Nội kiểm định 118.640 lượt xe, tăng 4,3% so với tháng trước và tăng 18,6% so với cùng kỳ. Bình quân mỗi ngày, các trung tâm tiếp nhận khoảng 4.500-5.000 phương tiện.

Theo Sở GTVT Hà Nội, thành phố có 31 trung tâm đăng kiểm với 68 dây chuyền, nhưng 5 trung tâm vẫn tạm dừng hoạt động do sai phạm. Số trung tâm đang hoạt động tập trung nhiều nhất ở quận Hà Đông (4 trung tâm), quận Long Biên (3 trung tâm) và huyện Thanh Trì (3 trung tâm).

Ghi nhận của phóng viên sáng 5/6 tại Trung tâm Đăng kiểm 29-11D (huyện Gia Lâm), hàng chục xe xếp hàng chờ từ 6 giờ 30. Anh Nguyễn Văn Tâm (45 tuổi) cho biết phải chờ gần hai tiếng mới đến lượt. Trong khi đó, ở các trung tâm cho đặt lịch trước, thời gian chờ chỉ 20-30 phút.

Tỷ lệ chủ xe đặt lịch qua ứng dụng đạt 71%, cao hơn 9 điểm phần trăm so với đầu năm. Từ đầu năm đến nay, có khoảng 23 nghìn ô tô mới được miễn kiểm định lần đầu, chiếm gần 12% số xe đến hạn.

Cục Đăng kiểm Việt Nam dự báo 6 tháng cuối năm 2024, lượng xe đến hạn kiểm định tại Hà Nội tăng khoảng 25% so với 6 tháng đầu năm. Sở GTVT đề nghị các trung tâm bố trí làm việc cả thứ Bảy, Chủ nhật; người dân tra cứu lịch qua tổng đài 1900 2168.
"""

M5 = P("tháng 5/2024", "2024-05-01", "2024-05-31")
M5i = P("tháng 5/2024", "2024-05-01", "2024-05-31", inh=True)
SUBJ = "trung tâm đăng kiểm đang hoạt động"

FIGS = [
    F("chờ hai tiếng", "hai", 2, "measure", "tiếng", "thời gian chờ đăng kiểm"),
    F("2024, 26 trung tâm", "26", 26, "count", "trung tâm đăng kiểm", "trung tâm đăng kiểm đang hoạt động", M5),
    F("kiểm định 118.640 lượt", "118.640", 118640, "count", "lượt xe", "lượt xe được kiểm định", M5,
      change=C("increase", 4.3, baseline="tháng trước")),
    F("tăng 18,6%", "18,6", 18.6, "percent", "%", "tăng lượt xe kiểm định so với cùng kỳ", M5, optional=True),
    F("khoảng 4.500-5.000", "4.500", 4500, "count", "phương tiện", "phương tiện tiếp nhận bình quân mỗi ngày", M5i,
      approx="about", value_max=5000),
    F("có 31 trung tâm", "31", 31, "count", "trung tâm đăng kiểm", "trung tâm đăng kiểm"),
    F("với 68 dây chuyền", "68", 68, "count", "dây chuyền", "dây chuyền kiểm định"),
    F("nhưng 5 trung tâm", "5", 5, "count", "trung tâm", "trung tâm tạm dừng hoạt động do sai phạm"),
    F("Hà Đông (4 trung tâm)", "4", 4, "count", "trung tâm", SUBJ, location="Hà Đông"),
    F("Long Biên (3 trung tâm)", "3", 3, "count", "trung tâm", SUBJ, location="Long Biên"),
    F("Thanh Trì (3 trung tâm)", "3", 3, "count", "trung tâm", SUBJ, location="Thanh Trì"),
    F("hàng chục xe", "chục", 10, "count", "xe", "xe xếp hàng chờ đăng kiểm", approx="about", location="Gia Lâm",
      optional=True),
    F("(45 tuổi)", "45", 45, "measure", "tuổi", "tuổi của chủ xe", optional=True),
    F("gần hai tiếng", "hai", 2, "measure", "tiếng", "thời gian chờ đến lượt đăng kiểm", approx="nearly",
      location="Gia Lâm"),
    F("chỉ 20-30 phút", "20", 20, "measure", "phút", "thời gian chờ ở các trung tâm cho đặt lịch trước", value_max=30),
    F("đạt 71%", "71", 71, "percent", "%", "tỷ lệ chủ xe đặt lịch qua ứng dụng",
      change=C("increase", 9, unit="điểm phần trăm", baseline="đầu năm")),
    F("khoảng 23 nghìn ô tô", "23", 23000, "count", "ô tô", "ô tô mới được miễn kiểm định lần đầu",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-06-06"), approx="about", percent=12),
    F("khoảng 25%", "25", 25, "percent", "%", "tăng lượng xe đến hạn kiểm định so với 6 tháng đầu năm",
      P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "National press, byline + time + date 'HOÀNG LONG 07:45, 06/06/2024' (published). Hà Nội inspection centres, May 2024, waiting times.",
    "Headline 'chờ hai tiếng' and body 'gần hai tiếng' are waiting times (measure, number words, unit 'tiếng'); the latter is at the Gia Lâm centre.",
    "Distractors: centre code 29-11D, 'sáng 5/6', '6 giờ 30' (time), hotline 1900 2168, 'thứ Bảy, Chủ nhật'. '45 tuổi' (a person's age) optional.",
    "118.640 has two changes: the first (4,3% vs tháng trước) is its attribute, the second 18,6% is an optional percent figure.",
    "District list (Hà Đông, Long Biên, Thanh Trì) → location, subject the indicator. '31 … 68 … 5 trung tâm' have no period (omitted) and 5 no total (no cue).",
    "'71%, cao hơn 9 điểm phần trăm so với đầu năm': the change of the share. 'chiếm gần 12%' = percent attribute of 23 nghìn ô tô.",
    "'Từ đầu năm đến nay' runs to the dateline; '6 tháng cuối năm 2024 … tăng khoảng 25%' is a forecast growth rate (no base amount: no change).",
]

emit("p366-7", TEXT, COMMENTS, FIGS, published="2024-06-06", location="Hà Nội")
