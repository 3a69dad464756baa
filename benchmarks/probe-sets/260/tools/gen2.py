from lib import F, P, ch, emit

TEXT = """Cà Mau: Siết chặt an toàn tại các bến khách ngang sông mùa mưa bão

HOÀNG VŨ  09:15, 12/09/2024

(CMO) Theo Sở Giao thông vận tải, toàn tỉnh hiện có 186 bến khách ngang sông đang hoạt động, trong đó 164 bến đã được cấp phép, chiếm 88,2%. Số bến tập trung nhiều nhất ở các huyện U Minh (34 bến), Trần Văn Thời (31 bến) và Ngọc Hiển (27 bến); thành phố Cà Mau có 12 bến, chủ yếu tại khu vực bến Phường 8.

Phục vụ đưa đón khách tại các bến là 1.027 phương tiện, gồm 612 đò máy, 298 vỏ lãi và 117 ghe, phà chở khách. Tỷ lệ người lái phương tiện có bằng, chứng chỉ chuyên môn phù hợp đạt 96,7%.

8 tháng năm 2024, các bến khách ngang sông trên địa bàn đã phục vụ khoảng 5,6 triệu lượt hành khách, tăng 6,1% so với cùng kỳ, và gần 2,4 triệu lượt xe mô tô, xe gắn máy qua sông.

Từ đầu năm đến nay, đoàn kiểm tra liên ngành đã kiểm tra 158 bến, phát hiện 41 bến không bảo đảm điều kiện an toàn, tạm đình chỉ hoạt động 9 bến; lập biên bản 73 phương tiện chở khách chưa đăng ký, đăng kiểm, chiếm 17,5% số phương tiện được kiểm tra. Các trường hợp vi phạm bị xử phạt tổng cộng 486 triệu đồng. Ngành chức năng cũng cấp phát 2.500 áo phao cho các bến tại huyện Năm Căn và Đầm Dơi.

Ông Trần Minh Hải, Phó Giám đốc Sở Giao thông vận tải cho biết, tỉnh đặt mục tiêu đến cuối năm 2024 nâng tỷ lệ bến khách ngang sông được cấp phép lên trên 95%; 100% phương tiện chở khách ngang sông có đăng ký, đăng kiểm và trang bị đủ áo phao.

Người dân phát hiện bến hoạt động không phép có thể phản ánh qua số điện thoại 0290.3831.247.
"""

T8 = P("8 tháng năm 2024", "2024-01-01", "2024-08-31")
NOW = P("Từ đầu năm đến nay", "2024-01-01", "2024-09-12")
NOWI = P("Từ đầu năm đến nay", "2024-01-01", "2024-09-12", inh=True)
END24 = P("đến cuối năm 2024", None, "2024-12-31")

FIGS = [
    F("hiện có 186 bến", "186", 186, "count", "bến khách ngang sông", "bến khách ngang sông đang hoạt động"),
    F("164 bến đã được cấp phép", "164", 164, "count", "bến", "bến đã được cấp phép",
      total=186, percent=88.2),
    F("U Minh (34 bến)", "34", 34, "count", "bến", "bến khách ngang sông", location="U Minh"),
    F("Trần Văn Thời (31 bến)", "31", 31, "count", "bến", "bến khách ngang sông", location="Trần Văn Thời"),
    F("Ngọc Hiển (27 bến)", "27", 27, "count", "bến", "bến khách ngang sông", location="Ngọc Hiển"),
    F("có 12 bến", "12", 12, "count", "bến", "bến khách ngang sông", location="Cà Mau"),
    F("là 1.027 phương tiện", "1.027", 1027, "count", "phương tiện", "phương tiện phục vụ đưa đón khách tại các bến"),
    F("gồm 612 đò máy", "612", 612, "count", "đò máy", "đò máy", total=1027),
    F("298 vỏ lãi", "298", 298, "count", "vỏ lãi", "vỏ lãi", total=1027),
    F("117 ghe, phà", "117", 117, "count", "ghe, phà", "ghe, phà chở khách", total=1027),
    F("đạt 96,7%", "96,7", 96.7, "percent", "%",
      "Tỷ lệ người lái phương tiện có bằng, chứng chỉ chuyên môn phù hợp"),
    F("khoảng 5,6 triệu lượt", "5,6", 5600000, "count", "lượt hành khách",
      "hành khách các bến khách ngang sông phục vụ", T8, approx="about",
      change=ch("increase", 6.1, baseline="cùng kỳ")),
    F("gần 2,4 triệu lượt", "2,4", 2400000, "count", "lượt xe mô tô, xe gắn máy",
      "xe mô tô, xe gắn máy qua sông", T8, approx="nearly"),
    F("kiểm tra 158 bến", "158", 158, "count", "bến", "bến đoàn kiểm tra liên ngành kiểm tra", NOW),
    F("phát hiện 41 bến", "41", 41, "count", "bến", "bến không bảo đảm điều kiện an toàn", NOW),
    F("hoạt động 9 bến", "9", 9, "count", "bến", "bến tạm đình chỉ hoạt động", NOW),
    F("biên bản 73 phương tiện", "73", 73, "count", "phương tiện",
      "phương tiện chở khách chưa đăng ký, đăng kiểm", NOW, percent=17.5),
    F("tổng cộng 486 triệu đồng", "486", 486000000, "money", "đồng", "xử phạt các trường hợp vi phạm", NOWI),
    F("cấp phát 2.500 áo phao", "2.500", 2500, "count", "áo phao", "áo phao cấp phát cho các bến", NOWI),
    F("lên trên 95%", "95", 95, "percent", "%", "tỷ lệ bến khách ngang sông được cấp phép", END24,
      approx="over", status="target"),
    F("; 100% phương tiện", "100", 100, "percent", "%",
      "phương tiện chở khách ngang sông có đăng ký, đăng kiểm và trang bị đủ áo phao", END24, status="target"),
]

COMMENTS = [
    "Báo Cà Mau (CMO), Party newspaper: cross-river passenger landings (bến khách ngang sông), vessels, passengers, inspections, targets.",
    "Byline + time + date line 'HOÀNG VŨ  09:15, 12/09/2024' is the dateline. Distractors: 'bến Phường 8' (a name), 'huyện Năm Căn' (a name, not the number five),",
    "phone 0290.3831.247, the official's name. '(CMO)' is the paper's tag (Cà Mau).",
    "'hiện có' is no period phrase: the stock figures of paragraphs 1-2 have no period. 164 bến: total 186 ('trong đó'), percent 88,2.",
    "District list: each district goes to location, the subject is the list's indicator; 'thành phố Cà Mau có 12 bến' takes location Cà Mau (the city).",
    "'gồm' 612 + 298 + 117 = 1.027 vessels: each part has total 1027. 96,7% is a percent figure (no base amount).",
    "'Từ đầu năm đến nay' runs from 2024-01-01 to the dateline 2024-09-12. 41 and 9 after 'kiểm tra 158 bến' have no part-of cue: no total.",
    "'đến cuối năm 2024' (targets) ends 2024-12-31, start null; 'đặt mục tiêu' makes both targets.",
]

emit("p260-2", TEXT, COMMENTS, FIGS, published="2024-09-12", location="Cà Mau")
