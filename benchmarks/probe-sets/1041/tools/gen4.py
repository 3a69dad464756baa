"""p1041-4: ministry site (Bộ VHTTDL), đờn ca tài tử nationwide, 10 years after UNESCO."""
from lib import F, P, I, CH, TG, build

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin hoạt động > Di sản văn hóa
Ngày đăng: 06/12/2023 | Lượt xem: 1.127

Mười năm bảo vệ và phát huy giá trị Nghệ thuật Đờn ca tài tử Nam Bộ

Ngày 5/12/2023, tại Thành phố Hồ Chí Minh, Bộ Văn hóa, Thể thao và Du lịch tổ chức Hội thảo tổng kết 10 năm thực hiện Chương trình hành động quốc gia bảo vệ và phát huy giá trị Nghệ thuật Đờn ca tài tử Nam Bộ.

Theo báo cáo của Cục Di sản văn hóa, đến nay 21 tỉnh, thành phố phía Nam có 2.648 câu lạc bộ, nhóm đờn ca tài tử, gấp 1,4 lần so với năm 2013, thu hút gần 30.000 người tham gia. Các địa phương có nhiều câu lạc bộ nhất lần lượt là Bạc Liêu (214 câu lạc bộ), Bến Tre (200), Long An (198) và Tiền Giang (175).

Cả nước hiện có 12 Nghệ nhân Nhân dân và 296 Nghệ nhân Ưu tú lĩnh vực đờn ca tài tử được Chủ tịch nước phong tặng theo Nghị định số 62/2014/NĐ-CP. Riêng đợt xét tặng lần thứ 3 năm 2022 đã công nhận 4 Nghệ nhân Nhân dân và 81 Nghệ nhân Ưu tú.

Giai đoạn 2014-2023, ngân sách trung ương và địa phương đã bố trí khoảng 85 tỷ đồng cho hoạt động bảo tồn; nhiều tỉnh hỗ trợ mỗi câu lạc bộ từ 5 đến 10 triệu đồng/năm. Liên hoan Đờn ca tài tử quốc gia lần thứ III thu hút 41 đoàn với hơn 500 nghệ nhân, nghệ sĩ tham gia. Đến nay đã có 98 trường học tại 15 tỉnh đưa đờn ca tài tử vào giờ ngoại khóa.

Mục tiêu đến năm 2030, mỗi xã, phường trong vùng di sản có ít nhất 1 câu lạc bộ đờn ca tài tử hoạt động thường xuyên; 100% hồ sơ di sản được kiểm kê, số hóa.

Cổng Thông tin điện tử Bộ Văn hóa, Thể thao và Du lịch
Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3943.8231
"""

NOW = P("đến nay", None, "2023-12-06")
NOW2 = P("Đến nay", None, "2023-12-06")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
SUBJ = "câu lạc bộ đờn ca tài tử"

FIGS = [
    F("đến nay 21 tỉnh", "21", 21, "count", "tỉnh, thành phố", "tỉnh, thành phố phía Nam có câu lạc bộ đờn ca tài tử", NOW),
    F("có 2.648 câu lạc bộ", "2.648", 2648, "count", "câu lạc bộ", "câu lạc bộ, nhóm đờn ca tài tử", NOW,
      change=CH("increase", 1.4, "lần", "năm 2013")),
    F("gần 30.000 người", "30.000", 30000, "count", "người", "người tham gia đờn ca tài tử", NOW, approx="nearly"),
    F("Bạc Liêu (214 câu lạc bộ)", "214", 214, "count", "câu lạc bộ", SUBJ, I(NOW), location="Bạc Liêu"),
    F("Bến Tre (200)", "200", 200, "count", "câu lạc bộ", SUBJ, I(NOW), location="Bến Tre"),
    F("Long An (198)", "198", 198, "count", "câu lạc bộ", SUBJ, I(NOW), location="Long An"),
    F("Tiền Giang (175)", "175", 175, "count", "câu lạc bộ", SUBJ, I(NOW), location="Tiền Giang"),
    F("có 12 Nghệ nhân Nhân dân", "12", 12, "count", "Nghệ nhân Nhân dân",
      "Nghệ nhân Nhân dân lĩnh vực đờn ca tài tử"),
    F("và 296 Nghệ nhân Ưu tú", "296", 296, "count", "Nghệ nhân Ưu tú", "Nghệ nhân Ưu tú lĩnh vực đờn ca tài tử"),
    F("công nhận 4 Nghệ nhân Nhân dân", "4", 4, "count", "Nghệ nhân Nhân dân",
      "Nghệ nhân Nhân dân được công nhận đợt xét tặng lần thứ 3", Y22),
    F("và 81 Nghệ nhân Ưu tú", "81", 81, "count", "Nghệ nhân Ưu tú",
      "Nghệ nhân Ưu tú được công nhận đợt xét tặng lần thứ 3", Y22),
    F("khoảng 85 tỷ đồng", "85", 85e9, "money", "đồng", "ngân sách bố trí cho hoạt động bảo tồn",
      P("Giai đoạn 2014-2023", "2014-01-01", "2023-12-31"), approx="about"),
    F("từ 5 đến 10 triệu đồng/năm", "5", 5e6, "money", "đồng/năm", "mức hỗ trợ mỗi câu lạc bộ",
      value_max=10e6),
    F("thu hút 41 đoàn", "41", 41, "count", "đoàn", "đoàn tham gia Liên hoan Đờn ca tài tử quốc gia"),
    F("hơn 500 nghệ nhân", "500", 500, "count", "nghệ nhân, nghệ sĩ",
      "nghệ nhân, nghệ sĩ tham gia Liên hoan Đờn ca tài tử quốc gia", approx="over"),
    F("có 98 trường học", "98", 98, "count", "trường học", "trường học đưa đờn ca tài tử vào giờ ngoại khóa", NOW2),
    F("tại 15 tỉnh", "15", 15, "count", "tỉnh", "tỉnh có trường học đưa đờn ca tài tử vào giờ ngoại khóa", NOW2),
    F("ít nhất 1 câu lạc bộ", "1", 1, "count", "câu lạc bộ", "câu lạc bộ đờn ca tài tử mỗi xã, phường", T30,
      approx="at_least", status="target"),
    F("100% hồ sơ di sản", "100", 100, "percent", "%", "hồ sơ di sản được kiểm kê, số hóa", T30, status="target"),
]

COMMENTS = [
    "Ministry of Culture site: ten years of the national action programme for Đờn ca tài tử Nam Bộ (national figures).",
    "Dateline 'Ngày đăng: 06/12/2023'; 'Lượt xem: 1.127', 'Mười năm', '10 năm thực hiện' (a duration naming the review),",
    "'Ngày 5/12/2023', 'Nghị định số 62/2014/NĐ-CP', 'lần thứ 3', 'lần thứ III', the ministry's address and phone are not figures.",
    "Default location Việt Nam (national totals, counts of provinces); list items take their province as location and the list's",
    "indicator as subject; 'Bến Tre (200)' inherits the unit câu lạc bộ. The ranking list after the 2.648 has no part-of cue: no total.",
    "'gấp 1,4 lần so với năm 2013' right after 2.648 is its change (increase 1.4 lần), like 'tăng 2,8 lần so với cùng kỳ'.",
    "'Riêng đợt xét tặng lần thứ 3 năm 2022' is not a part-of cue (no total); the support range per club is đồng/năm.",
]

build("p1041-4", TEXT, FIGS, COMMENTS, published="2023-12-06", location="Việt Nam")
