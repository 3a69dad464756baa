"""p504-2: huyện Đức Hòa (Long An) district portal - building permits, Q1/2024."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử huyện Đức Hòa
Thứ Ba, 16/04/2024 - 10:05

Quý I/2024, Đức Hòa cấp 386 giấy phép xây dựng

Trong quý I/2024, Phòng Kinh tế - Hạ tầng huyện Đức Hòa đã tiếp nhận 402 hồ sơ đề nghị cấp giấy phép xây dựng, tăng 12,3% so với cùng kỳ năm 2023; đã cấp 386 giấy phép, trong đó 371 giấy phép xây dựng nhà ở riêng lẻ và 15 giấy phép công trình thương mại, dịch vụ. Tỷ lệ hồ sơ được giải quyết đúng hạn đạt 98,7%.

Tổng diện tích sàn xây dựng được cấp phép là 68.942,5 m2, trong đó diện tích sàn nhà ở là 52.310 m2. Số giấy phép tập trung chủ yếu ở thị trấn Hậu Nghĩa, thị trấn Đức Hòa và xã Đức Hòa Hạ, nơi có nhiều khu dân cư mới hình thành dọc Tỉnh lộ 824 và Đường tỉnh 822.

Về công tác quản lý trật tự xây dựng, qua kiểm tra 215 công trình, lực lượng chức năng phát hiện 23 trường hợp vi phạm, chủ yếu là xây dựng sai nội dung giấy phép và xây dựng trên đất nông nghiệp. UBND huyện đã ban hành 19 quyết định xử phạt vi phạm hành chính với tổng số tiền gần 480 triệu đồng; buộc tháo dỡ 6 công trình.

Kế hoạch năm 2024, huyện phấn đấu 100% công trình thuộc diện phải cấp phép được cấp phép trước khi khởi công, tỷ lệ công trình vi phạm trật tự xây dựng giảm xuống dưới 5%.

Người dân cần hỗ trợ thủ tục có thể liên hệ Bộ phận Một cửa huyện qua số 0272.3850.114 hoặc trực tiếp tại số 2 đường Nguyễn Văn Trỗi, khu phố 3, thị trấn Hậu Nghĩa.

Tin: Minh Thư - Phòng Kinh tế - Hạ tầng
"""

Q1 = P("Trong quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Đức Hòa cấp 386 giấy phép", "386", 386, "count", "giấy phép", "giấy phép xây dựng được cấp",
      P("Quý I/2024", "2024-01-01", "2024-03-31")),
    F("tiếp nhận 402 hồ sơ", "402", 402, "count", "hồ sơ", "hồ sơ đề nghị cấp giấy phép xây dựng", Q1,
      change=CH("increase", 12.3, baseline="cùng kỳ năm 2023")),
    F("đã cấp 386 giấy phép", "386", 386, "count", "giấy phép", "giấy phép xây dựng đã cấp", Q1),
    F("trong đó 371 giấy phép", "371", 371, "count", "giấy phép", "giấy phép xây dựng nhà ở riêng lẻ", Q1, total=386),
    F("và 15 giấy phép", "15", 15, "count", "giấy phép", "giấy phép công trình thương mại, dịch vụ", Q1, total=386),
    F("đạt 98,7%", "98,7", 98.7, "percent", "%", "tỷ lệ hồ sơ được giải quyết đúng hạn", I(Q1)),
    F("là 68.942,5 m2", "68.942,5", 68942.5, "measure", "m2", "tổng diện tích sàn xây dựng được cấp phép", I(Q1)),
    F("là 52.310 m2", "52.310", 52310, "measure", "m2", "diện tích sàn nhà ở được cấp phép", I(Q1), total=68942.5),
    F("kiểm tra 215 công trình", "215", 215, "count", "công trình", "công trình được kiểm tra trật tự xây dựng"),
    F("phát hiện 23 trường hợp", "23", 23, "count", "trường hợp", "trường hợp vi phạm trật tự xây dựng"),
    F("ban hành 19 quyết định", "19", 19, "count", "quyết định", "quyết định xử phạt vi phạm hành chính"),
    F("gần 480 triệu đồng", "480", 480e6, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", approx="nearly"),
    F("tháo dỡ 6 công trình", "6", 6, "count", "công trình", "công trình buộc tháo dỡ"),
    F("phấn đấu 100% công trình", "100", 100, "percent", "%",
      "công trình thuộc diện phải cấp phép được cấp phép trước khi khởi công", Y24, status="target"),
    F("dưới 5%", "5", 5, "percent", "%", "tỷ lệ công trình vi phạm trật tự xây dựng", Y24,
      approx="under", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Đức Hòa (invented): cấp giấy phép xây dựng, trật tự xây dựng quý I/2024. Dateline 'Thứ Ba, 16/04/2024 - 10:05'.",
    "'Tỉnh lộ 824', 'Đường tỉnh 822', 'khu phố 3', 'số 2 đường Nguyễn Văn Trỗi', the phone number are not figures.",
    "The headline's 386 repeats the body's 386 (both are figures). 371 + 15 = 386 (trong đó); 52.310 m2 follows 'trong đó' after 68.942,5 m2.",
    "23 violations after 215 inspected works: no part cue and another unit, so no total.",
    "'giảm xuống dưới 5%' is the target level of a rate (a percent figure, no change). Location is the district throughout.",
]

if __name__ == "__main__":
    emit("p504-2", TEXT, COMMENTS, FIGS, published="2024-04-16", location="Đức Hòa")
