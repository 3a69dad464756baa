from lib import *

rows = [("1", "Thành phố Thủ Dầu Một", "Thủ Dầu Một", "38,5", "52"),
        ("2", "Thành phố Dĩ An", "Dĩ An", "12,4", "20"),
        ("3", "Thành phố Bến Cát", "Bến Cát", "96,2", "310"),
        ("4", "Thành phố Tân Uyên", "Tân Uyên", "41,7", "85"),
        ("5", "Huyện Dầu Tiếng", "Dầu Tiếng", "54,9", "120"),
        ("6", "Các địa phương còn lại", None, "154,9", "260,5"),
        ("", "Toàn tỉnh", None, "398,6", "847,5")]
table = "STT\n\nĐịa phương\n\nHiện trạng năm 2023\n\nQuy hoạch đến năm 2030\n\n"
for stt, label, loc, a, b in rows:
    table += (f" {stt}.  \n\n" if stt else "") + f"{label}\n\n{a}\n\n{b}\n\n"

T = """SỞ XÂY DỰNG TỈNH BÌNH DƯƠNG
Trang chủ / Tin tức / Quy hoạch - Kiến trúc

Bình Dương dành hơn 847 ha đất cho nghĩa trang đến năm 2030

Ngày cập nhật: 03/09/2024 | Lượt xem: 1.047

Theo Quy hoạch tỉnh Bình Dương thời kỳ 2021-2030, tầm nhìn đến năm 2050, hệ thống nghĩa trang toàn tỉnh được sắp xếp lại theo hướng giảm nghĩa trang nhỏ lẻ, phát triển công viên nghĩa trang và hỏa táng. Năm 2023, toàn tỉnh có 186 nghĩa trang, trong đó 9 nghĩa trang tập trung cấp tỉnh, cấp huyện.

Bảng: Diện tích đất nghĩa trang theo địa phương
Đơn vị tính: ha

""" + table + """Nguồn: Sở Xây dựng tỉnh Bình Dương

Năm 2023, tỷ lệ hỏa táng trên địa bàn tỉnh đạt 68,4%. 7 tháng đầu năm 2024, các cơ sở hỏa táng thực hiện 5.930 ca, tăng 11,3% so với cùng kỳ; tỷ lệ hỏa táng ước đạt 70,1%. Công viên nghĩa trang Chánh Phú Hòa (Bến Cát) có quy mô 250 ha, đến nay đã an táng khoảng 42 nghìn phần mộ.

Sở Xây dựng đề nghị UBND cấp huyện không cấp phép mở rộng các nghĩa trang hiện hữu xen cài trong khu dân cư, di dời 15 nghĩa trang nhỏ lẻ trước năm 2028.
"""

p23 = P("Hiện trạng năm 2023", "2023-01-01", "2023-12-31")
p30 = P("Quy hoạch đến năm 2030", None, "2030-12-31")
p23t = P("Năm 2023", "2023-01-01", "2023-12-31")
p7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
figs = [
    F("dành hơn 847 ha", "847", 847, "measure", "ha", "đất dành cho nghĩa trang", approx="over", status="target", period=P("đến năm 2030", None, "2030-12-31")),
    F("có 186 nghĩa trang", "186", 186, "count", "nghĩa trang", "nghĩa trang", period=p23t),
    F("trong đó 9 nghĩa trang", "9", 9, "count", "nghĩa trang", "nghĩa trang tập trung cấp tỉnh, cấp huyện", total=186, period=p23t),
]
for stt, label, loc, a, b in rows:
    extra = "" if loc else f" {label}"
    kw = {"location": loc} if loc else {}
    figs.append(F(f"{label}\n\n{a}\n", a, float(a.replace(",", ".")), "measure", "ha",
                  "Diện tích đất nghĩa trang hiện trạng năm 2023" + extra, period=p23, **kw))
    figs.append(F(f"{a}\n\n{b}\n", b, float(b.replace(",", ".")), "measure", "ha",
                  "Diện tích đất nghĩa trang quy hoạch đến năm 2030" + extra, status="target", period=p30, **kw))
figs += [
    F("tỉnh đạt 68,4%", "68,4", 68.4, "percent", "%", "tỷ lệ hỏa táng trên địa bàn tỉnh", period=p23t),
    F("thực hiện 5.930 ca", "5.930", 5930, "count", "ca", "ca hỏa táng các cơ sở hỏa táng thực hiện",
      change=CH("increase", 11.3, "%", "cùng kỳ"), period=p7),
    F("ước đạt 70,1%", "70,1", 70.1, "percent", "%", "tỷ lệ hỏa táng", status="estimate", period=p7),
    F("quy mô 250 ha", "250", 250, "measure", "ha", "quy mô Công viên nghĩa trang Chánh Phú Hòa", location="Bến Cát"),
    F("khoảng 42 nghìn phần mộ", "42", 42000, "count", "phần mộ", "phần mộ đã an táng tại Công viên nghĩa trang Chánh Phú Hòa", approx="about", location="Bến Cát"),
    F("di dời 15 nghĩa trang", "15", 15, "count", "nghĩa trang", "nghĩa trang nhỏ lẻ di dời", status="target",
      period=P("trước năm 2028", None, "2027-12-31"), optional=True),
]

emit(6, T, [
    "Department site (Sở Xây dựng Bình Dương), 'Ngày cập nhật: dd/mm/yyyy | Lượt xem: 1.047' (counter is furniture).",
    "One-cell-per-line table (as h23) with 'Đơn vị tính: ha' and STT cells ' 1.  ' (row numbers, not figures). Row labels that are places go",
    "to location ('Thành phố Thủ Dầu Một' -> Thủ Dầu Một); 'Các địa phương còn lại' and 'Toàn tỉnh' keep Bình Dương and add the label to the subject.",
    "Column headers give periods: 'Hiện trạng năm 2023' (actual) and 'Quy hoạch đến năm 2030' (status target, as a Kế hoạch column).",
    "Title 'hơn 847 ha' = the planned total (target, over). 5.930 ca carries change 11,3% vs cùng kỳ. Chánh Phú Hòa (Bến Cát) -> Bến Cát.",
    "'di dời 15 nghĩa trang trước năm 2028' is a recommendation ('đề nghị'): optional. Distractors: 'thời kỳ 2021-2030', 'tầm nhìn đến năm 2050', STT.",
], figs, published="2024-09-03", location="Bình Dương")
