from lib import F, P, build

TEXT = """CỤC THỐNG KÊ TỈNH AN GIANG
Phân tích - Dự báo

Sản xuất giống thủy sản tỉnh An Giang giai đoạn 2020-2023

Giai đoạn 2020-2023, sản lượng cá tra giống của tỉnh tăng bình quân 5,8%/năm; năm 2023 đạt 2.418 triệu con, gấp 1,25 lần năm 2020. Số liệu chi tiết theo Niên giám Thống kê 2023 (trang 215):

Một số chỉ tiêu sản xuất giống thủy sản
Đơn vị tính: triệu con
Chỉ tiêu
2020
2021
2022
2023
Cá tra giống
1.934
1.712
2.206
2.418
Cá rô phi giống
185,4
162,0
201,3
236,8
Tôm càng xanh giống
48,6
52,1
60,7
71,5
Cá giống khác
312,0
298,4
305,9
330,2

Năm 2023, toàn tỉnh có 126 cơ sở sản xuất cá tra giống, tập trung tại huyện Châu Phú (34 cơ sở), thị xã Tân Châu (29 cơ sở) và huyện Phú Tân (22 cơ sở). Năm 2021, do ảnh hưởng của dịch Covid-19, sản lượng cá tra giống giảm 11,5% so với năm 2020. Riêng tôm càng xanh giống, sản lượng năm 2023 tăng 17,8% so với năm 2022, chủ yếu do mô hình nuôi tôm càng xanh luân canh trên ruộng lúa ở huyện Thoại Sơn mở rộng lên khoảng 1.150 ha. Giá cá tra giống bình quân năm 2023 dao động từ 25.000 đến 30.000 đồng/kg.

Tỷ lệ cá tra giống đạt tiêu chuẩn chất lượng xuất bán năm 2023 ước khoảng 65% (mục tiêu của Đề án là 80%). Theo Quyết định số 2046/QĐ-UBND, mục tiêu đến năm 2025, sản lượng cá tra giống của tỉnh đạt 2.800 triệu con, trong đó cá tra giống 3 cấp chất lượng cao chiếm trên 30%.
"""

Y = {y: P(str(y), f"{y}-01-01", f"{y}-12-31") for y in (2020, 2021, 2022, 2023)}
ROWS = {
    "Cá tra giống": [("giống\n1.934", "1.934", 1934), ("1.934\n1.712", "1.712", 1712), ("1.712\n2.206", "2.206", 2206), ("2.206\n2.418", "2.418", 2418)],
    "Cá rô phi giống": [("185,4", "185,4", 185.4), ("162,0", "162,0", 162), ("201,3", "201,3", 201.3), ("236,8", "236,8", 236.8)],
    "Tôm càng xanh giống": [("48,6", "48,6", 48.6), ("52,1", "52,1", 52.1), ("60,7", "60,7", 60.7), ("71,5", "71,5", 71.5)],
    "Cá giống khác": [("312,0", "312,0", 312), ("298,4", "298,4", 298.4), ("305,9", "305,9", 305.9), ("330,2", "330,2", 330.2)],
}
N23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("bình quân 5,8%/năm", "5,8", 5.8, "percent", "%", "tốc độ tăng bình quân sản lượng cá tra giống",
      period=P("Giai đoạn 2020-2023", "2020-01-01", "2023-12-31")),
    F("đạt 2.418 triệu con", "2.418", 2418e6, "count", "con", "sản lượng cá tra giống",
      change={"direction": "increase", "value": 1.25, "unit": "lần", "baseline": "năm 2020"}, period=P("năm 2023", "2023-01-01", "2023-12-31")),
]
for lab, cells in ROWS.items():
    for (a, n, v), y in zip(cells, (2020, 2021, 2022, 2023)):
        FIGS.append(F(a, n, v * 1e6, "count", "con", f"{lab} {y}", period=Y[y]))
FIGS += [
    F("có 126 cơ sở", "126", 126, "count", "cơ sở", "cơ sở sản xuất cá tra giống", period=N23),
    F("Châu Phú (34 cơ sở)", "34", 34, "count", "cơ sở", "cơ sở sản xuất cá tra giống", location="Châu Phú", period=N23),
    F("Tân Châu (29 cơ sở)", "29", 29, "count", "cơ sở", "cơ sở sản xuất cá tra giống", location="Tân Châu", period=N23),
    F("Phú Tân (22 cơ sở)", "22", 22, "count", "cơ sở", "cơ sở sản xuất cá tra giống", location="Phú Tân", period=N23),
    F("giảm 11,5%", "11,5", 11.5, "percent", "%", "sản lượng cá tra giống giảm", period=P("Năm 2021", "2021-01-01", "2021-12-31")),
    F("tăng 17,8%", "17,8", 17.8, "percent", "%", "sản lượng tôm càng xanh giống tăng", period=N23),
    F("khoảng 1.150 ha", "1.150", 1150, "measure", "ha", "diện tích mô hình nuôi tôm càng xanh luân canh trên ruộng lúa", approx="about",
      location="Thoại Sơn", period=N23),
    F("từ 25.000 đến 30.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá cá tra giống bình quân", value_max=30000, period=N23),
    F("khoảng 65%", "65", 65, "percent", "%", "tỷ lệ cá tra giống đạt tiêu chuẩn chất lượng xuất bán", approx="about", status="estimate",
      target={"value": 80, "unit": "%", "met": False}, period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 2.800 triệu con", "2.800", 2800e6, "count", "con", "sản lượng cá tra giống", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("trên 30%", "30", 30, "percent", "%", "cá tra giống 3 cấp chất lượng cao", approx="over", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
]

COMMENTS = [
    "Cục Thống kê tỉnh An Giang (statistics office page): aquaculture seed 2020-2023. No dateline at all: published null.",
    "One-cell-per-line table with 'Đơn vị tính: triệu con': 16 cells, ×10^6 con, period from the year column headers; subject = row label + year.",
    "Distractors: 'Niên giám Thống kê 2023 (trang 215)', Quyết định số 2046/QĐ-UBND, 'Covid-19', 'cá tra giống 3 cấp' (a seed-system name), 'Giai đoạn 2020-2023' in the title.",
    "'5,8%/năm' is a growth rate that is the claim: percent, no change. '2.418 triệu con, gấp 1,25 lần năm 2020': change 1.25 lần, baseline năm 2020.",
    "'tăng 17,8% so với năm 2022' likewise; 'sản lượng năm 2023' names the year in the sentence. 1.150 ha is Thoại Sơn's (district named in the clause).",
    "'sản lượng … giảm 11,5% so với năm 2020' has no base amount: a percent figure of its own (growth-rate rule).",
    "'ước khoảng 65% (mục tiêu của Đề án là 80%)': approx about, status estimate, target 80 not met.",
    "'trong đó … chiếm trên 30%': a percent (no whole in con), target status from 'mục tiêu đến năm 2025'.",
]

if __name__ == "__main__":
    build(6, TEXT, COMMENTS, FIGS, published=None, location="An Giang")
