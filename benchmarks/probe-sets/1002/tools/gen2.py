"""p1002-2: Cổng TTĐT quận Ninh Kiều (district portal) - diễn tập tại phường An Khánh, 2023."""
from lib import F, change, period, write

TEXT = """Cổng thông tin điện tử quận Ninh Kiều
Trang chủ / Tin tức - Sự kiện / An ninh - Quốc phòng

Phường An Khánh diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại khu dân cư

Thứ Năm, 17/08/2023 - 15:20

Sáng 16/8, UBND phường An Khánh phối hợp với Đội Cảnh sát PCCC và CNCH Công an quận Ninh Kiều tổ chức diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại khu vực 3, hẻm 51 đường 3 Tháng 2. Buổi diễn tập có khoảng 150 người tham gia, gồm lực lượng dân phòng, tổ liên gia an toàn PCCC, người dân, cùng 2 xe chữa cháy chuyên dụng.

Tình huống giả định xảy ra cháy tại một căn nhà 3 tầng kết hợp kinh doanh, có 5 người mắc kẹt. Lực lượng tại chỗ đã sử dụng 12 bình chữa cháy xách tay, khống chế đám cháy ban đầu trong thời gian 7 phút; lực lượng chuyên nghiệp có mặt sau 9 phút kể từ khi nhận tin báo, đưa toàn bộ người bị nạn ra ngoài an toàn.

Theo Công an quận, từ đầu năm đến nay, quận đã tổ chức 24 buổi diễn tập tại các phường với hơn 3.200 lượt người tham gia, tăng 6 buổi so với cùng kỳ năm 2022. Toàn quận hiện có 86 tổ liên gia với 1.640 hộ tham gia; người dân đã tự trang bị 2.150 bình chữa cháy và mở 318 lối thoát nạn thứ hai qua mái, ban công.

Dịp này, UBND phường trao tặng 20 bình chữa cháy cho các hộ khó khăn, mỗi bình trị giá khoảng 350.000 đồng. Đây là lần thứ 2 trong năm phường tổ chức diễn tập quy mô lớn. Đến cuối năm 2023, quận phấn đấu tổ chức thêm 8 buổi diễn tập, nâng số tổ liên gia lên 100 tổ.

Minh Thư
"""

YTD = period("từ đầu năm đến nay", "2023-01-01", "2023-08-17")
GOAL = period("Đến cuối năm 2023", end="2023-12-31")

FIGS = [
    F("khoảng 150 người", "150", 150, "count", "người", "người tham gia buổi diễn tập", approx="about"),
    F("cùng 2 xe chữa cháy", "2", 2, "count", "xe", "xe chữa cháy chuyên dụng tham gia diễn tập"),
    F("căn nhà 3 tầng", "3", 3, "measure", "tầng", "số tầng căn nhà giả định cháy", optional=True),
    F("có 5 người mắc kẹt", "5", 5, "count", "người", "người mắc kẹt trong tình huống giả định", optional=True),
    F("sử dụng 12 bình", "12", 12, "count", "bình", "bình chữa cháy xách tay lực lượng tại chỗ sử dụng"),
    F("thời gian 7 phút", "7", 7, "measure", "phút", "thời gian lực lượng tại chỗ khống chế đám cháy ban đầu"),
    F("sau 9 phút", "9", 9, "measure", "phút", "thời gian lực lượng chuyên nghiệp có mặt kể từ khi nhận tin báo"),
    F("tổ chức 24 buổi", "24", 24, "count", "buổi", "buổi diễn tập tại các phường", YTD,
      change=change("increase", 6, "buổi", "cùng kỳ năm 2022")),
    F("hơn 3.200 lượt người", "3.200", 3200, "count", "lượt người", "lượt người tham gia diễn tập", YTD,
      approx="over"),
    F("có 86 tổ liên gia", "86", 86, "count", "tổ", "tổ liên gia toàn quận"),
    F("với 1.640 hộ", "1.640", 1640, "count", "hộ", "hộ tham gia tổ liên gia"),
    F("trang bị 2.150 bình", "2.150", 2150, "count", "bình", "bình chữa cháy người dân tự trang bị"),
    F("mở 318 lối thoát nạn", "318", 318, "count", "lối thoát nạn", "lối thoát nạn thứ hai mở qua mái, ban công"),
    F("tặng 20 bình", "20", 20, "count", "bình", "bình chữa cháy UBND phường trao tặng hộ khó khăn"),
    F("khoảng 350.000 đồng", "350.000", 350000, "money", "đồng/bình", "trị giá mỗi bình chữa cháy",
      approx="about"),
    F("thêm 8 buổi", "8", 8, "count", "buổi", "buổi diễn tập tổ chức thêm", GOAL, status="target"),
    F("lên 100 tổ", "100", 100, "count", "tổ", "số tổ liên gia", GOAL, status="target"),
]

NOTES = [
    "Cổng TTĐT quận Ninh Kiều (Cần Thơ): diễn tập PCCC và CNCH tại phường An Khánh; kết quả của quận từ đầu năm 2023.",
    "Dateline 'Thứ Năm, 17/08/2023 - 15:20'. 'Sáng 16/8', 'khu vực 3', 'hẻm 51 đường 3 Tháng 2', 'lần thứ 2', 'lối thoát nạn thứ hai'",
    "are not figures. The scenario's 'nhà 3 tầng' and '5 người mắc kẹt' (giả định) are optional. Location: the district (phường An Khánh",
    "lies in it). 2 xe is not a part of 150 người (different thing counted). 'tăng 6 buổi' belongs to 24 buổi across '3.200 lượt người'.",
]

if __name__ == "__main__":
    write(2, TEXT, FIGS, NOTES, published="2023-08-17", location="Ninh Kiều")
