from lib import F, P, build

TEXT = """Thành phố Huế: hệ thống thoát nước được cải thiện, số điểm ngập giảm mạnh
Ngày cập nhật: 21/11/2024

(TTĐT) - Trong giai đoạn 2022-2024, thành phố Huế đã đầu tư xây mới, cải tạo 84,6 km cống thoát nước với tổng kinh phí hơn 1.300 tỷ đồng, chủ yếu từ dự án Cải thiện môi trường nước thành phố Huế (vốn vay JICA) và ngân sách tỉnh.

Kết quả đầu tư hệ thống thoát nước qua các năm:
Chỉ tiêu
Đơn vị
Năm 2022
Năm 2023
Ước năm 2024
Chiều dài cống xây mới
km
18,2
21,5
24,3
Chiều dài cống cải tạo
km
5,1
6,4
9,1
Hồ điều hòa được nạo vét
hồ
3
4
6
Tỷ lệ bao phủ thoát nước
%
61,5
64,2
67

Nhờ đó, số điểm ngập khi mưa lớn trên địa bàn giảm từ 42 điểm năm 2021 xuống còn 19 điểm năm 2024. Đợt mưa lớn từ ngày 26 đến 28/10/2024, lượng mưa tại trạm Huế đạt 625 mm nhưng nước rút nhanh, thời gian ngập ngắn hơn trước từ 4 đến 6 giờ.

Tổng lượng mưa năm 2023 tại trạm Huế đạt 3.415 mm, cao hơn trung bình nhiều năm khoảng 18%. Khu vực Kinh thành, phường Phú Hội và dọc đường Hùng Vương vẫn là những nơi dễ ngập.

Theo Quyết định số 2172/QĐ-UBND, thành phố phấn đấu đến năm 2030 tỷ lệ bao phủ hệ thống thoát nước đạt 85%, tổng chiều dài cống đạt khoảng 620 km; mỗi năm nạo vét tối thiểu 150 km cống, mương.

Mọi ý kiến góp ý xin gửi về Phòng Quản lý đô thị, số 24 Tố Hữu, điện thoại 0234.3822.555.

Lượt xem: 1.306"""

def yp(y, est=False):
    return P(("Ước năm " if est else "Năm ") + str(y), f"{y}-01-01", f"{y}-12-31")

ROWS = [
    ("Chiều dài cống xây mới", "measure", "km", [("km\n18,2", "18,2", 18.2), ("18,2\n21,5", "21,5", 21.5), ("21,5\n24,3", "24,3", 24.3)]),
    ("Chiều dài cống cải tạo", "measure", "km", [("km\n5,1", "5,1", 5.1), ("5,1\n6,4", "6,4", 6.4), ("6,4\n9,1", "9,1", 9.1)]),
    ("Hồ điều hòa được nạo vét", "count", "hồ", [("hồ\n3", "3", 3), ("3\n4\n6", "4", 4), ("4\n6\nTỷ", "6", 6)]),
    ("Tỷ lệ bao phủ thoát nước", "percent", "%", [("%\n61,5", "61,5", 61.5), ("61,5\n64,2", "64,2", 64.2), ("64,2\n67", "67", 67)]),
]
FIGS = [
    F("cải tạo 84,6 km", "84,6", 84.6, "measure", "km", "cống thoát nước xây mới, cải tạo",
      period=P("giai đoạn 2022-2024", "2022-01-01", "2024-12-31")),
    F("hơn 1.300 tỷ đồng", "1.300", 1.3e12, "money", "đồng", "tổng kinh phí đầu tư cống thoát nước", approx="over",
      period=P("giai đoạn 2022-2024", "2022-01-01", "2024-12-31")),
]
for label, kind, unit, cells in ROWS:
    for (anchor, num, val), year in zip(cells, (2022, 2023, 2024)):
        est = year == 2024
        FIGS.append(F(anchor, num, val, kind, unit, f"{label} {'ước năm' if est else 'năm'} {year}",
                      status="estimate" if est else None, period=yp(year, est)))
FIGS += [
    F("từ 42 điểm", "42", 42, "count", "điểm", "điểm ngập khi mưa lớn", period=P("năm 2021", "2021-01-01", "2021-12-31")),
    F("còn 19 điểm", "19", 19, "count", "điểm", "điểm ngập khi mưa lớn", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("đạt 625 mm", "625", 625, "measure", "mm", "lượng mưa tại trạm Huế",
      period=P("từ ngày 26 đến 28/10/2024", "2024-10-26", "2024-10-28")),
    F("từ 4 đến 6 giờ", "4", 4, "measure", "giờ", "thời gian ngập rút ngắn", value_max=6,
      period=P("từ ngày 26 đến 28/10/2024", "2024-10-26", "2024-10-28"), optional=True),
    F("đạt 3.415 mm", "3.415", 3415, "measure", "mm", "tổng lượng mưa tại trạm Huế",
      change={"direction": "increase", "value": 18, "unit": "%", "approx": "about", "baseline": "trung bình nhiều năm"},
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 85%", "85", 85, "percent", "%", "tỷ lệ bao phủ hệ thống thoát nước", status="target",
      period=P("đến năm 2030", None, "2030-12-31")),
    F("khoảng 620 km", "620", 620, "measure", "km", "tổng chiều dài cống", approx="about", status="target",
      period=P("đến năm 2030", None, "2030-12-31")),
    F("tối thiểu 150 km", "150", 150, "measure", "km", "cống, mương nạo vét mỗi năm", approx="at_least",
      status="target"),
]

COMMENTS = [
    "Cổng TTĐT (provincial portal, '(TTĐT)' tag): thoát nước thành phố Huế 2022-2024; 'Ngày cập nhật: 21/11/2024' without time; view counter at the end.",
    "One-cell-per-line table (as h23): Chỉ tiêu | Đơn vị | Năm 2022 | Năm 2023 | Ước năm 2024; unit from the Đơn vị cell; 'Ước năm 2024' gives status estimate.",
    "Table periods come from the column headers (scored, as in h23/h24). Subject = row label + column label.",
    "'giảm từ 42 điểm năm 2021 xuống còn 19 điểm năm 2024': two figures with their own years, no change value stated.",
    "'thời gian ngập ngắn hơn trước từ 4 đến 6 giờ' is a measured reduction (range 4-6 giờ), not a period (optional: a reduction with no base figure).",
    "'cao hơn trung bình nhiều năm khoảng 18%' is the change of 3.415 mm. 'Đến năm 2030' targets: end 2030-12-31; 'tối thiểu 150 km' at_least, target (phấn đấu governs the sentence).",
    "Distractors: Quyết định số 2172/QĐ-UBND, address 'số 24 Tố Hữu', phone 0234.3822.555, 'Lượt xem: 1.306', dates 26-28/10/2024.",
]
build("p343-4", TEXT, COMMENTS, {"published": "2024-11-21", "location": "Huế"}, FIGS)
