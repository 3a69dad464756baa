"""p1017-5: Party/provincial newspaper (Báo Đồng Nai style), backlog of certificates for home buyers, 2024."""
from lib import F, P, C, write

TEXT = """Gỡ vướng cấp sổ hồng cho người mua nhà tại các dự án

Trên địa bàn tỉnh hiện có 46 dự án nhà ở thương mại, khu dân cư với khoảng 19.400 căn hộ, nền đất đã bàn giao cho người mua nhưng chưa được cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở (sổ hồng). Trong đó, TP.Biên Hòa có 21 dự án, huyện Nhơn Trạch 11 dự án, huyện Long Thành 8 dự án.

Theo Sở Tài nguyên và Môi trường, nguyên nhân chủ yếu là chủ đầu tư chưa hoàn thành nghĩa vụ tài chính với Nhà nước, với tổng số tiền còn nợ hơn 1.250 tỷ đồng. Có dự án đã bàn giao nhà từ năm 2015 nhưng đến nay, sau gần 10 năm, người mua vẫn chưa nhận được sổ.

Ông Phạm Văn Thành, ngụ khu phố 3, phường Tân Phong, TP.Biên Hòa cho biết, gia đình mua nền đất 100 m2 tại một dự án ven Quốc lộ 51 thuộc phường Tam Phước với giá 1,2 tỷ đồng từ năm 2017, đã thanh toán 95% giá trị hợp đồng nhưng chờ 7 năm vẫn chưa có sổ.

Từ đầu năm 2024 đến nay, tỉnh đã tháo gỡ vướng mắc cho 9 dự án, cấp 3.126 giấy chứng nhận cho người mua, bằng 16% số căn hộ, nền đất tồn đọng và gấp 2,5 lần cả năm 2023.

Theo kế hoạch, trong năm 2024 tỉnh phấn đấu cấp khoảng 6.000 giấy chứng nhận cho người mua nhà tại các dự án; đến hết quý II/2025 giải quyết dứt điểm ít nhất 30 dự án. Dự kiến khi hoàn tất, ngân sách thu về khoảng 800 tỷ đồng từ nghĩa vụ tài chính của chủ đầu tư.

Ông Đặng Minh Tuấn, Giám đốc Văn phòng Đăng ký đất đai Đồng Nai cho biết, thời gian cấp sổ cho người mua sau khi chủ đầu tư nộp đủ hồ sơ đã được rút ngắn từ 30 ngày xuống còn 15 ngày làm việc. Người dân có thể nộp hồ sơ tại Bộ phận một cửa ở số 236 Phạm Văn Thuận hoặc qua Cổng dịch vụ công của tỉnh.

MINH HẠNH
25/6/2024
"""

YTD = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-06-25")

FIGS = [
    F("có 46 dự án", "46", 46, "count", "dự án",
      "dự án nhà ở thương mại, khu dân cư có căn hộ, nền đất chưa được cấp sổ hồng"),
    F("khoảng 19.400 căn hộ", "19.400", 19400, "count", "căn hộ, nền đất",
      "căn hộ, nền đất đã bàn giao cho người mua nhưng chưa được cấp giấy chứng nhận", approx="about"),
    F("có 21 dự án", "21", 21, "count", "dự án", "dự án có căn hộ, nền đất chưa được cấp sổ hồng",
      total=46, location="Biên Hòa"),
    F("Nhơn Trạch 11 dự án", "11", 11, "count", "dự án", "dự án có căn hộ, nền đất chưa được cấp sổ hồng",
      total=46, location="Nhơn Trạch"),
    F("Long Thành 8 dự án", "8", 8, "count", "dự án", "dự án có căn hộ, nền đất chưa được cấp sổ hồng",
      total=46, location="Long Thành"),
    F("hơn 1.250 tỷ đồng", "1.250", 1250e9, "money", "đồng", "tổng số tiền chủ đầu tư còn nợ nghĩa vụ tài chính",
      approx="over"),
    F("gần 10 năm", "10", 10, "measure", "năm", "thời gian người mua chờ sổ", approx="nearly", optional=True),
    F("nền đất 100 m2", "100", 100, "measure", "m2", "diện tích nền đất của một hộ mua", location="Biên Hòa",
      optional=True),
    F("giá 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "giá nền đất", location="Biên Hòa"),
    F("thanh toán 95%", "95", 95, "percent", "%", "giá trị hợp đồng đã thanh toán", location="Biên Hòa"),
    F("chờ 7 năm", "7", 7, "measure", "năm", "thời gian chờ sổ", location="Biên Hòa", optional=True),
    F("cho 9 dự án", "9", 9, "count", "dự án", "dự án được tháo gỡ vướng mắc", period=YTD),
    F("cấp 3.126 giấy", "3.126", 3126, "count", "giấy chứng nhận", "giấy chứng nhận cấp cho người mua",
      percent=16, change=C("increase", 2.5, "lần", baseline="cả năm 2023"), period=YTD),
    F("khoảng 6.000 giấy", "6.000", 6000, "count", "giấy chứng nhận",
      "giấy chứng nhận cấp cho người mua nhà tại các dự án", approx="about", status="target",
      period=P("trong năm 2024", "2024-01-01", "2024-12-31")),
    F("ít nhất 30 dự án", "30", 30, "count", "dự án", "dự án giải quyết dứt điểm", approx="at_least",
      status="target", period=P("đến hết quý II/2025", None, "2025-06-30")),
    F("khoảng 800 tỷ đồng", "800", 800e9, "money", "đồng",
      "ngân sách thu về từ nghĩa vụ tài chính của chủ đầu tư", approx="about", status="forecast"),
    F("từ 30 ngày", "30", 30, "measure", "ngày", "thời gian cấp sổ cho người mua trước khi rút ngắn"),
    F("còn 15 ngày", "15", 15, "measure", "ngày làm việc", "thời gian cấp sổ cho người mua sau khi chủ đầu tư nộp đủ hồ sơ"),
]

COMMENTS = [
    "Provincial Party newspaper (Báo Đồng Nai style), byline and bare date '25/6/2024' at the end.",
    "Backlog of 'sổ hồng' for buyers in housing projects. The text says 'tỉnh' only, but names TP.Biên Hòa, Nhơn Trạch,",
    "Long Thành and 'Văn phòng Đăng ký đất đai Đồng Nai', so the article's location is Đồng Nai.",
    "Distractors: khu phố 3, Quốc lộ 51, số 236 Phạm Văn Thuận, 'từ năm 2015', 'từ năm 2017', quý II/2025 (as period).",
    "Parts after 'Trong đó' take the whole 46 even though they do not add up to it (a trong đó cue, not a bracket).",
    "The buyer's plot '100 m2' and waiting times 'gần 10 năm', 'chờ 7 năm' are optional (anecdote/duration);",
    "price 1,2 tỷ and 95% paid are stated facts (location Biên Hòa: the plot lies in phường Tam Phước of Biên Hòa).",
    "'bằng 16% ... và gấp 2,5 lần cả năm 2023': percent 16 and change 2.5 lần. 'từ 30 ngày xuống còn 15 ngày': two measures",
    "(the old and the new time), no change object because no change amount is written.",
    "'Dự kiến ... khoảng 800 tỷ đồng' is a forecast. '46 dự án' and '19.400' are stated with 'hiện': no period.",
]

if __name__ == "__main__":
    write("p1017-5", TEXT, FIGS, COMMENTS, published="2024-06-25", location="Đồng Nai")
