"""p787-4: ministry site (Bộ NN&PTNT, Cục Trồng trọt): national lotus area, output, exports, processing, 2030 targets."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Tin tức > Trồng trọt
Phát triển ngành hàng sen thành ngành hàng có giá trị cao
Đăng ngày: 22/08/2024 - 15:02

Theo Cục Trồng trọt, năm 2023 cả nước có khoảng 11.200 ha sen, tăng gần 18% so với năm 2020, phân bố tại 42 tỉnh, thành phố. Trong đó, diện tích sen lấy hạt chiếm khoảng 70%. Các tỉnh có diện tích lớn nhất lần lượt là Đồng Tháp (2.580 ha), Long An (1.050 ha), An Giang (965 ha) và Nghệ An (640 ha).

Sản lượng hạt sen tươi năm 2023 đạt khoảng 19.500 tấn; năng suất bình quân 1,74 tấn/ha. Kim ngạch xuất khẩu các sản phẩm từ sen (hạt sen sấy, trà tim sen, ngó sen đóng hộp) ước đạt 38,6 triệu USD, tăng 12,4% so với năm 2022; thị trường chính là Trung Quốc, Hàn Quốc, Nhật Bản và Hoa Kỳ. 7 tháng đầu năm 2024, xuất khẩu đạt 24,1 triệu USD, bằng 62,4% kế hoạch năm.

Hiện cả nước có 126 cơ sở chế biến sản phẩm từ sen, trong đó 31 cơ sở có chứng nhận HACCP hoặc ISO 22000. Cục đánh giá sen là cây trồng có hiệu quả cao trên đất trũng, lợi nhuận bình quân 90-120 triệu đồng/ha/năm, cao hơn 1,5-2 lần so với trồng lúa.

Theo Đề án phát triển ngành hàng sen đến năm 2030 (ban hành kèm Quyết định số 1748/QĐ-BNN-TT), cả nước phấn đấu đạt 15.000 ha sen, trong đó 30% diện tích đạt chứng nhận VietGAP, hữu cơ; kim ngạch xuất khẩu đạt 80 triệu USD. Bộ đề nghị các địa phương rà soát quỹ đất trũng, xây dựng vùng nguyên liệu tập trung quy mô từ 50 ha trở lên, gắn với liên kết tiêu thụ.

Địa chỉ: số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3845.9670
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
M7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("khoảng 11.200 ha", "11.200", 11200, "measure", "ha", "diện tích sen", Y23, approx="about",
      change=C("increase", 18, "%", "năm 2020", approx="nearly")),
    F("tại 42 tỉnh", "42", 42, "count", "tỉnh, thành phố", "tỉnh, thành phố có trồng sen", Y23),
    F("chiếm khoảng 70%", "70", 70, "percent", "%", "tỷ lệ diện tích sen lấy hạt", I(Y23), approx="about"),
    F("Đồng Tháp (2.580 ha)", "2.580", 2580, "measure", "ha", "diện tích sen", I(Y23), location="Đồng Tháp"),
    F("Long An (1.050 ha)", "1.050", 1050, "measure", "ha", "diện tích sen", I(Y23), location="Long An"),
    F("An Giang (965 ha)", "965", 965, "measure", "ha", "diện tích sen", I(Y23), location="An Giang"),
    F("Nghệ An (640 ha)", "640", 640, "measure", "ha", "diện tích sen", I(Y23), location="Nghệ An"),
    F("khoảng 19.500 tấn", "19.500", 19500, "measure", "tấn", "sản lượng hạt sen tươi", Y23, approx="about"),
    F("bình quân 1,74 tấn/ha", "1,74", 1.74, "measure", "tấn/ha", "năng suất sen bình quân", Y23),
    F("ước đạt 38,6 triệu USD", "38,6", 38.6e6, "money", "USD", "kim ngạch xuất khẩu các sản phẩm từ sen", I(Y23),
      change=C("increase", 12.4, "%", "năm 2022"), status="estimate"),
    F("đạt 24,1 triệu USD", "24,1", 24.1e6, "money", "USD", "kim ngạch xuất khẩu các sản phẩm từ sen", M7,
      percent=62.4),
    F("có 126 cơ sở", "126", 126, "count", "cơ sở", "cơ sở chế biến sản phẩm từ sen"),
    F("31 cơ sở", "31", 31, "count", "cơ sở", "cơ sở chế biến sản phẩm từ sen có chứng nhận HACCP hoặc ISO 22000",
      total=126),
    F("90-120 triệu đồng/ha/năm", "90", 90e6, "money", "đồng/ha/năm", "lợi nhuận bình quân trồng sen",
      value_max=120e6, change=C("increase", 1.5, "lần", "trồng lúa")),
    F("đạt 15.000 ha", "15.000", 15000, "measure", "ha", "diện tích sen", T30, status="target"),
    F("30% diện tích", "30", 30, "percent", "%", "tỷ lệ diện tích sen đạt chứng nhận VietGAP, hữu cơ", T30,
      status="target"),
    F("đạt 80 triệu USD", "80", 80e6, "money", "USD", "kim ngạch xuất khẩu sản phẩm từ sen", T30, status="target"),
    F("từ 50 ha trở lên", "50", 50, "measure", "ha", "quy mô vùng nguyên liệu sen tập trung", approx="at_least",
      optional=True),
]

NOTES = [
    "Bộ NN&PTNT (Cục Trồng trọt): ngành hàng sen cả nước 2023-2024, xuất khẩu, chế biến, Đề án đến năm 2030.",
    "National figures -> Việt Nam; a province in the 'lần lượt' list is the item's location. Export partners are not places of a figure.",
    "'Trong đó, diện tích sen lấy hạt chiếm khoảng 70%' is a share of another whole: a percent figure of its own.",
    "'cao hơn 1,5-2 lần so với trồng lúa' is the change of the profit range (value = the lower bound 1,5 lần).",
    "'từ 50 ha trở lên' is a category threshold: optional. 'ISO 22000', Quyết định số 1748/QĐ-BNN-TT, 'số 2 Ngọc Hà', phone are distractors.",
]

write(4, TEXT, FIGS, NOTES, published="2024-08-22", location="Việt Nam")
