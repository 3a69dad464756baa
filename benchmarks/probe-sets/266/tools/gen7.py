from lib import *

head = """Cổng thông tin điện tử tỉnh Hậu Giang
Văn hóa - Xã hội > Giáo dục

Hậu Giang nỗ lực khắc phục tình trạng thiếu giáo viên mầm non
Cập nhật lúc 16:40 ngày 28/02/2025 | Số lượt xem: 614

Tính đến 31/12/2024, toàn tỉnh có 1.642 giáo viên mầm non, còn thiếu 187 người so với định mức tại Thông tư số 19/2023/TT-BGDĐT. Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo trở lên là 98,9%, tăng 2,6 điểm phần trăm so với năm 2023.

Trong năm 2024, tỉnh đã tuyển mới 96 giáo viên, cử 142 giáo viên đi học nâng chuẩn với kinh phí hỗ trợ hơn 3,4 tỷ đồng. Tuy vậy, thu nhập của giáo viên mới vào nghề chỉ khoảng 5-6 triệu đồng/tháng nên nhiều người đã xin nghỉ việc.

Bảng: Đội ngũ giáo viên mầm non tính đến 31/12/2024

"""
cols = ["Địa phương", "Số giáo viên (người)", "Thiếu so với định mức (người)", "Đạt chuẩn trở lên (%)", "Trên chuẩn (%)"]
rows = [
    ("TP Vị Thanh", "Vị Thanh", ["312", "18", "100", "82,4"]),
    ("TP Ngã Bảy", "Ngã Bảy", ["205", "21", "99,5", "76,1"]),
    ("Huyện Châu Thành", "Châu Thành", ["268", "34", "98,5", "70,9"]),
    ("Huyện Phụng Hiệp", "Phụng Hiệp", ["447", "66", "98,2", "64,7"]),
    ("Huyện Vị Thủy", "Vị Thủy", ["410", "48", "98,8", "68,3"]),
    ("Toàn tỉnh", "Hậu Giang", ["1.642", "187", "98,9", "70,2"]),
]
cells = cols[:]
for name, _, vals in rows:
    cells += [name] + vals
table = "\n\n".join(cells) + "\n\n"
tail = """Theo kế hoạch giai đoạn 2025-2030, tỉnh tuyển dụng thêm 350 giáo viên mầm non, bình quân 70 người/năm, ưu tiên huyện Phụng Hiệp và Châu Thành.

Nguồn: Sở Giáo dục và Đào tạo tỉnh Hậu Giang, số 2 đường Ngô Quyền, phường 5, TP Vị Thanh.
"""
text = head + table + tail

AS = P("Tính đến 31/12/2024", None, "2024-12-31")
ASi = P("tính đến 31/12/2024", None, "2024-12-31", inh=True)
G = P("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")
figs = [
    F("có 1.642 giáo viên", "1.642", 1642, "count", "giáo viên", "giáo viên mầm non", AS),
    F("thiếu 187 người", "187", 187, "count", "người", "giáo viên mầm non còn thiếu so với định mức", AS),
    F("trở lên là 98,9%", "98,9", 98.9, "percent", "%", "tỷ lệ giáo viên đạt chuẩn trình độ đào tạo trở lên", ASi,
      change=CH("increase", 2.6, "điểm phần trăm", "năm 2023")),
    F("tuyển mới 96 giáo viên", "96", 96, "count", "giáo viên", "giáo viên tuyển mới", Y(2024)),
    F("cử 142 giáo viên", "142", 142, "count", "giáo viên", "giáo viên đi học nâng chuẩn", Y(2024)),
    F("hơn 3,4 tỷ đồng", "3,4", 3.4e9, "money", "đồng", "kinh phí hỗ trợ đào tạo nâng chuẩn", Y(2024), approx="over"),
    F("khoảng 5-6 triệu", "5", 5e6, "money", "đồng/tháng", "thu nhập của giáo viên mới vào nghề", Y(2024, inh=True),
      approx="about", value_max=6e6),
]
subj = ["Số giáo viên mầm non", "Số giáo viên thiếu so với định mức", "Tỷ lệ giáo viên đạt chuẩn trở lên", "Tỷ lệ giáo viên trên chuẩn"]
units = [("count", "người"), ("count", "người"), ("percent", "%"), ("percent", "%")]
for name, loc, vals in rows:
    prev = name
    for k, v in enumerate(vals):
        a = prev + "\n\n" + v
        prev = v
        kind, unit = units[k]
        figs.append(F(a, v, parse_num(v), kind, unit, subj[k], ASi, location=loc))
figs += [
    F("thêm 350 giáo viên", "350", 350, "count", "giáo viên", "giáo viên mầm non tuyển dụng thêm", G, status="target"),
    F("bình quân 70 người/năm", "70", 70, "measure", "người/năm", "giáo viên mầm non tuyển dụng bình quân mỗi năm", G,
      status="target"),
]
emit("p266-7", text, [
    "Cổng TTĐT tỉnh Hậu Giang (province portal): preschool teacher shortage. Dateline 'Cập nhật lúc 16:40 ngày 28/02/2025 | Số lượt xem: 614'.",
    "Table written one cell per line (as shared h23): Địa phương | Số giáo viên (người) | Thiếu so với định mức (người) | Đạt chuẩn trở lên (%) |",
    "Trên chuẩn (%). Place row labels go to location ('Toàn tỉnh' = Hậu Giang); subject is the column label; unit from the column's '(người)'/'(%)';",
    "the as-of date stands only in the table title, so the cells' period is inherited. Cells equal to text figures are figures of their own.",
    "Distractors: 'Thông tư số 19/2023/TT-BGDĐT', view counter, address 'số 2 đường Ngô Quyền, phường 5'.",
    "'khoảng 5-6 triệu đồng/tháng' → range 5-6 million, about. '70 người/năm' is a rate (measure, denominator in the unit).",
], figs, published="2025-02-28", location="Hậu Giang")
