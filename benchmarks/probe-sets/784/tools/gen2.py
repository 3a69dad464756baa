"""p784-2: Ninh Kiều district portal — tuyên truyền ATGT cho tài xế xe ôm công nghệ; vi phạm năm 2023."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN NINH KIỀU
Trang chủ / Tin tức / An ninh - Trật tự
Thứ Năm, 14/03/2024 - 15:20

Tuyên truyền an toàn giao thông cho gần 300 tài xế xe ôm công nghệ

Sáng 13/3, tại Hội trường UBND phường Tân An (số 52 đường Hai Bà Trưng), Công an quận Ninh Kiều phối hợp Quận Đoàn tổ chức tuyên truyền pháp luật về trật tự an toàn giao thông cho gần 300 tài xế xe ôm công nghệ đang hoạt động trên địa bàn, theo Kế hoạch số 45/KH-CAQ.

Theo thống kê của Công an quận, hiện trên địa bàn có khoảng 4.200 tài xế xe ôm công nghệ thường xuyên hoạt động, chiếm gần 40% số tài xế xe ôm công nghệ toàn thành phố Cần Thơ.

Năm 2023, Đội Cảnh sát giao thông - Trật tự Công an quận lập biên bản xử lý 1.146 trường hợp tài xế xe công nghệ vi phạm, tăng 18,3% so với năm 2022; trong đó, dừng, đỗ xe sai quy định 512 trường hợp, không đội mũ bảo hiểm 207 trường hợp, sử dụng điện thoại khi điều khiển xe 164 trường hợp. Tổng số tiền phạt nộp ngân sách nhà nước hơn 1,8 tỷ đồng. Vi phạm chủ yếu xảy ra trên đường 30 Tháng 4, đường 3 Tháng 2 và khu vực Bến Ninh Kiều.

Tại buổi tuyên truyền, Quận Đoàn trao tặng 150 mũ bảo hiểm đạt chuẩn và 200 áo phản quang cho các tài xế; đồng thời ra mắt mô hình "Tài xế công nghệ an toàn" với 45 thành viên nòng cốt, mỗi thành viên hỗ trợ từ 5 đến 7 tài xế khác.

Năm 2024, Công an quận phấn đấu giảm từ 10 đến 15% số trường hợp tài xế xe công nghệ vi phạm so với năm 2023. Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 0292.3820.113.

Minh Thư - Trung tâm Văn hóa, Thể thao và Truyền thanh quận
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("cho gần 300 tài xế xe ôm công nghệ\n", "300", 300, "count", "tài xế",
      "tài xế xe ôm công nghệ được tuyên truyền an toàn giao thông", approx="nearly"),
    F("cho gần 300 tài xế xe ôm công nghệ đang", "300", 300, "count", "tài xế",
      "tài xế xe ôm công nghệ được tuyên truyền pháp luật về trật tự an toàn giao thông", approx="nearly"),
    F("khoảng 4.200 tài xế", "4.200", 4200, "count", "tài xế",
      "tài xế xe ôm công nghệ thường xuyên hoạt động", approx="about", percent=40),
    F("xử lý 1.146 trường hợp", "1.146", 1146, "count", "trường hợp",
      "trường hợp tài xế xe công nghệ vi phạm bị lập biên bản xử lý", Y23,
      change=CH("increase", 18.3, baseline="năm 2022")),
    F("quy định 512 trường hợp", "512", 512, "count", "trường hợp", "dừng, đỗ xe sai quy định", Y23, total=1146),
    F("bảo hiểm 207 trường hợp", "207", 207, "count", "trường hợp", "không đội mũ bảo hiểm", Y23, total=1146),
    F("điều khiển xe 164 trường hợp", "164", 164, "count", "trường hợp",
      "sử dụng điện thoại khi điều khiển xe", Y23, total=1146),
    F("hơn 1,8 tỷ đồng", "1,8", 1800000000, "money", "đồng", "tổng số tiền phạt nộp ngân sách nhà nước",
      I(Y23), approx="over"),
    F("tặng 150 mũ", "150", 150, "count", "mũ bảo hiểm", "mũ bảo hiểm đạt chuẩn Quận Đoàn trao tặng"),
    F("và 200 áo", "200", 200, "count", "áo phản quang", "áo phản quang trao tặng cho các tài xế"),
    F("với 45 thành viên", "45", 45, "count", "thành viên", "thành viên nòng cốt mô hình \"Tài xế công nghệ an toàn\""),
    F("từ 5 đến 7 tài xế", "5", 5, "count", "tài xế", "tài xế khác mỗi thành viên hỗ trợ", value_max=7),
    F("từ 10 đến 15%", "10", 10, "percent", "%", "giảm số trường hợp tài xế xe công nghệ vi phạm so với năm 2023",
      Y24, value_max=15, status="target"),
]

COMMENTS = [
    "Cổng TTĐT quận Ninh Kiều (Cần Thơ): tuyên truyền ATGT cho tài xế xe ôm công nghệ (13/3/2024); vi phạm năm 2023; mục tiêu 2024.",
    "Dateline \"Thứ Năm, 14/03/2024 - 15:20\". \"Sáng 13/3\" is a date (no period). Số 52 đường Hai Bà Trưng, Kế hoạch số 45/KH-CAQ,",
    "đường 30 Tháng 4, đường 3 Tháng 2, the hotline are not figures. District figures: location Ninh Kiều; \"chiếm gần 40% ... toàn thành phố\" is the share of 4.200.",
    "The headline repeats the lead's \"gần 300 tài xế\": both are figures. The 2024 reduction range is a target percent (no change object).",
]

if __name__ == "__main__":
    emit("p784-2", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Ninh Kiều")
