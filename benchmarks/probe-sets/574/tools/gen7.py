from lib import F, P, I, CH, TG, emit

ROWS = [
    ("TP. Bắc Giang", "TP. Bắc Giang", ("5.120", 5120), ("5.486", 5486), ("5.600", 5600)),
    ("Huyện Lục Ngạn", "Lục Ngạn", ("2.245", 2245), ("2.390", 2390), ("2.500", 2500)),
    ("Huyện Lạng Giang", "Lạng Giang", ("2.018", 2018), ("2.157", 2157), ("2.200", 2200)),
    ("Huyện Hiệp Hòa", "Hiệp Hòa", ("1.876", 1876), ("1.944", 1944), ("2.000", 2000)),
    ("Huyện Sơn Động", "Sơn Động", ("412", 412), ("398", 398), ("450", 450)),
]
table = "\n".join("\n".join([r[0], r[2][0], r[3][0], r[4][0]]) for r in ROWS)

TEXT = """SỞ Y TẾ TỈNH BẮC GIANG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Kết quả vận động hiến máu tình nguyện năm 2023

Năm 2023, toàn tỉnh tiếp nhận 28.650 đơn vị máu, đạt 102,3% kế hoạch, bình quân 15,1 đơn vị máu/1.000 dân, bảo đảm cơ bản nhu cầu điều trị của 14 bệnh viện công lập trên địa bàn. Tính đến ngày 31/12/2023, tỉnh có 3.412 người hiến máu từ 5 lần trở lên.

Trong năm, Hội Chữ thập đỏ tỉnh phối hợp với Bệnh viện Đa khoa tỉnh tổ chức 64 đợt hiến máu lưu động, trong đó 21 đợt tại các doanh nghiệp trong Khu công nghiệp Quang Châu, Vân Trung. Số người đăng ký không đủ điều kiện hiến máu chiếm 12,6%, chủ yếu do huyết sắc tố thấp.

Số đơn vị máu tiếp nhận tại một số địa phương
Đơn vị tính: đơn vị máu
Địa phương
Năm 2022
Năm 2023
Kế hoạch 2024
""" + table + """

Riêng huyện Sơn Động giảm 3,4% so với năm 2022 do nhiều lao động trẻ đi làm việc ở các khu công nghiệp. Năm 2024, tỉnh phấn đấu tiếp nhận 30.000 đơn vị máu, tỷ lệ người hiến máu nhắc lại đạt trên 40%; mở thêm điểm hiến máu cố định tại Trung tâm Y tế các huyện Lục Ngạn, Sơn Động.

Địa chỉ: Số 2 đường Hùng Vương, TP. Bắc Giang | Điện thoại: 0204.3854.628
Tổng số lượt truy cập: 2.451.078
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
S = "Số đơn vị máu tiếp nhận"

FIGS = [
    F("tiếp nhận 28.650 đơn vị máu", "28.650", 28650, "count", "đơn vị máu", percent=102.3,
      subject="đơn vị máu tiếp nhận", period=Y23),
    F("bình quân 15,1 đơn vị máu/1.000 dân", "15,1", 15.1, "measure", "đơn vị máu/1.000 dân",
      subject="đơn vị máu tiếp nhận bình quân trên 1.000 dân", period=Y23),
    F("của 14 bệnh viện", "14", 14, "count", "bệnh viện", subject="bệnh viện công lập trên địa bàn"),
    F("có 3.412 người", "3.412", 3412, "count", "người", subject="người hiến máu từ 5 lần trở lên",
      period=P("Tính đến ngày 31/12/2023", None, "2023-12-31")),
    F("từ 5 lần trở lên", "5", 5, "count", "lần", approx="at_least", optional=True),
]
TN = P("Trong năm", "2023-01-01", "2023-12-31")
FIGS += [
    F("tổ chức 64 đợt", "64", 64, "count", "đợt", subject="đợt hiến máu lưu động", period=TN),
    F("trong đó 21 đợt", "21", 21, "count", "đợt", total=64,
      subject="đợt hiến máu lưu động tại các doanh nghiệp trong khu công nghiệp", period=TN),
    F("chiếm 12,6%", "12,6", 12.6, "percent", "%", subject="người đăng ký không đủ điều kiện hiến máu",
      period=I(TN)),
]
for label, loc, a, b, c in ROWS:
    FIGS += [
        F(label + "\n" + a[0], a[0], a[1], "count", "đơn vị máu", subject=S + " năm 2022", period=Y22, location=loc),
        F(a[0] + "\n" + b[0], b[0], b[1], "count", "đơn vị máu", subject=S + " năm 2023", period=Y23, location=loc),
        F(b[0] + "\n" + c[0], c[0], c[1], "count", "đơn vị máu", status="target", subject=S + " kế hoạch 2024",
          period=K24, location=loc),
    ]
FIGS += [
    F("giảm 3,4%", "3,4", 3.4, "percent", "%", subject="số đơn vị máu tiếp nhận giảm so với năm 2022",
      location="Sơn Động"),
    F("tiếp nhận 30.000 đơn vị máu", "30.000", 30000, "count", "đơn vị máu", status="target",
      subject="đơn vị máu tiếp nhận", period=Y24),
    F("trên 40%", "40", 40, "percent", "%", approx="over", status="target",
      subject="tỷ lệ người hiến máu nhắc lại", period=Y24),
]

COMMENTS = [
    "Probe 574-7: Sở Y tế Bắc Giang department site, no dateline (no published), footer with address, phone, visit counter.",
    "One-cell-per-line table with 'Đơn vị tính: đơn vị máu' and columns Năm 2022 | Năm 2023 | Kế hoạch 2024: every cell is",
    "a figure, period from the column header (scored, as in shared h23), 'Kế hoạch 2024' → target; district rows → location.",
    "'15,1 đơn vị máu/1.000 dân' is a rate (measure; 1.000 is its denominator). 'giảm 3,4%' is a rate that is the claim.",
    "revised after the first run: the rate's subject now names its denominator ('… bình quân trên 1.000 dân'), as shared h24 does.",
    "Distractors: Số 2 đường Hùng Vương, 0204.3854.628, Tổng số lượt truy cập: 2.451.078, 'ngày 31/12/2023'.",
]

if __name__ == "__main__":
    emit("p574-7", TEXT, COMMENTS, FIGS, location="Bắc Giang")
