"""p1122-8: provincial newspaper online (Báo Yên Bái, '(YBĐT) -'), Feb 2022: long cold, seedlings resown, planting progress."""
from lib import F, P, D, I, C, T, write

TEXT = """Báo Yên Bái điện tử > Kinh tế > Nông nghiệp

Yên Bái: Rét kéo dài, hơn 200 ha mạ phải gieo lại

Cập nhật lúc 14:20, Thứ Hai, 21/02/2022

(YBĐT) - Từ ngày 25/1 đến nay, huyện vùng cao Mù Cang Chải liên tục chịu rét đậm, rét hại với 27 ngày có nhiệt độ trung bình dưới 13 độ C. Nhiệt độ thấp nhất ngày 12/2 tại Mù Cang Chải là 0,6 độ C, tại Trạm Tấu là 1,9 độ C.

Rét kéo dài khiến mạ vụ Đông Xuân ở nhiều nơi bị chết. Theo Sở Nông nghiệp và PTNT, toàn tỉnh có 386 ha mạ bị ảnh hưởng, trong đó 214 ha bị chết hoàn toàn, tập trung ở Mù Cang Chải (96 ha), Văn Chấn (58 ha) và Trạm Tấu (41 ha). Tỉnh đã hỗ trợ 32 tấn giống lúa để nông dân gieo bù; phấn đấu gieo cấy xong 19.800 ha lúa Đông Xuân trước ngày 15/3.

Đến nay, toàn tỉnh mới gieo cấy được 12.650 ha, đạt 63,9% kế hoạch, chậm hơn cùng kỳ năm trước khoảng 2.100 ha.

Về chăn nuôi, rét đậm làm 73 con trâu, bò, ngựa bị chết, nhiều nhất tại xã Nậm Có (Mù Cang Chải) với 19 con. Ngoài mức hỗ trợ theo quy định của Trung ương, tỉnh hỗ trợ thêm 1 triệu đồng/con; tổng kinh phí hỗ trợ dự kiến khoảng 410 triệu đồng.

Ngành Giáo dục cho học sinh mầm non, tiểu học ở các xã vùng cao nghỉ học khi nhiệt độ dưới 7 độ C. Tuần qua, Mù Cang Chải có 3 ngày cho khoảng 8.400 học sinh nghỉ học; các trường bán trú của huyện được bổ sung 1.500 chiếc chăn ấm do Hội Chữ thập đỏ tỉnh vận động.

Hoàng Thu
"""

SINCE = P("Từ ngày 25/1 đến nay", "2022-01-25", "2022-02-21")
D12 = D("ngày 12/2", "2022-02-12")
PLAN = P("trước ngày 15/3", None, "2022-03-15")
NOW = P("Đến nay", None, "2022-02-21")
DIED = "diện tích mạ bị chết hoàn toàn"

FIGS = [
    F("hơn 200 ha mạ", "200", 200, "measure", "ha", approx="over", subject="diện tích mạ phải gieo lại"),
    F("với 27 ngày", "27", 27, "measure", "ngày", subject="ngày có nhiệt độ trung bình dưới 13 độ C",
      period=SINCE, location="Mù Cang Chải"),
    F("dưới 13 độ C", "13", 13, "measure", "độ C", approx="under", optional=True),
    F("là 0,6 độ C", "0,6", 0.6, "measure", "độ C", subject="nhiệt độ thấp nhất", period=D12,
      location="Mù Cang Chải"),
    F("là 1,9 độ C", "1,9", 1.9, "measure", "độ C", subject="nhiệt độ thấp nhất", period=D12,
      location="Trạm Tấu"),
    F("có 386 ha mạ", "386", 386, "measure", "ha", subject="diện tích mạ bị ảnh hưởng", period=I(SINCE)),
    F("trong đó 214 ha", "214", 214, "measure", "ha", total=386, subject=DIED, period=I(SINCE)),
    F("Mù Cang Chải (96 ha)", "96", 96, "measure", "ha", subject=DIED, period=I(SINCE), location="Mù Cang Chải"),
    F("Văn Chấn (58 ha)", "58", 58, "measure", "ha", subject=DIED, period=I(SINCE), location="Văn Chấn"),
    F("Trạm Tấu (41 ha)", "41", 41, "measure", "ha", subject=DIED, period=I(SINCE), location="Trạm Tấu"),
    F("hỗ trợ 32 tấn", "32", 32, "measure", "tấn", subject="giống lúa hỗ trợ để nông dân gieo bù"),
    F("xong 19.800 ha", "19.800", 19800, "measure", "ha", status="target",
      subject="diện tích gieo cấy lúa Đông Xuân", period=PLAN),
    F("được 12.650 ha", "12.650", 12650, "measure", "ha", percent=63.9,
      change=C("decrease", 2100, "ha", "cùng kỳ năm trước", approx="about"),
      subject="diện tích lúa Đông Xuân đã gieo cấy", period=NOW),
    F("làm 73 con", "73", 73, "count", "con trâu, bò, ngựa", subject="trâu, bò, ngựa bị chết do rét đậm",
      period=I(SINCE)),
    F("với 19 con", "19", 19, "count", "con", subject="trâu, bò, ngựa bị chết", period=I(SINCE),
      location="Mù Cang Chải"),
    F("thêm 1 triệu đồng/con", "1", 1e6, "money", "đồng/con",
      subject="mức hỗ trợ thêm của tỉnh cho trâu, bò, ngựa bị chết"),
    F("khoảng 410 triệu đồng", "410", 410e6, "money", "đồng", approx="about", status="forecast",
      subject="tổng kinh phí hỗ trợ"),
    F("dưới 7 độ C", "7", 7, "measure", "độ C", approx="under", optional=True),
    F("có 3 ngày", "3", 3, "measure", "ngày", subject="ngày cho học sinh nghỉ học", location="Mù Cang Chải"),
    F("khoảng 8.400 học sinh", "8.400", 8400, "count", "học sinh", approx="about",
      subject="học sinh mầm non, tiểu học được nghỉ học", location="Mù Cang Chải"),
    F("1.500 chiếc chăn", "1.500", 1500, "count", "chiếc chăn", subject="chăn ấm bổ sung cho các trường bán trú",
      location="Mù Cang Chải"),
]

NOTES = [
    "Provincial newspaper online (Báo Yên Bái): breadcrumb, 'Cập nhật lúc 14:20, Thứ Hai, 21/02/2022', tag '(YBĐT) -', byline.",
    "Distractors: 14:20, the tag, 'ngày 15/3' (deadline), 'Tuần qua' (not a dated period).",
    "'trong đó 214 ha' is part of 386 ha; the district list 96+58+41 ≠ 214 ('tập trung ở'): no total.",
    "'đạt 63,9% kế hoạch' → percent; 'chậm hơn cùng kỳ năm trước khoảng 2.100 ha' → decrease change (about).",
    "'phấn đấu gieo cấy xong 19.800 ha ... trước ngày 15/3' → target, period ends at the deadline.",
    "Rét definition 'dưới 13 độ C' optional. xã Nậm Có is in Mù Cang Chải: location of '19 con'.",
    "School figures: 'Tuần qua' gives no dated period; the bán trú schools 'của huyện' → Mù Cang Chải.",
]

if __name__ == "__main__":
    write("p1122-8", TEXT, NOTES, FIGS, published="2022-02-21", location="Yên Bái")
