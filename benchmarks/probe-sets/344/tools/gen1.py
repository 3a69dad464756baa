from lib import *

text = """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NINH
Trang chủ > Tin tức > Kinh tế - Du lịch

Quảng Ninh: Công suất sử dụng buồng 6 tháng đầu năm 2024 đạt 62,4%
Cập nhật: 08/07/2024 16:42 | Lượt xem: 1.318

Theo báo cáo của Sở Du lịch tại hội nghị sơ kết chiều 5/7, tính đến ngày 30/6/2024, toàn tỉnh có 1.742 cơ sở lưu trú du lịch với 29.850 buồng, tăng 86 cơ sở so với cuối năm trước. Trong đó, 212 khách sạn được xếp hạng từ 1 đến 5 sao với 14.630 buồng, chiếm 49% tổng số buồng lưu trú. Trong 212 khách sạn này, có 28 khách sạn 5 sao (7.120 buồng), 41 khách sạn 4 sao và 63 khách sạn 3 sao.

6 tháng đầu năm, công suất sử dụng buồng bình quân của các cơ sở lưu trú đạt 62,4%, tăng 5,1 điểm phần trăm so với cùng kỳ; riêng nhóm khách sạn 4-5 sao đạt 71,8%. Tổng lượt khách lưu trú ước đạt 5,62 triệu lượt, tăng 9,7% so với cùng kỳ năm trước, trong đó khách quốc tế khoảng 1,04 triệu lượt. Doanh thu từ dịch vụ lưu trú ước đạt 4.215 tỷ đồng, bằng 52,3% kế hoạch năm.

Loại hình homestay tiếp tục phát triển với 318 cơ sở, tập trung tại TP. Hạ Long (124 cơ sở), huyện Vân Đồn (87 cơ sở) và huyện Cô Tô (65 cơ sở). Từ đầu năm, tỉnh đã thẩm định, công nhận mới 17 cơ sở đạt tiêu chuẩn phục vụ khách du lịch theo Quyết định số 1125/QĐ-UBND.

Năm 2024, Quảng Ninh phấn đấu đón 19 triệu lượt khách, công suất sử dụng buồng bình quân đạt 65%. Du khách cần hỗ trợ vui lòng liên hệ đường dây nóng 0203.3628.999.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm", "2024-01-01", "2024-06-30", True)
ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
ASOFi = P("tính đến ngày 30/6/2024", None, "2024-06-30", True)
Y = P("Năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("năm 2024 đạt 62,4%", "62,4", 62.4, "percent", "%", "công suất sử dụng buồng", H1),
    F("toàn tỉnh có 1.742 cơ sở", "1.742", 1742, "count", "cơ sở lưu trú du lịch", "cơ sở lưu trú du lịch", ASOF,
      change=C("increase", 86, "cơ sở", "cuối năm trước")),
    F("với 29.850 buồng", "29.850", 29850, "count", "buồng", "buồng lưu trú", ASOF),
    F("Trong đó, 212 khách sạn", "212", 212, "count", "khách sạn", "khách sạn được xếp hạng từ 1 đến 5 sao", ASOFi,
      total=1742),
    F("với 14.630 buồng", "14.630", 14630, "count", "buồng", "buồng của khách sạn được xếp hạng", ASOFi,
      total=29850, percent=49),
    F("Trong 212 khách sạn này", "212", 212, "count", "khách sạn", "khách sạn được xếp hạng", ASOFi, optional=True),
    F("có 28 khách sạn 5 sao", "28", 28, "count", "khách sạn", "khách sạn 5 sao", ASOFi, total=212),
    F("(7.120 buồng)", "7.120", 7120, "count", "buồng", "buồng khách sạn 5 sao", ASOFi),
    F("41 khách sạn 4 sao", "41", 41, "count", "khách sạn", "khách sạn 4 sao", ASOFi, total=212),
    F("63 khách sạn 3 sao", "63", 63, "count", "khách sạn", "khách sạn 3 sao", ASOFi, total=212),
    F("cơ sở lưu trú đạt 62,4%", "62,4", 62.4, "percent", "%", "công suất sử dụng buồng bình quân của các cơ sở lưu trú", H1b,
      change=C("increase", 5.1, "điểm phần trăm", "cùng kỳ")),
    F("đạt 71,8%", "71,8", 71.8, "percent", "%", "công suất sử dụng buồng nhóm khách sạn 4-5 sao", H1b),
    F("ước đạt 5,62 triệu lượt", "5,62", 5620000, "count", "lượt", "lượt khách lưu trú", H1i, status="estimate",
      change=C("increase", 9.7, "%", "cùng kỳ năm trước")),
    F("khoảng 1,04 triệu lượt", "1,04", 1040000, "count", "lượt", "lượt khách quốc tế lưu trú", H1i, approx="about",
      total=5620000, status="estimate"),
    F("ước đạt 4.215 tỷ đồng", "4.215", 4215e9, "money", "đồng", "doanh thu từ dịch vụ lưu trú", H1i, status="estimate",
      percent=52.3),
    F("phát triển với 318 cơ sở", "318", 318, "count", "cơ sở", "cơ sở homestay", ASOFi),
    F("(124 cơ sở)", "124", 124, "count", "cơ sở", "cơ sở homestay", ASOFi, location="Hạ Long"),
    F("(87 cơ sở)", "87", 87, "count", "cơ sở", "cơ sở homestay", ASOFi, location="Vân Đồn"),
    F("(65 cơ sở)", "65", 65, "count", "cơ sở", "cơ sở homestay", ASOFi, location="Cô Tô"),
    F("công nhận mới 17 cơ sở", "17", 17, "count", "cơ sở", "cơ sở đạt tiêu chuẩn phục vụ khách du lịch được công nhận mới",
      P("Từ đầu năm", "2024-01-01", "2024-07-08")),
    F("đón 19 triệu lượt khách", "19", 19e6, "count", "lượt khách", "lượt khách đón", Y, status="target"),
    F("bình quân đạt 65%", "65", 65, "percent", "%", "công suất sử dụng buồng bình quân", Y, status="target"),
]

comments = [
    "Cổng TTĐT tỉnh Quảng Ninh (province portal): accommodation stock, star-rated hotels, occupancy, guests, revenue, homestays, 6 months 2024.",
    "Dateline 'Cập nhật: 08/07/2024 16:42 | Lượt xem: 1.318'. Distractors: view counter, 'chiều 5/7', 'cuối năm trước' (baseline),",
    "star labels ('từ 1 đến 5 sao', '5 sao', '4 sao', '3 sao', '4-5 sao' are hotel classes, not figures, like 'mức độ 3, 4'),",
    "'Quyết định số 1125/QĐ-UBND', hotline 0203.3628.999.",
    "'tăng 86 cơ sở so với cuối năm trước' is the change of 1.742 cơ sở (unit cơ sở), not of 29.850 buồng. 'Trong đó' after a sentence break:",
    "212 khách sạn -> total 1.742 (same thing: establishments), 14.630 buồng -> total 29.850 (rooms) with share 49%.",
    "'Trong 212 khách sạn này, có 28 …, 41 …, 63 …' gives total 212 ('Trong 25 chỉ tiêu, có 24'); the repeated 212 is optional.",
    "Homestay districts (124+87+65 ≠ 318) are a list with places, no total. 'bằng 52,3% kế hoạch năm' is the revenue's percent.",
    "'tăng 5,1 điểm phần trăm so với cùng kỳ' is the change of 62,4% (unit điểm phần trăm). 'Từ đầu năm' runs to the dateline.",
]
build(1, text, figs, comments, published="2024-07-08", location="Quảng Ninh")
