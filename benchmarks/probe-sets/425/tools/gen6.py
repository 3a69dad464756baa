from lib import F, P, write

TEXT = """SỞ Y TẾ TỈNH HÀ GIANG
TRUNG TÂM KIỂM SOÁT BỆNH TẬT
Ngày đăng: 22/11/2024 | Lượt xem: 1.108

Tiêm chủng mở rộng tại 4 huyện vùng cao núi đá: cần tăng tốc trong quý IV

Tính đến ngày 31/10/2024, tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ toàn tỉnh đạt 74,6%, tỷ lệ tiêm vắc xin sởi - rubella cho trẻ 18 tháng tuổi đạt 70,2%. Kết quả tại 4 huyện vùng cao núi đá phía Bắc như sau:

Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ
Đơn vị tính: %
Huyện
Năm 2023
10 tháng năm 2024
Kế hoạch năm 2024
Đồng Văn
88,1
69,5
95
Mèo Vạc
86,4
71,2
95
Yên Minh
90,3
76,8
95
Quản Bạ
92,7
80,4
95
Toàn tỉnh
91,5
74,6
95

Nguyên nhân tỷ lệ thấp là do thiếu vắc xin 5 trong 1 (DPT-VGB-Hib) trong quý I/2024, địa bàn rộng, giao thông đi lại khó khăn vào mùa mưa.

Từ đầu năm đến nay, toàn tỉnh đã tổ chức tiêm bù, tiêm vét cho 12.340 trẻ; riêng 4 huyện vùng cao núi đá chiếm 58,3%. Số xã có tỷ lệ tiêm chủng đầy đủ đạt từ 90% trở lên là 71/193 xã, phường, thị trấn, giảm 23 xã so với năm 2023.

Trong quý IV/2024, Trung tâm phấn đấu tiêm vét cho khoảng 3.500 trẻ còn thiếu mũi, đồng thời bảo đảm cung ứng đủ vắc xin cho các điểm tiêm. Các trạm y tế tổ chức tiêm chủng vào ngày 25 hằng tháng; phụ huynh cần thông tin xin liên hệ số điện thoại 0219.3866.542 hoặc đến trụ sở Trung tâm tại số 338 đường Nguyễn Trãi, TP Hà Giang.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
K24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
AS = P("Tính đến ngày 31/10/2024", None, "2024-10-31")
SUBJ = "Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ"


def row(a1, n1, a2, n2, a3, loc):
    return [
        F(a1, n1, float(n1.replace(",", ".")), "percent", "%", f"{SUBJ} năm 2023", location=loc, period=Y23),
        F(a2, n2, float(n2.replace(",", ".")), "percent", "%", f"{SUBJ} 10 tháng năm 2024", location=loc, period=M10),
        F(a3, "95", 95, "percent", "%", f"{SUBJ} kế hoạch năm 2024", location=loc, status="target", period=K24),
    ]


FIGS = [
    F("tại 4 huyện vùng cao núi đá:", "4", 4, "count", "huyện", optional=True),
    F("Kết quả tại 4 huyện", "4", 4, "count", "huyện", optional=True),
    F("riêng 4 huyện", "4", 4, "count", "huyện", optional=True),
    F("trẻ dưới 1 tuổi được tiêm chủng đầy đủ toàn tỉnh", "1", 1, "measure", "tuổi", approx="under", optional=True),
    F("toàn tỉnh đạt 74,6%", "74,6", 74.6, "percent", "%", "tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ", period=AS),
    F("18 tháng tuổi", "18", 18, "measure", "tháng tuổi", optional=True),
    F("tuổi đạt 70,2%", "70,2", 70.2, "percent", "%", "tỷ lệ tiêm vắc xin sởi - rubella cho trẻ 18 tháng tuổi", period=AS),
]
FIGS += row("Đồng Văn\n88,1", "88,1", "88,1\n69,5", "69,5", "69,5\n95", "Đồng Văn")
FIGS += row("Mèo Vạc\n86,4", "86,4", "86,4\n71,2", "71,2", "71,2\n95", "Mèo Vạc")
FIGS += row("Yên Minh\n90,3", "90,3", "90,3\n76,8", "76,8", "76,8\n95", "Yên Minh")
FIGS += row("Quản Bạ\n92,7", "92,7", "92,7\n80,4", "80,4", "80,4\n95", "Quản Bạ")
FIGS += row("Toàn tỉnh\n91,5", "91,5", "91,5\n74,6", "74,6", "74,6\n95", "Hà Giang")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-22")
FIGS += [
    F("cho 12.340 trẻ", "12.340", 12340, "count", "trẻ", "trẻ được tiêm bù, tiêm vét", period=YTD),
    F("chiếm 58,3%", "58,3", 58.3, "percent", "%", "tỷ lệ trẻ được tiêm bù, tiêm vét tại 4 huyện vùng cao núi đá", period=YTD),
    F("từ 90% trở lên", "90", 90, "percent", "%", approx="at_least", optional=True),
    F("là 71/193 xã", "71", 71, "count", "xã", "xã có tỷ lệ tiêm chủng đầy đủ đạt từ 90% trở lên", total=193,
      change={"direction": "decrease", "value": 23, "unit": "xã", "baseline": "năm 2023"},
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-11-22", inherited=True)),
    F("khoảng 3.500 trẻ", "3.500", 3500, "count", "trẻ", "trẻ còn thiếu mũi được tiêm vét", approx="about", status="target",
      period=P("quý IV/2024", "2024-10-01", "2024-12-31")),
]

HEADER = """
Department site (Sở Y tế Hà Giang, CDC), "Ngày đăng: dd/mm/yyyy | Lượt xem: N". EPI coverage in the four karst-plateau districts, with a
one-cell-per-line table (title line, "Đơn vị tính: %", column headers Năm 2023 / 10 tháng năm 2024 / Kế hoạch năm 2024).
Every cell is a figure; district rows give the location, "Toàn tỉnh" is Hà Giang; subject = table title + column; period from the column header
(scored, as in shared h23/h24); the "Kế hoạch" column gives status target. The text's 74,6% (as of 31/10/2024) is a figure of its own.
"riêng 4 huyện … chiếm 58,3%" is a share with no base number: a percent figure. "71/193 xã …, giảm 23 xã so với năm 2023" → total and change;
its period is inherited from the previous sentence ("Từ đầu năm đến nay", ending at the dateline). "phấn đấu tiêm vét cho khoảng 3.500 trẻ" → target.
Optional: ages, threshold "từ 90% trở lên". "4 huyện" (structure: it names the set) is optional.
Distractors: "5 trong 1", "quý I/2024",
"ngày 25 hằng tháng", phone 0219.3866.542, address "số 338 đường Nguyễn Trãi", view counter, dateline.
"""

write(6, TEXT, FIGS, HEADER, published="2024-11-22", location="Hà Giang")
