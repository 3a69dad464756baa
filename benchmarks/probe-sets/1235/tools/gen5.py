"""p1235-5: Party newspaper (Báo Gia Lai): Jrai and Bahnar programmes; byline + bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Tiếng Jrai, Bahnar vang trên sóng phát thanh, truyền hình

Hơn 20 năm qua, chương trình phát thanh, truyền hình tiếng Jrai, Bahnar của Đài Phát thanh - Truyền hình Gia Lai đã trở thành người bạn quen thuộc của đồng bào các dân tộc thiểu số trong tỉnh. Hiện mỗi ngày Đài phát 4 chương trình phát thanh và 2 chương trình truyền hình bằng tiếng Jrai, Bahnar, tổng thời lượng 150 phút. Năm 2023, Đài sản xuất 2.940 giờ chương trình tiếng dân tộc, tăng 210 giờ so với năm 2022; số lượt xem trên các nền tảng số tăng gấp 2,3 lần.

Ở làng Ia Nueng, xã Ia Nhin, huyện Chư Păh, cụm loa truyền thanh được lắp từ năm 2022 giúp 186 hộ đồng bào Jrai nghe bản tin tiếng mẹ đẻ mỗi sáng. Ông Rơ Châm Hyưh, trưởng làng, cho biết trước đây cả làng chỉ khoảng 40 hộ có ti vi; nay tỷ lệ hộ có phương tiện nghe, xem đạt trên 90%. "Nghe bằng tiếng mình thì bà con hiểu ngay, làm theo ngay", ông nói.

Để giữ chất lượng, mỗi bản tin phải qua 3 khâu biên dịch, hiệu đính và thẩm định. Đài hiện có 16 biên dịch viên, phát thanh viên tiếng Jrai, Bahnar, trong đó 5 người trên 50 tuổi, sắp đến tuổi nghỉ hưu.

Theo ông Nguyễn Văn Quý, Giám đốc Đài, năm 2024 đơn vị dự kiến đầu tư 5,6 tỷ đồng nâng cấp phòng thu tiếng dân tộc, đồng thời phấn đấu tăng thời lượng tiếng Jrai, Bahnar thêm 15%. Đài đang tuyển 3 phát thanh viên người Bahnar, thù lao từ 7 đến 9 triệu đồng/người/tháng, ưu tiên người tốt nghiệp Trường Cao đẳng Sư phạm Gia Lai.

KSOR H'NHUNG
14/05/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
CP = "Chư Păh"

FIGS = [
    F("Hơn 20 năm qua", "20", 20, "measure", "năm", approx="over", optional=True,
      subject="thời gian phát sóng chương trình tiếng Jrai, Bahnar"),
    F("phát 4 chương trình", "4", 4, "measure", "chương trình/ngày",
      subject="chương trình phát thanh bằng tiếng Jrai, Bahnar phát mỗi ngày"),
    F("và 2 chương trình", "2", 2, "measure", "chương trình/ngày",
      subject="chương trình truyền hình bằng tiếng Jrai, Bahnar phát mỗi ngày"),
    F("thời lượng 150 phút", "150", 150, "measure", "phút/ngày",
      subject="tổng thời lượng chương trình tiếng Jrai, Bahnar mỗi ngày"),
    F("sản xuất 2.940 giờ", "2.940", 2940, "measure", "giờ",
      change=C("increase", 210, "giờ", "năm 2022"),
      subject="giờ chương trình tiếng dân tộc Đài sản xuất", period=Y23),
    F("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần",
      subject="số lượt xem trên các nền tảng số", period=Y23),
    F("giúp 186 hộ", "186", 186, "count", "hộ",
      subject="hộ đồng bào Jrai nghe bản tin tiếng mẹ đẻ", location=CP),
    F("khoảng 40 hộ", "40", 40, "count", "hộ", approx="about",
      subject="hộ có ti vi trước đây", location=CP),
    F("trên 90%", "90", 90, "percent", "%", approx="over",
      subject="tỷ lệ hộ có phương tiện nghe, xem", location=CP),
    F("qua 3 khâu", "3", 3, "count", "khâu", optional=True,
      subject="khâu biên dịch, hiệu đính và thẩm định mỗi bản tin"),
    F("có 16 biên dịch viên", "16", 16, "count", "biên dịch viên, phát thanh viên",
      subject="biên dịch viên, phát thanh viên tiếng Jrai, Bahnar"),
    F("5 người", "5", 5, "count", "người", total=16,
      subject="biên dịch viên, phát thanh viên trên 50 tuổi"),
    F("trên 50 tuổi", "50", 50, "measure", "tuổi", approx="over", optional=True,
      subject="tuổi biên dịch viên, phát thanh viên"),
    F("đầu tư 5,6 tỷ", "5,6", 5600000000, "money", "đồng", status="forecast",
      subject="đầu tư nâng cấp phòng thu tiếng dân tộc", period=Y24),
    F("thêm 15%", "15", 15, "percent", "%", status="target",
      subject="tăng thời lượng tiếng Jrai, Bahnar", period=Y24),
    F("tuyển 3 phát thanh viên", "3", 3, "count", "phát thanh viên",
      subject="phát thanh viên người Bahnar Đài đang tuyển"),
    F("từ 7 đến 9 triệu", "7", 7000000, "money", "đồng/người/tháng", value_max=9000000,
      subject="thù lao phát thanh viên người Bahnar"),
]

NOTES = [
    "Party newspaper (Báo Gia Lai) feature; byline 'KSOR H'NHUNG' and bare date '14/05/2024' at the end (published). Default location Gia Lai.",
    "Distractors: 'năm 2022' (install year), 'Trường Cao đẳng Sư phạm Gia Lai', names 'Rơ Châm Hyưh', 'Nguyễn Văn Quý', village/commune names.",
    "'Hơn 20 năm qua' (a standing duration), '3 khâu' (process steps), 'trên 50 tuổi' (an age threshold that defines a group): optional.",
    "'số lượt xem ... tăng gấp 2,3 lần' stands as the claim (no base figure) → multiple, period Năm 2023 from the same sentence.",
    "Village passage (làng Ia Nueng, xã Ia Nhin, huyện Chư Păh): its figures get location Chư Păh (three sentences, one place).",
    "'dự kiến đầu tư 5,6 tỷ' → forecast; 'đồng thời phấn đấu tăng ... thêm 15%' → target (its own cue); growth rate as the claim → percent, no change.",
    "'Đài đang tuyển 3 phát thanh viên' is a present fact (actual); pay range 'từ 7 đến 9 triệu đồng/người/tháng'.",
]

if __name__ == "__main__":
    write("p1235-5", TEXT, NOTES, FIGS, published="2024-05-14", location="Gia Lai")
