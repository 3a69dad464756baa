"""p1085-5: Báo Hà Tĩnh, backlog of overdue files at the land registration office, 2023."""
from lib import F, P, I, C, build

TEXT = """Gỡ "nút thắt" hồ sơ đất đai quá hạn ở Hà Tĩnh

Sau nhiều tháng ùn ứ, tình trạng hồ sơ đất đai chậm giải quyết tại Văn phòng Đăng ký đất đai Hà Tĩnh và các chi nhánh đã có chuyển biến rõ rệt.

Từ đầu năm đến ngày 31/7/2023, Văn phòng Đăng ký đất đai tỉnh tiếp nhận hơn 52.000 hồ sơ, bình quân khoảng 360 hồ sơ/ngày làm việc. Cuối tháng 3/2023, số hồ sơ quá hạn lên tới 4.860 hồ sơ; đến cuối tháng 7/2023 còn 1.275 hồ sơ, giảm gần 74% so với cuối tháng 3. Hồ sơ quá hạn tập trung tại các chi nhánh Thạch Hà (312 hồ sơ), Cẩm Xuyên (248 hồ sơ) và thị xã Kỳ Anh (197 hồ sơ).

Ông Trần Văn Hai, Giám đốc Văn phòng Đăng ký đất đai Hà Tĩnh cho biết, đơn vị hiện có 186 viên chức, người lao động, trong đó chỉ 74 người trực tiếp thẩm định hồ sơ. Mỗi cán bộ thẩm định phải xử lý từ 25 đến 30 hồ sơ/ngày. Khối lượng công việc như vậy gấp khoảng 2 lần định mức.

Để khắc phục, Sở Tài nguyên và Môi trường đã tăng cường 20 cán bộ cho các chi nhánh, tổ chức làm việc cả ngày thứ bảy; các chi nhánh đã gửi 1.034 văn bản xin lỗi người dân vì trễ hẹn. Nhờ đó, tỷ lệ hồ sơ giải quyết đúng hạn trong tháng 7 đạt 91,6%, cao hơn 12,4 điểm phần trăm so với tháng 3.

Trong 7 tháng, toàn tỉnh đã cấp 1.946 giấy chứng nhận quyền sử dụng đất lần đầu, bằng 58% kế hoạch năm. Tại hội nghị giao ban lần thứ 3 ở trụ sở số 108 đường Hà Huy Tập, lãnh đạo Sở yêu cầu đến cuối năm 2023 nâng tỷ lệ hồ sơ giải quyết đúng hạn lên trên 95% và không để phát sinh hồ sơ quá hạn mới.

THU HÀ
14/8/2023
"""

YTD = P("Từ đầu năm đến ngày 31/7/2023", "2023-01-01", "2023-07-31")

FIGS = [
    F("hơn 52.000 hồ sơ", "52.000", 52000, "count", "hồ sơ", "hồ sơ Văn phòng Đăng ký đất đai tỉnh tiếp nhận",
      YTD, approx="over"),
    F("khoảng 360 hồ sơ/ngày", "360", 360, "measure", "hồ sơ/ngày làm việc",
      "hồ sơ tiếp nhận bình quân mỗi ngày làm việc", YTD, approx="about"),
    F("lên tới 4.860 hồ sơ", "4.860", 4860, "count", "hồ sơ", "hồ sơ quá hạn",
      P("Cuối tháng 3/2023", None, "2023-03-31")),
    F("còn 1.275 hồ sơ", "1.275", 1275, "count", "hồ sơ", "hồ sơ quá hạn",
      P("đến cuối tháng 7/2023", None, "2023-07-31"),
      change=C("decrease", 74, "%", "cuối tháng 3", approx="nearly")),
    F("(312 hồ sơ)", "312", 312, "count", "hồ sơ", "hồ sơ quá hạn",
      I(P("đến cuối tháng 7/2023", None, "2023-07-31")), location="Thạch Hà"),
    F("(248 hồ sơ)", "248", 248, "count", "hồ sơ", "hồ sơ quá hạn",
      I(P("đến cuối tháng 7/2023", None, "2023-07-31")), location="Cẩm Xuyên"),
    F("(197 hồ sơ)", "197", 197, "count", "hồ sơ", "hồ sơ quá hạn",
      I(P("đến cuối tháng 7/2023", None, "2023-07-31")), location="Kỳ Anh"),
    F("có 186 viên chức", "186", 186, "count", "viên chức, người lao động",
      "viên chức, người lao động của Văn phòng Đăng ký đất đai"),
    F("chỉ 74 người", "74", 74, "count", "người", "người trực tiếp thẩm định hồ sơ", total=186),
    F("từ 25 đến 30 hồ sơ/ngày", "25", 25, "measure", "hồ sơ/ngày",
      "hồ sơ mỗi cán bộ thẩm định phải xử lý", value_max=30),
    F("gấp khoảng 2 lần", "2", 2, "multiple", "lần", "khối lượng công việc so với định mức", approx="about"),
    F("tăng cường 20 cán bộ", "20", 20, "count", "cán bộ", "cán bộ tăng cường cho các chi nhánh"),
    F("gửi 1.034 văn bản", "1.034", 1034, "count", "văn bản", "văn bản xin lỗi người dân vì trễ hẹn"),
    F("tháng 7 đạt 91,6%", "91,6", 91.6, "percent", "%", "tỷ lệ hồ sơ giải quyết đúng hạn",
      P("trong tháng 7", "2023-07-01", "2023-07-31"),
      change=C("increase", 12.4, "điểm phần trăm", "tháng 3")),
    F("cấp 1.946 giấy", "1.946", 1946, "count", "giấy chứng nhận",
      "giấy chứng nhận quyền sử dụng đất lần đầu đã cấp", P("Trong 7 tháng", "2023-01-01", "2023-07-31"),
      percent=58),
    F("lên trên 95%", "95", 95, "percent", "%", "tỷ lệ hồ sơ giải quyết đúng hạn",
      P("đến cuối năm 2023", None, "2023-12-31"), approx="over", status="target"),
]

COMMENTS = [
    "Báo Hà Tĩnh (Party newspaper): hồ sơ đất đai quá hạn at Văn phòng Đăng ký đất đai Hà Tĩnh, 7 months of 2023. Byline 'THU HÀ'",
    "and the bare date '14/8/2023' at the end give published. 'lần thứ 3', 'số 108 đường Hà Huy Tập', the name 'Trần Văn Hai',",
    "'ngày thứ bảy', dates 'Cuối tháng 3/2023', 'ngày 31/7/2023' are not figures; 'không để phát sinh hồ sơ quá hạn mới' gives no number.",
    "Branch list after the 1.275 backlog: located at each branch's district, no total (they do not add up; 'tập trung tại' is no part cue).",
    "'gấp khoảng 2 lần định mức' stands as its own sentence: a multiple. '25 đến 30 hồ sơ/ngày' is a rate (measure, range).",
    "'Trong 7 tháng' takes 2023. 'yêu cầu đến cuối năm 2023 nâng ... lên trên 95%' is a target.",
]

build("p1085-5", TEXT, COMMENTS, FIGS, published="2023-08-14", location="Hà Tĩnh")
