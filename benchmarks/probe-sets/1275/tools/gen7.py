"""p1275-7: department site (CDC Nghệ An), no dateline, one-cell-per-line table of breastfeeding indicators."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ Y TẾ NGHỆ AN
TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH NGHỆ AN
Trang chủ | Giới thiệu | Tin tức | Chuyên môn | Văn bản | Liên hệ

Nghệ An đẩy mạnh truyền thông nuôi con bằng sữa mẹ

Năm 2024, toàn tỉnh ước có khoảng 41.000 trẻ được sinh ra. Trung tâm đã tập huấn kỹ năng tư vấn nuôi con bằng sữa mẹ cho 480 cán bộ y tế tuyến xã và duy trì 236 nhóm hỗ trợ nuôi con bằng sữa mẹ tại cộng đồng.

Một số chỉ tiêu về nuôi con bằng sữa mẹ
Chỉ tiêu
Đơn vị
Năm 2022
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Tỷ lệ trẻ được bú mẹ trong giờ đầu sau sinh
%
78,4
80,1
82,0
85,0
Tỷ lệ trẻ dưới 6 tháng được bú mẹ hoàn toàn
%
38,6
41,3
43,5
46,0
Số nhóm hỗ trợ nuôi con bằng sữa mẹ
nhóm
198
221
236
260

Năm 2023, tỷ lệ trẻ được bú mẹ hoàn toàn của tỉnh là 41,3%, vẫn thấp hơn mức trung bình toàn quốc (45,4%); thấp nhất là huyện Kỳ Sơn (27,5%) và Tương Dương (29,8%).

Năm 2025, Trung tâm phấn đấu 100% trạm y tế xã có cán bộ được tập huấn tư vấn nuôi con bằng sữa mẹ, thành lập mới 24 nhóm hỗ trợ.

Bài viết liên quan:
- Hướng dẫn chăm sóc bà mẹ và trẻ sơ sinh tại nhà
- Kế hoạch phòng chống suy dinh dưỡng trẻ em năm 2025

TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH NGHỆ AN
Địa chỉ: Số 140 Lê Hồng Phong, TP Vinh, Nghệ An
Điện thoại: 0238.3844.692
Lượt truy cập: 1.204.337 | Đang trực tuyến: 25
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2022", per("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Tỷ lệ trẻ được bú mẹ trong giờ đầu sau sinh", "%", ["78,4", "80,1", "82,0", "85,0"]),
        ("Tỷ lệ trẻ dưới 6 tháng được bú mẹ hoàn toàn", "%", ["38,6", "41,3", "43,5", "46,0"]),
        ("Số nhóm hỗ trợ nuôi con bằng sữa mẹ", "nhóm", ["198", "221", "236", "260"])]
CELLS = []
for label, unit, nums in ROWS:
    prev = unit
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        kind = "percent" if unit == "%" else "count"
        CELLS.append(fig(f"{prev}\n{n}\n", n, float(n.replace(",", ".")), kind, unit,
                         subject=f"{label} {col}", period=p, **kw))
        prev = n
# the first anchor of each row needs the row label to be unique
for i, (label, unit, nums) in enumerate(ROWS):
    c = CELLS[4 * i]
    c["anchor"] = f"{label}\n{unit}\n{nums[0]}\n"
BF = "tỷ lệ trẻ được bú mẹ hoàn toàn"

FIGS = [
    fig("khoảng 41.000 trẻ", "41.000", 41000, "count", "trẻ", approx="about", status="estimate",
        subject="trẻ được sinh ra", period=Y24),
    fig("cho 480 cán bộ", "480", 480, "count", "cán bộ y tế",
        subject="cán bộ y tế tuyến xã được tập huấn kỹ năng tư vấn nuôi con bằng sữa mẹ", period=inh(Y24)),
    fig("duy trì 236 nhóm", "236", 236, "count", "nhóm",
        subject="nhóm hỗ trợ nuôi con bằng sữa mẹ tại cộng đồng", period=inh(Y24)),
] + CELLS + [
    fig("là 41,3%", "41,3", 41.3, "percent", "%", subject=BF, period=Y23),
    fig("(45,4%)", "45,4", 45.4, "percent", "%", subject=BF + " trung bình toàn quốc", period=Y23,
        location="Việt Nam"),
    fig("(27,5%)", "27,5", 27.5, "percent", "%", subject=BF, period=Y23, location="Kỳ Sơn"),
    fig("(29,8%)", "29,8", 29.8, "percent", "%", subject=BF, period=Y23, location="Tương Dương"),
    fig("100% trạm y tế xã", "100", 100, "percent", "%", status="target",
        subject="trạm y tế xã có cán bộ được tập huấn tư vấn nuôi con bằng sữa mẹ", period=Y25),
    fig("mới 24 nhóm", "24", 24, "count", "nhóm", status="target",
        subject="nhóm hỗ trợ thành lập mới", period=Y25),
]

NOTES = [
    "Department site (CDC Nghệ An), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'Số 140 Lê Hồng Phong', phone 0238.3844.692, counters 1.204.337 and 25, 'dưới 6 tháng' in a row label, years in headers.",
    "One-cell-per-line table with a unit column (%, nhóm): 12 cells; subject = row label + column label; period from the column",
    "header; 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. The unit cells are not figures.",
    "'Năm 2024, toàn tỉnh ước có khoảng 41.000 trẻ' → estimate + about; the next sentence inherits Năm 2024 (not scored).",
    "'mức trung bình toàn quốc (45,4%)' is the national rate: location Việt Nam. 'huyện Kỳ Sơn (27,5%) và Tương Dương (29,8%)' is a",
    "list sharing the indicator; each district is the item's location. All take 'Năm 2023' from the head of the sentence.",
    "'Năm 2025, Trung tâm phấn đấu ...' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1275-7", TEXT, NOTES, FIGS, location="Nghệ An")
