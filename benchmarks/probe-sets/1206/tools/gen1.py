"""p1206-1: province portal (Quảng Trị): wheelchair hand-over, 9-month assistive-device results."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Quảng Trị: Trao tặng 320 xe lăn cho người khuyết tật vận động

Cập nhật: 24/09/2024 15:20 | Lượt xem: 1.047

Sáng 23/9, tại Hội trường UBND tỉnh (số 45 Hùng Vương, TP Đông Hà), Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh phối hợp với một tổ chức thiện nguyện trao 320 xe lăn cho người khuyết tật vận động có hoàn cảnh khó khăn. Mỗi xe lăn trị giá khoảng 3,5 triệu đồng, tổng trị giá hơn 1,1 tỷ đồng. Đợt này, nhận nhiều xe nhất là huyện Vĩnh Linh (58 chiếc), Gio Linh (46 chiếc) và TP Đông Hà (31 chiếc).

9 tháng đầu năm, các cơ quan, tổ chức trong tỉnh đã vận động trao tặng 1.245 phương tiện trợ giúp cho người khuyết tật, đạt 77,8% kế hoạch năm, tăng 18,6% so với cùng kỳ năm 2023, gồm 610 xe lăn, 142 xe lắc, 215 chân tay giả và 278 dụng cụ trợ giúp khác như nạng, khung tập đi, máy trợ thính.

Theo Sở Lao động - Thương binh và Xã hội, toàn tỉnh hiện có hơn 31.000 người khuyết tật, chiếm khoảng 4,8% dân số; trong đó 9.650 người khuyết tật đặc biệt nặng và nặng đang hưởng trợ cấp xã hội hằng tháng. Gần 3.200 người bị thương tật do bom mìn sót lại sau chiến tranh.

Tại xã Hải Thượng, huyện Hải Lăng, ông Lê Văn Cường mất chân trái do bom bi năm 1972. Chiếc chân giả cũ ông dùng đã gần 12 năm, nay được thay bằng chân giả mới trị giá 8,5 triệu đồng. Gia đình ông có 5 nhân khẩu, thu nhập bình quân chỉ khoảng 1,2 triệu đồng/người/tháng.

Cả năm 2024, tỉnh phấn đấu trao tặng ít nhất 1.600 phương tiện trợ giúp; dự kiến trong quý IV sẽ tổ chức thêm hai đợt trao xe lăn tại các huyện miền núi Hướng Hóa và Đakrông.
"""

DAY = P("Sáng 23/9", "2024-09-23", "2024-09-23")
NINE = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")
Y24 = P("Cả năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
LIST = "xe lăn được nhận trong đợt trao tặng"

FIGS = [
    F("Trao tặng 320 xe lăn", "320", 320, "count", "xe lăn",
      subject="xe lăn trao tặng cho người khuyết tật vận động"),
    F("trao 320 xe lăn cho", "320", 320, "count", "xe lăn",
      subject="xe lăn trao cho người khuyết tật vận động có hoàn cảnh khó khăn", period=DAY),
    F("khoảng 3,5 triệu", "3,5", 3500000, "money", "đồng/xe lăn", approx="about",
      subject="trị giá mỗi xe lăn", period=I(DAY)),
    F("hơn 1,1 tỷ", "1,1", 1100000000, "money", "đồng", approx="over",
      subject="tổng trị giá xe lăn trao tặng", period=I(DAY)),
    F("Vĩnh Linh (58 chiếc)", "58", 58, "count", "chiếc", subject=LIST, period=I(DAY), location="Vĩnh Linh"),
    F("Gio Linh (46 chiếc)", "46", 46, "count", "chiếc", subject=LIST, period=I(DAY), location="Gio Linh"),
    F("Đông Hà (31 chiếc)", "31", 31, "count", "chiếc", subject=LIST, period=I(DAY), location="Đông Hà"),
    F("trao tặng 1.245 phương tiện", "1.245", 1245, "count", "phương tiện trợ giúp", percent=77.8,
      change=C("increase", 18.6, "%", "cùng kỳ năm 2023"),
      subject="phương tiện trợ giúp trao tặng cho người khuyết tật", period=NINE),
    F("gồm 610 xe lăn", "610", 610, "count", "xe lăn", total=1245,
      subject="xe lăn trao tặng cho người khuyết tật", period=NINE),
    F("142 xe lắc", "142", 142, "count", "xe lắc", total=1245,
      subject="xe lắc trao tặng cho người khuyết tật", period=NINE),
    F("215 chân tay giả", "215", 215, "count", "chân tay giả", total=1245,
      subject="chân tay giả trao tặng cho người khuyết tật", period=NINE),
    F("278 dụng cụ", "278", 278, "count", "dụng cụ trợ giúp", total=1245,
      subject="dụng cụ trợ giúp khác như nạng, khung tập đi, máy trợ thính", period=NINE),
    F("hơn 31.000 người", "31.000", 31000, "count", "người khuyết tật", approx="over", percent=4.8,
      subject="người khuyết tật"),
    F("9.650 người", "9.650", 9650, "count", "người khuyết tật", total=31000,
      subject="người khuyết tật đặc biệt nặng và nặng đang hưởng trợ cấp xã hội hằng tháng"),
    F("Gần 3.200 người", "3.200", 3200, "count", "người", approx="nearly",
      subject="người bị thương tật do bom mìn sót lại sau chiến tranh"),
    F("gần 12 năm", "12", 12, "measure", "năm", approx="nearly", optional=True,
      subject="thời gian sử dụng chân giả cũ", location="Hải Lăng"),
    F("trị giá 8,5 triệu", "8,5", 8500000, "money", "đồng",
      subject="trị giá chân giả mới của ông Lê Văn Cường", location="Hải Lăng"),
    F("có 5 nhân khẩu", "5", 5, "count", "nhân khẩu",
      subject="nhân khẩu gia đình ông Lê Văn Cường", location="Hải Lăng"),
    F("khoảng 1,2 triệu", "1,2", 1200000, "money", "đồng/người/tháng", approx="about",
      subject="thu nhập bình quân gia đình ông Lê Văn Cường", location="Hải Lăng"),
    F("ít nhất 1.600", "1.600", 1600, "count", "phương tiện trợ giúp", approx="at_least", status="target",
      subject="phương tiện trợ giúp trao tặng", period=Y24),
    F("thêm hai đợt", "hai", 2, "count", "đợt", status="forecast",
      subject="đợt trao xe lăn tại các huyện miền núi", period=Q4),
]

NOTES = [
    "Province portal (Quảng Trị): breadcrumb, headline figure, 'Cập nhật: 24/09/2024 15:20 | Lượt xem: 1.047' (published).",
    "Distractors: 'số 45 Hùng Vương', time 15:20, view counter 1.047, 'Sáng 23/9' (a date: period of the hand-over), 'năm 1972'.",
    "Headline 320 has no period. District list in brackets (58+46+31 != 320, 'nhận nhiều xe nhất'): no total.",
    "'gồm' parts 610+142+215+278 = 1.245: total 1245. 'đạt 77,8% kế hoạch năm' -> percent; 'tăng 18,6% so với cùng kỳ năm 2023' -> change.",
    "'gần 12 năm' (how long the old prosthesis was used) optional. Mr Cường's figures placed in Hải Lăng.",
    "'quý IV' takes 2024 from 'Cả năm 2024' earlier in the same sentence; 'hai đợt' is a number word, forecast ('dự kiến').",
]

if __name__ == "__main__":
    write("p1206-1", TEXT, NOTES, FIGS, published="2024-09-24", location="Quảng Trị")
