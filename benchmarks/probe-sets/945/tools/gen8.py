"""p945-8: Báo Yên Bái online '(YBĐT) -', headline figure; 2023 planting, FSC, prices, 2024 targets."""
from lib import F, build, period, year, inh, up

TEXT = """Yên Bái: Trồng mới trên 15.000 ha rừng, vượt 7% kế hoạch
Cập nhật lúc 16:40, Thứ Ba, 28/11/2023

(YBĐT) - Năm 2023, toàn tỉnh Yên Bái đã trồng mới 16.120 ha rừng tập trung, đạt 107,5% kế hoạch, tăng 5,3% so với năm 2022. Trong đó, rừng trồng sản xuất 15.480 ha, rừng phòng hộ, đặc dụng 640 ha.

Các huyện có diện tích trồng rừng lớn gồm: Văn Yên 3.250 ha, Trấn Yên 2.870 ha, Yên Bình 2.640 ha, Lục Yên 2.310 ha. Toàn tỉnh hiện có 21 doanh nghiệp và hơn 2.600 hộ gia đình tham gia trồng rừng gỗ lớn với tổng diện tích 12.850 ha. Theo Quyết định số 1209/QĐ-UBND ngày 12/6/2023 của UBND tỉnh, người trồng rừng gỗ lớn được hỗ trợ 5 triệu đồng/ha.

Đáng chú ý, Yên Bái là một trong những địa phương dẫn đầu cả nước về cấp chứng chỉ rừng với 42.380 ha rừng được cấp chứng chỉ FSC, gấp 2,3 lần so với năm 2020. Gỗ có chứng chỉ được doanh nghiệp thu mua với giá 1,6-1,8 triệu đồng/m3, cao hơn gỗ thường khoảng 200.000 đồng/m3. Trên địa bàn có 154 cơ sở chế biến gỗ; nhà máy ván MDF cạnh Quốc lộ 37 có công suất 120.000 m3/năm. Tại Diễn đàn phát triển lâm nghiệp bền vững lần thứ 3 tổ chức ở thành phố Yên Bái, nhiều doanh nghiệp đã cam kết bao tiêu gỗ có chứng chỉ.

Tuy vậy, giá trị rừng trồng vẫn thấp, bình quân mới đạt 75-80 triệu đồng/ha/chu kỳ. Năm 2024, tỉnh phấn đấu trồng 15.500 ha rừng, trong đó ít nhất 2.000 ha rừng gỗ lớn; dự kiến sản lượng gỗ khai thác đạt 1,25 triệu m3.

Thanh Chi
"""

Y23 = year("Năm 2023", 2023)
Y24 = year("Năm 2024", 2024)
LIST = "diện tích trồng rừng"

FIGS = [
    F("trên 15.000 ha", "15.000", 15000, "measure", "ha", "rừng trồng mới", approx="over",
      change=up(7, baseline="kế hoạch"), period=inh(Y23)),
    F("mới 16.120 ha", "16.120", 16120, "measure", "ha", "rừng tập trung trồng mới",
      percent=107.5, change=up(5.3, baseline="năm 2022"), period=Y23),
    F("sản xuất 15.480 ha", "15.480", 15480, "measure", "ha", "rừng trồng sản xuất", total=16120, period=inh(Y23)),
    F("đặc dụng 640 ha", "640", 640, "measure", "ha", "rừng phòng hộ, đặc dụng", total=16120, period=inh(Y23)),
    F("Văn Yên 3.250 ha", "3.250", 3250, "measure", "ha", LIST, location="Văn Yên", period=inh(Y23)),
    F("Trấn Yên 2.870 ha", "2.870", 2870, "measure", "ha", LIST, location="Trấn Yên", period=inh(Y23)),
    F("Yên Bình 2.640 ha", "2.640", 2640, "measure", "ha", LIST, location="Yên Bình", period=inh(Y23)),
    F("Lục Yên 2.310 ha", "2.310", 2310, "measure", "ha", LIST, location="Lục Yên", period=inh(Y23)),
    F("có 21 doanh nghiệp", "21", 21, "count", "doanh nghiệp", "doanh nghiệp tham gia trồng rừng gỗ lớn"),
    F("hơn 2.600 hộ", "2.600", 2600, "count", "hộ", "hộ gia đình tham gia trồng rừng gỗ lớn", approx="over"),
    F("diện tích 12.850 ha", "12.850", 12850, "measure", "ha", "tổng diện tích rừng gỗ lớn"),
    F("hỗ trợ 5 triệu đồng/ha", "5", 5e6, "money", "đồng/ha", "mức hỗ trợ người trồng rừng gỗ lớn"),
    F("với 42.380 ha", "42.380", 42380, "measure", "ha", "rừng được cấp chứng chỉ FSC",
      change=up(2.3, "lần", "năm 2020")),
    F("giá 1,6-1,8 triệu đồng/m3", "1,6", 1.6e6, "money", "đồng/m3", "giá thu mua gỗ có chứng chỉ", value_max=1.8e6,
      change=up(200000, "đồng/m3", "gỗ thường", "about")),
    F("có 154 cơ sở", "154", 154, "count", "cơ sở", "cơ sở chế biến gỗ"),
    F("công suất 120.000 m3/năm", "120.000", 120000, "measure", "m3/năm", "công suất nhà máy ván MDF"),
    F("đạt 75-80 triệu đồng/ha/chu kỳ", "75", 75e6, "money", "đồng/ha/chu kỳ", "giá trị rừng trồng bình quân",
      value_max=80e6),
    F("trồng 15.500 ha", "15.500", 15500, "measure", "ha", "rừng trồng", status="target", period=Y24),
    F("ít nhất 2.000 ha", "2.000", 2000, "measure", "ha", "rừng gỗ lớn trồng", approx="at_least", total=15500,
      status="target", period=Y24),
    F("đạt 1,25 triệu m3", "1,25", 1.25e6, "measure", "m3", "sản lượng gỗ khai thác", status="forecast", period=Y24),
]

NOTES = [
    "Báo Yên Bái online, '(YBĐT) -' tag, headline figure 'trên 15.000 ha ... vượt 7% kế hoạch' (a gap to plan = change, baseline kế hoạch).",
    "Headline period comes from 'Năm 2023' in the body (inherited). 'Trong đó' parts (15.480 + 640 = 16.120) get the total.",
    "District list after 'gồm:' follows no whole in its sentence and does not add up: no total; districts are locations.",
    "'với 42.380 ha ..., gấp 2,3 lần so với năm 2020' attaches to the figure (not standing alone): change 2,3 lần, baseline năm 2020.",
    "'cao hơn gỗ thường khoảng 200.000 đồng/m3' is the price's change. 'dự kiến' clause -> forecast.",
    "Distractors: '16:40', 'Thứ Ba', 'Quốc lộ 37', 'YBĐT', 'Quyết định số 1209/QĐ-UBND ngày 12/6/2023', 'lần thứ 3'.",
]

build(8, TEXT, FIGS, NOTES, published="2023-11-28", location="Yên Bái")
