from lib import F, P, ch, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BÌNH ĐỊNH
CHI CỤC THỦY LỢI

Tình hình nguồn nước các hồ chứa và công tác phục vụ sản xuất vụ Hè Thu năm 2024
Ngày đăng: 05/08/2024 | Lượt xem: 687

Theo số liệu quan trắc, tổng lượng mưa 7 tháng đầu năm 2024 trên địa bàn tỉnh Bình Định phổ biến từ 480 đến 650 mm, thấp hơn trung bình nhiều năm khoảng 15%. Tính đến ngày 01/8/2024, 165 hồ chứa thủy lợi trong tỉnh tích được 385,6 triệu m3, đạt 54,2% dung tích thiết kế, thấp hơn cùng kỳ năm 2023 là 61,3 triệu m3. Trong đó, 4 hồ lớn do Công ty TNHH Khai thác công trình thủy lợi Bình Định quản lý tích được 169,32 triệu m3.

Dung tích các hồ chứa lớn
Đơn vị tính: triệu m3

Hồ chứa

Dung tích thiết kế

Đến 01/8/2023

Đến 01/8/2024

Định Bình

226,13

121,36

97,48

Núi Một

110,00

52,80

41,27

Thuận Ninh

37,33

15,02

11,94

Hội Sơn

44,50

20,11

18,63

Trong 6 tháng đầu năm, các hồ chứa đã xả khoảng 212 triệu m3 nước phục vụ tưới cho 52.300 ha lúa vụ Đông Xuân, bằng 101,4% kế hoạch. Vụ Hè Thu năm 2024, kế hoạch tưới 46.800 ha lúa; Chi cục dự kiến khoảng 3.200 ha (chiếm 6,8%) có nguy cơ thiếu nước, chủ yếu ở các huyện Phù Cát, Tây Sơn và Vân Canh.

Chi cục đề nghị các đơn vị quản lý, khai thác thực hiện nghiêm Nghị định số 114/2018/NĐ-CP về quản lý an toàn đập, hồ chứa nước; điều tiết nước tiết kiệm, ưu tiên nước sinh hoạt.
"""

N7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
AS = P("Tính đến ngày 01/8/2024", None, "2024-08-01")
ASi = P("Tính đến ngày 01/8/2024", None, "2024-08-01", inh=True)
C23 = P("Đến 01/8/2023", None, "2023-08-01")
C24 = P("Đến 01/8/2024", None, "2024-08-01")
H6 = P("Trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")
HT = P("Vụ Hè Thu năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("từ 480 đến 650 mm", "480", 480, "measure", "mm", "tổng lượng mưa", N7, value_max=650,
      change=ch("decrease", 15, "%", "trung bình nhiều năm", approx="about")),
    F("01/8/2024, 165 hồ", "165", 165, "count", "hồ chứa thủy lợi", "hồ chứa thủy lợi trong tỉnh", AS),
    F("tích được 385,6 triệu m3", "385,6", 385600000, "measure", "m3", "dung tích các hồ chứa thủy lợi tích được", AS,
      percent=54.2, change=ch("decrease", 61300000, "m3", "cùng kỳ năm 2023")),
    F("Trong đó, 4 hồ", "4", 4, "count", "hồ lớn", "hồ lớn do Công ty TNHH Khai thác công trình thủy lợi Bình Định quản lý",
      ASi, total=165),
    F("tích được 169,32 triệu m3", "169,32", 169320000, "measure", "m3", "dung tích 4 hồ lớn tích được", ASi, total=385600000),
]
rows = [("Định Bình", "226,13", "121,36", "97,48"), ("Núi Một", "110,00", "52,80", "41,27"),
        ("Thuận Ninh", "37,33", "15,02", "11,94"), ("Hội Sơn", "44,50", "20,11", "18,63")]
num = lambda s: float(s.replace(",", "."))
for lab, a, b, c in rows:
    FIGS.append(F(f"{lab}\n\n{a}", a, round(num(a) * 1e6), "measure", "m3", f"dung tích thiết kế hồ {lab}"))
    FIGS.append(F(f"{a}\n\n{b}", b, round(num(b) * 1e6), "measure", "m3", f"dung tích hồ {lab} đến 01/8/2023", C23))
    FIGS.append(F(f"{b}\n\n{c}", c, round(num(c) * 1e6), "measure", "m3", f"dung tích hồ {lab} đến 01/8/2024", C24))
FIGS += [
    F("khoảng 212 triệu m3", "212", 212000000, "measure", "m3", "lượng nước các hồ chứa đã xả", H6, approx="about"),
    F("cho 52.300 ha", "52.300", 52300, "measure", "ha", "diện tích lúa vụ Đông Xuân được tưới", H6, percent=101.4),
    F("tưới 46.800 ha", "46.800", 46800, "measure", "ha", "diện tích lúa kế hoạch tưới vụ Hè Thu", HT, status="target"),
    F("khoảng 3.200 ha", "3.200", 3200, "measure", "ha", "diện tích có nguy cơ thiếu nước", HT, approx="about",
      percent=6.8, status="forecast"),
]

COMMENTS = [
    "Department site (Chi cục Thủy lợi, Sở NN&PTNT Bình Định): rainfall, storage of 165 reservoirs at 01/8/2024, a one-cell-per-line",
    "table of four large reservoirs (Đơn vị tính: triệu m3; columns design / Đến 01/8/2023 / Đến 01/8/2024), releases, Hè Thu plan.",
    "'Ngày đăng: 05/08/2024 | Lượt xem: 687' : dateline + view counter. Distractor: 'Nghị định số 114/2018/NĐ-CP'.",
    "'từ 480 đến 650 mm, thấp hơn trung bình nhiều năm khoảng 15%' : range with the change attached (decrease 15%, about).",
    "'Trong đó, 4 hồ lớn ... tích được 169,32 triệu m3' follows the 165 reservoirs and their 385,6 triệu m3: totals 165 and 385,6 triệu.",
    "Table cells: period from the column header ('Đến 01/8/2023' as-of), design capacity has none; reservoirs are not places.",
    "'bằng 101,4% kế hoạch' is the share of 52.300 ha. 'kế hoạch tưới 46.800 ha' is a target; 'dự kiến khoảng 3.200 ha (chiếm 6,8%)'",
    "a forecast with its share. The districts after 'chủ yếu ở' name where it concentrates; the figure stays provincial (Bình Định).",
    "'6 tháng đầu năm' takes 2024 from the earlier '7 tháng đầu năm 2024'.",
]

emit("p286-6", TEXT, COMMENTS, FIGS, published="2024-08-05", location="Bình Định")
