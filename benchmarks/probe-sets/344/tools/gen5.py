from lib import *

text = """
BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Cục Du lịch Quốc gia Việt Nam

Nguồn cung lưu trú du lịch tăng mạnh, khách sạn cao cấp dẫn dắt thị trường

Theo số liệu của Cục Du lịch Quốc gia Việt Nam, tính đến ngày 30/9/2024, cả nước có khoảng 41.000 cơ sở lưu trú du lịch với gần 780.000 buồng. Trong đó, có 1.386 khách sạn được xếp hạng từ 3 đến 5 sao với 187.500 buồng, chiếm 24% tổng số buồng; riêng khách sạn 5 sao là 262 cơ sở với 76.400 buồng.

Các địa phương có nhiều khách sạn 5 sao nhất là Đà Nẵng (46 khách sạn), Khánh Hòa (44), Quảng Ninh (29), TP. Hồ Chí Minh (27) và Hà Nội (22). Số khách sạn 5 sao của 5 địa phương này chiếm 64,1% cả nước.

Năm 2023, công suất sử dụng buồng bình quân của cả nước đạt khoảng 55%, riêng nhóm khách sạn 5 sao đạt 63%. 9 tháng năm 2024, doanh thu dịch vụ lưu trú, ăn uống ước đạt 521,5 nghìn tỷ đồng, tăng 13,2% so với cùng kỳ năm trước, chiếm 11,3% tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng.

Theo Quy hoạch hệ thống du lịch thời kỳ 2021-2030, tầm nhìn đến năm 2045 (Quyết định số 509/QĐ-TTg), đến năm 2030, cả nước phấn đấu có khoảng 1,2 triệu buồng lưu trú; tỷ lệ buồng khách sạn từ 3 đến 5 sao đạt 35%. Hiện 63/63 tỉnh, thành phố đã có cơ sở lưu trú được xếp hạng, song vẫn còn 12 tỉnh chưa có khách sạn 5 sao.

Cục Du lịch Quốc gia Việt Nam đề nghị các địa phương tăng cường hậu kiểm việc duy trì tiêu chuẩn xếp hạng. Năm 2023, Cục đã thu hồi quyết định công nhận hạng của 9 khách sạn do không còn đáp ứng tiêu chuẩn; đồng thời rà soát, hướng dẫn lại 156 cơ sở tại các trung tâm du lịch lớn.
"""

ASOF = P("tính đến ngày 30/9/2024", None, "2024-09-30")
ASOFi = P("tính đến ngày 30/9/2024", None, "2024-09-30", True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

figs = [
    F("khoảng 41.000 cơ sở", "41.000", 41000, "count", "cơ sở lưu trú du lịch", "cơ sở lưu trú du lịch", ASOF, approx="about"),
    F("gần 780.000 buồng", "780.000", 780000, "count", "buồng", "buồng lưu trú", ASOF, approx="nearly"),
    F("có 1.386 khách sạn", "1.386", 1386, "count", "khách sạn", "khách sạn được xếp hạng từ 3 đến 5 sao", ASOFi, total=41000),
    F("với 187.500 buồng", "187.500", 187500, "count", "buồng", "buồng khách sạn được xếp hạng từ 3 đến 5 sao", ASOFi,
      total=780000, percent=24),
    F("là 262 cơ sở", "262", 262, "count", "cơ sở", "khách sạn 5 sao", ASOFi, total=41000),
    F("với 76.400 buồng", "76.400", 76400, "count", "buồng", "buồng khách sạn 5 sao", ASOFi, total=780000),
    F("(46 khách sạn)", "46", 46, "count", "khách sạn", "khách sạn 5 sao", ASOFi, location="Đà Nẵng"),
    F("(44)", "44", 44, "count", "khách sạn", "khách sạn 5 sao", ASOFi, location="Khánh Hòa"),
    F("(29)", "29", 29, "count", "khách sạn", "khách sạn 5 sao", ASOFi, location="Quảng Ninh"),
    F("(27)", "27", 27, "count", "khách sạn", "khách sạn 5 sao", ASOFi, location="Hồ Chí Minh"),
    F("(22)", "22", 22, "count", "khách sạn", "khách sạn 5 sao", ASOFi, location="Hà Nội"),
    F("của 5 địa phương này", "5", 5, "count", "địa phương", "địa phương có nhiều khách sạn 5 sao nhất", ASOFi, optional=True),
    F("chiếm 64,1%", "64,1", 64.1, "percent", "%", "số khách sạn 5 sao của 5 địa phương", ASOFi),
    F("khoảng 55%", "55", 55, "percent", "%", "công suất sử dụng buồng bình quân", Y23, approx="about"),
    F("đạt 63%", "63", 63, "percent", "%", "công suất sử dụng buồng nhóm khách sạn 5 sao", Y23),
    F("ước đạt 521,5 nghìn tỷ đồng", "521,5", 521.5e12, "money", "đồng", "doanh thu dịch vụ lưu trú, ăn uống",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30"), status="estimate",
      change=C("increase", 13.2, "%", "cùng kỳ năm trước"), percent=11.3),
    F("khoảng 1,2 triệu buồng", "1,2", 1.2e6, "count", "buồng lưu trú", "buồng lưu trú", T30, approx="about", status="target"),
    F("đạt 35%", "35", 35, "percent", "%", "tỷ lệ buồng khách sạn từ 3 đến 5 sao", T30, status="target"),
    F("Hiện 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố đã có cơ sở lưu trú được xếp hạng",
      P("Hiện", None, None, True), total=63),
    F("còn 12 tỉnh", "12", 12, "count", "tỉnh", "tỉnh chưa có khách sạn 5 sao", P("Hiện", None, None, True)),
    F("hạng của 9 khách sạn", "9", 9, "count", "khách sạn", "khách sạn bị thu hồi quyết định công nhận hạng", Y23),
    F("lại 156 cơ sở", "156", 156, "count", "cơ sở", "cơ sở tại các trung tâm du lịch lớn được rà soát, hướng dẫn lại", Y23),
]

comments = [
    "Bộ VHTTDL / Cục Du lịch Quốc gia Việt Nam (ministry site): national accommodation stock, 5-star hotels by province, occupancy,",
    "revenue, 2030 plan targets. No dateline at all (published null); years come from the text.",
    "Distractors: 'thời kỳ 2021-2030, tầm nhìn đến năm 2045' (name of a plan), 'Quyết định số 509/QĐ-TTg', star labels ('từ 3 đến 5 sao').",
    "'Trong đó, có 1.386 khách sạn … với 187.500 buồng, chiếm 24%' after a sentence break: totals 41.000 and 780.000 by what is counted.",
    "'; riêng khách sạn 5 sao là 262 cơ sở với 76.400 buồng' stands in the same 'Trong đó' sentence after ';': parts of 41.000 / 780.000.",
    "List 'Đà Nẵng (46 khách sạn), Khánh Hòa (44) …':",
    "count items, unit from the first item, place as location. '5 địa phương này' repeats the list's size: optional.",
    "'tăng 13,2% …, chiếm 11,3% …' gives one change and one percent on 521,5 nghìn tỷ. 'đến năm 2030 … phấn đấu' targets; the second clause",
    "after ';' continues it. '63/63 tỉnh' total 63; '12 tỉnh' (song vẫn còn) has no cue. 'Hiện' with no dateline: inherited, no dates.",
    "'đồng thời … 156 cơ sở' continues the 'Năm 2023' sentence.",
    "revised after the first run: 262 and 76.400 get totals 41.000 and 780.000 (FIGURES.md: parts after 'trong đó', also after ';', take",
    "the figure the cue follows, not the sibling part 1.386); the 156 subject now keeps its defining phrase 'tại các trung tâm du lịch lớn'.",
]
build(5, text, figs, comments, location="Việt Nam")
