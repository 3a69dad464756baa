import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

TEXT = """SỞ THÔNG TIN VÀ TRUYỀN THÔNG THÀNH PHỐ ĐÀ NẴNG
Chuyên mục: An toàn thông tin

Kết quả giám sát, xử lý lừa đảo trực tuyến trên địa bàn thành phố

Trung tâm Giám sát, điều hành đô thị thông minh (IOC) thành phố duy trì giám sát 24/7 các hệ thống thông tin của thành phố. Năm 2023, Trung tâm đã phát hiện và phối hợp gỡ bỏ 215 tài khoản mạng xã hội, trang web mạo danh cơ quan, lãnh đạo thành phố, tăng 41 tài khoản so với năm 2022.

Bảng: Kết quả xử lý lừa đảo trực tuyến giai đoạn 2022 - 2024
Đơn vị tính: trường hợp
Nội dung
Năm 2022
Năm 2023
Kế hoạch 2024
Trang web giả mạo bị chặn
96
128
150
Tài khoản mạng xã hội mạo danh bị gỡ
78
87
100
Phản ánh của người dân qua ứng dụng Danang Smartcity
1.045
1.632
2.000
Cuộc gọi, tin nhắn lừa đảo được cảnh báo
3.210
5.874
6.500

Trong năm 2023, Sở đã phối hợp với các quận, huyện gửi hơn 1,2 triệu tin nhắn SMS cảnh báo đến thuê bao trên địa bàn, trong đó quận Hải Châu (186.000 tin nhắn), quận Sơn Trà (142.000 tin nhắn). Kết quả khảo sát năm 2023 cho thấy tỷ lệ người dân nhận biết được ít nhất 3 hình thức lừa đảo phổ biến đạt 72,5%, cao hơn 14,3 điểm phần trăm so với năm 2022.

Mọi thông tin phản ánh về lừa đảo trực tuyến, người dân gọi Tổng đài 1022 hoặc gửi qua ứng dụng Danang Smartcity. Địa chỉ: Tầng 15, Trung tâm Hành chính thành phố, số 24 Trần Phú, quận Hải Châu.

Lượt truy cập: 1.284.517
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")

ROWS = [
    ("Trang web giả mạo bị chặn", [("bị chặn\n96", "96"), ("96\n128", "128"), ("128\n150", "150")]),
    ("Tài khoản mạng xã hội mạo danh bị gỡ", [("bị gỡ\n78", "78"), ("78\n87", "87"), ("87\n100", "100")]),
    ("Phản ánh của người dân qua ứng dụng Danang Smartcity",
     [("Smartcity\n1.045", "1.045"), ("1.045\n1.632", "1.632"), ("1.632\n2.000", "2.000")]),
    ("Cuộc gọi, tin nhắn lừa đảo được cảnh báo", [("cảnh báo\n3.210", "3.210"), ("3.210\n5.874", "5.874"), ("5.874\n6.500", "6.500")]),
]
COLS = [("năm 2022", Y22, False), ("năm 2023", Y23, False), ("kế hoạch 2024", K24, True)]

FIGS = [
    F("gỡ bỏ 215 tài khoản", "215", 215, "count", "tài khoản",
      "tài khoản mạng xã hội, trang web mạo danh cơ quan, lãnh đạo thành phố phát hiện và gỡ bỏ", Y23,
      change=CH("increase", 41, "tài khoản", "năm 2022")),
]
for label, cells in ROWS:
    for (anchor, num), (col, per, plan) in zip(cells, COLS):
        kw = {"status": "target"} if plan else {}
        FIGS.append(F(anchor, num, parse_num(num), "count", "trường hợp", f"{label} {col}", per, **kw))
FIGS += [
    F("hơn 1,2 triệu tin nhắn", "1,2", 1.2e6, "count", "tin nhắn", "tin nhắn SMS cảnh báo gửi đến thuê bao trên địa bàn", Y23b,
      approx="over"),
    F("(186.000 tin nhắn)", "186.000", 186000, "count", "tin nhắn", "tin nhắn SMS cảnh báo", Y23b, total=1.2e6, location="Hải Châu"),
    F("(142.000 tin nhắn)", "142.000", 142000, "count", "tin nhắn", "tin nhắn SMS cảnh báo", Y23b, total=1.2e6, location="Sơn Trà"),
    F("ít nhất 3 hình thức", "3", 3, "count", "hình thức", "hình thức lừa đảo phổ biến người dân nhận biết được",
      approx="at_least", optional=True),
    F("đạt 72,5%", "72,5", 72.5, "percent", "%", "tỷ lệ người dân nhận biết được ít nhất 3 hình thức lừa đảo phổ biến", Y23b,
      change=CH("increase", 14.3, "điểm phần trăm", "năm 2022")),
]

COMMENTS = [
    "Sở TT&TT TP. Đà Nẵng (department site), no dateline: published null. One-cell-per-line table with 'Đơn vị tính: trường hợp'.",
    "Table cells: unit 'trường hợp' from the Đơn vị tính line, period from the column header (scored, as shared h23),",
    "  'Kế hoạch 2024' column -> status target. 'giai đoạn 2022 - 2024' in the table title is a period, not a figure.",
    "Not figures: '24/7', 'Tổng đài 1022', 'Tầng 15', 'số 24 Trần Phú', 'Lượt truy cập: 1.284.517'.",
    "'tăng 41 tài khoản so với năm 2022' -> change of 215 (unit tài khoản). 'trong đó quận Hải Châu (…), quận Sơn Trà (…)' -> total 1,2 triệu,",
    "  districts to location. '72,5%, cao hơn 14,3 điểm phần trăm' -> change unit 'điểm phần trăm'. 'ít nhất 3 hình thức' threshold: optional.",
]

if __name__ == "__main__":
    emit("p682-7", TEXT, COMMENTS, FIGS, published=None, location="Đà Nẵng")
