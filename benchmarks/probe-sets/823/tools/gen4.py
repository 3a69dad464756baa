"""p823-4: ministry site (Bộ VHTTDL), national clubs, festivals and kite-making crafts, 2023."""
from lib import F, P, I, C, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ / Tin tức / Văn hóa

Phát huy giá trị nghệ thuật thả diều truyền thống trong đời sống đương đại

Ngày đăng: 14/11/2023 | Lượt xem: 1.127

Theo báo cáo của Cục Văn hóa cơ sở, tính đến tháng 10/2023, cả nước có 126 câu lạc bộ diều hoạt động tại 41 tỉnh, thành phố, với khoảng 4.300 hội viên. Các địa phương có nhiều câu lạc bộ nhất lần lượt là Hà Nội (17 câu lạc bộ), Thừa Thiên Huế (12 câu lạc bộ), Thái Bình (9 câu lạc bộ) và Bà Rịa - Vũng Tàu (8 câu lạc bộ).

Từ đầu năm 2023 đến nay, các địa phương đã tổ chức 58 lễ hội, hội thi thả diều, tăng 11 lễ hội so với năm 2022; trong đó có 6 lễ hội diều quốc tế. Tỷ lệ lễ hội diều được tổ chức theo hình thức xã hội hóa chiếm 72,4%. Hiện đã có 3 nghề làm diều truyền thống được đưa vào Danh mục di sản văn hóa phi vật thể quốc gia.

Tuy nhiên, kết quả khảo sát tại 20 làng nghề cho thấy 38% nghệ nhân làm diều đã trên 60 tuổi, chỉ khoảng 15% làng nghề có lớp truyền nghề cho thế hệ trẻ.

Theo Công văn số 4125/BVHTTDL-VHCS ngày 20/10/2023, các địa phương cần bảo đảm an toàn bay: điểm thả diều phải cách ranh giới sân bay tối thiểu 5 km, diều không bay cao quá 150 m khi chưa được cấp phép.

Giai đoạn 2024-2030, Bộ đặt mục tiêu 100% lễ hội diều cấp tỉnh trở lên có phương án bảo đảm an toàn; phấn đấu đến năm 2030 cả nước có ít nhất 200 câu lạc bộ diều và 10 lễ hội diều quốc tế được tổ chức thường niên.

Cổng thông tin điện tử Bộ Văn hóa, Thể thao và Du lịch
Địa chỉ: Số 51 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3943.8231
"""

ASOF = P("tính đến tháng 10/2023", None, "2023-10-31")
YTD = P("Từ đầu năm 2023 đến nay", "2023-01-01", "2023-11-14")
PLAN = P("Giai đoạn 2024-2030", "2024-01-01", "2030-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("có 126 câu lạc bộ", "126", 126, "count", "câu lạc bộ diều", "câu lạc bộ diều hoạt động", ASOF),
    F("tại 41 tỉnh", "41", 41, "count", "tỉnh, thành phố", "tỉnh, thành phố có câu lạc bộ diều", ASOF),
    F("khoảng 4.300 hội viên", "4.300", 4300, "count", "hội viên", "hội viên câu lạc bộ diều", ASOF, approx="about"),
    F("Hà Nội (17 câu lạc bộ)", "17", 17, "count", "câu lạc bộ", "câu lạc bộ diều", I(ASOF), location="Hà Nội"),
    F("Huế (12 câu lạc bộ)", "12", 12, "count", "câu lạc bộ", "câu lạc bộ diều", I(ASOF), location="Thừa Thiên Huế"),
    F("Thái Bình (9 câu lạc bộ)", "9", 9, "count", "câu lạc bộ", "câu lạc bộ diều", I(ASOF), location="Thái Bình"),
    F("Tàu (8 câu lạc bộ)", "8", 8, "count", "câu lạc bộ", "câu lạc bộ diều", I(ASOF), location="Bà Rịa - Vũng Tàu"),
    F("tổ chức 58 lễ hội", "58", 58, "count", "lễ hội", "lễ hội, hội thi thả diều", YTD,
      change=C("increase", 11, "lễ hội", "năm 2022")),
    F("có 6 lễ hội", "6", 6, "count", "lễ hội", "lễ hội diều quốc tế", YTD, total=58),
    F("chiếm 72,4%", "72,4", 72.4, "percent", "%", "tỷ lệ lễ hội diều được tổ chức theo hình thức xã hội hóa", I(YTD)),
    F("có 3 nghề", "3", 3, "count", "nghề", "nghề làm diều truyền thống được đưa vào Danh mục di sản văn hóa phi vật thể quốc gia"),
    F("tại 20 làng nghề", "20", 20, "count", "làng nghề", "làng nghề được khảo sát"),
    F("38% nghệ nhân", "38", 38, "percent", "%", "nghệ nhân làm diều trên 60 tuổi"),
    F("trên 60 tuổi", "60", 60, "measure", "tuổi", "tuổi nghệ nhân làm diều", approx="over", optional=True),
    F("khoảng 15% làng nghề", "15", 15, "percent", "%", "làng nghề có lớp truyền nghề cho thế hệ trẻ", approx="about"),
    F("tối thiểu 5 km", "5", 5, "measure", "km", "khoảng cách điểm thả diều tới ranh giới sân bay",
      approx="at_least", optional=True),
    F("quá 150 m", "150", 150, "measure", "m", "độ cao bay của diều", approx="at_most", optional=True),
    F("mục tiêu 100%", "100", 100, "percent", "%", "lễ hội diều cấp tỉnh trở lên có phương án bảo đảm an toàn", PLAN,
      status="target"),
    F("ít nhất 200 câu lạc bộ", "200", 200, "count", "câu lạc bộ diều", "câu lạc bộ diều", T30,
      approx="at_least", status="target"),
    F("và 10 lễ hội", "10", 10, "count", "lễ hội", "lễ hội diều quốc tế được tổ chức thường niên", T30, status="target"),
]

NOTES = [
    "Ministry site (Bộ VHTTDL), 'Ngày đăng: 14/11/2023': national clubs, festivals, crafts; location Việt Nam except the ranking list items.",
    "Ranking list 'lần lượt là Hà Nội (17 câu lạc bộ), …' shares the indicator; each province is the item's location; no total (does not add up to 126).",
    "'Từ đầu năm 2023 đến nay' ends at the dateline. Age threshold 'trên 60 tuổi' and the safety rules (5 km, 150 m) are optional.",
    "Not figures: Lượt xem, Công văn số 4125/BVHTTDL-VHCS, Số 51 Ngô Quyền, phone, 'Giai đoạn 2024-2030' as a period.",
]

if __name__ == "__main__":
    write("p823-4", TEXT, NOTES, FIGS, published="2023-11-14", location="Việt Nam")
