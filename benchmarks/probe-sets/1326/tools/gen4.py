"""p1326-4: ministry site (Bộ Tài chính): national VAT refunds 2023 and duty-free shops."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ TÀI CHÍNH - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức tài chính > Hải quan

Năm 2023, cả nước hoàn thuế GTGT cho hơn 51 nghìn lượt người nước ngoài

22/01/2024 | 15:30 | Tổng cục Hải quan

Theo Tổng cục Hải quan, năm 2023 các cục hải quan địa phương đã hoàn thuế GTGT cho 51.260 lượt người nước ngoài xuất cảnh, gấp 3,2 lần năm 2022; tổng trị giá hàng hóa đề nghị hoàn thuế khoảng 1.120 tỷ đồng, số thuế đã hoàn 86,3 tỷ đồng.

Số lượt hoàn thuế tập trung tại ba địa phương có sân bay quốc tế lớn, lần lượt là TP Hồ Chí Minh (19.874 lượt), Hà Nội (15.302 lượt) và Đà Nẵng (7.415 lượt). Cả nước hiện có 1.372 doanh nghiệp bán hàng hoàn thuế tại 27 tỉnh, thành phố và 14 cửa khẩu được thực hiện hoàn thuế.

Về kinh doanh hàng miễn thuế, đến hết năm 2023 cả nước có 38 doanh nghiệp với 186 cửa hàng miễn thuế, gồm 118 cửa hàng tại cửa khẩu sân bay, 41 cửa hàng tại cửa khẩu đường bộ, 19 cửa hàng trong nội địa và 8 cửa hàng tại cảng biển. Doanh số bán hàng miễn thuế năm 2023 đạt khoảng 350 triệu USD, tăng 45% so với năm 2022 nhưng mới bằng khoảng 70% năm 2019.

Theo Thông tư số 72/2014/TT-BTC, ngân hàng thương mại làm đại lý hoàn thuế được hưởng phí dịch vụ bằng 15% số thuế GTGT hoàn cho người nước ngoài. Bộ Tài chính đang lấy ý kiến dự thảo sửa đổi, dự kiến trong năm 2025 giảm mức phí xuống 10% và nâng số cửa khẩu được hoàn thuế lên 20 cửa khẩu.

Tin cùng chuyên mục:
- Hải quan Hà Nội thu ngân sách năm 2023 vượt dự toán
- Hội nghị triển khai nhiệm vụ ngành Tài chính năm 2024

Địa chỉ: 28 Trần Hưng Đạo, quận Hoàn Kiếm, Hà Nội
"""

Y23H = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
ASOF = per("đến hết năm 2023", None, "2023-12-31")
Y25 = per("trong năm 2025", "2025-01-01", "2025-12-31")
LIST = "số lượt hoàn thuế"
SHOPS = "cửa hàng miễn thuế"

FIGS = [
    fig("hơn 51 nghìn", "51", 51000, "count", "lượt người", approx="over",
        subject="lượt người nước ngoài được hoàn thuế GTGT", period=Y23H),
    fig("cho 51.260 lượt", "51.260", 51260, "count", "lượt người",
        change=chg("increase", 3.2, "lần", "năm 2022"),
        subject="lượt người nước ngoài xuất cảnh được hoàn thuế GTGT", period=Y23),
    fig("khoảng 1.120 tỷ", "1.120", 1120e9, "money", "đồng", approx="about",
        subject="tổng trị giá hàng hóa đề nghị hoàn thuế", period=Y23),
    fig("hoàn 86,3 tỷ", "86,3", 86.3e9, "money", "đồng", subject="số thuế đã hoàn", period=Y23),
    fig("tại ba địa phương", "ba", 3, "count", "địa phương",
        subject="địa phương có sân bay quốc tế lớn", optional=True),
    fig("Minh (19.874 lượt)", "19.874", 19874, "count", "lượt", subject=LIST,
        period=inh(Y23), location="TP Hồ Chí Minh"),
    fig("Nội (15.302 lượt)", "15.302", 15302, "count", "lượt", subject=LIST,
        period=inh(Y23), location="Hà Nội"),
    fig("Nẵng (7.415 lượt)", "7.415", 7415, "count", "lượt", subject=LIST,
        period=inh(Y23), location="Đà Nẵng"),
    fig("có 1.372 doanh nghiệp", "1.372", 1372, "count", "doanh nghiệp",
        subject="doanh nghiệp bán hàng hoàn thuế"),
    fig("tại 27 tỉnh", "27", 27, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố có doanh nghiệp bán hàng hoàn thuế"),
    fig("và 14 cửa khẩu", "14", 14, "count", "cửa khẩu",
        subject="cửa khẩu được thực hiện hoàn thuế"),
    fig("có 38 doanh nghiệp", "38", 38, "count", "doanh nghiệp",
        subject="doanh nghiệp kinh doanh hàng miễn thuế", period=ASOF),
    fig("với 186 cửa hàng", "186", 186, "count", "cửa hàng", subject=SHOPS, period=ASOF),
    fig("gồm 118 cửa hàng", "118", 118, "count", "cửa hàng", total=186,
        subject="cửa hàng miễn thuế tại cửa khẩu sân bay", period=ASOF),
    fig("41 cửa hàng", "41", 41, "count", "cửa hàng", total=186,
        subject="cửa hàng miễn thuế tại cửa khẩu đường bộ", period=ASOF),
    fig("19 cửa hàng", "19", 19, "count", "cửa hàng", total=186,
        subject="cửa hàng miễn thuế trong nội địa", period=ASOF),
    fig("và 8 cửa hàng", "8", 8, "count", "cửa hàng", total=186,
        subject="cửa hàng miễn thuế tại cảng biển", period=ASOF),
    fig("khoảng 350 triệu", "350", 350e6, "money", "USD", approx="about", percent=70,
        change=chg("increase", 45, "%", "năm 2022"),
        subject="doanh số bán hàng miễn thuế", period=Y23),
    fig("bằng 15%", "15", 15, "percent", "%",
        subject="phí dịch vụ ngân hàng thương mại làm đại lý hoàn thuế được hưởng trên số thuế GTGT hoàn"),
    fig("xuống 10%", "10", 10, "percent", "%", status="forecast",
        subject="mức phí dịch vụ đại lý hoàn thuế", period=Y25),
    fig("lên 20 cửa khẩu", "20", 20, "count", "cửa khẩu", status="forecast",
        subject="số cửa khẩu được hoàn thuế", period=Y25),
]

NOTES = [
    "Ministry site (Bộ Tài chính): national VAT refunds for foreigners in 2023, duty-free shops at end-2023, fee rules.",
    "Breadcrumb, '22/01/2024 | 15:30 | Tổng cục Hải quan' under the headline, related links, address footer.",
    "Distractors: 15:30, Thông tư số 72/2014/TT-BTC, '28 Trần Hưng Đạo', baselines 'năm 2022', 'năm 2019', years in links.",
    "Location Việt Nam (cả nước); the list 'lần lượt là TP Hồ Chí Minh (…), Hà Nội (…), Đà Nẵng (…)' → each item located in",
    "its city, subject = the list's indicator. 'ba địa phương' names the group of the list (optional).",
    "'gấp 3,2 lần năm 2022' → change in lần. 'gồm 118 …, 41 …, 19 … và 8 …' add up to 186 → total 186, as-of end-2023.",
    "350 triệu USD: change 45% (tăng … so với năm 2022) and percent 70 (bằng khoảng 70% năm 2019): one of each attribute.",
    "'bằng 15% số thuế GTGT hoàn' is the fee rate itself: a percent figure (rule, no period).",
    "'dự kiến trong năm 2025 giảm mức phí xuống 10% và nâng … lên 20 cửa khẩu': forecast, new levels (not changes).",
]

if __name__ == "__main__":
    write("p1326-4", TEXT, NOTES, FIGS, published="2024-01-22", location="Việt Nam")
