from lib import *

text = """Cam Lộ: Chuẩn bị tốt cho công tác tuyển quân năm 2025

Thực hiện Nghị quyết số 08-NQ/HU của Ban Thường vụ Huyện ủy và Kế hoạch số 145/KH-UBND của UBND huyện, quý III/2024, Ban Chỉ huy quân sự huyện đã phối hợp tổ chức sơ tuyển sức khỏe cho 638 công dân trong độ tuổi gọi nhập ngũ, tăng 5,1% so với cùng kỳ.

Tính đến 30/9, 8/8 xã, thị trấn đã hoàn thành đăng ký nghĩa vụ quân sự lần đầu cho 412 nam công dân đủ 17 tuổi, đạt 101,5% kế hoạch.

Từ đầu năm đến nay, huyện tiếp nhận 186 quân nhân hoàn thành nghĩa vụ trở về địa phương; 186/186 quân nhân đã đăng ký vào ngạch dự bị. Trong 6 tháng đầu năm, 72 quân nhân xuất ngũ được giới thiệu việc làm, chiếm 38,7%; 24 người được vay vốn giải quyết việc làm với tổng số tiền 1,15 tỷ đồng.

Kết quả giao quân 3 năm gần đây (đơn vị tính: công dân):
Năm\tChỉ tiêu\tĐã giao\tĐảng viên
2022\t88\t88\t2
2023\t90\t90\t3
2024\t92\t92\t5

Năm 2025, huyện được giao chỉ tiêu 95 công dân nhập ngũ (Quân đội 86, Công an 9). Dự kiến khám tuyển khoảng 250 công dân, gấp 2,6 lần chỉ tiêu; phấn đấu tỷ lệ tân binh có trình độ cao đẳng, đại học từ 10 đến 12%.

Đồng chí Bí thư Huyện ủy yêu cầu Hội đồng nghĩa vụ quân sự huyện chỉ đạo các xã thực hiện nghiêm quy trình 5 công khai, không để xảy ra sai sót; mọi thông tin phản ánh gửi về Ban CHQS huyện, Khu phố 2, thị trấn Cam Lộ.

Minh Đức
08/10/2024
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
T309 = P("Tính đến 30/9", None, "2024-09-30")
TDN = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-08")
H6 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y25 = Y("Năm 2025", 2025)
Y25i = Y("Năm 2025", 2025, True)
figs = [
    F("cho 638 công dân", "638", 638, "count", "công dân", "công dân trong độ tuổi gọi nhập ngũ được sơ tuyển sức khỏe",
      change=CH("increase", 5.1, "%", "cùng kỳ"), period=Q3),
    F("8/8 xã", "8", 8, "count", "xã, thị trấn", "xã, thị trấn hoàn thành đăng ký nghĩa vụ quân sự lần đầu",
      total=8, period=T309),
    F("cho 412 nam", "412", 412, "count", "nam công dân", "nam công dân đăng ký nghĩa vụ quân sự lần đầu",
      percent=101.5, period=T309),
    F("đủ 17 tuổi", "17", 17, "measure", "tuổi", "độ tuổi đăng ký nghĩa vụ quân sự lần đầu", optional=True),
    F("tiếp nhận 186 quân nhân", "186", 186, "count", "quân nhân",
      "quân nhân hoàn thành nghĩa vụ trở về địa phương", period=TDN),
    F("186/186", "186", 186, "count", "quân nhân", "quân nhân đã đăng ký vào ngạch dự bị", total=186, period=TDN),
    F("72 quân nhân", "72", 72, "count", "quân nhân", "quân nhân xuất ngũ được giới thiệu việc làm",
      percent=38.7, period=H6),
    F("24 người", "24", 24, "count", "người", "người được vay vốn giải quyết việc làm", period=H6),
    F("1,15 tỷ đồng", "1,15", 1.15e9, "money", "đồng", "tổng số tiền vay vốn giải quyết việc làm", period=H6),
    F("giao quân 3 năm", "3", 3, "count", "năm", optional=True),
]
tab = [("2022", "88", "2"), ("2023", "90", "3"), ("2024", "92", "5")]
for yr, q_, dv in tab:
    figs.append(F(f"{yr}\t{q_}", q_, int(q_), "count", "công dân", f"Chỉ tiêu giao quân năm {yr}",
                  status="target", period=Y(yr, int(yr))))
    figs.append(F(f"{q_}\t{dv}", q_, int(q_), "count", "công dân", f"Đã giao năm {yr}", period=Y(yr, int(yr))))
    figs.append(F(f"\t{dv}\n", dv, int(dv), "count", "công dân", f"Đảng viên năm {yr}", period=Y(yr, int(yr))))
figs += [
    F("chỉ tiêu 95 công dân", "95", 95, "count", "công dân", "chỉ tiêu công dân nhập ngũ",
      status="target", period=Y25),
    F("(Quân đội 86", "86", 86, "count", "công dân", "chỉ tiêu nhập ngũ Quân đội", total=95,
      status="target", period=Y25),
    F("Công an 9)", "9", 9, "count", "công dân", "chỉ tiêu thực hiện nghĩa vụ tham gia Công an", total=95,
      status="target", period=Y25),
    F("khoảng 250 công dân", "250", 250, "count", "công dân", "công dân khám tuyển", approx="about",
      status="forecast", change=CH("increase", 2.6, "lần", "chỉ tiêu"), period=Y25i),
    F("từ 10 đến 12%", "10", 10, "percent", "%", "tỷ lệ tân binh có trình độ cao đẳng, đại học",
      value_max=12, status="target", period=Y25i),
    F("quy trình 5 công khai", "5", 5, "count", "công khai", optional=True),
]

comments = [
    "Trang TTĐT Huyện ủy Cam Lộ, Quảng Trị (district Party site): preparing the 2025 enlistment. No dateline at the top;",
    "byline and a bare date '08/10/2024' at the end (published). Distractors: 'Nghị quyết số 08-NQ/HU', 'Kế hoạch số 145/KH-UBND',",
    "'Khu phố 2', year row labels 2022/2023/2024 of the tab-separated table. Optional: '17 tuổi' (criterion), '3 năm gần đây',",
    "'quy trình 5 công khai' (a label). 'Tính đến 30/9' takes the year of the earlier 'quý III/2024'; 'Từ đầu năm đến nay' ends at the date line.",
    "'8/8 xã, thị trấn' and '186/186' are counts with totals; '412 …, đạt 101,5% kế hoạch' carries percent 101.5 (spec's 'đạt …% chỉ tiêu').",
    "Tab table: period from the row's year (scored, like a column header); 'Chỉ tiêu' column -> target; unit from 'đơn vị tính: công dân'.",
    "Second paragraph of 2025: the bracket (86, 9) adds up to the quota 95 (targets); 'khoảng 250 … gấp 2,6 lần chỉ tiêu' is a forecast with its change.",
]
build(8, text, comments, figs, published="2024-10-08", location="Cam Lộ")
