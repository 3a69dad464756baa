from lib import F, P, Y, build

TEXT = """
Krông Pắc: Hoàn thành đo đạc, chỉnh lý bản đồ địa chính tại 9 xã, thị trấn

Thực hiện Dự án đo đạc, lập bản đồ địa chính, đăng ký đất đai, cấp giấy chứng nhận và xây dựng cơ sở dữ liệu đất đai theo Quyết định số 1572/QĐ-UBND ngày 21/7/2022 của UBND tỉnh Đắk Lắk, tính đến hết tháng 4/2024, huyện Krông Pắc đã hoàn thành đo đạc tại 9/16 xã, thị trấn với tổng diện tích khoảng 28.450 ha, tương ứng 61.320 thửa đất.

Đơn vị tư vấn đã lập 1.148 tờ bản đồ địa chính các tỷ lệ 1/1.000, 1/2.000 và 1/5.000; trong đó có 412 tờ tỷ lệ 1/1.000 ở khu vực đất ở đô thị và khu dân cư tập trung. Khối lượng đo đạc đạt 94,5% so với hợp đồng. Tổng kinh phí thực hiện giai đoạn 2022-2024 là 36,8 tỷ đồng, trong đó ngân sách tỉnh bố trí 22 tỷ đồng, phần còn lại do ngân sách huyện bảo đảm.

Trên cơ sở bản đồ mới, Chi nhánh Văn phòng Đăng ký đất đai huyện đã tiếp nhận 7.215 hồ sơ đăng ký, cấp đổi giấy chứng nhận; đã cấp 5.860 giấy, đạt 81,2%. Thời gian chờ cấp đổi trung bình từ 20 đến 25 ngày làm việc, do nhiều hộ có diện tích thực tế chênh lệch so với giấy cũ. Ở thị trấn Phước An, diện tích tăng thêm sau đo đạc lên tới 37,2 ha.

Theo ông Nguyễn Văn Hùng, Trưởng phòng Tài nguyên và Môi trường huyện, trong quý III/2024 huyện phấn đấu hoàn thành đo đạc 7 xã còn lại; đưa cơ sở dữ liệu địa chính của 16/16 xã, thị trấn vào vận hành trước ngày 31/12/2024. Người dân cần hỗ trợ liên hệ Bộ phận một cửa huyện, số 02 Giải Phóng, thị trấn Phước An.

Minh Thư (Văn phòng HĐND và UBND huyện)
22/5/2024
"""

T4 = P("tính đến hết tháng 4/2024", None, "2024-04-30")
T4i = P("tính đến hết tháng 4/2024", None, "2024-04-30", inh=True)
G = P("giai đoạn 2022-2024", "2022-01-01", "2024-12-31")
FIGS = [
    F("tại 9 xã, thị trấn", "9", 9, "count", "xã, thị trấn", "xã, thị trấn hoàn thành đo đạc, chỉnh lý bản đồ địa chính"),
    F("tại 9/16 xã", "9", 9, "count", "xã, thị trấn", "xã, thị trấn hoàn thành đo đạc", total=16, period=T4),
    F("khoảng 28.450 ha", "28.450", 28450, "measure", "ha", "tổng diện tích đo đạc", approx="about", period=T4),
    F("tương ứng 61.320 thửa", "61.320", 61320, "count", "thửa đất", "thửa đất đo đạc", period=T4),
    F("lập 1.148 tờ", "1.148", 1148, "count", "tờ bản đồ địa chính", "tờ bản đồ địa chính đã lập", period=T4i),
    F("có 412 tờ", "412", 412, "count", "tờ", "tờ bản đồ tỷ lệ 1/1.000 ở khu vực đất ở đô thị và khu dân cư tập trung",
      total=1148, period=T4i),
    F("đạt 94,5% so với", "94,5", 94.5, "percent", "%", "khối lượng đo đạc so với hợp đồng", period=T4i),
    F("là 36,8 tỷ đồng", "36,8", 36.8e9, "money", "đồng", "tổng kinh phí thực hiện", period=G),
    F("bố trí 22 tỷ đồng", "22", 22e9, "money", "đồng", "kinh phí ngân sách tỉnh bố trí", total=36.8e9, period=G),
    F("tiếp nhận 7.215 hồ sơ", "7.215", 7215, "count", "hồ sơ", "hồ sơ đăng ký, cấp đổi giấy chứng nhận", period=T4i),
    F("đã cấp 5.860 giấy", "5.860", 5860, "count", "giấy", "giấy chứng nhận đã cấp", percent=81.2, period=T4i),
    F("từ 20 đến 25 ngày", "20", 20, "measure", "ngày làm việc", "thời gian chờ cấp đổi trung bình", value_max=25),
    F("lên tới 37,2 ha", "37,2", 37.2, "measure", "ha", "diện tích tăng thêm sau đo đạc", location="Phước An",
      optional=True),
    F("đo đạc 7 xã", "7", 7, "count", "xã", "xã còn lại hoàn thành đo đạc", status="target",
      period=P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("của 16/16 xã", "16", 16, "count", "xã, thị trấn", "xã, thị trấn có cơ sở dữ liệu địa chính đưa vào vận hành", total=16,
      status="target", period=P("trước ngày 31/12/2024", None, "2024-12-31")),
]

build("p376-3", TEXT, FIGS, [
    "Huyện Krông Pắc district portal (Đắk Lắk): cadastral survey and mapping, first results to end of April 2024. Bare date at the end, after the byline.",
    "Distractors: 'Quyết định số 1572/QĐ-UBND ngày 21/7/2022', map scales '1/1.000, 1/2.000 và 1/5.000' (not parts of a whole), address 'số 02 Giải Phóng'.",
    "'9/16 xã' gives total 16; '412 tờ' after 'trong đó' is part of 1.148; '22 tỷ đồng' after 'trong đó' is part of 36,8 tỷ.",
    "'đã cấp 5.860 giấy, đạt 81,2%': percent of the count (no whole in the same unit, so no total). Range 'từ 20 đến 25 ngày' has value_max.",
    "Phước An is a township (thị trấn), not a district: the 37,2 ha figure is optional (its location is unclear by the spec's place levels).",
    "'7 xã còn lại', '16/16 xã' are targets ('phấn đấu'). Headline '9 xã, thị trấn' annotated with no period.",
], published="2024-05-22", location="Krông Pắc")
