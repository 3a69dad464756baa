from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG GIAO TIẾP ĐIỆN TỬ THÀNH PHỐ HÀ NỘI
Tin tức - Sự kiện > Trật tự an toàn giao thông
Ngày cập nhật 21/10/2024

Hà Nội: 9 tháng đăng ký mới hơn 285.000 phương tiện

Theo Phòng CSGT Công an thành phố Hà Nội, 9 tháng năm 2024, lực lượng đăng ký xe toàn thành phố đã đăng ký mới 285.317 phương tiện, tăng 6,9% so với cùng kỳ năm 2023, đạt 78,5% kế hoạch năm. Trong đó, ô tô 71.240 xe, mô tô 212.406 xe, xe máy điện 1.671 xe.

Riêng quý III/2024 đăng ký mới 98.125 phương tiện, bình quân khoảng 1.070 xe/ngày. Các quận, huyện có số xe đăng ký mới lớn là Hà Đông (16.382 xe), Long Biên (14.915 xe), Nam Từ Liêm (13.207 xe) và Gia Lâm (11.864 xe).

Hiện Công an 579 xã, phường, thị trấn được giao đăng ký xe mô tô. Từ ngày 1/8/2024 đến nay, đã có 63.728 hồ sơ được giải quyết trực tuyến toàn trình, chiếm 37,6%. Thu lệ phí đăng ký, cấp biển số và lệ phí trước bạ 9 tháng ước đạt 4.126 tỷ đồng.

Tính đến ngày 30/9/2024, Hà Nội quản lý hơn 8,1 triệu phương tiện, gồm hơn 1,2 triệu ô tô và gần 6,9 triệu xe máy; mật độ khoảng 350 ô tô/1.000 hộ dân. Cũng trong 9 tháng, thành phố thu hồi 4.532 đăng ký, biển số của xe hết niên hạn theo lộ trình tại Nghị quyết số 47/NQ-HĐND.

Ước cả năm 2024, Hà Nội đăng ký mới khoảng 380.000 phương tiện. Thành phố phấn đấu đến năm 2025 tỷ lệ hồ sơ đăng ký xe trực tuyến đạt từ 60 đến 70%.

Điểm đăng ký xe: số 86 Lê Thánh Tông, quận Hoàn Kiếm; hotline 069.219.6200.
"""

N9H = P("9 tháng", "2024-01-01", "2024-09-30")
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
SUBJ = "xe đăng ký mới"

FIGS = [
    F("hơn 285.000 phương tiện", "285.000", 285000, "count", "phương tiện", "phương tiện đăng ký mới", N9H, approx="over"),
    F("mới 285.317 phương tiện", "285.317", 285317, "count", "phương tiện", "phương tiện đăng ký mới", N9,
      change=CH("increase", 6.9, "%", "cùng kỳ năm 2023"), percent=78.5),
    F("ô tô 71.240 xe", "71.240", 71240, "count", "xe", "ô tô đăng ký mới", I(N9), total=285317),
    F("mô tô 212.406 xe", "212.406", 212406, "count", "xe", "mô tô đăng ký mới", I(N9), total=285317),
    F("điện 1.671 xe", "1.671", 1671, "count", "xe", "xe máy điện đăng ký mới", I(N9), total=285317),
    F("mới 98.125 phương tiện", "98.125", 98125, "count", "phương tiện", "phương tiện đăng ký mới", Q3),
    F("khoảng 1.070 xe/ngày", "1.070", 1070, "measure", "xe/ngày", "xe đăng ký mới bình quân mỗi ngày", Q3, approx="about"),
    F("(16.382 xe)", "16.382", 16382, "count", "xe", SUBJ, I(N9), location="Hà Đông"),
    F("(14.915 xe)", "14.915", 14915, "count", "xe", SUBJ, I(N9), location="Long Biên"),
    F("(13.207 xe)", "13.207", 13207, "count", "xe", SUBJ, I(N9), location="Nam Từ Liêm"),
    F("(11.864 xe)", "11.864", 11864, "count", "xe", SUBJ, I(N9), location="Gia Lâm"),
    F("Công an 579 xã", "579", 579, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có Công an được giao đăng ký xe mô tô"),
    F("có 63.728 hồ sơ", "63.728", 63728, "count", "hồ sơ", "hồ sơ được giải quyết trực tuyến toàn trình",
      P("Từ ngày 1/8/2024 đến nay", "2024-08-01", "2024-10-21"), percent=37.6),
    F("ước đạt 4.126 tỷ", "4.126", 4_126_000_000_000, "money", "đồng", "lệ phí đăng ký, cấp biển số và lệ phí trước bạ",
      P("9 tháng", "2024-01-01", "2024-09-30"), status="estimate"),
    F("hơn 8,1 triệu", "8,1", 8_100_000, "count", "phương tiện", "phương tiện Hà Nội quản lý", ASOF, approx="over"),
    F("hơn 1,2 triệu", "1,2", 1_200_000, "count", "ô tô", "ô tô Hà Nội quản lý", ASOF, approx="over", total=8_100_000),
    F("gần 6,9 triệu", "6,9", 6_900_000, "count", "xe máy", "xe máy Hà Nội quản lý", ASOF, approx="nearly", total=8_100_000),
    F("khoảng 350 ô tô", "350", 350, "measure", "ô tô/1.000 hộ dân", "mật độ ô tô trên 1.000 hộ dân", ASOF, approx="about"),
    F("thu hồi 4.532", "4.532", 4532, "count", "đăng ký, biển số", "đăng ký, biển số của xe hết niên hạn bị thu hồi",
      P("Cũng trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("khoảng 380.000", "380.000", 380000, "count", "phương tiện", "phương tiện đăng ký mới",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="estimate"),
    F("từ 60 đến 70%", "60", 60, "percent", "%", "tỷ lệ hồ sơ đăng ký xe trực tuyến", P("đến năm 2025", None, "2025-12-31"),
      value_max=70, status="target"),
]

COMMENTS = [
    "Cổng giao tiếp điện tử Hà Nội (invented): đăng ký xe 9 tháng năm 2024. City portal, \"Ngày cập nhật 21/10/2024\" (no time) -> published.",
    "Not figures: Nghị quyết số 47/NQ-HĐND, ngày 1/8/2024, số 86 Lê Thánh Tông, hotline 069.219.6200, the dateline. Headline \"9 tháng\" takes 2024.",
    "\"tăng 6,9% so với cùng kỳ năm 2023, đạt 78,5% kế hoạch năm\": change + percent of 285.317. Parts after \"Trong đó\" (next sentence) add up: total 285317.",
    "\"hơn 1,2 triệu ô tô và gần 6,9 triệu xe máy\" after \"gồm\" following 8,1 triệu phương tiện: total 8100000 (rounded, they add up).",
    "Rates \"1.070 xe/ngày\", \"350 ô tô/1.000 hộ dân\": measure, denominator in the unit. \"Từ ngày 1/8/2024 đến nay\" ends at the dateline (2024-10-21); \"Hiện\" figure: no period.",
    "\"ước đạt\" / \"Ước cả năm\" -> estimate; \"phấn đấu đến năm 2025\" -> target with end 2025-12-31. Districts in the list -> location.",
]

if __name__ == "__main__":
    emit("p748-8", TEXT, COMMENTS, FIGS, published="2024-10-21", location="Hà Nội")
