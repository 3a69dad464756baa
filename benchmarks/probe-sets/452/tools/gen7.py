from lib import *

TEXT = """SỞ Y TẾ TỈNH QUẢNG NGÃI
Trang chủ | Giới thiệu | Tin tức | Văn bản

Kết quả khám, chữa bệnh BHYT năm 2023 theo tuyến

Năm 2023, các cơ sở khám, chữa bệnh (KCB) trên địa bàn tỉnh Quảng Ngãi đã tiếp đón 2.948.315 lượt người bệnh có thẻ BHYT, tăng 9,4% so với năm 2022; tổng chi phí KCB BHYT được cơ quan BHXH giám định, thanh toán là 1.652,8 tỷ đồng.

Số lượt và chi phí KCB BHYT theo tuyến như sau:
Tuyến
Số lượt KCB năm 2022 (lượt)
Số lượt KCB năm 2023 (lượt)
Chi phí năm 2023 (triệu đồng)
Tuyến tỉnh
612.450
689.102
874.215
Tuyến huyện
1.204.380
1.318.560
602.440
Tuyến xã
878.920
940.653
176.145

Đáng chú ý, tỷ lệ chuyển tuyến giảm còn 4,1%; số ngày điều trị nội trú bình quân là 6,2 ngày. Bệnh viện Đa khoa tỉnh có chi phí bình quân một đợt điều trị nội trú cao nhất, khoảng 9,8 triệu đồng; Bệnh viện Sản - Nhi tỉnh 6,4 triệu đồng. Qua khảo sát, tỷ lệ người bệnh nội trú hài lòng với dịch vụ KCB BHYT đạt 92,3%.

Năm 2024, Sở Y tế đặt chỉ tiêu giảm tỷ lệ chuyển tuyến xuống dưới 3,5%; 100% cơ sở KCB thực hiện KCB BHYT bằng căn cước công dân gắn chip. Các đơn vị thực hiện theo Thông tư số 30/2020/TT-BYT và Công văn số 4521/SYT-NVY.

Mọi phản ánh về chất lượng KCB BHYT xin gửi về đường dây nóng Sở Y tế: 1900 9095 hoặc số 0255.3822.711.

Phòng Nghiệp vụ Y
18/01/2024
"""

Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23_I = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tiếp đón 2.948.315 lượt", "2.948.315", 2948315, "count", "lượt người bệnh", "lượt người bệnh có thẻ BHYT",
      change=CH("increase", 9.4, "%", "năm 2022"), period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("là 1.652,8 tỷ đồng", "1.652,8", 1652800000000, "money", "đồng",
      "tổng chi phí KCB BHYT được cơ quan BHXH giám định, thanh toán", period=P("Năm 2023", "2023-01-01", "2023-12-31")),
]
ROWS = [("Tuyến tỉnh", "612.450", 612450, "689.102", 689102, "874.215", 874215),
        ("Tuyến huyện", "1.204.380", 1204380, "1.318.560", 1318560, "602.440", 602440),
        ("Tuyến xã", "878.920", 878920, "940.653", 940653, "176.145", 176145)]
for label, a, av, b, bv, c, cv in ROWS:
    FIGS.append(F(f"\n{a}\n", a, av, "count", "lượt", f"Số lượt KCB {label}", period=Y22))
    FIGS.append(F(f"\n{b}\n", b, bv, "count", "lượt", f"Số lượt KCB {label}", period=Y23))
    FIGS.append(F(f"\n{c}\n", c, cv * 1000000, "money", "đồng", f"Chi phí {label}", period=Y23))

FIGS += [
    F("còn 4,1%", "4,1", 4.1, "percent", "%", "tỷ lệ chuyển tuyến", period=Y23_I),
    F("là 6,2 ngày", "6,2", 6.2, "measure", "ngày", "số ngày điều trị nội trú bình quân", period=Y23_I),
    F("khoảng 9,8 triệu đồng", "9,8", 9800000, "money", "đồng",
      "chi phí bình quân một đợt điều trị nội trú", approx="about", period=Y23_I),
    F("tỉnh 6,4 triệu đồng", "6,4", 6400000, "money", "đồng", "chi phí bình quân một đợt điều trị nội trú", period=Y23_I),
    F("đạt 92,3%", "92,3", 92.3, "percent", "%", "tỷ lệ người bệnh nội trú hài lòng với dịch vụ KCB BHYT", period=Y23_I),
    F("dưới 3,5%", "3,5", 3.5, "percent", "%", "tỷ lệ chuyển tuyến", approx="under", status="target", period=Y24),
    F("100% cơ sở KCB", "100", 100, "percent", "%",
      "cơ sở KCB thực hiện KCB BHYT bằng căn cước công dân gắn chip", status="target", period=Y24),
]

COMMENTS = [
    "Sở Y tế Quảng Ngãi (department site): KCB BHYT 2023 by level of care. No dateline at the top; a bare date '18/01/2024' at the end after the office name = published.",
    "One-cell-per-line table: header cells carry period and unit ('Số lượt KCB năm 2022 (lượt)', 'Chi phí năm 2023 (triệu đồng)'); every numeric cell is a figure,",
    "subject = column label + row label (tuyến tỉnh/huyện/xã are not places); 'triệu đồng' column -> value ×10⁶, unit đồng; periods from the column headers (scored, as h23/h24).",
    "Table sums check against the lead (2.948.315 lượt; 1.652,8 tỷ). 'giảm còn 4,1%' states only the new level: no change. '6,4 triệu đồng' is the second item of the cost list.",
    "'Năm 2024, Sở Y tế đặt chỉ tiêu ...' -> targets 'dưới 3,5%' (under) and '100% cơ sở KCB'. Distractors: Thông tư số 30/2020/TT-BYT, Công văn số 4521/SYT-NVY, hotline 1900 9095, phone.",
]

if __name__ == "__main__":
    build("p452-7", TEXT, COMMENTS, FIGS, published="2024-01-18", location="Quảng Ngãi")
