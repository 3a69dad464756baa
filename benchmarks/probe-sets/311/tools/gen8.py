import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

TEXT = """Công bố hiện trạng rừng tỉnh Điện Biên năm 2023
Ngày cập nhật: 05/03/2024

Ngày 28/02/2024, UBND tỉnh ban hành Quyết định số 312/QĐ-UBND công bố hiện trạng rừng tỉnh Điện Biên năm 2023. Theo đó, tính đến ngày 31/12/2023, tổng diện tích đất có rừng của tỉnh là 422.650,7 ha; trong đó rừng tự nhiên 407.912,4 ha, rừng trồng 14.738,3 ha. Tỷ lệ che phủ rừng đạt 43,07%, tăng 0,35% so với năm 2022, vượt chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV đề ra (42,8%).

Diện tích rừng và tỷ lệ che phủ rừng một số huyện
Huyện
Diện tích có rừng (ha)
Tỷ lệ che phủ (%)
Mường Nhé
108.415,2
68,79
Nậm Pồ
68.220,6
45,26
Tủa Chùa
31.042,9
45,38
Điện Biên Đông
43.508,1
36,02

Tại huyện Mường Nhé, Khu bảo tồn thiên nhiên cùng tên có diện tích 45.581 ha, là nơi ghi nhận 1.175 loài thực vật bậc cao, 596 loài động vật có xương sống; trong đó có 73 loài thuộc danh mục nguy cấp, quý, hiếm. Điểm du lịch cột mốc số 0 A Pa Chải năm 2023 đón khoảng 15.600 lượt khách.

Năm 2023, lực lượng kiểm lâm toàn tỉnh tổ chức 2.874 lượt tuần tra; phát hiện 96 vụ vi phạm, giảm 18 vụ so với năm trước; diện tích rừng bị thiệt hại do cháy là 12,4 ha, giảm 67%.

Kế hoạch năm 2024, tỉnh phấn đấu trồng mới 1.500 ha rừng, nâng tỷ lệ che phủ lên 43,5%.
"""

ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
ASOFi = P("tính đến ngày 31/12/2023", None, "2023-12-31", inh=True)
Y23 = Y(2023, "Năm 2023")
Y24 = Y(2024, "năm 2024")

FIGS = [
    F("tỉnh là 422.650,7 ha", "422.650,7", 422650.7, "measure", "ha", "tổng diện tích đất có rừng", period=ASOF),
    F("rừng tự nhiên 407.912,4 ha", "407.912,4", 407912.4, "measure", "ha", "rừng tự nhiên", total=422650.7, period=ASOF),
    F("rừng trồng 14.738,3 ha", "14.738,3", 14738.3, "measure", "ha", "rừng trồng", total=422650.7, period=ASOF),
    F("đạt 43,07%", "43,07", 43.07, "percent", None, "tỷ lệ che phủ rừng",
      change=CH("increase", 0.35, baseline="năm 2022"), target=T(42.8, met=True), period=ASOFi),
]
for district, area, share in [("Mường Nhé", "108.415,2", "68,79"), ("Nậm Pồ", "68.220,6", "45,26"),
                              ("Tủa Chùa", "31.042,9", "45,38"), ("Điện Biên Đông", "43.508,1", "36,02")]:
    FIGS.append(F(f"{district}\n{area}", area, parse_number(area), "measure", "ha", "Diện tích có rừng",
                  location=district, period=ASOFi))
    FIGS.append(F(f"{area}\n{share}", share, parse_number(share), "percent", None, "Tỷ lệ che phủ",
                  location=district, period=ASOFi))

FIGS += [
    F("diện tích 45.581 ha", "45.581", 45581, "measure", "ha", "diện tích Khu bảo tồn thiên nhiên", location="Mường Nhé"),
    F("ghi nhận 1.175 loài", "1.175", 1175, "count", "loài thực vật bậc cao", "loài thực vật bậc cao", location="Mường Nhé"),
    F("596 loài động vật", "596", 596, "count", "loài động vật có xương sống", "loài động vật có xương sống", location="Mường Nhé"),
    F("có 73 loài", "73", 73, "count", "loài", "loài thuộc danh mục nguy cấp, quý, hiếm", total=596, location="Mường Nhé"),
    F("khoảng 15.600 lượt khách", "15.600", 15600, "count", "lượt khách", "lượt khách điểm du lịch cột mốc số 0 A Pa Chải",
      approx="about", location="Mường Nhé", period=Y(2023, "năm 2023")),
    F("tổ chức 2.874 lượt", "2.874", 2874, "count", "lượt tuần tra", "lượt tuần tra", period=Y23),
    F("phát hiện 96 vụ", "96", 96, "count", "vụ vi phạm", "vụ vi phạm", change=CH("decrease", 18, "vụ", "năm trước"), period=Y23),
    F("cháy là 12,4 ha", "12,4", 12.4, "measure", "ha", "diện tích rừng bị thiệt hại do cháy",
      change=CH("decrease", 67), period=Y23),
    F("trồng mới 1.500 ha", "1.500", 1500, "measure", "ha", "trồng mới rừng", status="target", period=Y24),
    F("lên 43,5%", "43,5", 43.5, "percent", None, "tỷ lệ che phủ", status="target", period=Y24),
]

COMMENTS = [
    "Province portal (Cổng TTĐT tỉnh Điện Biên): forest status 2023 (as of 31/12/2023), district table, Mường Nhé nature reserve, enforcement, 2024 plan.",
    "Dateline 'Ngày cập nhật: 05/03/2024' without time. Table written one cell per line: 'Huyện | Diện tích có rừng (ha) | Tỷ lệ che phủ (%)',",
    "district rows -> location = district, unit from the column header, period inherited from the as-of date in the text above (no column period).",
    "Distractors: 'Ngày 28/02/2024', Quyết định số 312/QĐ-UBND, 'Đại hội Đảng bộ tỉnh lần thứ XIV', 'cột mốc số 0 A Pa Chải' (a landmark name).",
    "'422.650,7 ha; trong đó rừng tự nhiên …, rừng trồng …' parts with total (decimal comma + thousand dots). 43,07%: change 0,35% (năm 2022) and",
    "target 42,8% met ('vượt chỉ tiêu … (42,8%)'); its period stands in the previous sentence (inherited).",
    "Mường Nhé reserve: 'Tại huyện Mường Nhé' gives the district as location; '1.175 …, 596 …; trong đó có 73 loài' -> the whole is 596, the figure the cue follows.",
    "Standing reserve facts (area, species) have no period. 'giảm 18 vụ so với năm trước' change in vụ; 'giảm 67%' the change of 12,4 ha.",
    "'Kế hoạch năm 2024, tỉnh phấn đấu …' targets.",
]

if __name__ == "__main__":
    sys.exit(1 if emit(8, TEXT, COMMENTS, FIGS, published="2024-03-05", location="Điện Biên") else 0)
