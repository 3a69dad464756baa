from lib import F, P, build

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Tin tức » An toàn, vệ sinh lao động

Thông báo tình hình tai nạn lao động 6 tháng đầu năm 2024

Ngày đăng: 22/08/2024

Theo báo cáo của 63/63 tỉnh, thành phố trực thuộc Trung ương, trong 6 tháng đầu năm 2024 trên toàn quốc đã xảy ra 3.721 vụ tai nạn lao động (TNLĐ) làm 3.805 người bị nạn, trong đó có 318 vụ TNLĐ chết người, làm 339 người chết.

1. Khu vực có quan hệ lao động: xảy ra 2.986 vụ TNLĐ, giảm 4,6% so với cùng kỳ năm 2023, làm 3.052 người bị nạn; số người chết là 263 người, tăng 1,2% so với cùng kỳ; số người bị thương nặng là 701 người.

Các địa phương có số người chết vì TNLĐ nhiều nhất trong khu vực này là: TP. Hồ Chí Minh (31 người), Bình Dương (22 người), Đồng Nai (17 người), Hà Nội (15 người) và Quảng Ninh (12 người).

Những lĩnh vực xảy ra nhiều TNLĐ chết người nhất: xây dựng chiếm 27,4% tổng số vụ chết người; khai thác mỏ, khai thác khoáng sản chiếm 12,9%; dịch vụ chiếm 8,1%; cơ khí, luyện kim chiếm 6,5%.

Thiệt hại về vật chất (chi phí tiền thuốc, mai táng, tiền bồi thường cho gia đình người chết và những người bị thương) là 486,2 tỷ đồng; thiệt hại về tài sản là 27,8 tỷ đồng; tổng số ngày nghỉ do TNLĐ là hơn 52 nghìn ngày.

2. Khu vực người lao động làm việc không theo hợp đồng lao động: xảy ra 735 vụ TNLĐ làm 753 người bị nạn, trong đó 76 người chết.

Bộ đề nghị các địa phương thực hiện nghiêm việc khai báo, điều tra TNLĐ theo Nghị định số 39/2016/NĐ-CP và Thông tư số 08/2016/TT-BLĐTBXH; thông tin phản ánh gửi về Cục An toàn lao động, số 12 Ngô Quyền, Hà Nội, điện thoại 024.38269534.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
QH = "khu vực có quan hệ lao động"
KH = "khu vực người lao động làm việc không theo hợp đồng lao động"

FIGS = [
    F("báo cáo của 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố trực thuộc Trung ương báo cáo", H1, total=63),
    F("xảy ra 3.721 vụ", "3.721", 3721, "count", "vụ", "vụ tai nạn lao động", H1),
    F("làm 3.805 người bị nạn", "3.805", 3805, "count", "người", "người bị nạn", H1),
    F("có 318 vụ TNLĐ chết người", "318", 318, "count", "vụ", "vụ TNLĐ chết người", H1, total=3721),
    F("làm 339 người chết", "339", 339, "count", "người", "người chết", H1, total=3805),
    F("xảy ra 2.986 vụ", "2.986", 2986, "count", "vụ", "vụ TNLĐ " + QH, H1i,
      change={"direction": "decrease", "value": 4.6, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("làm 3.052 người bị nạn", "3.052", 3052, "count", "người", "người bị nạn " + QH, H1i),
    F("là 263 người", "263", 263, "count", "người", "số người chết " + QH, H1i,
      change={"direction": "increase", "value": 1.2, "unit": "%", "baseline": "cùng kỳ"}),
    F("là 701 người", "701", 701, "count", "người", "số người bị thương nặng " + QH, H1i),
    F("Hồ Chí Minh (31 người)", "31", 31, "count", "người", "người chết vì TNLĐ " + QH, H1i,
      location="Hồ Chí Minh"),
    F("Bình Dương (22 người)", "22", 22, "count", "người", "người chết vì TNLĐ " + QH, H1i, location="Bình Dương"),
    F("Đồng Nai (17 người)", "17", 17, "count", "người", "người chết vì TNLĐ " + QH, H1i, location="Đồng Nai"),
    F("Hà Nội (15 người)", "15", 15, "count", "người", "người chết vì TNLĐ " + QH, H1i, location="Hà Nội"),
    F("Quảng Ninh (12 người)", "12", 12, "count", "người", "người chết vì TNLĐ " + QH, H1i, location="Quảng Ninh"),
    F("chiếm 27,4%", "27,4", 27.4, "percent", "%", "tỷ lệ vụ TNLĐ chết người lĩnh vực xây dựng", H1i),
    F("chiếm 12,9%", "12,9", 12.9, "percent", "%", "tỷ lệ vụ TNLĐ chết người lĩnh vực khai thác mỏ, khai thác khoáng sản", H1i),
    F("chiếm 8,1%", "8,1", 8.1, "percent", "%", "tỷ lệ vụ TNLĐ chết người lĩnh vực dịch vụ", H1i),
    F("chiếm 6,5%", "6,5", 6.5, "percent", "%", "tỷ lệ vụ TNLĐ chết người lĩnh vực cơ khí, luyện kim", H1i),
    F("là 486,2 tỷ đồng", "486,2", 486.2e9, "money", "đồng", "thiệt hại về vật chất do TNLĐ", H1i),
    F("là 27,8 tỷ đồng", "27,8", 27.8e9, "money", "đồng", "thiệt hại về tài sản do TNLĐ", H1i),
    F("hơn 52 nghìn ngày", "52", 52000, "measure", "ngày", "tổng số ngày nghỉ do TNLĐ", H1i, approx="over"),
    F("xảy ra 735 vụ", "735", 735, "count", "vụ", "vụ TNLĐ " + KH, H1i),
    F("làm 753 người bị nạn", "753", 753, "count", "người", "người bị nạn " + KH, H1i),
    F("trong đó 76 người chết", "76", 76, "count", "người", "người chết " + KH, H1i, total=753),
]

COMMENTS = [
    "Ministry site (Bộ LĐTBXH): national TNLĐ report for 6 tháng đầu năm 2024; 'Ngày đăng: 22/08/2024'. All figures national (Việt Nam) except list items.",
    "'63/63 tỉnh, thành phố' count with total 63. 'trong đó' parts: 318 vụ of 3.721 vụ, 339 người of 3.805 người, 76 người of 753 người.",
    "Section 1 figures take the period from the opening sentence (inherited). 'số người chết là 263 người, tăng 1,2% so với cùng kỳ': change of 263.",
    "263 and 701 (after ';' in section 1) get no total: there is no part-of cue ('số người chết là …' is not 'trong đó').",
    "Sector shares are percent figures; provinces in the list go to location. Distractors: section numbers '1.'/'2.', decree and circular numbers,",
    "address 'số 12 Ngô Quyền', phone 024.38269534, dateline. 'hơn 52 nghìn ngày' measure 52000 ngày approx over.",
]

build(2, TEXT, COMMENTS, FIGS, published="2024-08-22", location="Việt Nam")
