import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import F, P, I, CH, TG, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ | Tin tức | Thủy sản
Ngày đăng: 16/01/2025 | Lượt xem: 2.105

Xuất khẩu cá ngừ năm 2024 cán mốc 1 tỷ USD

Theo Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP), năm 2024, kim ngạch xuất khẩu cá ngừ của Việt Nam đạt khoảng 1,02 tỷ USD, tăng 19% so với năm 2023. Trong đó, cá ngừ đông lạnh (mã HS 0303, 0304) đạt 612 triệu USD; cá ngừ chế biến, đóng hộp (mã HS 1604) đạt 408 triệu USD.

Mỹ tiếp tục là thị trường nhập khẩu cá ngừ lớn nhất của Việt Nam với 382 triệu USD, chiếm 37,5% tổng kim ngạch; tiếp đến là EU 168 triệu USD; Israel và Nhật Bản lần lượt đạt 86 triệu USD và 54 triệu USD. Đáng chú ý, xuất khẩu cá ngừ sang Canada tăng gấp 2,3 lần so với năm trước.

Về nguồn nguyên liệu, sản lượng khai thác cá ngừ đại dương cả nước năm 2024 đạt khoảng 21.400 tấn, trong đó Bình Định 11.450 tấn, Phú Yên 4.820 tấn, Khánh Hòa 3.330 tấn. Cả nước hiện có 3.215 tàu câu cá ngừ đại dương, giảm 4,1% so với năm 2020.

Giá xuất khẩu cá ngừ vây vàng sang Mỹ bình quân đạt 9,8 USD/kg, tăng 0,6 USD/kg so với năm 2023. Bộ đặt mục tiêu đến năm 2030, kim ngạch xuất khẩu cá ngừ đạt 1,5 tỷ USD; sản lượng khai thác cá ngừ đại dương duy trì ở mức 20.000-22.000 tấn/năm.

Cục Thủy sản, số 10 Nguyễn Công Hoan, quận Ba Đình, Hà Nội. ĐT: 024.3724.5370
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = I(Y24)
T30 = P("đến năm 2030", None, "2030-12-31")
K = "kim ngạch xuất khẩu cá ngừ"

FIGS = [
    F("cán mốc 1 tỷ USD", "1", 1000000000, "money", "USD", "xuất khẩu cá ngừ", P("năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 1,02 tỷ USD", "1,02", 1020000000, "money", "USD", K, Y24, approx="about",
      change=CH("increase", 19, baseline="năm 2023")),
    F("đạt 612 triệu USD", "612", 612000000, "money", "USD", f"{K} đông lạnh", Y24i, total=1020000000),
    F("đạt 408 triệu USD", "408", 408000000, "money", "USD", f"{K} chế biến, đóng hộp", Y24i, total=1020000000),
    F("với 382 triệu USD", "382", 382000000, "money", "USD", f"{K} sang Mỹ", Y24i, percent=37.5),
    F("EU 168 triệu USD", "168", 168000000, "money", "USD", f"{K} sang EU", Y24i),
    F("đạt 86 triệu USD", "86", 86000000, "money", "USD", f"{K} sang Israel", Y24i),
    F("và 54 triệu USD", "54", 54000000, "money", "USD", f"{K} sang Nhật Bản", Y24i),
    F("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần", "xuất khẩu cá ngừ sang Canada", Y24i),
    F("khoảng 21.400 tấn", "21.400", 21400, "measure", "tấn", "sản lượng khai thác cá ngừ đại dương", Y24, approx="about"),
    F("Bình Định 11.450 tấn", "11.450", 11450, "measure", "tấn", "sản lượng khai thác cá ngừ đại dương", Y24,
      total=21400, location="Bình Định"),
    F("Phú Yên 4.820 tấn", "4.820", 4820, "measure", "tấn", "sản lượng khai thác cá ngừ đại dương", Y24,
      total=21400, location="Phú Yên"),
    F("Khánh Hòa 3.330 tấn", "3.330", 3330, "measure", "tấn", "sản lượng khai thác cá ngừ đại dương", Y24,
      total=21400, location="Khánh Hòa"),
    F("có 3.215 tàu", "3.215", 3215, "count", "tàu", "tàu câu cá ngừ đại dương",
      change=CH("decrease", 4.1, baseline="năm 2020")),
    F("đạt 9,8 USD/kg", "9,8", 9.8, "money", "USD/kg", "giá xuất khẩu cá ngừ vây vàng sang Mỹ bình quân", Y24i,
      change=CH("increase", 0.6, "USD/kg", baseline="năm 2023")),
    F("đạt 1,5 tỷ USD", "1,5", 1500000000, "money", "USD", K, T30, status="target"),
    F("mức 20.000-22.000 tấn/năm", "20.000", 20000, "measure", "tấn/năm", "sản lượng khai thác cá ngừ đại dương", T30,
      value_max=22000, status="target"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT), 'Ngày đăng: 16/01/2025 | Lượt xem: 2.105': national tuna exports 2024 by product and market,",
    "raw material by province, fleet, export price, 2030 targets. Default location Việt Nam; markets (Mỹ, EU, Israel, Nhật Bản,",
    "Canada) are trade partners, not places: subject names the market. Provinces after 'trong đó' are parts of the national catch",
    "(total 21.400 although they do not add up to it; the cue makes them parts) and take their province as location.",
    "'tăng gấp 2,3 lần so với năm trước' with no base amount is the claim itself: a multiple figure with no change.",
    "Headline 'cán mốc 1 tỷ USD' is a money figure (period from the headline). Distractors: mã HS 0303, 0304, 1604; address",
    "'số 10 Nguyễn Công Hoan, quận Ba Đình, Hà Nội'; phone; view counter; year 2020 in a baseline.",
]

emit("p763-4", TEXT, COMMENTS, FIGS, published="2025-01-16", location="Việt Nam")
