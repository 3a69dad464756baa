from lib import F, P, C, T, write

TEXT = """BỘ GIAO THÔNG VẬN TẢI
CỤC HÀNG HẢI VIỆT NAM

Tin hoạt động

Hàng hóa qua cảng biển 9 tháng năm 2023 đạt gần 560 triệu tấn

Ngày đăng: 12/10/2023

Theo số liệu thống kê của Cục Hàng hải Việt Nam, khối lượng hàng hóa thông qua cảng biển 9 tháng năm 2023 đạt 559,7 triệu tấn, tăng 4% so với cùng kỳ năm 2022. Trong đó, hàng xuất khẩu đạt 138,4 triệu tấn, tăng 1%; hàng nhập khẩu đạt 176,2 triệu tấn, tăng 7%; hàng nội địa đạt 243,6 triệu tấn, tăng 3%; hàng quá cảnh đạt 1,5 triệu tấn, giảm 12%.

Khối lượng hàng container thông qua cảng biển đạt 18,9 triệu TEU, giảm 3% so với cùng kỳ; riêng tháng 9/2023 đạt khoảng 2,2 triệu TEU.

Xét theo khu vực, khối lượng hàng hóa qua cảng biển khu vực TP Hồ Chí Minh đạt 126,8 triệu tấn, dẫn đầu cả nước; tiếp đến là Bà Rịa - Vũng Tàu 89,5 triệu tấn, Quảng Ninh 84,3 triệu tấn, Hải Phòng 83,6 triệu tấn. Các khu vực còn lại dao động từ 2,1 đến 38,2 triệu tấn. Về hàng container, Hải Phòng đứng thứ hai cả nước với 4,1 triệu TEU, sau TP Hồ Chí Minh (5,9 triệu TEU).

Tổng số lượt tàu thuyền ra, vào cảng biển đạt 91.306 lượt, trong đó tàu nước ngoài 21.840 lượt, tàu Việt Nam 69.466 lượt.

Cục Hàng hải Việt Nam dự báo năm 2023, khối lượng hàng hóa thông qua cảng biển cả nước đạt khoảng 750 triệu tấn, tăng khoảng 4% so với năm 2022. Để bảo đảm mục tiêu này, Cục đề nghị các cảng vụ hàng hải thực hiện nghiêm Nghị định số 58/2017/NĐ-CP và Chỉ thị số 10/CT-BGTVT về tăng cường quản lý hoạt động hàng hải.

CỤC HÀNG HẢI VIỆT NAM
Địa chỉ: Số 8 Phạm Hùng, quận Cầu Giấy, Hà Nội
Điện thoại: 024.3768.3191
"""

N9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
N9i = P("9 tháng năm 2023", "2023-01-01", "2023-09-30", inh=True)
TOT = 559700000
REG = "khối lượng hàng hóa qua cảng biển"
FIGS = [
    F("gần 560 triệu tấn", "560", "measure", "tấn", "hàng hóa qua cảng biển", "triệu", approx="nearly", period=N9),
    F("đạt 559,7 triệu tấn", "559,7", "measure", "tấn", "khối lượng hàng hóa thông qua cảng biển", "triệu",
      change=C("increase", 4, baseline="cùng kỳ năm 2022"), period=N9),
    F("đạt 138,4 triệu tấn", "138,4", "measure", "tấn", "hàng xuất khẩu", "triệu",
      total=TOT, change=C("increase", 1), period=N9i),
    F("đạt 176,2 triệu tấn", "176,2", "measure", "tấn", "hàng nhập khẩu", "triệu",
      total=TOT, change=C("increase", 7), period=N9i),
    F("đạt 243,6 triệu tấn", "243,6", "measure", "tấn", "hàng nội địa", "triệu",
      total=TOT, change=C("increase", 3), period=N9i),
    F("đạt 1,5 triệu tấn", "1,5", "measure", "tấn", "hàng quá cảnh", "triệu",
      total=TOT, change=C("decrease", 12), period=N9i),
    F("đạt 18,9 triệu TEU", "18,9", "measure", "TEU", "khối lượng hàng container thông qua cảng biển", "triệu",
      change=C("decrease", 3, baseline="cùng kỳ"), period=N9i),
    F("khoảng 2,2 triệu TEU", "2,2", "measure", "TEU", "khối lượng hàng container thông qua cảng biển", "triệu",
      approx="about", period=P("tháng 9/2023", "2023-09-01", "2023-09-30")),
    F("đạt 126,8 triệu tấn", "126,8", "measure", "tấn", REG, "triệu", location="TP Hồ Chí Minh", period=N9i),
    F("Vũng Tàu 89,5 triệu tấn", "89,5", "measure", "tấn", REG, "triệu", location="Bà Rịa - Vũng Tàu", period=N9i),
    F("Quảng Ninh 84,3 triệu tấn", "84,3", "measure", "tấn", REG, "triệu", location="Quảng Ninh", period=N9i),
    F("Hải Phòng 83,6 triệu tấn", "83,6", "measure", "tấn", REG, "triệu", location="Hải Phòng", period=N9i),
    F("từ 2,1 đến 38,2 triệu tấn", "2,1", "measure", "tấn", "khối lượng hàng hóa qua cảng biển các khu vực còn lại",
      value=2100000, value_max=38200000, period=N9i),
    F("đứng thứ hai cả nước", "hai", "rank", "hạng", "hàng container", location="Hải Phòng", period=N9i),
    F("với 4,1 triệu TEU", "4,1", "measure", "TEU", "hàng container", "triệu", location="Hải Phòng", period=N9i),
    F("(5,9 triệu TEU)", "5,9", "measure", "TEU", "hàng container", "triệu", location="TP Hồ Chí Minh", period=N9i),
    F("đạt 91.306 lượt", "91.306", "count", "lượt", "lượt tàu thuyền ra, vào cảng biển", period=N9i),
    F("tàu nước ngoài 21.840 lượt", "21.840", "count", "lượt", "tàu nước ngoài", total=91306, period=N9i),
    F("tàu Việt Nam 69.466 lượt", "69.466", "count", "lượt", "tàu Việt Nam", total=91306, period=N9i),
    F("khoảng 750 triệu tấn", "750", "measure", "tấn", "khối lượng hàng hóa thông qua cảng biển cả nước", "triệu",
      approx="about", change=C("increase", 4, baseline="năm 2022", approx="about"), status="forecast",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
]

COMMENTS = [
    "Ministry site (Cục Hàng hải Việt Nam, Bộ GTVT): cargo through seaports, 9 months 2023, national. 'Ngày đăng: dd/mm/yyyy' dateline.",
    "Distractors: 'Nghị định số 58/2017/NĐ-CP', 'Chỉ thị số 10/CT-BGTVT', address 'Số 8 Phạm Hùng, quận Cầu Giấy, Hà Nội' (not a location), phone.",
    "Title 'gần 560 triệu tấn' is a figure (nearly). Parts after 'Trong đó' each carry total 559,7 triệu and their own change (no baseline written).",
    "Region list: places are locations, subject is the list's indicator; 'dẫn đầu' is no number. 'từ 2,1 đến 38,2 triệu tấn' range, multiplier on both ends.",
    "'đứng thứ hai' rank of Hải Phòng; '(5,9 triệu TEU)' belongs to TP Hồ Chí Minh. 'tàu nước ngoài … tàu Việt Nam' parts of 91.306 after 'trong đó'.",
    "'dự báo năm 2023 … đạt khoảng 750 triệu tấn, tăng khoảng 4%' forecast with change (approx about).",
]

write(2, TEXT, COMMENTS, FIGS, published="2023-10-12", location="Việt Nam")
