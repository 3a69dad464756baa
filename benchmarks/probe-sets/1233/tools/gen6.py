"""p1233-6: national newspaper, the Đa Sỹ knife village (quận Hà Đông, Hà Nội) before Tết 2025."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Hàng hóa

Thứ bảy, 18/1/2025, 07:15 (GMT+7)

Làng rèn Đa Sỹ tất bật vụ Tết, có xưởng xuất 500 con dao mỗi ngày

Sát Tết Ất Tỵ, các xưởng rèn ở làng Đa Sỹ, phường Kiến Hưng, quận Hà Đông (Hà Nội) chạy hết công suất để kịp giao hàng.

Ông Nguyễn Văn Lợi, 58 tuổi, chủ một xưởng rèn đầu làng, cho biết từ đầu tháng 12/2024 đến nay xưởng nhận đơn gấp đôi mọi năm. Với 12 thợ và bốn búa máy, mỗi ngày xưởng xuất khoảng 500 con dao thái, dao chặt, dao gọt; giá bán lẻ từ 90.000 đến 450.000 đồng một chiếc, riêng bộ dao 7 món cao cấp có giá 2,8 triệu đồng.

Theo UBND phường Kiến Hưng, làng Đa Sỹ hiện có khoảng 200 hộ làm nghề rèn, dao kéo, trong đó 35 hộ có xưởng quy mô lớn sử dụng búa máy. Năm 2024, doanh thu nghề rèn của làng ước đạt 150 tỷ đồng, tăng 15% so với năm trước. Thu nhập của thợ rèn phổ biến 10-15 triệu đồng/tháng.

Bà Nguyễn Thị Hạnh, chủ cửa hàng dao kéo trên phố Đa Sỹ, cho biết dao rèn thủ công bền gấp 2-3 lần dao công nghiệp giá rẻ. "Từ đầu tháng 1/2025 đến nay cửa hàng bán hơn 3.000 con dao, gấp rưỡi cùng kỳ năm trước", bà nói.

Hà Nội hiện có 9 làng nghề rèn, cơ khí nhỏ được công nhận. Theo UBND quận Hà Đông, năm 2025 quận dự kiến dành khoảng 3 tỷ đồng xây dựng điểm du lịch làng nghề Đa Sỹ, đón ít nhất 20.000 lượt khách mỗi năm.

Phạm Chiểu
"""

DEC = P("từ đầu tháng 12/2024 đến nay", "2024-12-01", "2025-01-18")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
JAN = P("Từ đầu tháng 1/2025 đến nay", "2025-01-01", "2025-01-18")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
WS = "xưởng rèn của ông Nguyễn Văn Lợi"

FIGS = [
    F("xuất 500 con dao mỗi ngày", "500", 500, "measure", "con dao/ngày",
      subject="con dao một xưởng ở làng rèn Đa Sỹ xuất mỗi ngày"),
    F("58 tuổi", "58", 58, "measure", "tuổi", optional=True, subject="tuổi ông Nguyễn Văn Lợi"),
    F("gấp đôi", "đôi", 2, "multiple", "lần", subject=f"đơn hàng {WS} nhận so với mọi năm", period=DEC),
    F("Với 12 thợ", "12", 12, "count", "thợ", subject=f"thợ {WS}"),
    F("bốn búa máy", "bốn", 4, "count", "búa máy", subject=f"búa máy {WS}"),
    F("khoảng 500 con dao", "500", 500, "measure", "con dao/ngày", approx="about",
      subject=f"con dao {WS} xuất mỗi ngày"),
    F("từ 90.000 đến 450.000", "90.000", 90000, "money", "đồng/chiếc", value_max=450000,
      subject="giá bán lẻ dao"),
    F("bộ dao 7 món", "7", 7, "count", "món", optional=True, subject="món trong bộ dao cao cấp"),
    F("giá 2,8 triệu", "2,8", 2.8e6, "money", "đồng", subject="giá bộ dao 7 món cao cấp"),
    F("khoảng 200 hộ", "200", 200, "count", "hộ", approx="about",
      subject="hộ làm nghề rèn, dao kéo ở làng Đa Sỹ"),
    F("35 hộ", "35", 35, "count", "hộ", total=200,
      subject="hộ có xưởng quy mô lớn sử dụng búa máy"),
    F("ước đạt 150 tỷ", "150", 150e9, "money", "đồng", status="estimate",
      change=C("increase", 15, "%", "năm trước"),
      subject="doanh thu nghề rèn của làng Đa Sỹ", period=Y24),
    F("10-15 triệu", "10", 10e6, "money", "đồng/tháng", value_max=15e6,
      subject="thu nhập của thợ rèn"),
    F("gấp 2-3 lần", "2", 2, "multiple", "lần", value_max=3,
      subject="độ bền dao rèn thủ công so với dao công nghiệp giá rẻ"),
    F("hơn 3.000 con dao", "3.000", 3000, "count", "con dao", approx="over",
      change=C("increase", 1.5, "lần", "cùng kỳ năm trước"),
      subject="con dao cửa hàng của bà Nguyễn Thị Hạnh bán", period=JAN),
    F("có 9 làng nghề", "9", 9, "count", "làng nghề", location="Hà Nội",
      subject="làng nghề rèn, cơ khí nhỏ được công nhận"),
    F("khoảng 3 tỷ", "3", 3e9, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí xây dựng điểm du lịch làng nghề Đa Sỹ", period=Y25),
    F("ít nhất 20.000 lượt khách", "20.000", 20000, "measure", "lượt khách/năm", approx="at_least",
      status="forecast", subject="lượt khách điểm du lịch làng nghề Đa Sỹ đón mỗi năm"),
]

NOTES = [
    "National newspaper style: section breadcrumb, 'Thứ bảy, 18/1/2025, 07:15 (GMT+7)' (published), byline 'Phạm Chiểu' at the end.",
    "Place: làng Đa Sỹ, phường Kiến Hưng, quận Hà Đông (Hà Nội) -> default location Hà Đông; the city-wide count of 9 villages -> Hà Nội.",
    "Distractors: 07:15, (GMT+7), 'Tết Ất Tỵ', 'phố Đa Sỹ', dates inside periods (12/2024, 1/2025).",
    "'58 tuổi' (age) and 'bộ dao 7 món' (a product spec) are optional. 'gấp đôi mọi năm' stands as the claim: multiple 2 (number word đôi).",
    "'hơn 3.000 con dao, gấp rưỡi cùng kỳ năm trước' -> change increase 1,5 lần. 'bền gấp 2-3 lần' -> multiple range 2..3.",
    "'mỗi ngày ... khoảng 500 con dao' and the headline '500 con dao mỗi ngày' -> measure con dao/ngày; 'ít nhất 20.000 lượt khách mỗi năm' -> measure lượt khách/năm.",
    "'từ đầu tháng 12/2024 đến nay', 'Từ đầu tháng 1/2025 đến nay' end at published (2025-01-18). The income sentence has no period (present habit).",
    "'năm 2025 quận dự kiến dành khoảng 3 tỷ đồng ..., đón ít nhất 20.000 lượt khách mỗi năm' -> both forecast; the visitor figure gets no period (per-year rate).",
]

if __name__ == "__main__":
    write("p1233-6", TEXT, NOTES, FIGS, published="2025-01-18", location="Hà Đông")
