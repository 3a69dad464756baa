"""p1436-7: department site without dateline (CDC Đồng Nai): household insect treatment in towns, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH ĐỒNG NAI
Trang chủ | Giới thiệu | Tin tức | Phòng chống dịch bệnh | Văn bản | Liên hệ

Kết quả xử lý côn trùng tại hộ gia đình khu vực đô thị

Thực hiện kế hoạch phòng chống bệnh truyền nhiễm, Trung tâm phối hợp với 11 cơ sở dịch vụ diệt côn trùng trên địa bàn tỉnh xử lý gián, mối, muỗi tại hộ gia đình ở khu vực đô thị. Năm 2024, ước có 15.840 hộ được xử lý, tăng 12,6% so với năm 2023, bằng 105,6% kế hoạch.

Số hộ gia đình được xử lý côn trùng theo địa bàn
Đơn vị tính: hộ
Địa bàn
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
TP Biên Hòa
8.920
10.150
11.000
TP Long Khánh
1.640
1.810
2.000
Huyện Trảng Bom
2.310
2.480
2.700
Huyện Nhơn Trạch
1.200
1.400
1.600
Tổng số
14.070
15.840
17.300

Sau xử lý, chỉ số gián tại các hộ giảm trung bình 65-70%; chưa đến 8% số hộ phải xử lý lại lần hai. Chi phí bình quân 350.000 đồng/hộ, trong đó người dân chi trả 50%, phần còn lại do ngân sách hỗ trợ.

Năm 2025, Trung tâm dự kiến mở rộng mô hình ra thêm 3 huyện, tập huấn cho khoảng 200 cộng tác viên y tế thôn, ấp.

Văn bản mới:
- Kế hoạch số 45/KH-KSBT về phòng chống sốt xuất huyết năm 2025

TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Đồng Khởi, phường Tam Hòa, TP Biên Hòa
Điện thoại: 0251.3822.461
Lượt truy cập: 1.204.377 | Đang trực tuyến: 21
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = {"Năm 2023": (Y23, "actual"), "Ước thực hiện 2024": (E24, "estimate"), "Kế hoạch 2025": (K25, "target")}
SUBJ = "hộ gia đình được xử lý côn trùng"


def cell(anchor, number, col, place=None):
    p, st = COLS[col]
    kw = {"location": place} if place else {}
    if st != "actual":
        kw["status"] = st
    label = "" if place else " tổng số"
    v = float(number.replace(".", ""))
    return fig(anchor, number, v, "count", "hộ", subject=f"{SUBJ}{label} {col.lower()}", period=p, **kw)


C1, C2, C3 = "Năm 2023", "Ước thực hiện 2024", "Kế hoạch 2025"
FIGS = [
    fig("với 11 cơ sở", "11", 11, "count", "cơ sở",
        subject="cơ sở dịch vụ diệt côn trùng phối hợp với Trung tâm"),
    fig("ước có 15.840 hộ", "15.840", 15840, "count", "hộ", status="estimate", percent=105.6,
        change=chg("increase", 12.6, "%", "năm 2023"), subject="hộ được xử lý", period=Y24),
    cell("Hòa\n8.920", "8.920", C1, "Biên Hòa"),
    cell("8.920\n10.150", "10.150", C2, "Biên Hòa"),
    cell("10.150\n11.000", "11.000", C3, "Biên Hòa"),
    cell("Khánh\n1.640", "1.640", C1, "Long Khánh"),
    cell("1.640\n1.810", "1.810", C2, "Long Khánh"),
    cell("1.810\n2.000", "2.000", C3, "Long Khánh"),
    cell("Bom\n2.310", "2.310", C1, "Trảng Bom"),
    cell("2.310\n2.480", "2.480", C2, "Trảng Bom"),
    cell("2.480\n2.700", "2.700", C3, "Trảng Bom"),
    cell("Trạch\n1.200", "1.200", C1, "Nhơn Trạch"),
    cell("1.200\n1.400", "1.400", C2, "Nhơn Trạch"),
    cell("1.400\n1.600", "1.600", C3, "Nhơn Trạch"),
    cell("Tổng số\n14.070", "14.070", C1),
    cell("14.070\n15.840", "15.840", C2),
    cell("15.840\n17.300", "17.300", C3),
    fig("giảm trung bình 65-70%", "65", 65, "percent", "%", value_max=70,
        subject="mức giảm chỉ số gián tại các hộ sau xử lý"),
    fig("chưa đến 8%", "8", 8, "percent", "%", approx="under", subject="số hộ phải xử lý lại lần hai"),
    fig("quân 350.000", "350.000", 350000, "money", "đồng/hộ", subject="chi phí bình quân"),
    fig("chi trả 50%", "50", 50, "percent", "%", subject="phần chi phí người dân chi trả"),
    fig("thêm 3 huyện", "3", 3, "count", "huyện", status="forecast",
        subject="huyện mở rộng mô hình thêm", period=Y25),
    fig("khoảng 200 cộng", "200", 200, "count", "cộng tác viên", approx="about", status="forecast",
        subject="cộng tác viên y tế thôn, ấp được tập huấn", period=Y25),
]

NOTES = [
    "Department site (CDC Đồng Nai), no dateline: menu, 'Văn bản mới', footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: Kế hoạch số 45/KH-KSBT, 'năm 2025' in a link, 'Số 2 Đồng Khởi', 0251.3822.461, Lượt truy cập 1.204.377, 21 online, 'lần hai'.",
    "One-cell-per-line table, 'Đơn vị tính: hộ': district/city rows give location; 'Tổng số' stays with Đồng Nai. Columns give period and status.",
    "'ước có 15.840 hộ ..., tăng 12,6% ..., bằng 105,6% kế hoạch': estimate, change, percent 105.6 (share of plan).",
    "'giảm trung bình 65-70%' is a rate as the claim (range, no change). 'chưa đến 8%' is under. 'trong đó người dân chi trả 50%' is a percent figure.",
    "'dự kiến' governs both clauses of the 2025 sentence (forecast).",
]

if __name__ == "__main__":
    write("p1436-7", TEXT, NOTES, FIGS, published=None, location="Đồng Nai")
