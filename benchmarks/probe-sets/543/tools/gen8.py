"""p543-8: city portal (Đà Nẵng), international passengers 11 months 2023 by market, terminals, rank."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử thành phố Đà Nẵng
Đăng ngày 18-12-2023 16:05, Lượt xem: 612

Sân bay Đà Nẵng đón hơn 2,3 triệu lượt khách quốc tế trong 11 tháng

Theo Cảng hàng không quốc tế Đà Nẵng, 11 tháng năm 2023, sản lượng khách quốc tế thông qua cảng đạt 2.318.400 lượt, tăng 4,1 lần so với cùng kỳ năm 2022, chiếm 30,2% tổng sản lượng hành khách của cảng. Tổng sản lượng hành khách đạt 7,68 triệu lượt, tăng 24% so với cùng kỳ.

Hàn Quốc tiếp tục là thị trường dẫn đầu với 1,12 triệu lượt khách, tiếp đến là Trung Quốc (286.000 lượt), Đài Loan (Trung Quốc) (168.500 lượt), Nhật Bản (97.300 lượt) và Thái Lan (85.200 lượt). Hiện có 29 đường bay quốc tế với tần suất khoảng 380 chuyến/tuần.

Năm 2023, Đà Nẵng xếp thứ 3 cả nước về lượng khách quốc tế qua đường hàng không, sau Tân Sơn Nhất và Nội Bài.

Nhà ga quốc tế T2 có công suất 4 triệu khách/năm, nhà ga nội địa T1 công suất 6,5 triệu khách/năm. Thành phố đang kiến nghị đầu tư mở rộng nhà ga T1 với tổng vốn dự kiến khoảng 1.860 tỷ đồng, nâng tổng công suất của cảng lên 15 triệu khách/năm vào năm 2026. Giá dịch vụ phục vụ hành khách quốc tế hiện là 25 USD/khách.

Thành phố phấn đấu năm 2024 đón 3 triệu lượt khách quốc tế qua Cảng, chiếm khoảng 35% tổng lượng khách quốc tế đến Đà Nẵng.

Đường dây nóng Cảng hàng không quốc tế Đà Nẵng: 0236.3823.397
"""

M11 = P("11 tháng năm 2023", "2023-01-01", "2023-11-30")
SUB = "khách quốc tế thông qua cảng từ thị trường"

FIGS = [
    F("hơn 2,3 triệu lượt", "2,3", 2300000, "count", "lượt khách",
      "lượt khách quốc tế Sân bay Đà Nẵng đón", P("11 tháng", "2023-01-01", "2023-11-30"), approx="over"),
    F("đạt 2.318.400 lượt", "2.318.400", 2318400, "count", "lượt",
      "sản lượng khách quốc tế thông qua cảng", M11, percent=30.2,
      change=CH("increase", 4.1, unit="lần", baseline="cùng kỳ năm 2022")),
    F("đạt 7,68 triệu lượt", "7,68", 7680000, "count", "lượt",
      "tổng sản lượng hành khách", I(M11), change=CH("increase", 24, baseline="cùng kỳ")),
    F("với 1,12 triệu lượt", "1,12", 1120000, "count", "lượt khách", f"{SUB} Hàn Quốc", I(M11)),
    F("(286.000 lượt)", "286.000", 286000, "count", "lượt", f"{SUB} Trung Quốc", I(M11)),
    F("(168.500 lượt)", "168.500", 168500, "count", "lượt", f"{SUB} Đài Loan (Trung Quốc)", I(M11)),
    F("(97.300 lượt)", "97.300", 97300, "count", "lượt", f"{SUB} Nhật Bản", I(M11)),
    F("(85.200 lượt)", "85.200", 85200, "count", "lượt", f"{SUB} Thái Lan", I(M11)),
    F("có 29 đường bay", "29", 29, "count", "đường bay", "đường bay quốc tế"),
    F("khoảng 380 chuyến/tuần", "380", 380, "measure", "chuyến/tuần",
      "tần suất các đường bay quốc tế", approx="about"),
    F("xếp thứ 3", "3", 3, "rank", "hạng",
      "lượng khách quốc tế qua đường hàng không", P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("công suất 4 triệu khách/năm", "4", 4000000, "measure", "khách/năm", "công suất nhà ga quốc tế T2"),
    F("công suất 6,5 triệu khách/năm", "6,5", 6500000, "measure", "khách/năm", "công suất nhà ga nội địa T1"),
    F("khoảng 1.860 tỷ đồng", "1.860", 1860000000000, "money", "đồng",
      "tổng vốn mở rộng nhà ga T1", approx="about", status="forecast"),
    F("lên 15 triệu khách/năm", "15", 15000000, "measure", "khách/năm",
      "tổng công suất của cảng", P("năm 2026", "2026-01-01", "2026-12-31"), status="forecast"),
    F("là 25 USD/khách", "25", 25, "money", "USD/khách", "giá dịch vụ phục vụ hành khách quốc tế"),
    F("đón 3 triệu lượt", "3", 3000000, "count", "lượt khách",
      "lượt khách quốc tế qua Cảng", P("năm 2024", "2024-01-01", "2024-12-31"), percent=35, status="target"),
]

COMMENTS = [
    "Đà Nẵng city portal ('Đăng ngày 18-12-2023 16:05, Lượt xem: 612'): international passengers 11 months 2023 by source market.",
    "Location Đà Nẵng throughout: source markets (Hàn Quốc, Trung Quốc, Đài Loan (Trung Quốc), Nhật Bản, Thái Lan) are subjects, not places;",
    "Tân Sơn Nhất and Nội Bài are only named as those ranked above. 'tăng 4,1 lần so với cùng kỳ' after the count is its change (lần);",
    "'chiếm 30,2%' its percent. 'tổng vốn dự kiến ..., nâng ... lên 15 triệu khách/năm vào năm 2026': forecast for both clauses.",
    "'chiếm khoảng 35%' after the 2024 target is its percent (the approx of a share is not scored). 'xếp thứ 3' is a rank.",
    "Not figures: 'nhà ga T1/T2', dateline, 'Lượt xem: 612', hotline 0236.3823.397.",
]

if __name__ == "__main__":
    emit("p543-8", TEXT, COMMENTS, FIGS, published="2023-12-18", location="Đà Nẵng")
