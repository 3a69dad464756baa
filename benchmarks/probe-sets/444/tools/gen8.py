from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KIM SƠN
Tin tức > Văn hóa - Xã hội

Kim Sơn: Năm 2024 có 31.400 "Công dân học tập"

Năm 2024, thực hiện Nghị quyết số 15-NQ/HU của Huyện ủy, phong trào khuyến học, khuyến tài, xây dựng xã hội học tập trên địa bàn huyện Kim Sơn tiếp tục có nhiều chuyển biến. Toàn huyện có 27/27 xã, thị trấn có Hội Khuyến học, 396 chi hội, ban khuyến học với 52.870 hội viên, tăng 2.140 hội viên so với năm 2023.

Quỹ khuyến học toàn huyện đạt 9,82 tỷ đồng, bình quân 186.000 đồng/hội viên. Trong năm, các cấp hội đã khen thưởng, trao học bổng cho 7.960 lượt học sinh, sinh viên và giáo viên với tổng số tiền gần 3,4 tỷ đồng.

Kết quả đánh giá, công nhận các mô hình học tập năm 2024:
Mô hình	Số đăng ký	Số được công nhận	Tỷ lệ (%)
Gia đình học tập (hộ)	28.650	24.120	84,2
Dòng họ học tập (dòng họ)	412	368	89,3
Cộng đồng học tập (thôn, xóm)	176	161	91,5
Đơn vị học tập (đơn vị)	245	219	89,4

Mô hình "Công dân học tập" được triển khai thí điểm tại 5 xã từ năm 2022, đến nay đã nhân rộng ra toàn huyện. Tỷ lệ người từ 15 tuổi trở lên đạt danh hiệu "Công dân học tập" là 38,6%, cao hơn bình quân chung của tỉnh Ninh Bình (32,1%).

Năm 2025, Hội Khuyến học huyện phấn đấu tỷ lệ "Gia đình học tập" đạt 86% trở lên, quỹ khuyến học tăng ít nhất 10% so với năm 2024; mỗi xã, thị trấn có ít nhất 01 mô hình "Dòng họ học tập" tiêu biểu.

Đinh Văn Tùng - Trung tâm Văn hóa, Thể thao và Truyền thông huyện
10/01/2025
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
TN = P("Trong năm", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Năm 2024 có 31.400", "31.400", 31400, "count", "Công dân học tập", "Công dân học tập", Y24),
    F("có 27/27 xã", "27", 27, "count", "xã, thị trấn", "xã, thị trấn có Hội Khuyến học", Y24i, total=27),
    F("396 chi hội", "396", 396, "count", "chi hội, ban khuyến học", "chi hội, ban khuyến học", Y24i),
    F("với 52.870 hội viên", "52.870", 52870, "count", "hội viên", "hội viên", Y24i,
      change=chg("increase", 2140, "hội viên", "năm 2023")),
    F("đạt 9,82 tỷ đồng", "9,82", 9820000000, "money", "đồng", "quỹ khuyến học toàn huyện", Y24i),
    F("bình quân 186.000 đồng/hội viên", "186.000", 186000, "money", "đồng/hội viên", "quỹ khuyến học bình quân", Y24i),
    F("cho 7.960 lượt", "7.960", 7960, "count", "lượt học sinh, sinh viên và giáo viên",
      "lượt học sinh, sinh viên và giáo viên được khen thưởng, trao học bổng", TN),
    F("gần 3,4 tỷ đồng", "3,4", 3400000000, "money", "đồng", "tổng số tiền khen thưởng, trao học bổng", TN,
      approx="nearly"),
]
rows = [("Gia đình học tập", "hộ", "28.650", "24.120", "84,2"),
        ("Dòng họ học tập", "dòng họ", "412", "368", "89,3"),
        ("Cộng đồng học tập", "thôn, xóm", "176", "161", "91,5"),
        ("Đơn vị học tập", "đơn vị", "245", "219", "89,4")]
num = lambda s: float(s.replace(".", "").replace(",", "."))
for label, unit, dk, cn, tl in rows:
    FIGS += [
        F(f"({unit})\t{dk}", dk, num(dk), "count", unit, f"{label} số đăng ký", Y24i),
        F(f"{dk}\t{cn}", cn, num(cn), "count", unit, f"{label} số được công nhận", Y24i),
        F(f"{cn}\t{tl}", tl, num(tl), "percent", "%", f"{label} tỷ lệ", Y24i),
    ]
FIGS += [
    F("thí điểm tại 5 xã", "5", 5, "count", "xã", "xã triển khai thí điểm mô hình Công dân học tập"),
    F("từ 15 tuổi", "15", 15, "measure", "tuổi", optional=True),
    F("là 38,6%", "38,6", 38.6, "percent", "%", "tỷ lệ người từ 15 tuổi trở lên đạt danh hiệu Công dân học tập"),
    F("(32,1%)", "32,1", 32.1, "percent", "%", "tỷ lệ người từ 15 tuổi trở lên đạt danh hiệu Công dân học tập bình quân chung của tỉnh", location="Ninh Bình"),
    F("đạt 86% trở lên", "86", 86, "percent", "%", "tỷ lệ Gia đình học tập", Y25, approx="at_least", status="target"),
    F("ít nhất 10%", "10", 10, "percent", "%", "quỹ khuyến học tăng so với năm 2024", Y25, approx="at_least",
      status="target"),
    F("ít nhất 01 mô hình", "01", 1, "count", "mô hình", "mô hình Dòng họ học tập tiêu biểu mỗi xã, thị trấn", Y25,
      approx="at_least", status="target", optional=True),
]

build(8, [
    "District portal of huyện Kim Sơn (Ninh Bình): khuyến học năm 2024 — hội, hội viên, quỹ, học bổng, a tab-flattened table of learning models",
    "(Số đăng ký | Số được công nhận | Tỷ lệ (%), units in the row labels), 'Công dân học tập', 2025 targets. No dateline at the top; bare date",
    "'10/01/2025' under the byline at the end. Distractors: 'Nghị quyết số 15-NQ/HU', 'từ năm 2022', breadcrumb.",
    "Table: every cell a figure, unit from the row label's bracket, '(%)' column → percent; period 'Năm 2024' from the line above (inherited).",
    "'27/27 xã' total 27; '186.000 đồng/hội viên' is a rate (unit đồng/hội viên). '(32,1%)' after 38,6% is a percent figure of its own (province).",
    "revised: percent cells' subject is row label + 'Tỷ lệ' (no added words); the 32,1% subject now uses the sentence's own words.",
    "'quỹ khuyến học tăng ít nhất 10%' is a growth rate that is the claim: percent, at_least, target. '15 tuổi' and '01 mô hình' optional.",
], TEXT, FIGS, published="2025-01-10", location="Kim Sơn")
