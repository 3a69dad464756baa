"""p1431-8: news agency (Vietnam+/TTXVN): Quảng Nam planted-forest harvest in quarter I 2024, price, FSC, targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """VIETNAMPLUS
Kinh tế › Nông nghiệp

Quảng Nam: Quý I khai thác hơn 520.000 m3 gỗ rừng trồng

Thứ Năm, 28/03/2024 16:20

Quý I/2024, sản lượng gỗ rừng trồng khai thác trên địa bàn tỉnh Quảng Nam ước đạt 523,4 nghìn m3, tăng 9,6% so với cùng kỳ, đạt 26,2% kế hoạch năm.

Theo Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Nam, các huyện có sản lượng lớn là Núi Thành (118.000 m3), Thăng Bình (96.500 m3) và Phú Ninh (71.200 m3). Toàn tỉnh hiện có khoảng 285.000 ha rừng trồng, chủ yếu là keo; riêng năm 2023 trồng mới 17.600 ha, đứng thứ hai khu vực miền Trung sau Quảng Ngãi.

Giá gỗ keo nguyên liệu hiện dao động 1,1-1,25 triệu đồng/tấn, thấp hơn khoảng 5% so với cuối năm 2023 do nhu cầu dăm gỗ giảm. Trên địa bàn có 6 nhà máy dăm gỗ và 2 nhà máy viên nén với tổng công suất trên 1,3 triệu tấn sản phẩm/năm.

Ông Lê Văn Hòa ở xã Tam Trà, huyện Núi Thành cho biết gia đình có ba chục ha keo, mỗi năm khai thác luân phiên 5-6 ha, thu lãi khoảng 300 triệu đồng.

Từ năm 2020 đến nay, tỉnh đã hỗ trợ cấp chứng chỉ FSC cho 11.350 ha rừng trồng của 2.140 hộ, với tổng kinh phí gần 9 tỷ đồng. Năm 2024, Quảng Nam đặt mục tiêu trồng mới 16.000 ha rừng, khai thác 2 triệu m3 gỗ; đến năm 2030 nâng diện tích rừng gỗ lớn lên 30.000 ha, chiếm khoảng 10% diện tích rừng trồng.

Đoàn Hữu Trung (TTXVN/Vietnam+)
"""

HEAD = per("Quý I", "2024-01-01", "2024-03-31")
Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
SINCE = per("Từ năm 2020 đến nay", "2020-01-01", "2024-03-28")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
NT = "Núi Thành"

FIGS = [
    fig("hơn 520.000 m3", "520.000", 520000, "measure", "m3", approx="over",
        subject="gỗ rừng trồng khai thác", period=HEAD),
    fig("ước đạt 523,4 nghìn", "523,4", 523400, "measure", "m3", status="estimate", percent=26.2,
        change=chg("increase", 9.6, "%", "cùng kỳ"),
        subject="sản lượng gỗ rừng trồng khai thác", period=Q1),
    fig("Núi Thành (118.000", "118.000", 118000, "measure", "m3",
        subject="sản lượng gỗ rừng trồng khai thác", period=inh(Q1), location=NT),
    fig("Thăng Bình (96.500", "96.500", 96500, "measure", "m3",
        subject="sản lượng gỗ rừng trồng khai thác", period=inh(Q1), location="Thăng Bình"),
    fig("Phú Ninh (71.200", "71.200", 71200, "measure", "m3",
        subject="sản lượng gỗ rừng trồng khai thác", period=inh(Q1), location="Phú Ninh"),
    fig("khoảng 285.000 ha", "285.000", 285000, "measure", "ha", approx="about",
        subject="diện tích rừng trồng toàn tỉnh"),
    fig("mới 17.600 ha", "17.600", 17600, "measure", "ha", subject="diện tích rừng trồng mới", period=Y23),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng",
        subject="diện tích rừng trồng mới", period=Y23),
    fig("động 1,1-1,25", "1,1", 1.1e6, "money", "đồng/tấn", value_max=1.25e6,
        change=chg("decrease", 5, "%", "cuối năm 2023", approx="about"),
        subject="giá gỗ keo nguyên liệu"),
    fig("có 6 nhà máy", "6", 6, "count", "nhà máy", subject="nhà máy dăm gỗ"),
    fig("và 2 nhà máy", "2", 2, "count", "nhà máy", subject="nhà máy viên nén"),
    fig("trên 1,3 triệu", "1,3", 1.3e6, "measure", "tấn/năm", approx="over",
        subject="tổng công suất nhà máy dăm gỗ và viên nén"),
    fig("có ba chục ha", "ba chục", 30, "measure", "ha",
        subject="diện tích keo của gia đình ông Lê Văn Hòa", location=NT),
    fig("luân phiên 5-6 ha", "5", 5, "measure", "ha/năm", value_max=6,
        subject="diện tích keo khai thác luân phiên mỗi năm", location=NT),
    fig("khoảng 300 triệu", "300", 300e6, "money", "đồng/năm", approx="about",
        subject="lãi gia đình ông Hòa thu mỗi năm", location=NT),
    fig("cho 11.350 ha", "11.350", 11350, "measure", "ha",
        subject="diện tích rừng trồng được hỗ trợ cấp chứng chỉ FSC", period=SINCE),
    fig("của 2.140 hộ", "2.140", 2140, "count", "hộ", subject="hộ có rừng trồng được cấp chứng chỉ FSC",
        period=SINCE),
    fig("gần 9 tỷ", "9", 9e9, "money", "đồng", approx="nearly",
        subject="tổng kinh phí hỗ trợ cấp chứng chỉ FSC", period=SINCE),
    fig("mới 16.000 ha", "16.000", 16000, "measure", "ha", status="target",
        subject="diện tích rừng trồng mới", period=Y24),
    fig("khai thác 2 triệu", "2", 2e6, "measure", "m3", status="target", subject="gỗ khai thác", period=Y24),
    fig("lên 30.000 ha", "30.000", 30000, "measure", "ha", status="target", percent=10,
        subject="diện tích rừng gỗ lớn", period=T30),
]

NOTES = [
    "News agency (VietnamPlus / TTXVN): section path, 'Thứ Năm, 28/03/2024 16:20', byline '(TTXVN/Vietnam+)' at the end.",
    "revised after the first run: rank subject drops the ranking field 'khu vực miền Trung' (as p1431-7, written before the run);",
    "unit of 'trên 1,3 triệu tấn sản phẩm/năm' → 'tấn/năm' (FIGURES.md: the shortest noun phrase; 'sản phẩm' only describes the tonnes).",
    "Distractors: 16:20, 'cuối năm 2023' (a baseline), 'Quý I' in the headline as a period, the agency tag.",
    "Headline 'hơn 520.000 m3' is a figure of its own (actual: no 'ước' in the headline); year-less 'Quý I' takes 2024 from the dateline.",
    "'523,4 nghìn m3' → 523 400 ('nghìn' ×10^3). District list after 'các huyện có sản lượng lớn là': each item is a figure located in",
    "its district, subject the list's indicator; no part-of cue → no total; new sentence without 'ước' → actual; Q1 inherited.",
    "'đứng thứ hai khu vực miền Trung sau Quảng Ngãi' → rank 2 of Quảng Nam (Quảng Ngãi is the one ahead, not the place of the figure).",
    "'thấp hơn khoảng 5% so với cuối năm 2023' → change decrease on the price range; standing price, no period.",
    "'ba chục ha' = 30 ha (number words). 'mỗi năm khai thác luân phiên 5-6 ha, thu lãi khoảng 300 triệu đồng' → yearly rates.",
    "'Từ năm 2020 đến nay' ends at the dateline 2024-03-28. 'đến năm 2030 nâng ... lên 30.000 ha, chiếm khoảng 10%' → target with percent 10.",
]

if __name__ == "__main__":
    write("p1431-8", TEXT, NOTES, FIGS, published="2024-03-28", location="Quảng Nam")
