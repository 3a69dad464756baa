"""p663-7: Sở LĐTB&XH Cần Thơ department site (no dateline) — assistive devices given in 2023, one-cell-per-line table."""
from lib import F, P, I, CH, emit

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI THÀNH PHỐ CẦN THƠ
Trang chủ » Bảo trợ xã hội » Người khuyết tật

Trao 1.245 phương tiện trợ giúp cho người khuyết tật trong năm 2023

Năm 2023, Sở Lao động - Thương binh và Xã hội phối hợp với các tổ chức trong và ngoài nước trao tặng 1.245 phương tiện trợ giúp cho người khuyết tật trên địa bàn thành phố, tăng 23,4% so với năm 2022, tổng trị giá khoảng 3,8 tỷ đồng. Số phương tiện trao tặng tại một số quận, huyện như sau:

Đơn vị tính: chiếc
Quận, huyện
Xe lăn
Xe lắc
Máy trợ thính
Ninh Kiều
126
38
54
Ô Môn
97
45
21
Thốt Nốt
112
51
18
Cờ Đỏ
88
40
12

Ngoài ra, 412 người khuyết tật vận động được lắp chân tay giả, nẹp chỉnh hình miễn phí tại Trung tâm Chỉnh hình và Phục hồi chức năng (số 46 đường 30/4, quận Ninh Kiều). Trong số 412 người này có 57 trẻ em dưới 16 tuổi.

Bình quân mỗi phương tiện trị giá khoảng 3,05 triệu đồng. Năm 2024, Sở dự kiến trao tặng 1.400 phương tiện, trong đó có 900 xe lăn; đồng thời khảo sát nhu cầu tại 85 xã, phường, thị trấn.

Hiện toàn thành phố có 21.380 người khuyết tật, trong đó khoảng 4.600 người có nhu cầu phương tiện trợ giúp nhưng chưa được đáp ứng, chủ yếu ở các huyện Cờ Đỏ, Vĩnh Thạnh và Thới Lai.

Đường dây nóng: 0292.3820.146 | Email: sldtbxh@cantho.gov.vn
Tổng lượt truy cập: 2.154.377
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

COLS = ["xe lăn trao tặng", "xe lắc trao tặng", "máy trợ thính trao tặng"]
ROWS = [
    ("Ninh Kiều", [("Ninh Kiều\n126", "126"), ("126\n38", "38"), ("38\n54", "54")]),
    ("Ô Môn", [("Ô Môn\n97", "97"), ("97\n45", "45"), ("45\n21", "21")]),
    ("Thốt Nốt", [("Thốt Nốt\n112", "112"), ("112\n51", "51"), ("51\n18", "18")]),
    ("Cờ Đỏ", [("Cờ Đỏ\n88", "88"), ("88\n40", "40"), ("40\n12", "12")]),
]
TABLE = []
for place, cells in ROWS:
    for col, (a, n) in zip(COLS, cells):
        TABLE.append(F(a, n, int(n), "count", "chiếc", col, I(Y23), location=place))

FIGS = [
    F("Trao 1.245", "1.245", 1245, "count", "phương tiện trợ giúp",
      "phương tiện trợ giúp trao cho người khuyết tật", P("trong năm 2023", "2023-01-01", "2023-12-31")),
    F("tặng 1.245 phương tiện", "1.245", 1245, "count", "phương tiện trợ giúp",
      "phương tiện trợ giúp trao tặng cho người khuyết tật", P("Năm 2023", "2023-01-01", "2023-12-31"),
      change=CH("increase", 23.4, "%", "năm 2022")),
    F("khoảng 3,8 tỷ đồng", "3,8", 3.8e9, "money", "đồng",
      "tổng trị giá phương tiện trợ giúp", P("Năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
] + TABLE + [
    F("412 người khuyết tật", "412", 412, "count", "người khuyết tật",
      "người khuyết tật vận động được lắp chân tay giả, nẹp chỉnh hình miễn phí", I(Y23)),
    F("Trong số 412 người", "412", 412, "count", "người", optional=True),
    F("có 57 trẻ em", "57", 57, "count", "trẻ em",
      "trẻ em dưới 16 tuổi được lắp chân tay giả, nẹp chỉnh hình", I(Y23), total=412),
    F("dưới 16 tuổi", "16", 16, "measure", "tuổi", approx="under", optional=True),
    F("khoảng 3,05 triệu đồng", "3,05", 3.05e6, "money", "đồng",
      "trị giá bình quân mỗi phương tiện", I(Y23), approx="about"),
    F("trao tặng 1.400 phương tiện", "1.400", 1400, "count", "phương tiện",
      "phương tiện trợ giúp trao tặng", Y24, status="forecast"),
    F("có 900 xe lăn", "900", 900, "count", "xe lăn",
      "xe lăn trao tặng", Y24, total=1400, status="forecast"),
    F("tại 85 xã", "85", 85, "count", "xã, phường, thị trấn",
      "xã, phường, thị trấn được khảo sát nhu cầu", Y24, status="forecast"),
    F("có 21.380 người", "21.380", 21380, "count", "người khuyết tật",
      "người khuyết tật toàn thành phố"),
    F("khoảng 4.600 người", "4.600", 4600, "count", "người",
      "người khuyết tật có nhu cầu phương tiện trợ giúp nhưng chưa được đáp ứng", total=21380, approx="about"),
]

COMMENTS = [
    "Department site (Sở LĐTB&XH Cần Thơ) with no dateline: published is null. Assistive devices given in 2023.",
    "One-cell-per-line table with 'Đơn vị tính: chiếc': 4 districts x (Xe lăn, Xe lắc, Máy trợ thính); unit 'chiếc' from the",
    "unit line, subject = column label, location = the district row label, period 'Năm 2023' from the lead (inherited).",
    "Not figures: 'số 46 đường 30/4' (street named after a date), phone 0292.3820.146, 'Tổng lượt truy cập: 2.154.377'.",
    "'Trong số 412 người này' restates the whole (optional); 57 trẻ em takes total 412. 'dưới 16 tuổi' is a threshold: optional.",
    "'khoảng 4.600 người' after 'trong đó' takes 21.380; the districts named after it do not make it a district figure.",
    "'dự kiến' governs 1.400, the 900 after 'trong đó' (total 1.400) and the 85 after 'đồng thời': all forecast.",
]

if __name__ == "__main__":
    emit("p663-7", TEXT, COMMENTS, FIGS, published=None, location="Cần Thơ")
