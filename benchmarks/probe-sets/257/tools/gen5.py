from lib import *

text = """Xuất khẩu tôm 6 tháng đầu năm đạt khoảng 493 triệu USD

HOÀNG VŨ 06:45, 12/07/2024

(CMO) 6 tháng đầu năm 2024, kim ngạch xuất khẩu thủy sản của tỉnh ước đạt 536 triệu USD, đạt 43,2% kế hoạch, tăng 7,4% so với cùng kỳ. Trong đó, xuất khẩu tôm đạt khoảng 493 triệu USD, chiếm gần 92%; cua và các mặt hàng khác đạt 43 triệu USD.

Sản lượng thủy sản xuất khẩu đạt 62.150 tấn, trong đó tôm 48.700 tấn. Các thị trường chính gồm Mỹ (chiếm 29,6%), Nhật Bản (21,4%), EU (15,8%) và Trung Quốc (12,3%).

Hiện toàn tỉnh có 38 nhà máy chế biến thủy sản xuất khẩu, tổng công suất thiết kế trên 350.000 tấn thành phẩm/năm, giải quyết việc làm cho khoảng 28.000 lao động. Tuy nhiên, các nhà máy mới hoạt động khoảng 60-65% công suất do thiếu nguyên liệu; nhu cầu tôm nguyên liệu mỗi năm từ 400.000 đến 450.000 tấn, trong khi sản lượng tôm nuôi năm 2023 chỉ đạt 237.500 tấn.

Ông Trần Văn Phúc, Giám đốc một doanh nghiệp chế biến tại Khu công nghiệp Khánh An, cho biết: “Giá tôm thẻ cỡ 100 con/kg hiện chỉ khoảng 95.000 đồng/kg, thấp hơn giá thành nuôi của nhiều hộ. Doanh nghiệp phải nhập thêm tôm nguyên liệu từ Ecuador, Ấn Độ để duy trì đơn hàng”.

Các huyện có diện tích nuôi tôm lớn là Đầm Dơi (53.000 ha), Cái Nước (38.500 ha) và Trần Văn Thời (32.200 ha). Thực hiện Nghị quyết số 09-NQ/TU của Tỉnh ủy, tỉnh tập trung nhân rộng mô hình nuôi tôm siêu thâm canh, tôm - rừng đạt chứng nhận quốc tế.

Năm 2024, tỉnh phấn đấu kim ngạch xuất khẩu thủy sản đạt 1,24 tỷ USD; đến năm 2030, sản lượng tôm nuôi đạt 400.000 tấn, trong đó sản lượng tôm siêu thâm canh chiếm 35%."""

p6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
p6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
SM = "tỷ trọng thị trường trong kim ngạch xuất khẩu thủy sản"
figs = [
    F("đạt khoảng 493 triệu USD\n", "493", 493e6, "money", "USD", "xuất khẩu tôm", approx="about",
      period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("ước đạt 536 triệu USD", "536", 536e6, "money", "USD", "kim ngạch xuất khẩu thủy sản", status="estimate", percent=43.2,
      change=C("increase", 7.4, baseline="cùng kỳ"), period=p6),
    F("tôm đạt khoảng 493 triệu USD", "493", 493e6, "money", "USD", "xuất khẩu tôm", approx="about", total=536e6, percent=92,
      status="estimate", period=p6i),
    F("khác đạt 43 triệu USD", "43", 43e6, "money", "USD", "xuất khẩu cua và các mặt hàng khác", total=536e6,
      status="estimate", period=p6i),
    F("đạt 62.150 tấn", "62.150", 62150, "measure", "tấn", "sản lượng thủy sản xuất khẩu", period=p6i),
    F("tôm 48.700 tấn", "48.700", 48700, "measure", "tấn", "sản lượng tôm xuất khẩu", total=62150, period=p6i),
    F("Mỹ (chiếm 29,6%)", "29,6", 29.6, "percent", "%", SM + " Mỹ", period=p6i),
    F("Nhật Bản (21,4%)", "21,4", 21.4, "percent", "%", SM + " Nhật Bản", period=p6i),
    F("EU (15,8%)", "15,8", 15.8, "percent", "%", SM + " EU", period=p6i),
    F("Trung Quốc (12,3%)", "12,3", 12.3, "percent", "%", SM + " Trung Quốc", period=p6i),
    F("có 38 nhà máy", "38", 38, "count", "nhà máy", "nhà máy chế biến thủy sản xuất khẩu"),
    F("trên 350.000 tấn", "350.000", 350000, "measure", "tấn/năm", "tổng công suất thiết kế (tấn thành phẩm)", approx="over"),
    F("khoảng 28.000 lao động", "28.000", 28000, "count", "lao động", "lao động được giải quyết việc làm", approx="about"),
    F("khoảng 60-65% công suất", "60", 60, "percent", "%", "công suất hoạt động của các nhà máy", value_max=65, approx="about"),
    F("từ 400.000 đến 450.000 tấn", "400.000", 400000, "measure", "tấn", "nhu cầu tôm nguyên liệu mỗi năm", value_max=450000),
    F("đạt 237.500 tấn", "237.500", 237500, "measure", "tấn", "sản lượng tôm nuôi", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("cỡ 100 con/kg", "100", 100, "measure", "con/kg", "cỡ tôm thẻ", optional=True),
    F("khoảng 95.000 đồng/kg", "95.000", 95000, "money", "đồng/kg", "giá tôm thẻ cỡ 100 con/kg", approx="about"),
    F("Đầm Dơi (53.000 ha)", "53.000", 53000, "measure", "ha", "diện tích nuôi tôm", location="Đầm Dơi"),
    F("Cái Nước (38.500 ha)", "38.500", 38500, "measure", "ha", "diện tích nuôi tôm", location="Cái Nước"),
    F("Trần Văn Thời (32.200 ha)", "32.200", 32200, "measure", "ha", "diện tích nuôi tôm", location="Trần Văn Thời"),
    F("đạt 1,24 tỷ USD", "1,24", 1.24e9, "money", "USD", "kim ngạch xuất khẩu thủy sản", status="target",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("đạt 400.000 tấn", "400.000", 400000, "measure", "tấn", "sản lượng tôm nuôi", status="target",
      period=P("đến năm 2030", None, "2030-12-31")),
    F("chiếm 35%", "35", 35, "percent", "%", "tỷ trọng sản lượng tôm siêu thâm canh", status="target",
      period=P("đến năm 2030", None, "2030-12-31")),
]
header = """Party newspaper (Báo Cà Mau, tag '(CMO)' implies Cà Mau): shrimp/seafood exports 6 months 2024, processing plants, raw-material gap.
Dateline with byline before it: 'HOÀNG VŨ 06:45, 12/07/2024'. Headline '6 tháng đầu năm' takes 2024 from the dateline.
'Trong đó' parts: 493 (total 536 triệu, share 'chiếm gần 92%') and 43 triệu USD; '48.700 tấn' after 'trong đó' (total 62.150).
Market shares in brackets are percent figures (a percent has no USD whole); '(chiếm 29,6%)' too. They and the 62.150/48.700 tấn
take '6 tháng đầu năm 2024' from the first paragraph (inherited); the second-paragraph sentence has no 'ước' cue: actual.
Plant capacity, jobs and utilisation ('Hiện toàn tỉnh có …') and the quoted price ('hiện') have no period phrase: null.
Capacity unit 'tấn/năm' ('thành phẩm' in the subject; revised). '60-65%' range with 'khoảng'; 'từ 400.000 đến 450.000 tấn' range. Size grade 'cỡ 100 con/kg' optional (a class, like 'loại 1').
'35%' after 'trong đó … chiếm' is a percent figure continuing the 2030 target ('phấn đấu'), not the 400.000's share (it is the share of a part).
Distractors: 'Nghị quyết số 09-NQ/TU', dateline time, 'Khu công nghiệp Khánh An'. District list: places in location."""
write(5, text, figs, header, published="2024-07-12", location="Cà Mau")
