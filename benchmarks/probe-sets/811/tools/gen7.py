from lib import F, P, I, C, T, build

TEXT = """SỞ Y TẾ TỈNH THÁI BÌNH
CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Kết quả kiểm tra an toàn thực phẩm tại cơ sở làm đậu phụ, mắm dịp Tết Nguyên đán Ất Tỵ

Thực hiện Kế hoạch số 318/KH-BCĐ của Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh, từ ngày 15/12/2024 đến ngày 12/02/2025, 9 đoàn kiểm tra liên ngành tuyến tỉnh và huyện đã kiểm tra 286 cơ sở sản xuất đậu phụ, mắm tôm, mắm cá trên địa bàn tỉnh Thái Bình. Kết quả: 251 cơ sở đạt yêu cầu, chiếm 87,8%; 35 cơ sở vi phạm, trong đó 9 cơ sở bị phạt tiền với tổng số tiền 47,5 triệu đồng, 26 cơ sở bị nhắc nhở, cam kết khắc phục.

Kết quả kiểm tra theo loại hình cơ sở
Đơn vị tính: cơ sở
Loại hình
Số cơ sở được kiểm tra
Số cơ sở đạt
Số cơ sở vi phạm
Đậu phụ
164
141
23
Mắm tôm
78
71
7
Mắm cá
44
39
5
Tổng số
286
251
35

Đoàn đã lấy 120 mẫu đậu phụ, mắm để xét nghiệm nhanh, phát hiện 6 mẫu đậu phụ dương tính với hàn the, chiếm 5%. Toàn bộ 85 kg sản phẩm vi phạm đã bị tiêu hủy tại chỗ.

Dự kiến trong năm 2025, Chi cục sẽ tổ chức 4 lớp tập huấn kiến thức an toàn thực phẩm cho khoảng 300 hộ làm đậu phụ, mắm tại các huyện Thái Thụy, Tiền Hải.

CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM TỈNH THÁI BÌNH
Địa chỉ: Số 239 Trần Lãm, TP Thái Bình, tỉnh Thái Bình
Điện thoại: 0227.3831.562 - Email: ccattp@thaibinh.gov.vn
Lượt truy cập: 1.284.905 | Đang trực tuyến: 37
"""

CAMP = P("từ ngày 15/12/2024 đến ngày 12/02/2025", "2024-12-15", "2025-02-12")
Y25 = P("trong năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("9 đoàn", "9", 9, "count", "đoàn", "đoàn kiểm tra liên ngành tuyến tỉnh và huyện", period=CAMP),
    F("kiểm tra 286 cơ sở", "286", 286, "count", "cơ sở", "cơ sở sản xuất đậu phụ, mắm tôm, mắm cá được kiểm tra",
      period=CAMP),
    F("251 cơ sở đạt", "251", 251, "count", "cơ sở", "cơ sở đạt yêu cầu", total=286, percent=87.8, period=I(CAMP)),
    F("35 cơ sở vi phạm", "35", 35, "count", "cơ sở", "cơ sở vi phạm", total=286, period=I(CAMP)),
    F("9 cơ sở bị phạt", "9", 9, "count", "cơ sở", "cơ sở bị phạt tiền", total=35, period=I(CAMP)),
    F("47,5 triệu đồng", "47,5", 47.5e6, "money", "đồng", "tổng số tiền phạt", period=I(CAMP)),
    F("26 cơ sở", "26", 26, "count", "cơ sở", "cơ sở bị nhắc nhở, cam kết khắc phục", total=35, period=I(CAMP)),
]
CELLS = [
    ("Đậu phụ\n164", "164", "Số cơ sở đậu phụ được kiểm tra"),
    ("164\n141", "141", "Số cơ sở đậu phụ đạt"),
    ("141\n23", "23", "Số cơ sở đậu phụ vi phạm"),
    ("Mắm tôm\n78", "78", "Số cơ sở mắm tôm được kiểm tra"),
    ("78\n71", "71", "Số cơ sở mắm tôm đạt"),
    ("71\n7\nMắm", "7", "Số cơ sở mắm tôm vi phạm"),
    ("Mắm cá\n44", "44", "Số cơ sở mắm cá được kiểm tra"),
    ("44\n39", "39", "Số cơ sở mắm cá đạt"),
    ("39\n5", "5", "Số cơ sở mắm cá vi phạm"),
    ("Tổng số\n286", "286", "Tổng số cơ sở được kiểm tra"),
    ("286\n251", "251", "Tổng số cơ sở đạt"),
    ("251\n35", "35", "Tổng số cơ sở vi phạm"),
]
for anchor, n, subj in CELLS:
    FIGS.append(F(anchor, n, int(n), "count", "cơ sở", subj, period=I(CAMP)))
FIGS += [
    F("lấy 120 mẫu", "120", 120, "count", "mẫu", "mẫu đậu phụ, mắm xét nghiệm nhanh", period=I(CAMP)),
    F("phát hiện 6 mẫu", "6", 6, "count", "mẫu", "mẫu đậu phụ dương tính với hàn the", percent=5, period=I(CAMP)),
    F("85 kg", "85", 85, "measure", "kg", "sản phẩm vi phạm bị tiêu hủy", period=I(CAMP)),
    F("4 lớp", "4", 4, "count", "lớp", "lớp tập huấn kiến thức an toàn thực phẩm", status="forecast", period=Y25),
    F("khoảng 300 hộ", "300", 300, "count", "hộ", "hộ làm đậu phụ, mắm được tập huấn", approx="about",
      status="forecast", period=Y25),
]

COMMENTS = [
    "Department site (Chi cục ATVSTP Thái Bình), no dateline: Tết Ất Tỵ inspection of tofu / mắm makers (invented, probe set 811).",
    "Distractors: 'Kế hoạch số 318/KH-BCĐ', campaign dates, 'Tết Nguyên đán Ất Tỵ', address 'Số 239 Trần Lãm', phone, email,",
    "'Lượt truy cập: 1.284.905', 'Đang trực tuyến: 37'. No date on the page: no published.",
    "'Kết quả: 251 … ; 35 …' after the 286 (sentence break + colon): parts with total 286; 9 + 26 = 35 after 'trong đó'.",
    "Table written one cell per line (Đơn vị tính: cơ sở); subject = row label + column label; period from the body (inherited).",
    "Training targets name two districts: location kept at the province (Thái Bình) as the article's default.",
]

build("p811-7", TEXT, FIGS, comments=COMMENTS, location="Thái Bình")
