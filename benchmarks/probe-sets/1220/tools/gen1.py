"""p1220-1: Lào Cai province portal, kaolin-feldspar output 9 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Công nghiệp

Lào Cai: Khai thác gần 190 nghìn tấn cao lanh - fenspat trong 9 tháng

Cập nhật: 14/10/2024 15:20 | Lượt xem: 2.417

(laocai.gov.vn) - Theo Sở Công Thương, 9 tháng đầu năm 2024, các doanh nghiệp trên địa bàn tỉnh Lào Cai đã khai thác 187.450 tấn quặng cao lanh - fenspat nguyên khai, đạt 74,2% kế hoạch năm, tăng 9,6% so với cùng kỳ năm 2023. Trong đó, huyện Bảo Yên 102.300 tấn, huyện Văn Bàn 61.850 tấn, huyện Bảo Thắng 23.300 tấn.

Toàn tỉnh hiện có 11 mỏ cao lanh, fenspat được cấp phép khai thác với tổng diện tích hơn 240 ha, tổng trữ lượng được phê duyệt khoảng 14,6 triệu tấn. Trong 9 tháng, sản lượng tinh quặng sau tuyển lọc ước đạt 96.800 tấn, chủ yếu cung cấp cho các nhà máy gạch ốp lát, sứ vệ sinh tại Phú Thọ, Vĩnh Phúc và Bắc Ninh.

Tại xã Xuân Hòa (huyện Bảo Yên), mỏ cao lanh của Công ty cổ phần Khoáng sản 3 - Lào Cai đang sử dụng 126 lao động, thu nhập bình quân 8,2 triệu đồng/người/tháng. Năm 2023, doanh nghiệp nộp ngân sách gần 6,5 tỷ đồng. Giá bán tinh quặng cao lanh của mỏ hiện dao động từ 1,2 đến 1,45 triệu đồng/tấn.

Năm 2025, tỉnh phấn đấu sản lượng khai thác cao lanh - fenspat đạt 260.000 tấn, trong đó ít nhất 60% được chế biến sâu tại địa phương; kiểm tra 100% mỏ đã được cấp phép và lần thứ 2 tổ chức đấu giá quyền khai thác khoáng sản đối với 4 khu vực mỏ cao lanh.
"""

NINE_H = P("trong 9 tháng", "2024-01-01", "2024-09-30")
NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE2 = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
RAW = "quặng cao lanh - fenspat nguyên khai khai thác"
MINE = "mỏ cao lanh của Công ty cổ phần Khoáng sản 3 - Lào Cai"

FIGS = [
    F("gần 190 nghìn tấn", "190", 190000, "measure", "tấn", approx="nearly",
      subject="cao lanh - fenspat khai thác", period=NINE_H),
    F("khai thác 187.450 tấn", "187.450", 187450, "measure", "tấn", percent=74.2,
      change=C("increase", 9.6, "%", "cùng kỳ năm 2023"), subject=RAW, period=NINE),
    F("Bảo Yên 102.300 tấn", "102.300", 102300, "measure", "tấn", total=187450,
      subject=RAW, period=I(NINE), location="Bảo Yên"),
    F("Văn Bàn 61.850 tấn", "61.850", 61850, "measure", "tấn", total=187450,
      subject=RAW, period=I(NINE), location="Văn Bàn"),
    F("Bảo Thắng 23.300 tấn", "23.300", 23300, "measure", "tấn", total=187450,
      subject=RAW, period=I(NINE), location="Bảo Thắng"),
    F("hiện có 11 mỏ", "11", 11, "count", "mỏ", subject="mỏ cao lanh, fenspat được cấp phép khai thác"),
    F("hơn 240 ha", "240", 240, "measure", "ha", approx="over",
      subject="tổng diện tích mỏ cao lanh, fenspat được cấp phép"),
    F("khoảng 14,6 triệu tấn", "14,6", 14600000, "measure", "tấn", approx="about",
      subject="tổng trữ lượng được phê duyệt"),
    F("ước đạt 96.800 tấn", "96.800", 96800, "measure", "tấn", status="estimate",
      subject="sản lượng tinh quặng sau tuyển lọc", period=NINE2),
    F("sử dụng 126 lao động", "126", 126, "count", "lao động", subject="lao động " + MINE, location="Bảo Yên"),
    F("bình quân 8,2 triệu", "8,2", 8200000, "money", "đồng/người/tháng",
      subject="thu nhập bình quân lao động mỏ cao lanh", location="Bảo Yên"),
    F("gần 6,5 tỷ đồng", "6,5", 6500000000, "money", "đồng", approx="nearly",
      subject="nộp ngân sách của doanh nghiệp", period=Y23, location="Bảo Yên"),
    F("từ 1,2 đến 1,45 triệu", "1,2", 1200000, "money", "đồng/tấn", value_max=1450000,
      subject="giá bán tinh quặng cao lanh của mỏ", location="Bảo Yên"),
    F("đạt 260.000 tấn", "260.000", 260000, "measure", "tấn", status="target",
      subject="sản lượng khai thác cao lanh - fenspat", period=Y25),
    F("ít nhất 60%", "60", 60, "percent", "%", approx="at_least", status="target",
      subject="sản lượng được chế biến sâu tại địa phương", period=Y25),
    F("kiểm tra 100% mỏ", "100", 100, "percent", "%", status="target",
      subject="mỏ đã được cấp phép được kiểm tra", period=Y25),
    F("đối với 4 khu vực", "4", 4, "count", "khu vực mỏ", status="target",
      subject="khu vực mỏ cao lanh đấu giá quyền khai thác khoáng sản", period=Y25),
]

NOTES = [
    "Province portal (Lào Cai): kaolin-feldspar output 9 months 2024. Breadcrumb, 'Cập nhật: 14/10/2024 15:20 | Lượt xem: 2.417'.",
    "Distractors: view counter 2.417, time 15:20, company name 'Khoáng sản 3', 'lần thứ 2' (ordinal).",
    "Headline 'trong 9 tháng' is year-less: 2024 from published. District parts after 'Trong đó' add up to 187.450: total.",
    "Mine passage in xã Xuân Hòa (huyện Bảo Yên): location Bảo Yên for its figures. 'hiện', 'đang' get no period.",
    "Targets after 'phấn đấu' continue across ';' (60%, 100%, 4 khu vực). 'trong đó ít nhất 60%' is a percent of its own: no total.",
]

if __name__ == "__main__":
    write("p1220-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Lào Cai")
