"""p989-2: huyện Hải Hậu (Nam Định) district portal, quý I/2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU
Tin tức - Sự kiện / Lao động - Xã hội
Thứ Ba, 16/05/2023 - 10:45

Hải Hậu sơ kết công tác phát triển người tham gia BHXH tự nguyện, BHYT hộ gia đình quý I/2023

Sáng 15/5, Ban Chỉ đạo thực hiện chính sách BHXH, BHYT huyện Hải Hậu tổ chức hội nghị sơ kết quý I và triển khai nhiệm vụ quý II/2023.

Tính đến 31/3/2023, toàn huyện có 6.842 người tham gia BHXH tự nguyện, tăng 318 người so với cuối năm 2022. Số người tham gia BHYT đạt 223.150 người, đạt tỷ lệ bao phủ 92,15% dân số; trong đó BHYT hộ gia đình có 61.270 người, chiếm 27,5%.

Trong quý I, huyện tổ chức 42 hội nghị tuyên truyền tại các xã, thị trấn, mỗi hội nghị thu hút từ 50-70 người dự. Ngày hội BHXH tự nguyện, BHYT hộ gia đình lần thứ 3 tổ chức tại Nhà văn hóa xóm 7, xã Hải Minh đã vận động được 57 người đăng ký tham gia mới. Các xã có số người tham gia mới nhiều là Hải Anh (46 người), Hải Phong (38 người) và Hải Lộc (31 người).

Dịp này, UBND huyện trích gần 150 triệu đồng mua 250 thẻ BHYT tặng người có hoàn cảnh khó khăn; các doanh nghiệp, nhà hảo tâm trao tặng 32 sổ BHXH tự nguyện, trị giá khoảng 64 triệu đồng.

Tổng số thu BHXH, BHYT quý I ước đạt 48,6 tỷ đồng, bằng 23,8% kế hoạch năm. Số tiền nợ đóng BHXH, BHYT đến cuối quý I còn 3,2 tỷ đồng, tập trung ở 19 doanh nghiệp.

Năm 2023, huyện phấn đấu có 7.500 người tham gia BHXH tự nguyện, tỷ lệ bao phủ BHYT đạt trên 93% dân số. Phát biểu kết luận, đồng chí Phó Chủ tịch UBND huyện đề nghị các xã, thị trấn đưa chỉ tiêu phát triển người tham gia vào nghị quyết của cấp ủy.

Thu Hà - Trung tâm VH-TT&TT huyện Hải Hậu
"""

ASOF = P("Tính đến 31/3/2023", None, "2023-03-31")
Q1 = P("quý I", "2023-01-01", "2023-03-31")
ENDQ1 = P("đến cuối quý I", None, "2023-03-31")
Y = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("toàn huyện có 6.842 người", "6.842", 6842, "count", "người", "người tham gia BHXH tự nguyện", ASOF,
      change=C("increase", 318, "người", "cuối năm 2022")),
    F("đạt 223.150 người", "223.150", 223150, "count", "người", "người tham gia BHYT", I(ASOF), percent=92.15),
    F("có 61.270 người", "61.270", 61270, "count", "người", "người tham gia BHYT hộ gia đình", I(ASOF),
      total=223150, percent=27.5),
    F("tổ chức 42 hội nghị", "42", 42, "count", "hội nghị", "hội nghị tuyên truyền tại các xã, thị trấn",
      P("Trong quý I", "2023-01-01", "2023-03-31")),
    F("từ 50-70 người", "50", 50, "count", "người", "người dự mỗi hội nghị", P("Trong quý I", "2023-01-01", "2023-03-31"),
      value_max=70),
    F("vận động được 57 người", "57", 57, "count", "người", "người đăng ký tham gia mới tại Ngày hội", I(Q1)),
    F("Hải Anh (46 người)", "46", 46, "count", "người", "người tham gia mới", I(Q1)),
    F("Hải Phong (38 người)", "38", 38, "count", "người", "người tham gia mới", I(Q1)),
    F("Hải Lộc (31 người)", "31", 31, "count", "người", "người tham gia mới", I(Q1)),
    F("gần 150 triệu đồng", "150", 150e6, "money", "đồng", "kinh phí UBND huyện mua thẻ BHYT tặng người có hoàn cảnh khó khăn",
      approx="nearly"),
    F("mua 250 thẻ BHYT", "250", 250, "count", "thẻ BHYT", "thẻ BHYT tặng người có hoàn cảnh khó khăn"),
    F("tặng 32 sổ BHXH", "32", 32, "count", "sổ BHXH", "sổ BHXH tự nguyện doanh nghiệp, nhà hảo tâm trao tặng"),
    F("khoảng 64 triệu đồng", "64", 64e6, "money", "đồng", "trị giá sổ BHXH tự nguyện trao tặng", approx="about"),
    F("ước đạt 48,6 tỷ đồng", "48,6", 48.6e9, "money", "đồng", "tổng số thu BHXH, BHYT", Q1,
      status="estimate", percent=23.8),
    F("còn 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "số tiền nợ đóng BHXH, BHYT", ENDQ1),
    F("ở 19 doanh nghiệp", "19", 19, "count", "doanh nghiệp", "doanh nghiệp nợ đóng BHXH, BHYT", ENDQ1),
    F("có 7.500 người", "7.500", 7500, "count", "người", "người tham gia BHXH tự nguyện", Y, status="target"),
    F("trên 93% dân số", "93", 93, "percent", "%", "tỷ lệ bao phủ BHYT", Y, status="target", approx="over"),
]

NOTES = [
    "Cổng TTĐT huyện Hải Hậu (Nam Định): quý I/2023 results, communication events, gifts, revenue and arrears, 2023 targets.",
    "Distractors: 'Thứ Ba, 16/05/2023 - 10:45', 'Sáng 15/5', 'quý II/2023', 'lần thứ 3' (ordinal), 'xóm 7', byline.",
    "61.270 follows 'trong đó' after 223.150 (same unit, same as-of date): total 223150; 'chiếm 27,5%' is its percent.",
    "Commune list (Hải Anh, Hải Phong, Hải Lộc): items are places, so not in the subject; FIGURES.md's location is a province, city or",
    "district, and the communes lie in Hải Hậu, so location stays the district (cf. set 786).",
    "'đạt tỷ lệ bao phủ 92,15% dân số' after 223.150 người is its percent (as in shared gold h09). 'đến cuối quý I' = as-of 2023-03-31.",
]

write("p989-2", TEXT, NOTES, FIGS, published="2023-05-16", location="Hải Hậu")
