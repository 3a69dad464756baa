from lib import F, P, C, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN
Trang chủ > Tin tức - Sự kiện > An toàn giao thông

Nghệ An: Tai nạn giao thông 6 tháng đầu năm 2024 giảm cả 3 tiêu chí
Cập nhật: 18/06/2024 08:45 | Lượt xem: 2.341

Theo báo cáo của Ban An toàn giao thông tỉnh, 6 tháng đầu năm 2024, trên địa bàn tỉnh xảy ra 214 vụ tai nạn giao thông, làm chết 126 người, bị thương 141 người; so với cùng kỳ năm 2023 giảm 23 vụ, giảm 11 người chết và giảm 18 người bị thương. Trong đó, đường bộ xảy ra 209 vụ, làm chết 122 người; đường sắt xảy ra 5 vụ, làm chết 4 người.

Số người chết do tai nạn giao thông trên địa bàn tỉnh giảm 8,03% so với cùng kỳ, thấp hơn mức giảm chung của cả nước.

Nguyên nhân chủ yếu được xác định là đi không đúng phần đường, làn đường (chiếm 31,2% số vụ), vi phạm tốc độ (18,7%), chuyển hướng không bảo đảm an toàn (14,5%) và sử dụng rượu, bia khi điều khiển phương tiện (11,9%).

Công tác tuần tra, kiểm soát tiếp tục được tăng cường. Từ đầu năm đến nay, lực lượng Cảnh sát giao thông toàn tỉnh đã phát hiện, lập biên bản 52.806 trường hợp vi phạm, phạt tiền trên 61,4 tỷ đồng, tạm giữ 3.917 phương tiện, tước giấy phép lái xe 4.285 trường hợp. Riêng vi phạm nồng độ cồn là 9.640 trường hợp, chiếm 18,3% tổng số vi phạm.

Trên các tuyến Quốc lộ 1A, Quốc lộ 7 và Quốc lộ 48, ngành chức năng đã rà soát, phát hiện 17 điểm đen và 32 điểm tiềm ẩn nguy cơ tai nạn giao thông; tính đến ngày 15/6 đã xử lý xong 12 điểm đen, số còn lại dự kiến hoàn thành trong quý III/2024.

Năm 2024, tỉnh phấn đấu kéo giảm từ 3% đến 5% số người chết do tai nạn giao thông so với năm 2023. Mọi phản ánh về vi phạm trật tự, an toàn giao thông xin gửi về đường dây nóng 0238.3595.777.

Hoài Thu (tổng hợp)
"""

H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
DN = P("Từ đầu năm đến nay", "2024-01-01", "2024-06-18")
DNi = P("Từ đầu năm đến nay", "2024-01-01", "2024-06-18", inh=True)

figs = [
    F("giảm cả 3 tiêu chí", "3", 3, "count", "tiêu chí", optional=True),
    F("xảy ra 214 vụ", "214", 214, "count", "vụ", "vụ tai nạn giao thông", H6,
      change=C("decrease", 23, "vụ", "cùng kỳ năm 2023")),
    F("làm chết 126 người", "126", 126, "count", "người", "người chết do tai nạn giao thông", H6,
      change=C("decrease", 11, "người", "cùng kỳ năm 2023")),
    F("bị thương 141 người", "141", 141, "count", "người", "người bị thương do tai nạn giao thông", H6,
      change=C("decrease", 18, "người", "cùng kỳ năm 2023")),
    F("đường bộ xảy ra 209 vụ", "209", 209, "count", "vụ", "vụ tai nạn giao thông đường bộ", H6i, total=214),
    F("làm chết 122 người", "122", 122, "count", "người", "người chết do tai nạn giao thông đường bộ", H6i, total=126),
    F("đường sắt xảy ra 5 vụ", "5", 5, "count", "vụ", "vụ tai nạn giao thông đường sắt", H6i, total=214),
    F("làm chết 4 người", "4", 4, "count", "người", "người chết do tai nạn giao thông đường sắt", H6i, total=126),
    F("giảm 8,03% so với cùng kỳ", "8,03", 8.03, "percent", "%", "mức giảm số người chết do tai nạn giao thông", H6i),
    F("chiếm 31,2% số vụ", "31,2", 31.2, "percent", "%", "tỷ lệ số vụ do đi không đúng phần đường, làn đường", H6i),
    F("vi phạm tốc độ (18,7%)", "18,7", 18.7, "percent", "%", "tỷ lệ số vụ do vi phạm tốc độ", H6i),
    F("an toàn (14,5%)", "14,5", 14.5, "percent", "%", "tỷ lệ số vụ do chuyển hướng không bảo đảm an toàn", H6i),
    F("phương tiện (11,9%)", "11,9", 11.9, "percent", "%", "tỷ lệ số vụ do sử dụng rượu, bia khi điều khiển phương tiện", H6i),
    F("lập biên bản 52.806 trường hợp", "52.806", 52806, "count", "trường hợp", "trường hợp vi phạm lập biên bản", DN),
    F("trên 61,4 tỷ đồng", "61,4", 61.4e9, "money", "đồng", "tiền phạt", DN, approx="over"),
    F("tạm giữ 3.917 phương tiện", "3.917", 3917, "count", "phương tiện", "phương tiện tạm giữ", DN),
    F("4.285 trường hợp", "4.285", 4285, "count", "trường hợp", "trường hợp bị tước giấy phép lái xe", DN),
    F("là 9.640 trường hợp", "9.640", 9640, "count", "trường hợp", "vi phạm nồng độ cồn", DNi, percent=18.3),
    F("phát hiện 17 điểm đen", "17", 17, "count", "điểm đen", "điểm đen tai nạn giao thông phát hiện", H6i),
    F("32 điểm tiềm ẩn", "32", 32, "count", "điểm", "điểm tiềm ẩn nguy cơ tai nạn giao thông", H6i),
    F("xử lý xong 12 điểm đen", "12", 12, "count", "điểm đen", "điểm đen đã xử lý xong",
      P("tính đến ngày 15/6", None, "2024-06-15")),
    F("từ 3% đến 5%", "3", 3, "percent", "%", "mức kéo giảm số người chết do tai nạn giao thông",
      P("Năm 2024", "2024-01-01", "2024-12-31"), value_max=5, status="target"),
]

HEADER = """Cổng TTĐT tỉnh Nghệ An (provincial portal): tai nạn giao thông 6 tháng đầu năm 2024, causes, patrols, black spots, 2024 target.
Dateline 'Cập nhật: 18/06/2024 08:45 | Lượt xem: 2.341'. Distractors: view counter, Quốc lộ 1A/7/48, hotline 0238.3595.777, 'quý III/2024' (no figure).
The three changes after the three figures in one sentence ('giảm 23 vụ, giảm 11 người chết và giảm 18 người bị thương') attach to their figures by unit.
'Trong đó' in the next sentence: road/rail parts take the wholes 214 vụ / 126 người. '9.640 ..., chiếm 18,3% tổng số vi phạm': percent, no total (whole not restated).
'Từ đầu năm đến nay' ends at the dateline. 'tính đến ngày 15/6' takes the year 2024. 17 and 32 black spots: period not stated; inherited (not scored)."""

emit("p301-1", TEXT, figs, HEADER, published="2024-06-18", location="Nghệ An")
