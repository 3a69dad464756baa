from lib import *

TEXT = """
Bắc Giang đẩy mạnh kiên cố hóa kênh mương nội đồng

9 tháng năm 2024, toàn tỉnh kiên cố hóa được 126,8 km kênh mương, ước cả năm đạt khoảng 170 km, bằng 106% kế hoạch. Tính đến 30/9, tổng chiều dài kênh mương do cấp xã quản lý đã được kiên cố hóa là 3.215,6 km trên tổng số 4.870 km, đạt 66%; còn gần 1.655 km kênh đất cần được đầu tư.

Kết quả của một số huyện (đơn vị tính: km):
Huyện\tKế hoạch năm\tThực hiện 9 tháng\tƯớc cả năm
Lục Nam\t28\t21,5\t29,0
Yên Dũng\t22\t18,4\t23,5
Lạng Giang\t20\t16,2\t21,0

Nguồn vốn thực hiện từ đầu năm đến nay đạt 98,7 tỷ đồng, trong đó vốn ngân sách tỉnh 61,2 tỷ đồng (chiếm 62%), ngân sách huyện, xã 22,3 tỷ đồng, nhân dân đóng góp 15,2 tỷ đồng. Người dân còn hiến khoảng 18.500 m2 đất và đóng góp trên 120 nghìn ngày công.

Theo Nghị quyết số 07/2021/NQ-HĐND, mức hỗ trợ của tỉnh từ 400 đến 650 triệu đồng/km tùy loại kênh; riêng các xã đặc biệt khó khăn được hỗ trợ 100% chi phí xây lắp. Nhờ được cứng hóa, tuyến kênh N6 thuộc hệ thống thủy nông Cầu Sơn đã chủ động tưới cho 1.350 ha lúa vụ Mùa.

Chỉ tiêu đến năm 2025 toàn tỉnh kiên cố hóa 75% chiều dài kênh mương do cấp xã quản lý. Theo tính toán của Sở NN&PTNT, nhu cầu vốn giai đoạn 2024-2025 dự kiến khoảng 1,05 nghìn tỷ đồng.
"""

HEADER = """
Province portal (Bắc Giang) without any dateline or date: published null. 'Tính đến 30/9' takes its year from the earlier
'9 tháng năm 2024'; 'từ đầu năm đến nay' starts 2024-01-01 and, with no published date, ends null (FIGURES.md).
'ước cả năm đạt khoảng 170 km, bằng 106% kế hoạch' -> estimate, about, percent 106, period 'cả năm' (2024).
'3.215,6 km trên tổng số 4.870 km, đạt 66%' -> total 4870 (attribute, not a figure), percent 66.
Tab-separated table, rows are districts (location), unit km from '(đơn vị tính: km)'; 'Kế hoạch năm' -> target, 'Ước cả năm' -> estimate;
table periods come from header words without a year (inherited). 'trong đó' parts of 98,7 tỷ get its total; '120 nghìn' = 120000.
Distractors: Nghị quyết số 07/2021/NQ-HĐND, 'kênh N6', 'Cầu Sơn', '30/9' itself. 'vụ Mùa' 1.350 ha (irrigated area of one canal) is a figure.
revised: subject of 'khoảng 170 km' no longer carries 'ước cả năm' (status and period have their own fields; prose, not a table column).
"""

p9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
p9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
yr = P("cả năm", "2024-01-01", "2024-12-31")
yri = P("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
ytd = P("từ đầu năm đến nay", "2024-01-01", None)
ytdi = P("từ đầu năm đến nay", "2024-01-01", None, inherited=True)

FIGS = [
    F("được 126,8 km", "126,8", 126.8, "measure", "km", "kênh mương kiên cố hóa", period=p9),
    F("khoảng 170 km", "170", 170, "measure", "km", "kênh mương kiên cố hóa", approx="about",
      percent=106, status="estimate", period=yr),
    F("là 3.215,6 km", "3.215,6", 3215.6, "measure", "km", "tổng chiều dài kênh mương do cấp xã quản lý đã được kiên cố hóa",
      total=4870, percent=66, period=P("Tính đến 30/9", None, "2024-09-30")),
    F("gần 1.655 km", "1.655", 1655, "measure", "km", "kênh đất cần được đầu tư", approx="nearly",
      period=P("Tính đến 30/9", None, "2024-09-30")),
]
rows = [("Lục Nam", "28", 28, "21,5", 21.5, "29,0", 29.0),
        ("Yên Dũng", "22", 22, "18,4", 18.4, "23,5", 23.5),
        ("Lạng Giang", "20", 20, "16,2", 16.2, "21,0", 21.0)]
for name, a, av, b, bv, c, cv in rows:
    FIGS.append(F(f"{name}\t{a}\t", a, av, "measure", "km", "Kế hoạch năm kiên cố hóa kênh mương", status="target",
                  period=yri, location=name))
    FIGS.append(F(f"\t{a}\t{b}\t", b, bv, "measure", "km", "Thực hiện 9 tháng kiên cố hóa kênh mương",
                  period=p9i, location=name))
    FIGS.append(F(f"{b}\t{c}\n", c, cv, "measure", "km", "Ước cả năm kiên cố hóa kênh mương", status="estimate",
                  period=yri, location=name))
FIGS += [
    F("đạt 98,7 tỷ đồng", "98,7", 98.7e9, "money", "đồng", "nguồn vốn thực hiện", period=ytd),
    F("tỉnh 61,2 tỷ đồng", "61,2", 61.2e9, "money", "đồng", "vốn ngân sách tỉnh", total=98.7e9, percent=62, period=ytd),
    F("xã 22,3 tỷ đồng", "22,3", 22.3e9, "money", "đồng", "ngân sách huyện, xã", total=98.7e9, period=ytd),
    F("góp 15,2 tỷ đồng", "15,2", 15.2e9, "money", "đồng", "nhân dân đóng góp", total=98.7e9, period=ytd),
    F("khoảng 18.500 m2", "18.500", 18500, "measure", "m2", "đất người dân hiến", approx="about", period=ytdi),
    F("trên 120 nghìn ngày công", "120", 120000, "count", "ngày công", "ngày công người dân đóng góp", approx="over",
      period=ytdi),
    F("từ 400 đến 650 triệu đồng/km", "400", 400e6, "money", "đồng/km", "mức hỗ trợ của tỉnh", value_max=650e6),
    F("hỗ trợ 100% chi phí", "100", 100, "percent", "%", "hỗ trợ chi phí xây lắp các xã đặc biệt khó khăn"),
    F("cho 1.350 ha", "1.350", 1350, "measure", "ha", "lúa vụ Mùa được tuyến kênh N6 chủ động tưới"),
    F("hóa 75% chiều dài", "75", 75, "percent", "%", "chiều dài kênh mương do cấp xã quản lý được kiên cố hóa",
      status="target", period=P("đến năm 2025", None, "2025-12-31")),
    F("khoảng 1,05 nghìn tỷ đồng", "1,05", 1.05e12, "money", "đồng", "nhu cầu vốn", approx="about", status="forecast",
      period=P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")),
]

build(8, TEXT, HEADER, {"location": "Bắc Giang"}, FIGS)
