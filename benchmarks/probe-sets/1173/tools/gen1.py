"""p1173-1: Bình Định province portal, granite output 9 months 2024, licensed quarries, a Phù Cát company."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Bình Định: 9 tháng khai thác hơn 410.000 m3 đá granite

Cập nhật: 08/10/2024 15:20 | Lượt xem: 2.417

(binhdinh.gov.vn) - 9 tháng đầu năm 2024, các doanh nghiệp khai thác khoáng sản trên địa bàn tỉnh Bình Định đã khai thác 412.600 m3 đá granite, đạt 76,4% kế hoạch năm, tăng 8,2% so với cùng kỳ năm 2023. Trong đó, đá khối làm ốp lát 168.300 m3, đá khối xuất khẩu 96.500 m3, còn lại là đá xây dựng các loại.

Toàn tỉnh hiện có 47 mỏ đá granite còn hiệu lực giấy phép khai thác với tổng diện tích hơn 620 ha, tập trung chủ yếu tại thị xã Hoài Nhơn (14 mỏ), huyện Phù Cát (11 mỏ) và huyện Vân Canh (9 mỏ). Tổng công suất theo giấy phép khoảng 780.000 m3/năm.

Số thu ngân sách từ hoạt động khai thác đá ước đạt 186,5 tỷ đồng, chiếm 62% tổng thu từ khoáng sản của tỉnh. Giá đá granite khối thành phẩm dao động từ 4,5 đến 7 triệu đồng/m3 tùy màu sắc; lao động tại các mỏ có thu nhập bình quân 8,2 triệu đồng/người/tháng.

Tại xã Cát Tân, huyện Phù Cát, Công ty CP Đá granite Phương Nam (thôn Kiều An, ĐT 634) đang vận hành hai dây chuyền cưa xẻ, mài bóng với khoảng 130 công nhân. Năm 2023, công ty xuất khẩu gần 24.000 m2 đá ốp lát sang Hàn Quốc, Nhật Bản, doanh thu đạt trên 52 tỷ đồng.

Qua đợt kiểm tra liên ngành lần thứ 2, Sở Tài nguyên và Môi trường đã xử phạt 6 doanh nghiệp vi phạm với tổng số tiền 735 triệu đồng, đình chỉ một mỏ khai thác vượt công suất.

Năm 2025, tỉnh phấn đấu sản lượng đá granite khai thác đạt 560.000 m3; 100% mỏ đá lắp đặt trạm cân, camera giám sát theo Quyết định số 2145/QĐ-UBND của UBND tỉnh.
"""

HEAD9 = P("9 tháng", "2024-01-01", "2024-09-30")
NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
MO = "mỏ đá granite còn hiệu lực giấy phép khai thác"
PC = "Phù Cát"

FIGS = [
    F("hơn 410.000 m3", "410.000", 410000, "measure", "m3", approx="over",
      subject="đá granite khai thác", period=HEAD9),
    F("khai thác 412.600 m3", "412.600", 412600, "measure", "m3", percent=76.4,
      change=C("increase", 8.2, "%", "cùng kỳ năm 2023"),
      subject="đá granite các doanh nghiệp khai thác khoáng sản đã khai thác", period=NINE),
    F("ốp lát 168.300 m3", "168.300", 168300, "measure", "m3", total=412600,
      subject="đá khối làm ốp lát", period=I(NINE)),
    F("xuất khẩu 96.500 m3", "96.500", 96500, "measure", "m3", total=412600,
      subject="đá khối xuất khẩu", period=I(NINE)),
    F("hiện có 47 mỏ", "47", 47, "count", "mỏ", subject=MO),
    F("hơn 620 ha", "620", 620, "measure", "ha", approx="over",
      subject="tổng diện tích mỏ đá granite còn hiệu lực giấy phép"),
    F("Hoài Nhơn (14 mỏ)", "14", 14, "count", "mỏ", subject=MO, location="Hoài Nhơn"),
    F("Phù Cát (11 mỏ)", "11", 11, "count", "mỏ", subject=MO, location=PC),
    F("Vân Canh (9 mỏ)", "9", 9, "count", "mỏ", subject=MO, location="Vân Canh"),
    F("khoảng 780.000 m3/năm", "780.000", 780000, "measure", "m3/năm", approx="about",
      subject="tổng công suất khai thác theo giấy phép"),
    F("ước đạt 186,5 tỷ", "186,5", 186500000000, "money", "đồng", percent=62, status="estimate",
      subject="số thu ngân sách từ hoạt động khai thác đá", period=I(NINE)),
    F("từ 4,5 đến 7 triệu", "4,5", 4500000, "money", "đồng/m3", value_max=7000000,
      subject="giá đá granite khối thành phẩm"),
    F("bình quân 8,2 triệu", "8,2", 8200000, "money", "đồng/người/tháng",
      subject="thu nhập bình quân của lao động tại các mỏ"),
    F("hai dây chuyền", "hai", 2, "count", "dây chuyền",
      subject="dây chuyền cưa xẻ, mài bóng Công ty CP Đá granite Phương Nam vận hành", location=PC),
    F("khoảng 130 công nhân", "130", 130, "count", "công nhân", approx="about",
      subject="công nhân Công ty CP Đá granite Phương Nam", location=PC),
    F("gần 24.000 m2", "24.000", 24000, "measure", "m2", approx="nearly",
      subject="đá ốp lát công ty xuất khẩu", period=Y23, location=PC),
    F("trên 52 tỷ", "52", 52000000000, "money", "đồng", approx="over",
      subject="doanh thu của công ty", period=Y23, location=PC),
    F("xử phạt 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp",
      subject="doanh nghiệp vi phạm bị xử phạt"),
    F("tiền 735 triệu", "735", 735000000, "money", "đồng",
      subject="tổng số tiền xử phạt doanh nghiệp vi phạm"),
    F("đình chỉ một mỏ", "một", 1, "count", "mỏ",
      subject="mỏ bị đình chỉ do khai thác vượt công suất"),
    F("đạt 560.000 m3", "560.000", 560000, "measure", "m3", status="target",
      subject="sản lượng đá granite khai thác", period=Y25),
    F("100% mỏ đá", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ mỏ đá lắp đặt trạm cân, camera giám sát", period=Y25),
]

NOTES = [
    "Province portal (Bình Định): granite output 9 months 2024. Breadcrumb, 'Cập nhật: 08/10/2024 15:20 | Lượt xem: 2.417' (published).",
    "Distractors: view counter 2.417, time 15:20, 'ĐT 634' (provincial road), 'lần thứ 2', 'Quyết định số 2145/QĐ-UBND', the '3' of 'm3'/'m2'.",
    "Headline '9 tháng' has no year: it takes the year of published (no earlier date in the text) -> 2024-01-01..2024-09-30.",
    "District list 14+11+9 = 34 does not add up to 47 ('tập trung chủ yếu tại'): no total. Parts after 'Trong đó' take 412.600.",
    "'ước đạt 186,5 tỷ ..., chiếm 62%' -> estimate with percent 62; period 9 tháng inherited. Prices/income: standing facts, no period.",
    "Company passage in xã Cát Tân, huyện Phù Cát: location Phù Cát for its four figures. 'hai', 'một' are number words.",
]

if __name__ == "__main__":
    write("p1173-1", TEXT, NOTES, FIGS, published="2024-10-08", location="Bình Định")
