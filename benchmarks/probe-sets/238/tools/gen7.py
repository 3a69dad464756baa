from lib import *

A = """SỞ NỘI VỤ TỈNH ĐẮK LẮK
Trang chủ / Tin tức / Tổ chức bộ máy

Đắk Lắk giảm 208 đơn vị sự nghiệp công lập sau 9 năm sắp xếp
Ngày đăng: 03/09/2024 | Lượt xem: 612

Thực hiện Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương, tính đến ngày 30/6/2024, toàn tỉnh Đắk Lắk còn 1.062 đơn vị sự nghiệp công lập, giảm 208 đơn vị (16,4%) so với năm 2015. Số người làm việc hưởng lương từ ngân sách giảm 3.415 người, tương đương 10,2%. Riêng 6 tháng đầu năm 2024, tỉnh giải thể 7 đơn vị và sáp nhập 12 trường mầm non, tiểu học.

Bảng: Số đơn vị sự nghiệp công lập theo lĩnh vực
Đơn vị tính: đơn vị

Lĩnh vực

Năm 2015

Năm 2024

Giảm (%)

Giáo dục và đào tạo

965

847

12,2

Y tế

168

97

42,3

Văn hóa, thể thao

46

38

17,4

Nông nghiệp và lĩnh vực khác

91

80

12,1

Đến nay, 100% trung tâm y tế tuyến huyện đã hợp nhất với bệnh viện đa khoa; 15/15 huyện, thị xã, thành phố đã hợp nhất trung tâm văn hóa - thông tin - thể thao với đài truyền thanh. Có 128 đơn vị tự bảo đảm một phần chi thường xuyên, 21 đơn vị tự bảo đảm toàn bộ chi thường xuyên.

Mục tiêu đến năm 2025, tỉnh giảm tối thiểu 10% số đơn vị sự nghiệp công lập so với năm 2021 và có ít nhất 20% đơn vị tự chủ tài chính.

Sở Nội vụ tỉnh Đắk Lắk - Số 09 Lê Duẩn, TP Buôn Ma Thuột. Điện thoại: 0262.3852.478
"""

asof = per("tính đến ngày 30/6/2024", None, "2024-06-30")
c15 = per("Năm 2015", "2015-01-01", "2015-12-31")
c24 = per("Năm 2024", "2024-01-01", "2024-12-31")
now = per("Đến nay", None, "2024-09-03")
h1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
to25 = per("đến năm 2025", None, "2025-12-31")

rows = [
    ("Giáo dục và đào tạo", "965", 965, "847", 847, "12,2", 12.2),
    ("Y tế", "168", 168, "97", 97, "42,3", 42.3),
    ("Văn hóa, thể thao", "46", 46, "38", 38, "17,4", 17.4),
    ("Nông nghiệp và lĩnh vực khác", "91", 91, "80", 80, "12,1", 12.1),
]

F = [
    fig("Đắk Lắk giảm 208 đơn vị", "208", 208, "count", "đơn vị", "đơn vị sự nghiệp công lập giảm", None),
    fig("sau 9 năm", "9", 9, "measure", "năm", "thời gian sắp xếp", None, optional=True),
    fig("còn 1.062 đơn vị", "1.062", 1062, "count", "đơn vị", "đơn vị sự nghiệp công lập", asof,
        change=ch("decrease", 208, "đơn vị", "năm 2015")),
    fig("đơn vị (16,4%)", "16,4", 16.4, "percent", "%", "mức giảm đơn vị sự nghiệp công lập", asof, optional=True),
    fig("giảm 3.415 người", "3.415", 3415, "count", "người", "người làm việc hưởng lương từ ngân sách giảm",
        inh(asof), percent=10.2),
    fig("giải thể 7 đơn vị", "7", 7, "count", "đơn vị", "đơn vị giải thể", h1),
    fig("sáp nhập 12 trường", "12", 12, "count", "trường", "trường mầm non, tiểu học sáp nhập", h1),
]
for label, n15, v15, n24, v24, nd, vd in rows:
    F.append(fig(f"{label}\n\n{n15}", n15, v15, "count", "đơn vị", f"đơn vị sự nghiệp công lập {label} năm 2015", c15))
    F.append(fig(f"{n15}\n\n{n24}", n24, v24, "count", "đơn vị", f"đơn vị sự nghiệp công lập {label} năm 2024", c24))
    F.append(fig(f"{n24}\n\n{nd}", nd, vd, "percent", "%", f"giảm (%) đơn vị sự nghiệp công lập {label}", None))
F += [
    fig("Đến nay, 100% trung tâm", "100", 100, "percent", "%",
        "trung tâm y tế tuyến huyện đã hợp nhất với bệnh viện đa khoa", now),
    fig("15/15 huyện", "15", 15, "count", "huyện, thị xã, thành phố",
        "huyện, thị xã, thành phố đã hợp nhất trung tâm văn hóa - thông tin - thể thao với đài truyền thanh", now,
        total=15),
    fig("Có 128 đơn vị", "128", 128, "count", "đơn vị", "đơn vị tự bảo đảm một phần chi thường xuyên", inh(now)),
    fig("21 đơn vị tự bảo đảm", "21", 21, "count", "đơn vị", "đơn vị tự bảo đảm toàn bộ chi thường xuyên", inh(now)),
    fig("tối thiểu 10% số đơn vị", "10", 10, "percent", "%", "mức giảm đơn vị sự nghiệp công lập so với năm 2021",
        to25, approx="at_least", status="target"),
    fig("ít nhất 20% đơn vị", "20", 20, "percent", "%", "đơn vị tự chủ tài chính", to25, approx="at_least",
        status="target"),
]

notes = [
    "Sở Nội vụ tỉnh Đắk Lắk (department site): public service units after nine years of rearrangement. 'Ngày đăng: 03/09/2024 | Lượt xem: 612'.",
    "One-cell-per-line table (Đơn vị tính: đơn vị; columns Năm 2015 | Năm 2024 | Giảm (%)): every numeric cell is a figure; subject = column + row label;",
    "period from the column header; the 'Giảm (%)' cells are rates of decrease standing as the claim (percent, no change) and their header names no period.",
    "Distractors: Nghị quyết số 19-NQ/TW ngày 25/10/2017, address 'Số 09 Lê Duẩn', phone, view counter. 'sau 9 năm' is a duration (optional).",
    "'còn 1.062 đơn vị …, giảm 208 đơn vị (16,4%) so với năm 2015': the first change (208 đơn vị) is the attribute; the bracketed 16,4% is a second change, a figure of its own, optional.",
    "The headline's 'giảm 208 đơn vị' stands alone as the claim: a count (no period phrase). '3.415 người, tương đương 10,2%': percent.",
    "'15/15 huyện, thị xã, thành phố': total 15. 'Mục tiêu đến năm 2025 … tối thiểu 10%', 'ít nhất 20%': targets (at_least).",
]
write("p238-7", A, F, notes, published="2024-09-03", location="Đắk Lắk")
