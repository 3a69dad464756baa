from lib import F, P, I, CH, TG, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Quốc phòng - An ninh
Cập nhật: 08/07/2024 15:42 | Lượt xem: 1.874

Bắc Giang: 6 tháng đầu năm đăng ký mới gần 41.000 phương tiện

Theo Phòng Cảnh sát giao thông (CSGT) Công an tỉnh Bắc Giang, 6 tháng đầu năm 2024, lực lượng đăng ký xe toàn tỉnh đã đăng ký mới 40.862 phương tiện, tăng 7,3% so với cùng kỳ năm 2023; trong đó có 6.418 xe ô tô (tăng 12,5%), 34.251 xe mô tô và 193 xe máy chuyên dùng.

Thực hiện Thông tư số 24/2023/TT-BCA, Công an 209 xã, thị trấn được giao đăng ký, cấp biển số xe mô tô đã đăng ký 21.530 xe, chiếm 62,9% số mô tô đăng ký mới. Các địa phương có số xe đăng ký mới nhiều nhất là thành phố Bắc Giang (9.126 xe), thị xã Việt Yên (6.742 xe), huyện Lạng Giang (4.315 xe) và Yên Dũng (3.980 xe).

Số hồ sơ đăng ký xe nộp qua Cổng dịch vụ công quốc gia là 12.604 hồ sơ, đạt 30,8%. Thời gian cấp chứng nhận đăng ký, biển số xe được rút ngắn còn không quá 2 ngày làm việc. Lệ phí đăng ký, cấp biển số nộp ngân sách đạt 23,68 tỷ đồng, bằng 54,1% kế hoạch năm.

Trong kỳ, lực lượng chức năng thu hồi 1.237 chứng nhận đăng ký, biển số của xe hết niên hạn sử dụng, xe hỏng không sử dụng được. Tính đến ngày 30/6/2024, toàn tỉnh quản lý 1.386.540 phương tiện, gồm 118.702 ô tô và 1.267.838 mô tô, xe máy.

Phấn đấu đến hết năm 2024, tỷ lệ hồ sơ đăng ký xe trực tuyến đạt từ 40 đến 45%. Mọi thắc mắc, người dân liên hệ Phòng CSGT, số 8 đường Hoàng Văn Thụ, thành phố Bắc Giang, điện thoại 0204.3854.216.
"""

H6 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
S6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
SUBJ = "xe đăng ký mới"

FIGS = [
    F("gần 41.000 phương tiện", "41.000", 41000, "count", "phương tiện", "phương tiện đăng ký mới", H6, approx="nearly"),
    F("mới 40.862 phương tiện", "40.862", 40862, "count", "phương tiện", "phương tiện đăng ký mới", S6,
      change=CH("increase", 7.3, "%", "cùng kỳ năm 2023")),
    F("6.418 xe ô tô", "6.418", 6418, "count", "xe ô tô", "xe ô tô đăng ký mới", S6,
      total=40862, change=CH("increase", 12.5)),
    F("34.251 xe mô tô", "34.251", 34251, "count", "xe mô tô", "xe mô tô đăng ký mới", S6, total=40862),
    F("193 xe máy chuyên dùng", "193", 193, "count", "xe máy chuyên dùng", "xe máy chuyên dùng đăng ký mới", S6, total=40862),
    F("Công an 209 xã", "209", 209, "count", "xã, thị trấn",
      "xã, thị trấn có Công an được giao đăng ký, cấp biển số xe mô tô"),
    F("đã đăng ký 21.530 xe", "21.530", 21530, "count", "xe", "xe mô tô Công an xã, thị trấn đã đăng ký", I(S6),
      percent=62.9),
    F("(9.126 xe)", "9.126", 9126, "count", "xe", SUBJ, I(S6), location="Bắc Giang"),
    F("(6.742 xe)", "6.742", 6742, "count", "xe", SUBJ, I(S6), location="Việt Yên"),
    F("(4.315 xe)", "4.315", 4315, "count", "xe", SUBJ, I(S6), location="Lạng Giang"),
    F("(3.980 xe)", "3.980", 3980, "count", "xe", SUBJ, I(S6), location="Yên Dũng"),
    F("là 12.604 hồ sơ", "12.604", 12604, "count", "hồ sơ", "hồ sơ đăng ký xe nộp qua Cổng dịch vụ công quốc gia", I(S6),
      percent=30.8),
    F("không quá 2 ngày", "2", 2, "measure", "ngày làm việc", "thời gian cấp chứng nhận đăng ký, biển số xe",
      approx="at_most"),
    F("đạt 23,68 tỷ đồng", "23,68", 23_680_000_000, "money", "đồng", "lệ phí đăng ký, cấp biển số nộp ngân sách", I(S6),
      percent=54.1),
    F("thu hồi 1.237", "1.237", 1237, "count", "chứng nhận đăng ký, biển số",
      "chứng nhận đăng ký, biển số của xe hết niên hạn sử dụng, xe hỏng bị thu hồi", I(S6)),
    F("quản lý 1.386.540 phương tiện", "1.386.540", 1386540, "count", "phương tiện", "phương tiện toàn tỉnh quản lý", ASOF),
    F("gồm 118.702 ô tô", "118.702", 118702, "count", "ô tô", "ô tô toàn tỉnh quản lý", ASOF, total=1386540),
    F("và 1.267.838 mô tô", "1.267.838", 1267838, "count", "mô tô, xe máy", "mô tô, xe máy toàn tỉnh quản lý", ASOF,
      total=1386540),
    F("từ 40 đến 45%", "40", 40, "percent", "%", "tỷ lệ hồ sơ đăng ký xe trực tuyến",
      P("đến hết năm 2024", None, "2024-12-31"), value_max=45, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bắc Giang (invented): đăng ký xe 6 tháng đầu năm 2024. Province portal: breadcrumb, \"Cập nhật: 08/07/2024 15:42\" (published), \"Lượt xem: 1.874\" (counter).",
    "Not figures: Thông tư số 24/2023/TT-BCA, số 8 đường Hoàng Văn Thụ, phone 0204.3854.216, the dateline. Headline \"6 tháng đầu năm\" takes 2024 from the dateline.",
    "6.418 / 34.251 / 193 follow \"trong đó\" after 40.862 (same unit family, add up): total 40862; \"(tăng 12,5%)\" is the ô tô part's change.",
    "District list items: subject = the list's indicator, district = location. \"không quá 2 ngày làm việc\" is a claim about processing time: measure, at_most.",
    "\"đạt 30,8%\" / \"bằng 54,1% kế hoạch năm\" after a count/amount are its percent. 118.702 + 1.267.838 = 1.386.540 (gồm): total.",
]

if __name__ == "__main__":
    emit("p748-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Bắc Giang")
