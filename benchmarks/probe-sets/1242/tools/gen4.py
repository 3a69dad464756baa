"""p1242-4: ministry site (Bộ Công Thương): national beer industry 2023 (Việt Nam)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG
Trang chủ > Tin tức > Hoạt động ngành Công Thương

Ngành bia năm 2023: sản lượng giảm, xuất khẩu tăng

15/02/2024 | 10:05 | Vụ Công nghiệp

Theo số liệu của Vụ Công nghiệp, năm 2023 sản lượng bia của cả nước ước đạt 4,38 tỷ lít, giảm 4,1% so với năm 2022 và mới bằng 87,6% mục tiêu quy hoạch. Chỉ số sản xuất bia năm 2023 giảm 5,3%; riêng quý IV tăng 2,3% so với quý III nhờ nhu cầu dịp cuối năm.

Mức tiêu thụ bia bình quân năm 2023 khoảng 41 lít/người, giảm khoảng 4 lít so với năm 2019, do tác động của Nghị định số 100/2019/NĐ-CP và sức mua yếu.

Cả nước hiện có 122 doanh nghiệp và cơ sở sản xuất bia quy mô công nghiệp với tổng công suất thiết kế khoảng 5,9 tỷ lít/năm; ngoài ra có hơn 400 cơ sở sản xuất bia thủ công, bia tươi. Ba doanh nghiệp dẫn đầu chiếm khoảng 85% thị phần.

Các địa phương có sản lượng bia lớn nhất năm 2023 lần lượt là TP Hồ Chí Minh (852 triệu lít), Bình Dương (613 triệu lít), Hà Nội (457 triệu lít) và Tiền Giang (395 triệu lít).

Xuất khẩu bia năm 2023 đạt 212 triệu USD, tăng 8,5% so với năm trước; Campuchia là thị trường lớn nhất với 38% kim ngạch.

Thuế suất thuế tiêu thụ đặc biệt đối với bia hiện là 65%. Theo dự thảo Luật Thuế tiêu thụ đặc biệt (sửa đổi), thuế suất này dự kiến tăng lên 80% vào năm 2030.

Chiến lược phát triển ngành Bia - Rượu - Nước giải khát (Quyết định số 3690/QĐ-BCT) đặt mục tiêu đến năm 2035 sản lượng bia đạt khoảng 5,6 tỷ lít, trong đó xuất khẩu chiếm ít nhất 5%.

Bộ Công Thương - 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Q4 = per("quý IV", "2023-10-01", "2023-12-31")
Y30 = per("vào năm 2030", "2030-01-01", "2030-12-31")
T35 = per("đến năm 2035", None, "2035-12-31")
LIST = "sản lượng bia"

FIGS = [
    fig("ước đạt 4,38 tỷ", "4,38", 4.38e9, "measure", "lít", status="estimate", percent=87.6,
        change=chg("decrease", 4.1, "%", "năm 2022"), subject="sản lượng bia của cả nước", period=Y23),
    fig("giảm 5,3%", "5,3", 5.3, "percent", "%", subject="chỉ số sản xuất bia", period=Y23),
    fig("tăng 2,3%", "2,3", 2.3, "percent", "%", subject="chỉ số sản xuất bia quý IV so với quý III", period=Q4),
    fig("khoảng 41 lít", "41", 41, "measure", "lít/người", approx="about",
        change=chg("decrease", 4, "lít", "năm 2019", approx="about"),
        subject="mức tiêu thụ bia bình quân", period=Y23),
    fig("có 122 doanh nghiệp", "122", 122, "count", "doanh nghiệp và cơ sở",
        subject="doanh nghiệp và cơ sở sản xuất bia quy mô công nghiệp"),
    fig("khoảng 5,9 tỷ", "5,9", 5.9e9, "measure", "lít/năm", approx="about",
        subject="tổng công suất thiết kế của các cơ sở sản xuất bia quy mô công nghiệp"),
    fig("hơn 400 cơ sở", "400", 400, "count", "cơ sở", approx="over",
        subject="cơ sở sản xuất bia thủ công, bia tươi"),
    fig("Ba doanh nghiệp", "Ba", 3, "count", "doanh nghiệp", subject="doanh nghiệp dẫn đầu", optional=True),
    fig("khoảng 85%", "85", 85, "percent", "%", approx="about", subject="thị phần của ba doanh nghiệp dẫn đầu"),
    fig("Minh (852 triệu", "852", 852e6, "measure", "lít", subject=LIST, period=Y23, location="TP Hồ Chí Minh"),
    fig("Dương (613 triệu", "613", 613e6, "measure", "lít", subject=LIST, period=Y23, location="Bình Dương"),
    fig("Nội (457 triệu", "457", 457e6, "measure", "lít", subject=LIST, period=Y23, location="Hà Nội"),
    fig("Giang (395 triệu", "395", 395e6, "measure", "lít", subject=LIST, period=Y23, location="Tiền Giang"),
    fig("đạt 212 triệu", "212", 212e6, "money", "USD", change=chg("increase", 8.5, "%", "năm trước"),
        subject="kim ngạch xuất khẩu bia", period=Y23),
    fig("với 38%", "38", 38, "percent", "%", subject="tỷ trọng của thị trường Campuchia trong kim ngạch xuất khẩu bia",
        period=Y23),
    fig("hiện là 65%", "65", 65, "percent", "%", subject="thuế suất thuế tiêu thụ đặc biệt đối với bia"),
    fig("lên 80%", "80", 80, "percent", "%", status="forecast",
        subject="thuế suất thuế tiêu thụ đặc biệt đối với bia", period=Y30),
    fig("khoảng 5,6 tỷ", "5,6", 5.6e9, "measure", "lít", approx="about", status="target",
        subject="sản lượng bia", period=T35),
    fig("ít nhất 5%", "5", 5, "percent", "%", approx="at_least", status="target",
        subject="tỷ trọng xuất khẩu trong sản lượng bia", period=T35),
]

NOTES = [
    "Ministry site (Bộ Công Thương), national (Việt Nam): '15/02/2024 | 10:05 | Vụ Công nghiệp'; address footer.",
    "Distractors: 10:05, Nghị định số 100/2019/NĐ-CP, Quyết định số 3690/QĐ-BCT, '54 Hai Bà Trưng', 'năm 2019' as a baseline.",
    "'giảm 4,1% so với năm 2022 và mới bằng 87,6% mục tiêu quy hoạch' → change + percent of 4,38 tỷ lít (estimate).",
    "'Chỉ số sản xuất bia năm 2023 giảm 5,3%' and 'quý IV tăng 2,3% so với quý III' are growth rates as the claim (percent figures, no change).",
    "'Ba doanh nghiệp dẫn đầu' only names the group (optional). Province list 'lần lượt là ...' shares 'sản lượng bia', places → location.",
    "Campuchia is a trade partner, not a place of the figure: location Việt Nam. 'dự kiến tăng lên 80% vào năm 2030' → forecast.",
    "'đặt mục tiêu đến năm 2035 ...; trong đó xuất khẩu chiếm ít nhất 5%' → both target.",
]

if __name__ == "__main__":
    write("p1242-4", TEXT, NOTES, FIGS, published="2024-02-15", location="Việt Nam")
