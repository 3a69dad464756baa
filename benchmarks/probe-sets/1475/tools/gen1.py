"""p1475-1: province portal (Thái Bình): làng nghề chăn bông xã Hồng Minh (Hưng Hà), 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Làng nghề chăn bông Hồng Minh: 9 tháng doanh thu đạt gần 96 tỷ đồng

Cập nhật: 14/10/2024 08:35 | Lượt xem: 1.286

Theo UBND huyện Hưng Hà, 9 tháng đầu năm 2024, làng nghề chăn bông xã Hồng Minh sản xuất khoảng 182.000 chiếc chăn các loại, tăng 8,3% so với cùng kỳ năm 2023; doanh thu đạt 95,8 tỷ đồng, tăng 11,2% so với cùng kỳ, bằng 76,6% kế hoạch năm. Trong đó, chăn bông truyền thống chiếm 62%, còn lại là chăn hè, chăn lông vũ và ruột chăn bông tấm.

Toàn làng hiện có 215 hộ làm nghề (trong đó 38 hộ đã đầu tư máy bật bông công nghiệp), thu hút gần 700 lao động với thu nhập bình quân từ 6 đến 8 triệu đồng/người/tháng. Giá bông xơ nguyên liệu hiện dao động 42.000-48.000 đồng/kg, tăng khoảng 5.000 đồng/kg so với đầu năm.

Ông Trần Văn Hòa, chủ cơ sở Chăn bông Hòa Thịnh ở thôn Tân Dân, bên Quốc lộ 39, cho biết mỗi ngày xưởng của gia đình bật khoảng 350 kg bông, may được 120 chiếc chăn; vào mùa cao điểm cuối năm phải thuê thêm hai chục lao động thời vụ.

Năm 2024, xã phấn đấu doanh thu làng nghề đạt 125 tỷ đồng; dự kiến quý IV sản xuất thêm khoảng 70.000 chiếc chăn. Toàn tỉnh Thái Bình hiện có 9 làng nghề chăn, ga, gối, đệm được công nhận, với trên 2.100 hộ tham gia.

Tin liên quan:
- Hưng Hà tổng kết phong trào nông dân sản xuất, kinh doanh giỏi năm 2023
- Khai mạc Hội chợ Thương mại tỉnh Thái Bình lần thứ 3
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
TB = "Thái Bình"

FIGS = [
    fig("doanh thu đạt gần 96 tỷ", "96", 96e9, "money", "đồng", approx="nearly",
        subject="doanh thu làng nghề chăn bông", period=NINE_H),
    fig("khoảng 182.000 chiếc", "182.000", 182000, "count", "chiếc", approx="about",
        change=chg("increase", 8.3, "%", "cùng kỳ năm 2023"),
        subject="chăn các loại làng nghề chăn bông sản xuất", period=NINE),
    fig("đạt 95,8 tỷ", "95,8", 95.8e9, "money", "đồng", percent=76.6,
        change=chg("increase", 11.2, "%", "cùng kỳ"),
        subject="doanh thu làng nghề chăn bông", period=NINE),
    fig("chiếm 62%", "62", 62, "percent", "%", subject="chăn bông truyền thống", period=inh(NINE)),
    fig("có 215 hộ", "215", 215, "count", "hộ", subject="hộ làm nghề"),
    fig("trong đó 38 hộ", "38", 38, "count", "hộ", total=215,
        subject="hộ đã đầu tư máy bật bông công nghiệp"),
    fig("gần 700 lao động", "700", 700, "count", "lao động", approx="nearly",
        subject="lao động làng nghề thu hút"),
    fig("từ 6 đến 8 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=8e6,
        subject="thu nhập bình quân lao động làng nghề"),
    fig("dao động 42.000-48.000", "42.000", 42000, "money", "đồng/kg", value_max=48000,
        change=chg("increase", 5000, "đồng/kg", "đầu năm", approx="about"),
        subject="giá bông xơ nguyên liệu"),
    fig("khoảng 350 kg", "350", 350, "measure", "kg/ngày", approx="about",
        subject="bông xưởng của gia đình bật mỗi ngày"),
    fig("được 120 chiếc", "120", 120, "measure", "chiếc/ngày",
        subject="chăn xưởng may được mỗi ngày"),
    fig("hai chục lao động", "hai chục", 20, "count", "lao động",
        subject="lao động thời vụ thuê thêm vào mùa cao điểm"),
    fig("đạt 125 tỷ", "125", 125e9, "money", "đồng", status="target",
        subject="doanh thu làng nghề", period=Y24),
    fig("khoảng 70.000 chiếc", "70.000", 70000, "count", "chiếc", approx="about", status="forecast",
        subject="chăn sản xuất thêm", period=Q4),
    fig("có 9 làng nghề", "9", 9, "count", "làng nghề",
        subject="làng nghề chăn, ga, gối, đệm được công nhận", location=TB),
    fig("trên 2.100 hộ", "2.100", 2100, "count", "hộ", approx="over",
        subject="hộ tham gia làng nghề chăn, ga, gối, đệm", location=TB),
]

NOTES = [
    "Province portal (Thái Bình): làng nghề chăn bông xã Hồng Minh, huyện Hưng Hà, 9 months 2024.",
    "Breadcrumb, 'Cập nhật: 14/10/2024 08:35 | Lượt xem: 1.286', related links.",
    "Distractors: 08:35, Lượt xem 1.286, 'Quốc lộ 39', 'năm 2023' and 'lần thứ 3' in related links.",
    "Location: a commune's figures take its district (Hưng Hà: the spec names province, city or district);",
    "the last two sentences are province-wide (Thái Bình).",
    "Headline '9 tháng ... gần 96 tỷ' is its own figure; year-less '9 tháng' takes 2024 (dateline).",
    "'chiếm 62%' after 'Trong đó' has no base amount: a percent figure of its own; period inherited.",
    "'(trong đó 38 hộ ...)' is a part of 215 hộ. 'hai chục' = 20. Per-day amounts are rates (kg/ngày, chiếc/ngày).",
    "'tăng khoảng 5.000 đồng/kg so với đầu năm' is the change of the price range.",
    "revised after the first run: headline subject 'doanh thu làng nghề chăn bông Hồng Minh' → 'doanh thu làng nghề chăn bông'",
    "(the commune is a place: it goes to location, as in the shared gold h20 and as in my own body subject for 95,8 tỷ).",
]

if __name__ == "__main__":
    write("p1475-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Hưng Hà")
