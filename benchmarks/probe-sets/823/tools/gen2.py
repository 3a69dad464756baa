"""p823-2: district portal (Đan Phượng, Hà Nội), Lễ hội thả diều truyền thống xã Hồng Hà 2023."""
from lib import F, P, I, write

TEXT = """Cổng thông tin điện tử huyện Đan Phượng
Tin tức - Sự kiện » Văn hóa - Xã hội

27 đội tranh tài tại Lễ hội thả diều truyền thống xã Hồng Hà

Thứ Ba, 02/05/2023 - 09:10

Ngày 30/4/2023, tại bãi ven sông Hồng thuộc thôn Thượng Hội, xã Hồng Hà, UBND xã tổ chức Lễ hội thả diều truyền thống năm 2023. Lễ hội thu hút 27 đội thi đến từ 14 xã, thị trấn trong huyện và các tỉnh Vĩnh Phúc, Phú Thọ, Bắc Ninh, Hưng Yên. Các đội tranh tài ở 2 nội dung: diều sáo truyền thống (19 đội) và diều nghệ thuật (8 đội). Diều dự thi có sải cánh từ 1,8 m đến 4,5 m, nhiều chiếc gắn dàn sáo từ 5 đến 9 ống.

Kết quả, đội diều thôn 3 xã Hồng Hà giành giải Nhất với 92,5/100 điểm; giải Nhì thuộc về đội xã Liên Hà, giải Ba thuộc về đội thị trấn Phùng. Ước tính có khoảng 12.000 lượt người dân và du khách đến xem lễ hội.

Hồng Hà là một trong những cái nôi của nghề làm diều sáo ở Đan Phượng với lịch sử trên 200 năm. Hiện toàn xã có 35 hộ làm diều sáo, mỗi năm làm ra khoảng 2.500 chiếc diều và gần 6.000 ống sáo các loại. Giá bán từ 300.000 đồng đến 3 triệu đồng/chiếc tùy kích cỡ; thu nhập bình quân của lao động làm diều đạt 6,5 triệu đồng/người/tháng.

Theo kế hoạch, đến năm 2025, huyện phấn đấu xã Hồng Hà có ít nhất 50 hộ làm diều, doanh thu từ nghề đạt 3 tỷ đồng/năm, gắn với tour du lịch làng nghề dọc Quốc lộ 32 và đường tỉnh 417.

Nguyễn Thu Hằng - Trung tâm Văn hóa, Thông tin và Thể thao huyện

Địa chỉ: Số 2 đường Tây Sơn, thị trấn Phùng, huyện Đan Phượng, TP Hà Nội. Điện thoại: 024.3388.6215
"""

DAY = P("Ngày 30/4/2023", "2023-04-30", "2023-04-30")
TGT = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("27 đội tranh tài", "27", 27, "count", "đội", "đội tranh tài tại Lễ hội thả diều truyền thống xã Hồng Hà", I(DAY)),
    F("thu hút 27 đội", "27", 27, "count", "đội", "đội thi", I(DAY)),
    F("từ 14 xã", "14", 14, "count", "xã, thị trấn", "xã, thị trấn trong huyện có đội thi", I(DAY)),
    F("ở 2 nội dung", "2", 2, "count", "nội dung", "nội dung thi", I(DAY), optional=True),
    F("(19 đội)", "19", 19, "count", "đội", "đội thi diều sáo truyền thống", I(DAY), total=27),
    F("(8 đội)", "8", 8, "count", "đội", "đội thi diều nghệ thuật", I(DAY), total=27),
    F("từ 1,8 m", "1,8", 1.8, "measure", "m", "sải cánh diều dự thi", I(DAY), value_max=4.5),
    F("từ 5 đến 9 ống", "5", 5, "count", "ống", "ống sáo trong dàn sáo gắn trên diều", I(DAY), value_max=9),
    F("với 92,5/100 điểm", "92,5", 92.5, "measure", "điểm", "điểm của đội giành giải Nhất", I(DAY), total=100),
    F("khoảng 12.000 lượt", "12.000", 12000, "count", "lượt người", "lượt người dân và du khách đến xem lễ hội", I(DAY),
      approx="about", status="estimate"),
    F("trên 200 năm", "200", 200, "measure", "năm", "lịch sử nghề làm diều sáo", approx="over"),
    F("có 35 hộ", "35", 35, "count", "hộ", "hộ làm diều sáo"),
    F("khoảng 2.500 chiếc", "2.500", 2500, "count", "chiếc diều", "diều làm ra mỗi năm", approx="about"),
    F("gần 6.000 ống", "6.000", 6000, "count", "ống sáo", "ống sáo làm ra mỗi năm", approx="nearly"),
    F("từ 300.000 đồng", "300.000", 300000, "money", "đồng/chiếc", "giá bán diều", value_max=3e6),
    F("đạt 6,5 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động làm diều"),
    F("ít nhất 50 hộ", "50", 50, "count", "hộ", "hộ làm diều", TGT, approx="at_least", status="target"),
    F("đạt 3 tỷ", "3", 3e9, "money", "đồng/năm", "doanh thu từ nghề làm diều", TGT, status="target"),
]

NOTES = [
    "District portal (Đan Phượng, Hà Nội): Lễ hội thả diều xã Hồng Hà, 30/4/2023; dateline 'Thứ Ba, 02/05/2023 - 09:10'.",
    "Location Đan Phượng throughout (the commune lies in it); the provinces the teams came from do not localise the figures.",
    "19 + 8 đội add up to the 27 đội of the previous sentence: total 27 (the colon follows '2 nội dung', a label count: optional).",
    "'92,5/100 điểm' gives total 100. Not figures: thôn 3, Quốc lộ 32, đường tỉnh 417, Số 2 đường Tây Sơn, phone, 09:10.",
]

if __name__ == "__main__":
    write("p823-2", TEXT, NOTES, FIGS, published="2023-05-02", location="Đan Phượng")
