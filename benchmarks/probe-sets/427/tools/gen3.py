from lib import F, P, build

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH GIA LAI
Trang chủ > Tin tức > Trồng trọt

Diện tích hồ tiêu phục hồi, giá tiêu tăng mạnh
Ngày đăng: 22/07/2024 | Lượt xem: 1.046

Sau giai đoạn giá giảm sâu và dịch bệnh, diện tích hồ tiêu của Gia Lai đang phục hồi. Tính đến tháng 6/2024, toàn tỉnh có 16.732 ha hồ tiêu, tăng 2,1% so với cùng kỳ; trong đó diện tích cho sản phẩm 14.950 ha, chiếm 89,3%.

Diện tích hồ tiêu một số huyện trọng điểm (đơn vị tính: ha):
Huyện
Năm 2023
Ước 6 tháng đầu năm 2024
Chư Sê
4.215
4.380
Chư Prông
3.106
3.152
Chư Pưh
2.874
2.901
Đak Đoa
1.988
2.060

Giá hồ tiêu liên tục tăng: đầu tháng 7/2024, giá tiêu đen tại Chư Sê đạt 148.000-150.000 đồng/kg, gấp gần 2 lần cùng kỳ năm 2023. Sản lượng hồ tiêu 6 tháng đầu năm ước đạt 39.800 tấn, năng suất bình quân ước đạt khoảng 2,7 tấn/ha.

Về tái canh, từ năm 2021 đến nay, nông dân trong tỉnh đã trồng lại 1.245 ha hồ tiêu bằng giống Vĩnh Linh, Lada Belangtoeng sạch bệnh. Hiện diện tích hồ tiêu bị bệnh chết nhanh, chết chậm còn khoảng 310 ha, giảm 540 ha so với năm 2020.

Sở NN&PTNT khuyến cáo nông dân không mở rộng diện tích ồ ạt; mục tiêu đến năm 2025 giữ ổn định khoảng 16.500 ha, trong đó 30% diện tích đạt chứng nhận hữu cơ, VietGAP.

Địa chỉ: số 16 Lê Lai, TP Pleiku, tỉnh Gia Lai. ĐT: 0269.3824.317
"""

y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
h24 = P("Ước 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
to25 = P("đến năm 2025", None, "2025-12-31")

def cell(a, n, v, district, col):
    per = y23 if col == 23 else h24
    subj = "diện tích hồ tiêu năm 2023" if col == 23 else "diện tích hồ tiêu ước 6 tháng đầu năm 2024"
    kw = {"status": "estimate"} if col == 24 else {}
    return F(a, n, v, "measure", "ha", subj, location=district, period=per, **kw)

FIGS = [
    F("có 16.732 ha", "16.732", 16732, "measure", "ha", "diện tích hồ tiêu",
      change={"direction": "increase", "value": 2.1, "unit": "%", "baseline": "cùng kỳ"},
      period=P("Tính đến tháng 6/2024", None, "2024-06-30")),
    F("sản phẩm 14.950 ha", "14.950", 14950, "measure", "ha", "diện tích hồ tiêu cho sản phẩm", total=16732,
      percent=89.3, period=P("Tính đến tháng 6/2024", None, "2024-06-30")),
    cell("Chư Sê\n4.215", "4.215", 4215, "Chư Sê", 23),
    cell("4.215\n4.380", "4.380", 4380, "Chư Sê", 24),
    cell("Chư Prông\n3.106", "3.106", 3106, "Chư Prông", 23),
    cell("3.106\n3.152", "3.152", 3152, "Chư Prông", 24),
    cell("Chư Pưh\n2.874", "2.874", 2874, "Chư Pưh", 23),
    cell("2.874\n2.901", "2.901", 2901, "Chư Pưh", 24),
    cell("Đak Đoa\n1.988", "1.988", 1988, "Đak Đoa", 23),
    cell("1.988\n2.060", "2.060", 2060, "Đak Đoa", 24),
    F("đạt 148.000-150.000", "148.000", 148000, "money", "đồng/kg", "giá tiêu đen", value_max=150000,
      change={"direction": "increase", "value": 2, "unit": "lần", "approx": "nearly", "baseline": "cùng kỳ năm 2023"},
      location="Chư Sê", period=P("tháng 7/2024", "2024-07-01", "2024-07-31")),
    F("ước đạt 39.800 tấn", "39.800", 39800, "measure", "tấn", "sản lượng hồ tiêu", status="estimate",
      period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("khoảng 2,7 tấn/ha", "2,7", 2.7, "measure", "tấn/ha", "năng suất bình quân hồ tiêu", approx="about",
      status="estimate", period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("trồng lại 1.245 ha", "1.245", 1245, "measure", "ha", "diện tích hồ tiêu trồng lại",
      period=P("từ năm 2021 đến nay", "2021-01-01", "2024-07-22")),
    F("còn khoảng 310 ha", "310", 310, "measure", "ha", "diện tích hồ tiêu bị bệnh chết nhanh, chết chậm",
      approx="about", change={"direction": "decrease", "value": 540, "unit": "ha", "baseline": "năm 2020"}),
    F("khoảng 16.500 ha", "16.500", 16500, "measure", "ha", "diện tích hồ tiêu giữ ổn định", approx="about",
      status="target", period=to25),
    F("trong đó 30% diện tích", "30", 30, "percent", "%", "diện tích đạt chứng nhận hữu cơ, VietGAP",
      status="target", period=to25),
]

COMMENTS = [
    "Sở NN&PTNT Gia Lai (department site), breadcrumb, 'Ngày đăng: 22/07/2024 | Lượt xem: 1.046'. Pepper area, prices, replanting.",
    "One-cell-per-line table (header Huyện | Năm 2023 | Ước 6 tháng đầu năm 2024; unit from '(đơn vị tính: ha)'): every cell a figure,",
    "district row label = location, subject = the indicator + column label; the 'Ước …' column gives status estimate; period from the column header (as h24).",
    "'chiếm 89,3%' after the trong-đó part is its percent; total 16.732 (same sentence). 'gấp gần 2 lần cùng kỳ năm 2023' = change of the price range (nearly).",
    "'năng suất bình quân ước đạt khoảng 2,7 tấn/ha': estimate + about. 'từ năm 2021 đến nay' ends at the dateline.",
    "'trong đó 30% diện tích' under a target: percent figure, status target, no total (a percent has no whole in ha).",
    "Distractors: 'Lượt xem: 1.046', variety names, address 'số 16 Lê Lai', phone, 'năm 2020' baseline.",
]

build("p427-3", TEXT, FIGS, COMMENTS, published="2024-07-22", location="Gia Lai")
