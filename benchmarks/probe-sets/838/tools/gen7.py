"""p838-7: department site (Chi cục Trồng trọt và BVTV Bình Định), no dateline, one-cell-per-line table."""
from lib import F, P, I, C, write

TEXT = """CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT TỈNH BÌNH ĐỊNH
Trang chủ » Tin hoạt động

Đẩy mạnh sử dụng phân bón hữu cơ trên cây lúa

Năm 2023, diện tích lúa trên địa bàn tỉnh được bón phân hữu cơ đạt 18.640 ha, chiếm 17,2% diện tích gieo trồng, tăng 3.120 ha so với năm 2022. Lượng chế phẩm sinh học xử lý rơm rạ được phân phối là 42,3 tấn, trong đó chế phẩm BIMA-3 là 25,6 tấn, chế phẩm Trichoderma 16,7 tấn.

Kết quả ủ phân hữu cơ từ phụ phẩm qua các năm:
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Diện tích xử lý rơm rạ (ha)
9.850
12.430
15.000
Phân hữu cơ ủ từ phụ phẩm (tấn)
27.300
34.900
40.000
Số mô hình trình diễn (mô hình)
14
21
25

Theo kết quả theo dõi tại các mô hình ở huyện Phù Mỹ và Tây Sơn, ruộng bón 2 tấn phân hữu cơ/ha kết hợp giảm 20% lượng đạm ure cho năng suất bình quân 68,5 tạ/ha, tương đương ruộng đối chứng; chi phí phân bón giảm khoảng 1,5 triệu đồng/ha, lợi nhuận tăng 8-10%.

Năm 2024, Chi cục phấn đấu mở rộng diện tích lúa bón phân hữu cơ lên 22.000 ha; tổ chức 30 lớp tập huấn kỹ thuật ủ phân cho khoảng 1.200 nông dân. Các tổ chức, cá nhân cần hỗ trợ kỹ thuật liên hệ Trạm Trồng trọt và BVTV các huyện, thị xã, thành phố.

CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT TỈNH BÌNH ĐỊNH
Địa chỉ: 415 Trần Hưng Đạo, TP. Quy Nhơn, tỉnh Bình Định
Điện thoại: 0256.3646.209 - Fax: 0256.3646.210
Tổng lượt truy cập: 1.204.773 | Đang online: 27
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("Năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
        ("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        ("Kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [("Diện tích xử lý rơm rạ (ha)", "diện tích xử lý rơm rạ", "measure", "ha", ["9.850", "12.430", "15.000"]),
        ("Phân hữu cơ ủ từ phụ phẩm (tấn)", "phân hữu cơ ủ từ phụ phẩm", "measure", "tấn", ["27.300", "34.900", "40.000"]),
        ("Số mô hình trình diễn (mô hình)", "số mô hình trình diễn", "count", "mô hình", ["14", "21", "25"])]

FIGS = [
    F("đạt 18.640 ha", "18.640", 18640, "measure", "ha", "diện tích lúa được bón phân hữu cơ", Y23, percent=17.2,
      change=C("increase", 3120, "ha", "năm 2022")),
    F("là 42,3 tấn", "42,3", 42.3, "measure", "tấn", "chế phẩm sinh học xử lý rơm rạ được phân phối", I(Y23)),
    F("BIMA-3 là 25,6 tấn", "25,6", 25.6, "measure", "tấn", "chế phẩm BIMA-3", I(Y23), total=42.3),
    F("Trichoderma 16,7 tấn", "16,7", 16.7, "measure", "tấn", "chế phẩm Trichoderma", I(Y23), total=42.3),
]
prev = None
for label, subj, kind, unit, cells in ROWS:
    for (head, per, status), cell in zip(COLS, cells):
        # anchor: the cell with its neighbour line(s) so that it occurs once
        anchor = f"{label}\n{cell}" if prev is None else f"{prev}\n{cell}"
        prev = cell
        kw = {"status": status} if status != "actual" else {}
        FIGS.append(F(anchor, cell, float(cell.replace(".", "")), kind, unit, f"{subj} {head.lower()}", per, **kw))
    prev = None

FIGS += [
    F("bón 2 tấn phân hữu cơ/ha", "2", 2, "measure", "tấn/ha", "lượng phân hữu cơ bón mỗi ha ở mô hình", optional=True),
    F("giảm 20% lượng đạm ure", "20", 20, "percent", "%", "lượng đạm ure giảm ở mô hình", optional=True),
    F("bình quân 68,5 tạ/ha", "68,5", 68.5, "measure", "tạ/ha", "năng suất bình quân ruộng mô hình"),
    F("khoảng 1,5 triệu đồng/ha", "1,5", 1.5e6, "money", "đồng/ha", "chi phí phân bón giảm", approx="about"),
    F("tăng 8-10%", "8", 8, "percent", "%", "lợi nhuận tăng", value_max=10),
    F("lên 22.000 ha", "22.000", 22000, "measure", "ha", "diện tích lúa bón phân hữu cơ", Y24, status="target"),
    F("tổ chức 30 lớp", "30", 30, "count", "lớp tập huấn", "lớp tập huấn kỹ thuật ủ phân", Y24, status="target"),
    F("khoảng 1.200 nông dân", "1.200", 1200, "count", "nông dân", "nông dân được tập huấn kỹ thuật ủ phân", Y24,
      approx="about", status="target"),
]

NOTES = [
    "Department site (Chi cục Trồng trọt và BVTV Bình Định), no dateline, footer with address, phone and visit counter.",
    "Table pasted one cell per line: header cells 'Chỉ tiêu | Năm 2022 | Năm 2023 | Kế hoạch 2024', then each row's cells;",
    "unit from the row label in brackets, period from the column header (scored), 'Kế hoạch 2024' -> status target.",
    "Anchors of table cells include the line before the cell so that they occur once.",
    "'BIMA-3' is a product name, not a figure. 'trong đó ... 25,6 tấn, ... 16,7 tấn' are parts of 42,3 tấn.",
    "The demonstration plots' treatment '2 tấn phân hữu cơ/ha', 'giảm 20% lượng đạm ure' is an example's specification: optional.",
    "'chi phí phân bón giảm khoảng 1,5 triệu đồng/ha', 'lợi nhuận tăng 8-10%' have no base amount: figures without change.",
    "'phấn đấu' governs the continuing clause (30 lớp, 1.200 nông dân) -> target. Phù Mỹ and Tây Sơn are where the plots lie,",
    "but the results are of the plots in both districts together: location stays Bình Định.",
    "Distractors: '415 Trần Hưng Đạo', phone and fax, 'Tổng lượt truy cập: 1.204.773', 'Đang online: 27'.",
]

if __name__ == "__main__":
    write(7, TEXT, FIGS, NOTES, published=None, location="Bình Định")
