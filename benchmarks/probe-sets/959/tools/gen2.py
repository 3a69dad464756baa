"""p959-2: district portal (huyện Đức Thọ, Hà Tĩnh), July 2024."""
from lib import F, P, I, C, T, year, build

TEXT = """
Cổng thông tin điện tử huyện Đức Thọ
Trang chủ » Tin tức - Sự kiện » Lao động - Thương binh và Xã hội

Đức Thọ: Chăm lo chu đáo cho gia đình chính sách dịp 27/7

Thứ Năm, 25/07/2024 - 16:10

Sáng 24/7, đoàn công tác của huyện do ông Trần Văn Tám, Phó Chủ tịch UBND huyện làm trưởng đoàn đã đến thăm, tặng quà Bà mẹ Việt Nam anh hùng Nguyễn Thị Sáu (94 tuổi, xã Tùng Ảnh) và các gia đình chính sách tại xã Đức Lạng, thị trấn Đức Thọ.

Toàn huyện hiện có 7.842 người có công đang hưởng chế độ ưu đãi, trong đó có 1.236 thương binh, 418 bệnh binh và 5 Bà mẹ Việt Nam anh hùng còn sống. Dịp này, huyện đã tiếp nhận và cấp phát 8.125 suất quà của Chủ tịch nước, của tỉnh và của huyện với tổng giá trị gần 3,4 tỷ đồng; riêng quà của huyện là 1.150 suất, mỗi suất 300.000 đồng.

Cũng trong tháng 7, Ủy ban MTTQ huyện trao 12 sổ tiết kiệm tình nghĩa, mỗi sổ trị giá 5 triệu đồng, và khởi công 9 nhà tình nghĩa tại các xã Đức Đồng (3 nhà), Tân Hương (2 nhà), Liên Minh (2 nhà) và Tùng Ảnh (2 nhà).

Năm 2024, huyện phấn đấu vận động Quỹ Đền ơn đáp nghĩa đạt trên 1,2 tỷ đồng; 6 tháng đầu năm đã vận động được 785 triệu đồng, đạt 65,4% kế hoạch. Đến nay, 100% xã, thị trấn được công nhận làm tốt công tác thương binh, liệt sĩ và người có công.

Hồng Nhung (Phòng Lao động - TB&XH huyện)
"""

JUL = P("trong tháng 7", "2024-07-01", "2024-07-31")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
NHA = "nhà tình nghĩa khởi công"

FIGS = [
    F("(94 tuổi", "94", 94, "measure", "tuổi", "tuổi của Bà mẹ Việt Nam anh hùng Nguyễn Thị Sáu", optional=True),
    F("có 7.842 người có công", "7.842", 7842, "count", "người có công", "người có công đang hưởng chế độ ưu đãi"),
    F("có 1.236 thương binh", "1.236", 1236, "count", "thương binh", "thương binh đang hưởng chế độ ưu đãi", total=7842),
    F("418 bệnh binh", "418", 418, "count", "bệnh binh", "bệnh binh đang hưởng chế độ ưu đãi", total=7842),
    F("và 5 Bà mẹ", "5", 5, "count", "Bà mẹ Việt Nam anh hùng", "Bà mẹ Việt Nam anh hùng còn sống", total=7842),
    F("cấp phát 8.125 suất quà", "8.125", 8125, "count", "suất quà", "suất quà của Chủ tịch nước, của tỉnh và của huyện cấp phát"),
    F("gần 3,4 tỷ đồng", "3,4", 3.4e9, "money", "đồng", "tổng giá trị quà cấp phát", approx="nearly"),
    F("là 1.150 suất", "1.150", 1150, "count", "suất", "quà của huyện", total=8125),
    F("mỗi suất 300.000 đồng", "300.000", 300000, "money", "đồng/suất", "mức quà của huyện"),
    F("trao 12 sổ tiết kiệm", "12", 12, "count", "sổ tiết kiệm tình nghĩa", "sổ tiết kiệm tình nghĩa Ủy ban MTTQ huyện trao", JUL),
    F("trị giá 5 triệu đồng", "5", 5e6, "money", "đồng/sổ", "giá trị mỗi sổ tiết kiệm tình nghĩa", JUL),
    F("khởi công 9 nhà", "9", 9, "count", "nhà tình nghĩa", NHA, JUL),
    F("Đức Đồng (3 nhà)", "3", 3, "count", "nhà", NHA, JUL, total=9),
    F("Tân Hương (2 nhà)", "2", 2, "count", "nhà", NHA, JUL, total=9),
    F("Liên Minh (2 nhà)", "2", 2, "count", "nhà", NHA, JUL, total=9),
    F("Tùng Ảnh (2 nhà)", "2", 2, "count", "nhà", NHA, JUL, total=9),
    F("trên 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "vận động Quỹ Đền ơn đáp nghĩa", year(2024, "Năm 2024"),
      approx="over", status="target"),
    F("được 785 triệu đồng", "785", 785e6, "money", "đồng", "vận động Quỹ Đền ơn đáp nghĩa", H1, percent=65.4),
    F("nay, 100% xã", "100", 100, "percent", "%", "xã, thị trấn được công nhận làm tốt công tác thương binh, liệt sĩ và người có công",
      P("Đến nay", None, "2024-07-25")),
]

NOTES = [
    "District portal (huyện Đức Thọ, Hà Tĩnh), 'Thứ Năm, 25/07/2024 - 16:10'. Location is the district throughout;",
    "communes in the bracketed list are below district level, so they stay Đức Thọ (spec names province/city/district only).",
    "Names with number words (Trần Văn Tám, Nguyễn Thị Sáu) and 'Sáng 24/7' are not figures; the mother's age '94 tuổi' is optional.",
    "'riêng quà của huyện là 1.150 suất' is read as a part of the 8.125 gifts ('riêng' singles out a part): total 8125.",
    "The 1,2 tỷ target is its own figure, so 785 triệu ('đạt 65,4% kế hoạch') carries percent only, no target attribute.",
]

build("p959-2", TEXT, NOTES, FIGS, published="2024-07-25", location="Đức Thọ")
