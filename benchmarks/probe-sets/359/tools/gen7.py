from lib import F, P, emit

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH THÁI NGUYÊN
Trang chủ / Quan trắc môi trường

Chất lượng không khí năm 2023: số ngày ở mức tốt tăng
Ngày cập nhật: 18/01/2024

Năm 2023, 3 trạm quan trắc không khí tự động của tỉnh (đặt tại phường Hoàng Văn Thụ, phường Tân Thịnh và TP. Sông Công) vận hành ổn định, tỷ lệ dữ liệu thu được đạt 96,7%. Số ngày có chỉ số VN_AQI ở mức tốt và trung bình chiếm 88,2% tổng số ngày quan trắc, tăng 3 điểm phần trăm so với năm 2022.

Bảng: Số ngày theo mức chất lượng không khí tại trạm Hoàng Văn Thụ
Đơn vị tính: ngày

Mức AQI

Năm 2022

Năm 2023

Tốt (0-50)

96

121

Trung bình (51-100)

215

201

Kém (101-150)

44

37

Xấu (151-200)

10

6

Rất xấu (trên 200)

0

0

Nồng độ bụi PM2.5 trung bình năm 2023 tại trạm Hoàng Văn Thụ là 28,4 µg/m3, trạm Tân Thịnh 23,9 µg/m3 và trạm Sông Công 31,2 µg/m3; riêng trạm Sông Công vượt quy chuẩn 1,25 lần, do ảnh hưởng của khu công nghiệp Sông Công II.

Cũng trong năm 2023, Sở tiếp nhận dữ liệu từ 24 trạm quan trắc khí thải tự động của 15 doanh nghiệp, trong đó 4 trạm ghi nhận thông số bụi vượt ngưỡng cho phép; qua kiểm tra, UBND tỉnh đã xử phạt 2 doanh nghiệp với tổng số tiền 540 triệu đồng.

Theo kế hoạch năm 2024, tỉnh sẽ lắp đặt thêm 2 trạm tại huyện Phú Bình và TX. Phổ Yên, kinh phí dự kiến 18 tỷ đồng.

Phòng Quản lý Môi trường
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
Y23c = P("Cũng trong năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y22c = P("Năm 2022", "2022-01-01", "2022-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Năm 2023, 3 trạm", "3", 3, "count", "trạm", "trạm quan trắc không khí tự động", Y23),
    F("đạt 96,7%", "96,7", 96.7, "percent", "%", "tỷ lệ dữ liệu thu được", Y23),
    F("chiếm 88,2%", "88,2", 88.2, "percent", "%", "số ngày có chỉ số VN_AQI ở mức tốt và trung bình", Y23i,
      change={"direction": "increase", "value": 3, "unit": "điểm phần trăm", "baseline": "năm 2022"}),
]
rows = [("Tốt (0-50)", "96", "121"), ("Trung bình (51-100)", "215", "201"), ("Kém (101-150)", "44", "37"),
        ("Xấu (151-200)", "10", "6"), ("Rất xấu (trên 200)", "0", "0")]
for lab, a, b in rows:
    FIGS += [
        F(f"{lab}\n\n{a}\n", a, float(a), "count", "ngày", f"số ngày mức {lab} năm 2022", Y22c),
        F(f"{a}\n\n{b}\n\n" if b != "0" else "\n0\n\nNồng", b, float(b), "count", "ngày", f"số ngày mức {lab} năm 2023", Y23),
    ]
# level definitions inside the row labels: thresholds, optional
FIGS += [
    F("Tốt (0-50)", "0", 0, "measure", "điểm", "VN_AQI", value_max=50, optional=True),
    F("Trung bình (51-100)", "51", 51, "measure", "điểm", "VN_AQI", value_max=100, optional=True),
    F("Kém (101-150)", "101", 101, "measure", "điểm", "VN_AQI", value_max=150, optional=True),
    F("Xấu (151-200)", "151", 151, "measure", "điểm", "VN_AQI", value_max=200, optional=True),
    F("(trên 200)", "200", 200, "measure", "điểm", "VN_AQI", approx="over", optional=True),
    F("là 28,4 µg/m3", "28,4", 28.4, "measure", "µg/m3", "nồng độ bụi PM2.5 trung bình năm", Y23b),
    F("Tân Thịnh 23,9 µg/m3", "23,9", 23.9, "measure", "µg/m3", "nồng độ bụi PM2.5 trung bình năm", Y23b),
    F("31,2 µg/m3", "31,2", 31.2, "measure", "µg/m3", "nồng độ bụi PM2.5 trung bình năm", Y23b,
      location="Sông Công"),
    F("quy chuẩn 1,25 lần", "1,25", 1.25, "multiple", "lần", "trạm Sông Công vượt quy chuẩn", Y23b,
      location="Sông Công"),
    F("từ 24 trạm", "24", 24, "count", "trạm", "trạm quan trắc khí thải tự động", Y23c),
    F("của 15 doanh nghiệp", "15", 15, "count", "doanh nghiệp", "doanh nghiệp có trạm quan trắc khí thải tự động", Y23c),
    F("đó 4 trạm", "4", 4, "count", "trạm", "trạm ghi nhận thông số bụi vượt ngưỡng cho phép", Y23c, total=24),
    F("phạt 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", "doanh nghiệp bị xử phạt", Y23c),
    F("tiền 540 triệu đồng", "540", 540000000, "money", "đồng", "tổng số tiền xử phạt", Y23c),
    F("thêm 2 trạm", "2", 2, "count", "trạm", "trạm lắp đặt thêm", Y24, status="target"),
    F("dự kiến 18 tỷ đồng", "18", 18000000000, "money", "đồng", "kinh phí lắp đặt trạm", Y24, status="forecast"),
]

COMMENTS = [
    "Department site (Sở TN&MT Thái Nguyên): air quality 2023 at the automatic stations; one-cell-per-line table of days per AQI level 2022/2023; PM2.5; 2024 plan.",
    "'Ngày cập nhật: 18/01/2024' without time. Table 'Đơn vị tính: ngày': every numeric cell (zeros included) is a count of days; subject = row label + column; period from the column header (scored, as h23).",
    "The AQI bands inside the row labels ('(0-50)', '(51-100)', …, '(trên 200)') define the levels: optional. Distractors: 'khu công nghiệp Sông Công II', PM2.5, 'Bảng'.",
    "'88,2% …, tăng 3 điểm phần trăm so với năm 2022' → change (unit điểm phần trăm); period Năm 2023 from the previous sentence (inherited).",
    "Stations in wards of TP. Thái Nguyên keep the province (same name); the Sông Công station's figures take Sông Công (a city). 'vượt quy chuẩn 1,25 lần' after the list is a multiple of its own.",
    "'Theo kế hoạch năm 2024, tỉnh sẽ lắp đặt thêm 2 trạm …' → target; 'kinh phí dự kiến 18 tỷ đồng' → forecast. Two places (Phú Bình, Phổ Yên) → province.",
]

emit("p359-7", TEXT, COMMENTS, FIGS, published="2024-01-18", location="Thái Nguyên")
