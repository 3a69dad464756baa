from lib import F, P, build

TEXT = """HÀNỘIMỚI - Thời sự - Đô thị

Mưa lớn do hoàn lưu bão số 3, nhiều tuyến phố nội thành ngập sâu

(HNMO) - Do ảnh hưởng của hoàn lưu bão số 3, từ 19h ngày 7/9 đến 7h ngày 8/9/2024, Hà Nội có mưa to đến rất to. Theo Công ty TNHH MTV Thoát nước Hà Nội, lượng mưa phổ biến từ 150 đến 250 mm; nhiều nơi trên 300 mm như Hoàn Kiếm (312 mm), Đống Đa (328 mm), Hà Đông (351 mm).

Mực nước sông Tô Lịch tại cửa xả Thanh Liệt lên mức 5,9 m, cao hơn 1,1 m so với mực nước vận hành bình thường. Mưa lớn gây ra 86 điểm ngập úng trên địa bàn thành phố, trong đó có 32 điểm ngập sâu trên 0,3 m, tập trung ở phố Nguyễn Khuyến, Thụy Khuê và đường Lê Văn Lương.

Ngay trong đêm, công ty đã huy động 1.500 công nhân, 120 máy bơm cơ động và 25 xe hút bùn có mặt tại các điểm ngập. Trạm bơm Yên Sở vận hành 20/20 tổ máy với công suất 90 m3/s; trạm bơm Đồng Bông 1 và Cổ Điển vận hành hết công suất.

Đến 11h ngày 8/9, còn 14 điểm ngập chưa tiêu thoát hết, chủ yếu tại các quận Hà Đông, Nam Từ Liêm và Thanh Xuân. Ông Nguyễn Văn Tùng, Phó Tổng Giám đốc công ty cho biết, hệ thống thoát nước khu vực trung tâm (lưu vực sông Tô Lịch) được thiết kế với lượng mưa 310 mm trong 2 ngày, nên những trận mưa vượt ngưỡng này sẽ gây úng ngập cục bộ.

Từ đầu năm đến nay, công ty đã nạo vét khoảng 1.050 km cống ngầm và gần 98.000 m3 bùn đất, đạt 85% kế hoạch năm. Hiện Hà Nội có 3 trạm bơm đầu mối với tổng công suất trên 180 m3/s.

Người dân cần hỗ trợ có thể liên hệ đường dây nóng 024.3943.1234 hoặc số 15 Trần Hưng Đạo, quận Hoàn Kiếm.

HOÀNG LÂM
08/09/2024"""

INH = P("từ 19h ngày 7/9 đến 7h ngày 8/9/2024", "2024-09-07", "2024-09-08", inh=True)
FIGS = [
    F("từ 150 đến 250 mm", "150", 150, "measure", "mm", "lượng mưa phổ biến", value_max=250, period=INH),
    F("nhiều nơi trên 300 mm", "300", 300, "measure", "mm", "lượng mưa", approx="over", period=INH),
    F("Hoàn Kiếm (312 mm)", "312", 312, "measure", "mm", "lượng mưa", period=INH, location="Hoàn Kiếm"),
    F("Đống Đa (328 mm)", "328", 328, "measure", "mm", "lượng mưa", period=INH, location="Đống Đa"),
    F("Hà Đông (351 mm)", "351", 351, "measure", "mm", "lượng mưa", period=INH, location="Hà Đông"),
    F("lên mức 5,9 m", "5,9", 5.9, "measure", "m", "mực nước sông Tô Lịch tại cửa xả Thanh Liệt",
      change={"direction": "increase", "value": 1.1, "unit": "m", "approx": "exact",
              "baseline": "mực nước vận hành bình thường"}, period=INH),
    F("ra 86 điểm ngập úng", "86", 86, "count", "điểm ngập úng", "điểm ngập úng", period=INH),
    F("có 32 điểm ngập sâu", "32", 32, "count", "điểm ngập sâu", "điểm ngập sâu", total=86, period=INH),
    F("sâu trên 0,3 m", "0,3", 0.3, "measure", "m", "độ sâu ngập", approx="over", optional=True),
    F("huy động 1.500 công nhân", "1.500", 1500, "count", "công nhân", "công nhân được huy động", period=INH),
    F("120 máy bơm", "120", 120, "count", "máy bơm cơ động", "máy bơm cơ động được huy động", period=INH),
    F("25 xe hút bùn", "25", 25, "count", "xe hút bùn", "xe hút bùn được huy động", period=INH),
    F("vận hành 20/20 tổ máy", "20", 20, "count", "tổ máy", "tổ máy trạm bơm Yên Sở vận hành", total=20,
      period=INH),
    F("công suất 90 m3/s", "90", 90, "measure", "m3/s", "công suất trạm bơm Yên Sở", period=INH),
    F("còn 14 điểm ngập", "14", 14, "count", "điểm ngập", "điểm ngập chưa tiêu thoát hết",
      period=P("Đến 11h ngày 8/9", None, "2024-09-08")),
    F("lượng mưa 310 mm", "310", 310, "measure", "mm", "lượng mưa thiết kế hệ thống thoát nước khu vực trung tâm",
      location="Hà Nội"),
    F("trong 2 ngày", "2", 2, "measure", "ngày", optional=True),
    F("khoảng 1.050 km", "1.050", 1050, "measure", "km", "cống ngầm được nạo vét", approx="about",
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-09-08")),
    F("gần 98.000 m3", "98.000", 98000, "measure", "m3", "bùn đất được nạo vét", approx="nearly", percent=85,
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-09-08")),
    F("có 3 trạm bơm", "3", 3, "count", "trạm bơm đầu mối", "trạm bơm đầu mối"),
    F("trên 180 m3/s", "180", 180, "measure", "m3/s", "tổng công suất trạm bơm đầu mối", approx="over"),
]

COMMENTS = [
    "Báo Hànộimới (Party newspaper): heavy rain from the remnants of storm no. 3 on 7-8/9/2024 in Hà Nội; rainfall by district, flooding spots, pumps.",
    "No dateline at the top; byline and bare date '08/09/2024' at the end give `published`.",
    "Distractors: 'bão số 3' (a name), times '19h', '7h', '11h', 'Đồng Bông 1' (a name), phone 024.3943.1234, address 'số 15 Trần Hưng Đạo', tag (HNMO).",
    "Rain-event figures in later sentences inherit the night 7-8/9/2024 (inherited). District items (Hoàn Kiếm, Đống Đa, Hà Đông) take the district as location.",
    "'cao hơn 1,1 m so với mực nước vận hành bình thường' is the change of 5,9 m. '32 điểm' after 'trong đó' has total 86; 'trên 0,3 m' is a threshold (optional).",
    "'20/20 tổ máy' total 20. 'Đến 11h ngày 8/9' is an as-of date (end only). The 14 remaining spots listed with districts stay Hà Nội.",
    "'310 mm trong 2 ngày' is a design rainfall; '2 ngày' its duration (optional). 'đạt 85% kế hoạch năm' is the percent of 98.000 m3 (the figure it follows).",
]
build("p343-2", TEXT, COMMENTS, {"published": "2024-09-08", "location": "Hà Nội"}, FIGS)
