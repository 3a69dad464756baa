"""p962-2: district portal of huyện Hải Hậu (Nam Định), year-end review of religious affairs 2023."""
from lib import F, P, I, change, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH
Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội

Hoạt động tôn giáo năm 2023 ổn định, đúng pháp luật

Thứ Sáu, 22/12/2023 - 15:40

Chiều 20/12, UBND huyện Hải Hậu tổ chức hội nghị tổng kết công tác tôn giáo năm 2023, triển khai nhiệm vụ năm 2024.

Toàn huyện hiện có 4 tôn giáo đang hoạt động là Công giáo, Phật giáo, Tin Lành và Cao Đài với 142.560 tín đồ, chiếm 55,2% dân số. Trong đó, Công giáo có 131.870 tín đồ, sinh hoạt tại 43 giáo xứ, 156 giáo họ với 61 linh mục; Phật giáo có 9.950 tín đồ, 118 chùa và 84 tăng ni; Tin Lành và Cao Đài có 740 tín đồ.

Năm 2023, UBND huyện đã chấp thuận 27 hồ sơ sửa chữa, cải tạo, nâng cấp cơ sở tôn giáo, tăng 5 hồ sơ so với năm 2022, và 3 hồ sơ xây dựng mới nhà thờ, nhà xứ. Tổng kinh phí do các giáo xứ, nhà chùa tự huy động ước đạt 185 tỷ đồng. Con số này gấp 1,4 lần năm 2022.

Về đất đai, toàn huyện có 327 cơ sở tôn giáo với tổng diện tích 96,4 ha, trong đó 298 cơ sở đã được cấp giấy chứng nhận quyền sử dụng đất, chiếm 91,1%. Dự án mở rộng Quốc lộ 21 qua địa bàn đã thu hồi 1,8 ha đất của 6 cơ sở tôn giáo, các cơ sở đều đồng thuận bàn giao mặt bằng.

Trong tháng 12/2023, dự kiến các giáo xứ tổ chức khoảng 90 Thánh lễ mừng Giáng sinh với trên 120.000 lượt giáo dân tham dự; huyện đã thành lập 5 đoàn thăm, chúc mừng các giáo xứ.

Năm 2024, huyện phấn đấu 100% cơ sở tôn giáo đủ điều kiện được cấp giấy chứng nhận quyền sử dụng đất, giải quyết dứt điểm 2 vụ việc tồn đọng liên quan đến đất cơ sở tôn giáo. Hội nghị đã khen thưởng 12 tập thể và 20 cá nhân theo Quyết định số 3127/QĐ-UBND.

Thu Hằng (Trung tâm VH-TT&TT huyện)
Địa chỉ: Khu 4, thị trấn Yên Định, huyện Hải Hậu. Điện thoại: 0228.3877.215
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NOTES = [
    "District portal of Hải Hậu (Nam Định): year-end review of religious affairs 2023; location is the district.",
    "Distractors: 'Thứ Sáu, 22/12/2023 - 15:40', 'Chiều 20/12', 'Quốc lộ 21', 'Quyết định số 3127/QĐ-UBND', 'Khu 4', phone 0228.3877.215.",
    "Followers by religion after 'Trong đó' (sentence break) add up to 142.560 (131.870 + 9.950 + 740): parts with that total.",
    "Parishes, priests, pagodas, monks count other things: no total. 'hiện có' / 'Về đất đai, toàn huyện có' give no period.",
    "'Con số này gấp 1,4 lần năm 2022' stands as its own sentence: a multiple. '298 cơ sở' after 'trong đó' is part of the 327.",
]
FIGS = [
    F("có 4 tôn giáo", "4", 4, "count", "tôn giáo", subject="tôn giáo đang hoạt động"),
    F("với 142.560 tín đồ", "142.560", 142560, "count", "tín đồ", percent=55.2, subject="tín đồ các tôn giáo"),
    F("có 131.870 tín đồ", "131.870", 131870, "count", "tín đồ", total=142560, subject="tín đồ Công giáo"),
    F("tại 43 giáo xứ", "43", 43, "count", "giáo xứ", subject="giáo xứ Công giáo"),
    F("156 giáo họ", "156", 156, "count", "giáo họ", subject="giáo họ Công giáo"),
    F("61 linh mục", "61", 61, "count", "linh mục", subject="linh mục Công giáo"),
    F("có 9.950 tín đồ", "9.950", 9950, "count", "tín đồ", total=142560, subject="tín đồ Phật giáo"),
    F("118 chùa", "118", 118, "count", "chùa", subject="chùa Phật giáo"),
    F("84 tăng ni", "84", 84, "count", "tăng ni", subject="tăng ni Phật giáo"),
    F("có 740 tín đồ", "740", 740, "count", "tín đồ", total=142560, subject="tín đồ Tin Lành và Cao Đài"),
    F("chấp thuận 27 hồ sơ", "27", 27, "count", "hồ sơ",
      change=change("increase", 5, "hồ sơ", "năm 2022"),
      subject="hồ sơ sửa chữa, cải tạo, nâng cấp cơ sở tôn giáo được chấp thuận", period=Y23),
    F("và 3 hồ sơ", "3", 3, "count", "hồ sơ",
      subject="hồ sơ xây dựng mới nhà thờ, nhà xứ được chấp thuận", period=Y23),
    F("ước đạt 185 tỷ đồng", "185", 185e9, "money", "đồng", status="estimate",
      subject="tổng kinh phí do các giáo xứ, nhà chùa tự huy động", period=I(Y23)),
    F("gấp 1,4 lần", "1,4", 1.4, "multiple", "lần",
      subject="kinh phí tự huy động so với năm 2022", period=I(Y23)),
    F("có 327 cơ sở tôn giáo", "327", 327, "count", "cơ sở tôn giáo", subject="cơ sở tôn giáo"),
    F("96,4 ha", "96,4", 96.4, "measure", "ha", subject="tổng diện tích đất cơ sở tôn giáo"),
    F("298 cơ sở", "298", 298, "count", "cơ sở", total=327, percent=91.1,
      subject="cơ sở tôn giáo đã được cấp giấy chứng nhận quyền sử dụng đất"),
    F("thu hồi 1,8 ha", "1,8", 1.8, "measure", "ha",
      subject="đất cơ sở tôn giáo bị thu hồi mở rộng Quốc lộ 21"),
    F("của 6 cơ sở tôn giáo", "6", 6, "count", "cơ sở tôn giáo",
      subject="cơ sở tôn giáo bị thu hồi đất mở rộng Quốc lộ 21"),
    F("khoảng 90 Thánh lễ", "90", 90, "count", "Thánh lễ", approx="about", status="forecast",
      subject="Thánh lễ mừng Giáng sinh", period=P("Trong tháng 12/2023", "2023-12-01", "2023-12-31")),
    F("trên 120.000 lượt giáo dân", "120.000", 120000, "count", "lượt giáo dân", approx="over", status="forecast",
      subject="lượt giáo dân tham dự Thánh lễ mừng Giáng sinh",
      period=P("Trong tháng 12/2023", "2023-12-01", "2023-12-31")),
    F("thành lập 5 đoàn", "5", 5, "count", "đoàn",
      subject="đoàn thăm, chúc mừng các giáo xứ", period=P("Trong tháng 12/2023", "2023-12-01", "2023-12-31")),
    F("phấn đấu 100% cơ sở", "100", 100, "percent", "%", status="target",
      subject="cơ sở tôn giáo đủ điều kiện được cấp giấy chứng nhận quyền sử dụng đất", period=Y24),
    F("dứt điểm 2 vụ việc", "2", 2, "count", "vụ việc", status="target",
      subject="vụ việc tồn đọng liên quan đến đất cơ sở tôn giáo được giải quyết dứt điểm", period=Y24),
    F("khen thưởng 12 tập thể", "12", 12, "count", "tập thể", subject="tập thể được khen thưởng"),
    F("và 20 cá nhân", "20", 20, "count", "cá nhân", subject="cá nhân được khen thưởng"),
]

write("p962-2", TEXT, NOTES, FIGS, published="2023-12-22", location="Hải Hậu")
