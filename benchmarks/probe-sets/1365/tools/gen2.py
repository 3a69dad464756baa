"""p1365-2: district portal (huyện Kon Plông): damage and support after the quake of 28/7/2024."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KON PLÔNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản chỉ đạo | Liên hệ

Hỗ trợ người dân khắc phục thiệt hại sau trận động đất 4,7 độ

05/08/2024 - 10:20

Sau trận động đất xảy ra sáng 28/7, UBND huyện Kon Plông đã thành lập ba tổ công tác do lãnh đạo các phòng chuyên môn làm tổ trưởng, trực tiếp kiểm tra thiệt hại tại các xã Đăk Long, Hiếu và Măng Cành.

Theo báo cáo của các tổ công tác, trận động đất đã làm 31 ngôi nhà bị nứt tường, trong đó 4 nhà hư hỏng nặng; 2 phòng học của Trường Tiểu học Đăk Long bị bong tróc vữa; một đoạn kè dài khoảng 40 m tại thôn Vi Choong bị sạt lở. Tổng thiệt hại ước tính hơn 450 triệu đồng.

Ngày 02/8/2024, UBND huyện ban hành Quyết định số 1125/QĐ-UBND hỗ trợ 3 triệu đồng/nhà đối với nhà bị nứt nhẹ và 10 triệu đồng/nhà đối với nhà hư hỏng nặng. Tổng kinh phí hỗ trợ là 121 triệu đồng, trích từ nguồn dự phòng ngân sách huyện năm 2024.

Từ năm 2021 đến nay, huyện đã tổ chức 9 đợt diễn tập ứng phó động đất với hơn 5.200 lượt người tham gia, cấp phát 1.500 tờ rơi hướng dẫn kỹ năng trú ẩn. Phấn đấu đến năm 2025, 100% trường học trên địa bàn được tập huấn kỹ năng ứng phó động đất.

Người dân cần hỗ trợ khẩn cấp liên hệ Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện, số điện thoại 0260.3871.234.

Tin khác:
- Kon Plông tổ chức Lễ hội văn hóa, thể thao các dân tộc lần thứ 3
- Khai mạc Phiên chợ nông sản Măng Đen

UBND huyện Kon Plông - Số 12 Nguyễn Sinh Sắc, thị trấn Măng Đen, huyện Kon Plông, tỉnh Kon Tum
"""

SINCE = period("Từ năm 2021 đến nay", "2021-01-01", "2024-08-05")
BY2025 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("trận động đất 4,7 độ", "4,7", 4.7, "measure", "độ", subject="độ lớn trận động đất"),
    F("thành lập ba tổ", "ba", 3, "count", "tổ công tác", subject="tổ công tác kiểm tra thiệt hại"),
    F("làm 31 ngôi nhà", "31", 31, "count", "ngôi nhà", subject="ngôi nhà bị nứt tường"),
    F("trong đó 4 nhà", "4", 4, "count", "nhà", total=31, subject="nhà hư hỏng nặng"),
    F("2 phòng học", "2", 2, "count", "phòng học",
      subject="phòng học của Trường Tiểu học Đăk Long bị bong tróc vữa"),
    F("một đoạn kè", "một", 1, "count", "đoạn kè", subject="đoạn kè bị sạt lở"),
    F("khoảng 40 m", "40", 40, "measure", "m", approx="about", subject="chiều dài đoạn kè bị sạt lở"),
    F("hơn 450 triệu", "450", 450e6, "money", "đồng", approx="over", status="estimate",
      subject="tổng thiệt hại"),
    F("hỗ trợ 3 triệu", "3", 3e6, "money", "đồng/nhà", subject="mức hỗ trợ nhà bị nứt nhẹ"),
    F("và 10 triệu", "10", 10e6, "money", "đồng/nhà", subject="mức hỗ trợ nhà hư hỏng nặng"),
    F("là 121 triệu", "121", 121e6, "money", "đồng", subject="tổng kinh phí hỗ trợ"),
    F("tổ chức 9 đợt", "9", 9, "count", "đợt diễn tập", subject="đợt diễn tập ứng phó động đất",
      period=SINCE),
    F("hơn 5.200 lượt", "5.200", 5200, "count", "lượt người", approx="over",
      subject="lượt người tham gia diễn tập", period=SINCE),
    F("cấp phát 1.500 tờ", "1.500", 1500, "count", "tờ rơi",
      subject="tờ rơi hướng dẫn kỹ năng trú ẩn cấp phát", period=SINCE),
    F("2025, 100% trường", "100", 100, "percent", "%", status="target",
      subject="trường học trên địa bàn được tập huấn kỹ năng ứng phó động đất", period=BY2025),
]

NOTES = [
    "District portal (huyện Kon Plông): damage and support after the quake of 28/7/2024; '05/08/2024 - 10:20' under the headline.",
    "Distractors: 10:20, 'sáng 28/7', 'Ngày 02/8/2024', 'Quyết định số 1125/QĐ-UBND', 'năm 2024' (budget source), phone",
    "0260.3871.234, 'lần thứ 3', 'Số 12 Nguyễn Sinh Sắc'.",
    "Headline '4,7 độ' is a magnitude: measure, unit 'độ'. Number words 'ba tổ', 'một đoạn kè' are counts.",
    "'trong đó 4 nhà' → total 31. 'ước tính hơn 450 triệu' → estimate, over. Support levels are rates 'đồng/nhà', no period",
    "(the decision date dates the decision, not the amounts). 'Từ năm 2021 đến nay' ends at the dateline 2024-08-05.",
    "'Phấn đấu đến năm 2025, 100% …' → target, start null, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1365-2", TEXT, NOTES, FIGS, published="2024-08-05", location="Kon Plông")
