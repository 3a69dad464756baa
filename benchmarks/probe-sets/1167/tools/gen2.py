"""p1167-2: district portal (huyện Ứng Hòa, Hà Nội): làng may áo dài Trạch Xá, a workshop, district plans."""
from lib import fig, per, inh, chg, tgt, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ỨNG HÒA
Trang chủ | Tin tức | Kinh tế | Văn hóa - Xã hội | Liên hệ

Làng may áo dài Trạch Xá vào vụ cuối năm

Ngày 18/12/2023 | 14:05

Những ngày cuối năm, làng nghề may Trạch Xá (xã Hòa Xá) tất bật vào vụ may áo dài phục vụ mùa cưới và Tết Nguyên đán. Làng nằm cạnh Quốc lộ 21B, cách trung tâm Hà Nội khoảng 40 km. Trong tổng số 420 hộ của thôn, có 265 hộ làm nghề may, thu hút hơn 1.000 lao động, trong đó khoảng 300 lao động đến từ các xã lân cận. Bình quân mỗi hộ may 150-200 bộ/tháng, dịp cao điểm có hộ may tới 400 bộ/tháng.

Năm 2023, giá trị sản xuất của làng nghề ước đạt 96 tỷ đồng, tăng 8,5% so với năm 2022; thu nhập bình quân đầu người của thôn đạt 72 triệu đồng/năm. Sản phẩm áo dài Trạch Xá hiện có mặt tại hơn 30 tỉnh, thành phố.

Xưởng may của gia đình ông Nguyễn Văn Tám ở xóm Chùa là một trong những xưởng lớn nhất làng. Xưởng có 14 thợ may thường xuyên, trong đó có hai thợ cắt chính; mỗi tháng xuất khoảng 600 bộ áo dài đi Hà Nội, Hải Phòng, Quảng Ninh. Thu nhập của thợ may từ 7 đến 9 triệu đồng/người/tháng, thợ cắt chính được trả 12 triệu đồng/tháng.

Toàn huyện hiện có 45 làng có nghề, trong đó 21 làng được công nhận làng nghề, làng nghề truyền thống. Huyện phấn đấu đến năm 2025 có thêm 3 làng nghề được công nhận và xây dựng thành công nhãn hiệu tập thể "Áo dài Trạch Xá"; dự kiến hỗ trợ khoảng 500 triệu đồng/năm cho hoạt động xúc tiến thương mại của làng nghề.

Minh Hằng - Trung tâm VH-TT&TT huyện
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
SHOP = "xưởng may gia đình ông Nguyễn Văn Tám"

FIGS = [
    fig("khoảng 40 km", "40", 40, "measure", "km", approx="about",
        subject="khoảng cách từ làng Trạch Xá đến trung tâm Hà Nội"),
    fig("có 265 hộ", "265", 265, "count", "hộ", total=420, subject="hộ làm nghề may thôn Trạch Xá"),
    fig("hơn 1.000 lao động", "1.000", 1000, "count", "lao động", approx="over",
        subject="lao động làng nghề may Trạch Xá"),
    fig("khoảng 300 lao động", "300", 300, "count", "lao động", approx="about", total=1000,
        subject="lao động đến từ các xã lân cận"),
    fig("may 150-200 bộ/tháng", "150", 150, "measure", "bộ/tháng", value_max=200,
        subject="bộ áo dài bình quân mỗi hộ may"),
    fig("tới 400 bộ/tháng", "400", 400, "measure", "bộ/tháng",
        subject="bộ áo dài một hộ may dịp cao điểm"),
    fig("ước đạt 96 tỷ", "96", 96e9, "money", "đồng", status="estimate",
        change=chg("increase", 8.5, "%", "năm 2022"),
        subject="giá trị sản xuất của làng nghề", period=Y23),
    fig("đạt 72 triệu", "72", 72e6, "money", "đồng/năm",
        subject="thu nhập bình quân đầu người của thôn", period=Y23),
    fig("hơn 30 tỉnh", "30", 30, "count", "tỉnh, thành phố", approx="over",
        subject="tỉnh, thành phố có sản phẩm áo dài Trạch Xá", location="Việt Nam"),
    fig("có 14 thợ", "14", 14, "count", "thợ may", subject="thợ may thường xuyên của " + SHOP),
    fig("có hai thợ", "hai", 2, "count", "thợ cắt chính", total=14, subject="thợ cắt chính của " + SHOP),
    fig("khoảng 600 bộ", "600", 600, "count", "bộ áo dài", approx="about",
        subject="bộ áo dài xưởng xuất mỗi tháng"),
    fig("từ 7 đến 9 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=9e6,
        subject="thu nhập của thợ may"),
    fig("trả 12 triệu", "12", 12e6, "money", "đồng/tháng", subject="tiền công thợ cắt chính"),
    fig("có 45 làng", "45", 45, "count", "làng có nghề", subject="làng có nghề"),
    fig("trong đó 21 làng", "21", 21, "count", "làng", total=45,
        subject="làng được công nhận làng nghề, làng nghề truyền thống"),
    fig("thêm 3 làng", "3", 3, "count", "làng nghề", status="target",
        subject="làng nghề được công nhận thêm", period=T25),
    fig("khoảng 500 triệu", "500", 500e6, "money", "đồng/năm", approx="about", status="forecast",
        subject="hỗ trợ cho hoạt động xúc tiến thương mại của làng nghề"),
]

NOTES = [
    "District portal (huyện Ứng Hòa, Hà Nội): làng may áo dài Trạch Xá (xã Hòa Xá). 'Ngày 18/12/2023 | 14:05' (published). Byline at the end.",
    "Location: the district portal implies Ứng Hòa for every figure (the commune is below the level the contract uses).",
    "Distractors: Quốc lộ 21B, time 14:05, 'ông Nguyễn Văn Tám' (a name that is a number word), 'Trung tâm VH-TT&TT',",
    "Hà Nội / Hải Phòng / Quảng Ninh as markets (no figures). 'Trong tổng số 420 hộ' is only the total of the 265 hộ (an attribute, not a figure).",
    "'hai thợ cắt chính' is a number word, part of the 14 thợ (trong đó). The workshop's monthly output is a count ('mỗi tháng').",
    "'ước đạt 96 tỷ' is estimate; the next clause has its own verb ('đạt 72 triệu'): actual. 'đến năm 2025' target period; the",
    "'dự kiến hỗ trợ … đồng/năm' clause is a standing yearly amount with no period of its own.",
    "revised after the first run: 'hơn 30 tỉnh, thành phố' location Ứng Hòa -> Việt Nam (FIGURES.md: a count of provinces is national).",
]

if __name__ == "__main__":
    emit("p1167-2", TEXT, NOTES, FIGS, published="2023-12-18", location="Ứng Hòa")
