from lib import F, P, I, CH, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GIA LÂM
Tin tức > Văn hóa - Thông tin

Gia Lâm siết chặt quản lý cơ sở kinh doanh karaoke

18/04/2024 08:35

Quý I/2024, Phòng Văn hóa và Thông tin huyện phối hợp với Công an huyện, Đội Cảnh sát PCCC và CNCH khu vực kiểm tra 64 cơ sở kinh doanh dịch vụ karaoke, đạt 80% kế hoạch quý. Kết quả có 17 cơ sở vi phạm, tăng 5 cơ sở so với quý IV/2023; đoàn đã lập biên bản, ra quyết định xử phạt với tổng số tiền 236,5 triệu đồng.

Hiện toàn huyện có 93 cơ sở karaoke đã được cấp giấy phép, trong đó 71 cơ sở đang hoạt động, 22 cơ sở tạm dừng để cải tạo, khắc phục điều kiện PCCC. Đáng chú ý, tại khu vực dọc Quốc lộ 5 và đường Nguyễn Đức Thuận có hơn 30 cơ sở hoạt động đến khuya, tiềm ẩn nguy cơ cháy nổ cao.

Theo đánh giá của UBND huyện, tỷ lệ cơ sở đáp ứng đầy đủ điều kiện về PCCC của huyện đạt 76,3%, cao hơn mức bình quân của thành phố Hà Nội (khoảng 70%). Trong đợt chấm điểm công tác quản lý văn hóa quý I, Gia Lâm xếp thứ 4/30 quận, huyện, thị xã.

Ông Nguyễn Văn Thắng, Trưởng phòng Văn hóa và Thông tin huyện cho biết, mỗi cơ sở karaoke phải bảo đảm diện tích phòng hát từ 20 m2 trở lên và có ít nhất 2 lối thoát nạn. Tổ dân phố số 4, thị trấn Trâu Quỳ là địa bàn có nhiều cơ sở nhất.

Trong quý II/2024, huyện đặt mục tiêu kiểm tra 100% cơ sở karaoke còn lại, dự kiến cấp mới khoảng 8 giấy phép; đồng thời xử lý dứt điểm các cơ sở chưa khắc phục mà vẫn hoạt động.

Mọi phản ánh xin gửi về Phòng Văn hóa và Thông tin huyện, số 8 Hà Huy Tập, thị trấn Yên Viên, điện thoại 024.3827.6543.

Thu Hà - Phòng VH&TT
Số lượt truy cập: 1.204.337
"""

COMMENTS = [
    "District portal (huyện Gia Lâm, Hà Nội): Q1/2024 karaoke inspection, violations, fines, licensed/operating/paused, PCCC rate, rank, Q2 targets.",
    "Dateline '18/04/2024 08:35'. Distractors: Quốc lộ 5, 'Tổ dân phố số 4', 'số 8 Hà Huy Tập', phone 024.3827.6543, visit counter, 'quý IV/2023'.",
    "Location Gia Lâm (district portal); the city average '(khoảng 70%)' is Hà Nội's own figure. 'xếp thứ 4/30' → rank with total 30.",
    "Legal thresholds in a norm ('từ 20 m2 trở lên', 'ít nhất 2 lối thoát nạn') are optional (conditions, not facts about the world).",
    "'đạt 80% kế hoạch quý' is the percent of 64; 'tăng 5 cơ sở so với quý IV/2023' the change of 17. 71 and 22 are parts of 93 (trong đó).",
    "'Hiện' sentences get no period. Q2 target 100% → target; 'dự kiến … khoảng 8 giấy phép' → forecast.",
]

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q2 = P("Trong quý II/2024", "2024-04-01", "2024-06-30")

FIGS = [
    F("kiểm tra 64 cơ sở", "64", 64, "count", "cơ sở", "cơ sở kinh doanh dịch vụ karaoke được kiểm tra", Q1, percent=80),
    F("có 17 cơ sở vi phạm", "17", 17, "count", "cơ sở", "cơ sở vi phạm", I(Q1),
      change=CH("increase", 5, "cơ sở", "quý IV/2023")),
    F("236,5 triệu đồng", "236,5", 236_500_000, "money", "đồng", "tổng số tiền xử phạt", I(Q1)),
    F("có 93 cơ sở", "93", 93, "count", "cơ sở", "cơ sở karaoke đã được cấp giấy phép"),
    F("trong đó 71 cơ sở", "71", 71, "count", "cơ sở", "cơ sở karaoke đang hoạt động", total=93),
    F("22 cơ sở tạm dừng", "22", 22, "count", "cơ sở", "cơ sở tạm dừng để cải tạo, khắc phục điều kiện PCCC", total=93),
    F("hơn 30 cơ sở", "30", 30, "count", "cơ sở", "cơ sở hoạt động đến khuya dọc Quốc lộ 5 và đường Nguyễn Đức Thuận",
      approx="over"),
    F("đạt 76,3%", "76,3", 76.3, "percent", "%", "tỷ lệ cơ sở đáp ứng đầy đủ điều kiện về PCCC"),
    F("(khoảng 70%)", "70", 70, "percent", "%", "mức bình quân tỷ lệ cơ sở đáp ứng đầy đủ điều kiện về PCCC của thành phố",
      approx="about", location="Hà Nội"),
    F("xếp thứ 4/30", "4", 4, "rank", "hạng", "chấm điểm công tác quản lý văn hóa",
      P("quý I", "2024-01-01", "2024-03-31"), total=30),
    F("từ 20 m2", "20", 20, "measure", "m2", "diện tích phòng hát tối thiểu", approx="at_least", optional=True),
    F("ít nhất 2 lối", "2", 2, "count", "lối thoát nạn", "lối thoát nạn tối thiểu", approx="at_least", optional=True),
    F("kiểm tra 100% cơ sở", "100", 100, "percent", "%", "cơ sở karaoke còn lại được kiểm tra", Q2, status="target"),
    F("khoảng 8 giấy phép", "8", 8, "count", "giấy phép", "giấy phép cấp mới", Q2, approx="about", status="forecast"),
]

if __name__ == "__main__":
    emit("p722-2", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Gia Lâm")
