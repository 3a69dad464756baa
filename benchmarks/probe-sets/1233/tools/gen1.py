"""p1233-1: Cao Bằng province portal, the Phúc Sen forge village (huyện Quảng Hòa), 2023 and 5 months of 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Làng rèn Phúc Sen thu gần 30 tỷ đồng mỗi năm

Cập nhật: 22/05/2024 08:30 | Lượt xem: 2.418

(caobang.gov.vn) - Làng rèn Phúc Sen, xã Phúc Sen, huyện Quảng Hòa hiện có 365 hộ với 725 lao động theo nghề rèn, chiếm hơn 70% số hộ toàn xã. Năm 2023, các lò rèn trong xã sản xuất khoảng 165.000 sản phẩm dao, cuốc, xẻng, liềm các loại, doanh thu đạt 29,6 tỷ đồng, tăng 8,2% so với năm 2022.

5 tháng đầu năm 2024, làng nghề tiêu thụ ước 72.000 sản phẩm, đạt 43,6% kế hoạch năm; trong đó khoảng 18.000 sản phẩm được xuất sang Trung Quốc qua cửa khẩu Trà Lĩnh.

Sản phẩm của làng được rèn từ thép nhíp ô tô, giá bán từ 80.000 đến 350.000 đồng/chiếc tùy loại. Thu nhập bình quân của lao động làm nghề khoảng 6,5 triệu đồng/người/tháng, cao gấp 1,8 lần lao động thuần nông.

Để giảm tiếng ồn, khói bụi, từ năm 2021 đến nay xã đã vận động 112 hộ đầu tư búa máy, máy mài, máy cắt với tổng kinh phí hơn 2,3 tỷ đồng. Gia đình ông Nông Văn Thịnh ở xóm Pác Rằng đầu tư 2 búa máy, mỗi ngày làm ra 40-50 con dao, mỗi năm thu lãi trên 200 triệu đồng.

Làng rèn Phúc Sen được UBND tỉnh công nhận làng nghề truyền thống tại Quyết định số 1213/QĐ-UBND năm 2019. Toàn tỉnh Cao Bằng hiện có 9 làng nghề truyền thống, trong đó 2 làng nghề rèn. Năm 2024, tỉnh phấn đấu có thêm 3 sản phẩm dao, kéo đạt chuẩn OCOP 3 sao trở lên.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
SINCE = P("từ năm 2021 đến nay", "2021-01-01", "2024-05-22")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("gần 30 tỷ", "30", 30e9, "money", "đồng/năm", approx="nearly",
      subject="doanh thu làng rèn Phúc Sen"),
    F("có 365 hộ", "365", 365, "count", "hộ", percent=70,
      subject="hộ theo nghề rèn ở làng rèn Phúc Sen"),
    F("với 725 lao động", "725", 725, "count", "lao động",
      subject="lao động theo nghề rèn ở làng rèn Phúc Sen"),
    F("khoảng 165.000 sản phẩm", "165.000", 165000, "count", "sản phẩm", approx="about",
      subject="sản phẩm dao, cuốc, xẻng, liềm các lò rèn trong xã sản xuất", period=Y23),
    F("đạt 29,6 tỷ", "29,6", 29.6e9, "money", "đồng",
      change=C("increase", 8.2, "%", "năm 2022"),
      subject="doanh thu các lò rèn trong xã", period=Y23),
    F("ước 72.000 sản phẩm", "72.000", 72000, "count", "sản phẩm", percent=43.6, status="estimate",
      subject="sản phẩm làng nghề tiêu thụ", period=M5),
    F("khoảng 18.000 sản phẩm", "18.000", 18000, "count", "sản phẩm", approx="about", total=72000,
      status="estimate", subject="sản phẩm xuất sang Trung Quốc", period=M5),
    F("từ 80.000 đến 350.000", "80.000", 80000, "money", "đồng/chiếc", value_max=350000,
      subject="giá bán sản phẩm của làng"),
    F("khoảng 6,5 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng", approx="about",
      change=C("increase", 1.8, "lần", "lao động thuần nông"),
      subject="thu nhập bình quân của lao động làm nghề"),
    F("vận động 112 hộ", "112", 112, "count", "hộ",
      subject="hộ đầu tư búa máy, máy mài, máy cắt", period=SINCE),
    F("hơn 2,3 tỷ", "2,3", 2.3e9, "money", "đồng", approx="over",
      subject="tổng kinh phí đầu tư búa máy, máy mài, máy cắt", period=SINCE),
    F("đầu tư 2 búa máy", "2", 2, "count", "búa máy",
      subject="búa máy gia đình ông Nông Văn Thịnh đầu tư"),
    F("40-50 con dao", "40", 40, "measure", "con dao/ngày", value_max=50,
      subject="con dao gia đình ông Nông Văn Thịnh làm ra mỗi ngày"),
    F("trên 200 triệu", "200", 200e6, "money", "đồng/năm", approx="over",
      subject="lãi gia đình ông Nông Văn Thịnh thu mỗi năm"),
    F("có 9 làng nghề", "9", 9, "count", "làng nghề", location="Cao Bằng",
      subject="làng nghề truyền thống"),
    F("2 làng nghề rèn", "2", 2, "count", "làng nghề", total=9, location="Cao Bằng",
      subject="làng nghề rèn"),
    F("thêm 3 sản phẩm", "3", 3, "count", "sản phẩm", status="target", location="Cao Bằng",
      subject="sản phẩm dao, kéo đạt chuẩn OCOP 3 sao trở lên", period=Y24),
]

NOTES = [
    "Province portal (Cao Bằng): Phúc Sen forge village, xã Phúc Sen, huyện Quảng Hòa. Breadcrumb, 'Cập nhật: 22/05/2024 08:30 | Lượt xem: 2.418'.",
    "Default location = Quảng Hòa (the village's district, named in the lead); province-wide counts (9 làng nghề, 2 làng rèn, OCOP target) = Cao Bằng.",
    "Distractors: 08:30, Lượt xem 2.418, Quyết định số 1213/QĐ-UBND năm 2019, 'OCOP 3 sao' (a rating class, like 'mức độ 3': not a figure), cửa khẩu Trà Lĩnh, xóm Pác Rằng.",
    "'chiếm hơn 70% số hộ toàn xã' is the share of 365 hộ (percent 70). 'cao gấp 1,8 lần lao động thuần nông' = change of the income (1,8 lần).",
    "Per-day / per-year amounts keep the denominator in the unit: 'mỗi ngày 40-50 con dao' -> measure con dao/ngày; 'mỗi năm ... trên 200 triệu đồng' -> đồng/năm.",
    "'từ năm 2021 đến nay' ends at published (2024-05-22). The family's figures and standing prices get no period.",
]

if __name__ == "__main__":
    write("p1233-1", TEXT, NOTES, FIGS, published="2024-05-22", location="Quảng Hòa")
