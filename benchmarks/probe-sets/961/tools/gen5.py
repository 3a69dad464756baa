"""p961-5: provincial Party newspaper (Báo Hải Phòng style), bankruptcy cases; byline + bare date at the end."""
from lib import F, P, I, C, T, build

TEXT = """Giải quyết phá sản doanh nghiệp: Nhiều vụ việc kéo dài, tỷ lệ thu hồi nợ thấp

Từ năm 2020 đến nay, Tòa án nhân dân thành phố Hải Phòng đã thụ lý 38 vụ việc phá sản, ra quyết định mở thủ tục phá sản đối với 21 doanh nghiệp và tuyên bố phá sản 14 doanh nghiệp. Riêng năm 2024, Tòa án thụ lý 9 đơn yêu cầu mở thủ tục phá sản, tăng 3 đơn so với năm 2023.

Theo đánh giá của Tòa án, thời gian giải quyết một vụ việc phá sản bình quân từ 2 đến 3 năm, có vụ kéo dài tới 7 năm do tài sản là quyền sử dụng đất, nhà xưởng khó bán đấu giá. Tổng giá trị tài sản đã thanh lý của các doanh nghiệp bị tuyên bố phá sản khoảng 186 tỷ đồng, trong khi tổng nợ phải trả hơn 1.240 tỷ đồng; tỷ lệ thu hồi nợ của các chủ nợ chỉ đạt khoảng 15%.

Điển hình là Công ty CP Vận tải biển Số 2, trụ sở tại số 268 đường Lạch Tray, quận Ngô Quyền, có tổng số nợ 460 tỷ đồng với 37 chủ nợ. Sau 5 phiên đấu giá không thành, đến hội nghị chủ nợ lần thứ 3, tài sản của doanh nghiệp mới được bán với giá 52,5 tỷ đồng, bằng 61% giá khởi điểm.

Hiện thành phố có 26 quản tài viên hành nghề và 4 doanh nghiệp quản lý, thanh lý tài sản, trong đó chỉ có 9 quản tài viên từng tham gia giải quyết vụ việc phá sản. Nhiều doanh nghiệp thua lỗ kéo dài không làm thủ tục phá sản mà chọn tạm ngừng kinh doanh hoặc "bỏ trốn" khỏi địa chỉ đăng ký; năm 2024, cơ quan thuế thành phố xác định 1.126 doanh nghiệp không hoạt động tại địa chỉ đã đăng ký, chiếm khoảng 5% số doanh nghiệp đang quản lý.

Theo các luật sư, cần sớm sửa đổi Luật Phá sản năm 2014 theo hướng rút gọn thủ tục đối với doanh nghiệp nhỏ và vừa.

MINH KHÔI
18/3/2025
"""

SINCE = P("Từ năm 2020 đến nay", "2020-01-01", "2025-03-18")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("thụ lý 38 vụ việc", "38", 38, "count", "vụ việc", "vụ việc phá sản Tòa án thụ lý", SINCE),
    F("đối với 21 doanh nghiệp", "21", 21, "count", "doanh nghiệp",
      "doanh nghiệp bị ra quyết định mở thủ tục phá sản", SINCE),
    F("tuyên bố phá sản 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp",
      "doanh nghiệp bị tuyên bố phá sản", SINCE),
    F("thụ lý 9 đơn", "9", 9, "count", "đơn", "đơn yêu cầu mở thủ tục phá sản Tòa án thụ lý",
      P("Riêng năm 2024", "2024-01-01", "2024-12-31"), change=C("increase", 3, "đơn", baseline="năm 2023")),
    F("từ 2 đến 3 năm", "2", 2, "measure", "năm", "thời gian giải quyết một vụ việc phá sản bình quân",
      value_max=3),
    F("tới 7 năm", "7", 7, "measure", "năm", "thời gian giải quyết vụ việc phá sản kéo dài nhất"),
    F("khoảng 186 tỷ đồng", "186", 186e9, "money", "đồng",
      "tổng giá trị tài sản đã thanh lý của các doanh nghiệp bị tuyên bố phá sản", approx="about"),
    F("hơn 1.240 tỷ đồng", "1.240", 1240e9, "money", "đồng",
      "tổng nợ phải trả của các doanh nghiệp bị tuyên bố phá sản", approx="over"),
    F("khoảng 15%", "15", 15, "percent", "%", "tỷ lệ thu hồi nợ của các chủ nợ", approx="about"),
    F("nợ 460 tỷ đồng", "460", 460e9, "money", "đồng", "tổng số nợ của Công ty CP Vận tải biển Số 2"),
    F("với 37 chủ nợ", "37", 37, "count", "chủ nợ", "chủ nợ của Công ty CP Vận tải biển Số 2"),
    F("Sau 5 phiên", "5", 5, "count", "phiên", "phiên đấu giá không thành"),
    F("giá 52,5 tỷ đồng", "52,5", 52.5e9, "money", "đồng", "giá bán tài sản của doanh nghiệp", percent=61),
    F("có 26 quản tài viên", "26", 26, "count", "quản tài viên", "quản tài viên hành nghề"),
    F("và 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", "doanh nghiệp quản lý, thanh lý tài sản"),
    F("có 9 quản tài viên", "9", 9, "count", "quản tài viên",
      "quản tài viên từng tham gia giải quyết vụ việc phá sản", total=26),
    F("xác định 1.126 doanh nghiệp", "1.126", 1126, "count", "doanh nghiệp",
      "doanh nghiệp không hoạt động tại địa chỉ đã đăng ký", Y24, percent=5),
]

NOTES = [
    "Báo Hải Phòng style (invented): bankruptcy cases at the city court; byline MINH KHÔI and bare date 18/3/2025 at the end.",
    "'Từ năm 2020 đến nay' runs to the published date. 'tăng 3 đơn so với năm 2023' is a change in đơn.",
    "'từ 2 đến 3 năm', 'tới 7 năm' are durations that are the claim: measure in năm. Sentences with no period phrase get none.",
    "'chiếm khoảng 5%' is the percent attribute of 1.126 (its approx is lost: one approx per figure, that of the primary number).",
    "'trong đó chỉ có 9 quản tài viên' -> total 26 (the whole of the same thing before the cue, not the 4 enterprises).",
    "Distractors: Công ty CP Vận tải biển Số 2, số 268 đường Lạch Tray, 'lần thứ 3', Luật Phá sản năm 2014, 18/3/2025.",
]

if __name__ == "__main__":
    build("p961-5", TEXT, FIGS, NOTES, published="2025-03-18", location="Hải Phòng")
