"""p1249-4: ministry site (Bộ NN&PTNT, Cục Thủy sản): national marine aquaculture 2023, golden pompano by province, targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thủy sản

Nuôi biển năm 2023: sản lượng đạt 850.000 tấn
14/03/2024 | 08:30 | Cục Thủy sản

Theo Cục Thủy sản, năm 2023 diện tích nuôi biển cả nước đạt 51.600 ha với hơn 7,5 triệu m3 lồng; sản lượng đạt khoảng 850.000 tấn, tăng 6% so với năm 2022. Trong đó, cá biển đạt 61.000 tấn, nhuyễn thể 590.000 tấn, rong biển 130.000 tấn, tôm hùm và giáp xác khác 69.000 tấn.

Cá chim vây vàng hiện được nuôi tại 21 tỉnh, thành phố ven biển, sản lượng năm 2023 khoảng 11.500 tấn; dẫn đầu là Kiên Giang (5.150 tấn), Khánh Hòa (1.900 tấn) và Quảng Ninh (1.450 tấn).

Kim ngạch xuất khẩu cá biển năm 2023 ước đạt 72 triệu USD, trong đó cá chim vây vàng phi lê và nguyên con khoảng 28 triệu USD, chủ yếu sang Hàn Quốc, Trung Quốc và Hoa Kỳ. Hàn Quốc là thị trường lớn nhất, chiếm 41% kim ngạch.

Theo Quyết định số 1664/QĐ-TTg ngày 04/10/2021 của Thủ tướng Chính phủ, mục tiêu đến năm 2025 sản lượng nuôi biển đạt 850.000 tấn; đến năm 2030 đạt 1,45 triệu tấn, kim ngạch xuất khẩu đạt 1,8-2 tỷ USD. Năm 2024, Bộ đặt mục tiêu sản lượng nuôi biển đạt 900.000 tấn; dự kiến có thêm ít nhất 10.000 lồng HDPE được lắp đặt.

Phó Cục trưởng Cục Thủy sản Trần Minh Khang cho biết, Cục sẽ phối hợp với 28 tỉnh, thành phố ven biển hoàn thành giao khu vực biển cho tổ chức, cá nhân nuôi trồng thủy sản trong năm 2024.

Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
PP = "sản lượng cá chim vây vàng"

FIGS = [
    fig("2023: sản lượng đạt 850.000", "850.000", 850000, "measure", "tấn", subject="sản lượng nuôi biển",
        period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("đạt 51.600 ha", "51.600", 51600, "measure", "ha", subject="diện tích nuôi biển", period=Y23),
    fig("hơn 7,5 triệu", "7,5", 7.5e6, "measure", "m3", approx="over", subject="thể tích lồng nuôi biển", period=Y23),
    fig("khoảng 850.000 tấn", "850.000", 850000, "measure", "tấn", approx="about",
        change=chg("increase", 6, "%", "năm 2022"), subject="sản lượng nuôi biển", period=Y23),
    fig("đạt 61.000 tấn", "61.000", 61000, "measure", "tấn", total=850000, subject="cá biển", period=inh(Y23)),
    fig("nhuyễn thể 590.000", "590.000", 590000, "measure", "tấn", total=850000, subject="nhuyễn thể",
        period=inh(Y23)),
    fig("rong biển 130.000", "130.000", 130000, "measure", "tấn", total=850000, subject="rong biển",
        period=inh(Y23)),
    fig("khác 69.000 tấn", "69.000", 69000, "measure", "tấn", total=850000,
        subject="tôm hùm và giáp xác khác", period=inh(Y23)),
    fig("tại 21 tỉnh", "21", 21, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố ven biển nuôi cá chim vây vàng"),
    fig("khoảng 11.500 tấn", "11.500", 11500, "measure", "tấn", approx="about", subject=PP, period=Y23),
    fig("Giang (5.150 tấn)", "5.150", 5150, "measure", "tấn", subject=PP, period=Y23, location="Kiên Giang"),
    fig("Hòa (1.900 tấn)", "1.900", 1900, "measure", "tấn", subject=PP, period=Y23, location="Khánh Hòa"),
    fig("Ninh (1.450 tấn)", "1.450", 1450, "measure", "tấn", subject=PP, period=Y23, location="Quảng Ninh"),
    fig("ước đạt 72 triệu", "72", 72e6, "money", "USD", status="estimate",
        subject="kim ngạch xuất khẩu cá biển", period=Y23),
    fig("khoảng 28 triệu", "28", 28e6, "money", "USD", approx="about", total=72e6, status="estimate",
        subject="cá chim vây vàng phi lê và nguyên con", period=Y23),
    fig("chiếm 41%", "41", 41, "percent", "%", subject="thị trường Hàn Quốc trong kim ngạch",
        period=inh(Y23)),
    fig("nuôi biển đạt 850.000", "850.000", 850000, "measure", "tấn", status="target",
        subject="sản lượng nuôi biển", period=T25),
    fig("1,45 triệu", "1,45", 1.45e6, "measure", "tấn", status="target", subject="sản lượng nuôi biển",
        period=T30),
    fig("1,8-2 tỷ", "1,8", 1.8e9, "money", "USD", value_max=2e9, status="target",
        subject="kim ngạch xuất khẩu", period=T30),
    fig("đạt 900.000", "900.000", 900000, "measure", "tấn", status="target", subject="sản lượng nuôi biển",
        period=Y24),
    fig("ít nhất 10.000", "10.000", 10000, "count", "lồng", approx="at_least", status="forecast",
        subject="lồng HDPE được lắp đặt thêm", period=Y24),
    fig("với 28 tỉnh", "28", 28, "count", "tỉnh, thành phố", subject="tỉnh, thành phố ven biển"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '14/03/2024 | 08:30 | Cục Thủy sản' under the headline (published), address footer.",
    "National figures: location Việt Nam; the list 'dẫn đầu là Kiên Giang (5.150 tấn), …' shares the indicator, each province is its location;",
    "the list items have no total (a top-3 is not a breakdown of 11.500). 'Trong đó' after the sentence break → total 850.000 (parts add up).",
    "Hàn Quốc is a trade partner, not a place: 'chiếm 41% kim ngạch' is a percent figure located in Việt Nam, period inherited.",
    "Targets: 'mục tiêu đến năm 2025 … ; đến năm 2030 …, kim ngạch … 1,8-2 tỷ USD' → status target, periods with start null.",
    "'dự kiến có thêm ít nhất 10.000 lồng' → forecast, at_least. 'với 28 tỉnh, thành phố ven biển' is a count (no period: 'trong năm 2024' dates the work, not the 28).",
    "Distractors: Quyết định số 1664/QĐ-TTg ngày 04/10/2021, 14/03/2024, 08:30, 'Số 2 Ngọc Hà'.",
]

if __name__ == "__main__":
    write("p1249-4", TEXT, NOTES, FIGS, published="2024-03-14", location="Việt Nam")
