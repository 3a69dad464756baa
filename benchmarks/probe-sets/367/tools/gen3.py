from lib import *

TEXT = """HÀ NỘI MỚI
Xã hội › Môi trường
THU HẰNG 08:12, 21/08/2024

Trung tâm cứu hộ quá tải vì động vật hoang dã được chuyển giao

7 tháng đầu năm 2024, Trung tâm Cứu hộ động vật hoang dã Hà Nội đã tiếp nhận 968 cá thể thuộc 64 loài, tăng gần gấp đôi so với cùng kỳ năm 2023. Trong số này, có 412 cá thể do người dân, chủ cơ sở nuôi tự nguyện chuyển giao (chiếm 42,6%); còn lại 556 cá thể do lực lượng chức năng bàn giao sau các vụ bắt giữ.

Theo ông Lê Minh Đức, Giám đốc Trung tâm, các loài được chuyển giao nhiều nhất là rùa (khoảng 190 cá thể), khỉ các loại (hơn 60 cá thể) và trăn, rắn (gần 50 cá thể). Nhiều cá thể đã bị nuôi nhốt lâu năm trong nhà dân, mất khả năng tự kiếm ăn.

Sau thời gian chăm sóc, phục hồi, trung tâm đã thả về tự nhiên 520 cá thể tại Vườn quốc gia Ba Vì, Vườn quốc gia Cúc Phương và Khu bảo tồn thiên nhiên Pù Luông; tỷ lệ cá thể cứu hộ thành công đạt 86,5%.

Hiện trung tâm đang nuôi dưỡng khoảng 1.350 cá thể, trong khi sức chứa thiết kế chỉ 800 cá thể. Kinh phí chăm sóc động vật năm 2024 được thành phố cấp khoảng 6,8 tỷ đồng, trong đó tiền thức ăn chiếm trên 70%. "Chúng tôi đã phải cải tạo thêm 4 dãy chuồng tạm, nhưng vẫn không đủ chỗ", ông Đức nói.

Từ năm 2012 đến nay, trung tâm đã cứu hộ hơn 21 nghìn cá thể động vật hoang dã, trong đó hơn 14 nghìn cá thể đã được thả về môi trường tự nhiên. Năm 2023, trung tâm xếp thứ 2 cả nước về số cá thể thả về tự nhiên, sau Trung tâm Cứu hộ động vật hoang dã thuộc Vườn quốc gia Cúc Phương.

Người dân muốn chuyển giao động vật hoang dã có thể liên hệ đường dây nóng 1800 1522 hoặc số 024.3886.1234 (giờ hành chính từ 8h00 đến 17h00).
"""

M7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
M7_I = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31", inh=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
SINCE = P("Từ năm 2012 đến nay", "2012-01-01", "2024-08-21")

FIGS = [
    F("tiếp nhận 968 cá thể", "968", 968, "count", "cá thể", "cá thể động vật hoang dã tiếp nhận", M7,
      change=C("increase", 2, "lần", "cùng kỳ năm 2023", approx="nearly")),
    F("thuộc 64 loài", "64", 64, "count", "loài", "loài động vật hoang dã tiếp nhận", M7),
    F("có 412 cá thể", "412", 412, "count", "cá thể", "cá thể do người dân, chủ cơ sở nuôi tự nguyện chuyển giao", M7_I,
      total=968, percent=42.6),
    F("còn lại 556 cá thể", "556", 556, "count", "cá thể", "cá thể do lực lượng chức năng bàn giao", M7_I, total=968),
    F("khoảng 190 cá thể", "190", 190, "count", "cá thể", "cá thể rùa được chuyển giao", M7_I, approx="about"),
    F("hơn 60 cá thể", "60", 60, "count", "cá thể", "cá thể khỉ được chuyển giao", M7_I, approx="over"),
    F("gần 50 cá thể", "50", 50, "count", "cá thể", "cá thể trăn, rắn được chuyển giao", M7_I, approx="nearly"),
    F("thả về tự nhiên 520 cá thể", "520", 520, "count", "cá thể", "cá thể được thả về tự nhiên", M7_I),
    F("đạt 86,5%", "86,5", 86.5, "percent", "%", "tỷ lệ cá thể cứu hộ thành công", M7_I),
    F("khoảng 1.350 cá thể", "1.350", 1350, "count", "cá thể", "cá thể trung tâm đang nuôi dưỡng", approx="about"),
    F("chỉ 800 cá thể", "800", 800, "count", "cá thể", "sức chứa thiết kế"),
    F("khoảng 6,8 tỷ đồng", "6,8", 6800000000, "money", "đồng", "kinh phí chăm sóc động vật", Y24, approx="about"),
    F("chiếm trên 70%", "70", 70, "percent", "%", "tiền thức ăn trong kinh phí chăm sóc", Y24, approx="over"),
    F("thêm 4 dãy chuồng", "4", 4, "count", "dãy chuồng", "dãy chuồng tạm cải tạo thêm", optional=True),
    F("hơn 21 nghìn cá thể", "21", 21000, "count", "cá thể", "cá thể động vật hoang dã được cứu hộ", SINCE, approx="over"),
    F("hơn 14 nghìn cá thể", "14", 14000, "count", "cá thể", "cá thể được thả về môi trường tự nhiên", SINCE,
      approx="over", total=21000),
    F("xếp thứ 2 cả nước", "2", 2, "rank", "hạng", "số cá thể thả về tự nhiên", P("Năm 2023", "2023-01-01", "2023-12-31")),
]

emit("p367-3", TEXT, [
    "Báo Hà Nội Mới: Trung tâm Cứu hộ động vật hoang dã Hà Nội, 7 tháng đầu năm 2024: animals received (hand-overs vs seizures), species, releases, overload, budget, since 2012.",
    "Byline-then-time 'THU HẰNG 08:12, 21/08/2024' gives published. 'Từ năm 2012 đến nay' ends at the dateline.",
    "'tăng gần gấp đôi so với cùng kỳ' is 968's change (2 lần, nearly). 'Trong số này' makes 412 and 556 parts of 968; 42,6% is 412's share.",
    "'tiền thức ăn chiếm trên 70%' is the share of a part that has no amount of its own: a percent figure, not 6,8 tỷ's percent attribute.",
    "'Hiện' gives no period (1.350, 800). 'xếp thứ 2 cả nước' is a rank of the centre (location Hà Nội, not Việt Nam). '4 dãy chuồng' (a quote) optional.",
    "Distractors: place names inside park names (Ba Vì, Cúc Phương, Pù Luông), hotline '1800 1522', phone, office hours.",
], FIGS, published="2024-08-21", location="Hà Nội")
