"""p1032-7: department site (Chi cục Thủy sản Quảng Ninh), no dateline, one-cell-per-line table by district."""
from lib import F, P, I, C, T, build

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH QUẢNG NINH
CHI CỤC THỦY SẢN
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Nuôi trồng rong biển - hướng đi mới cho vùng bãi triều

Năm 2024, diện tích nuôi trồng rong biển trên địa bàn tỉnh đạt 265 ha, tăng 12,8% so với năm 2023; sản lượng đạt 1.450 tấn tươi, tăng 16% so với năm trước; giá trị sản xuất ước đạt 21,7 tỷ đồng. Đối tượng nuôi chủ yếu là rong câu, rong sụn và rong mơ, với trên 430 hộ tham gia.

Mô hình nuôi rong sụn trên giàn nổi tại xã Thắng Lợi (huyện Vân Đồn) với quy mô 2 ha cho năng suất 18 tấn tươi/ha/vụ, lãi khoảng 90 triệu đồng/ha/vụ. Chi cục đã cấp 4 mã số vùng nuôi rong biển với tổng diện tích 96 ha.

Sản lượng rong biển phân theo địa phương
Đơn vị tính: tấn tươi
Địa phương
Năm 2023
Năm 2024
Kế hoạch 2025
Vân Đồn
620
710
850
Đầm Hà
340
385
450
Hải Hà
210
245
300
Cô Tô
80
110
150
Tổng số
1.250
1.450
1.750

Năm 2025, tỉnh phấn đấu nâng diện tích nuôi rong biển lên 320 ha; đến năm 2030 đạt 1.000 ha, hình thành 3 vùng nuôi tập trung tại Vân Đồn, Cô Tô và Đầm Hà.

CHI CỤC THỦY SẢN QUẢNG NINH
Địa chỉ: Tầng 5, Trụ sở Liên cơ quan số 2, phường Hồng Hà, TP Hạ Long, tỉnh Quảng Ninh
Điện thoại: 0203.3835.467 - Email: ccts@quangninh.gov.vn
Tổng lượt truy cập: 1.287.456 | Đang trực tuyến: 37
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("Năm 2023", "2023-01-01", "2023-12-31", None),
        ("Năm 2024", "2024-01-01", "2024-12-31", None),
        ("Kế hoạch 2025", "2025-01-01", "2025-12-31", "target")]
SUBJ = "sản lượng rong biển"


def row(label, cells, loc):
    prev = label
    out = []
    for (head, s, e, status), cell in zip(COLS, cells):
        subj = f"{SUBJ} {head.lower()}" if loc else f"tổng số {SUBJ} {head.lower()}"
        out.append(F(f"{prev}\n{cell}\n", cell, float(cell.replace(".", "")), "measure", "tấn", subj,
                     P(head, s, e), status=status, location=loc))
        prev = cell
    return out


FIGS = [
    F("tỉnh đạt 265 ha", "265", 265, "measure", "ha", "diện tích nuôi trồng rong biển", Y24,
      change=C("increase", 12.8, baseline="năm 2023")),
    F("đạt 1.450 tấn tươi", "1.450", 1450, "measure", "tấn", "sản lượng rong biển", Y24,
      change=C("increase", 16, baseline="năm trước")),
    F("ước đạt 21,7 tỷ đồng", "21,7", 21.7e9, "money", "đồng", "giá trị sản xuất rong biển", Y24, status="estimate"),
    F("trên 430 hộ", "430", 430, "count", "hộ", "hộ tham gia nuôi trồng rong biển", I(Y24), approx="over"),
    F("quy mô 2 ha", "2", 2, "measure", "ha", "quy mô mô hình nuôi rong sụn trên giàn nổi", location="Vân Đồn"),
    F("năng suất 18 tấn", "18", 18, "measure", "tấn/ha/vụ", "năng suất mô hình nuôi rong sụn", location="Vân Đồn"),
    F("lãi khoảng 90 triệu đồng/ha/vụ", "90", 90e6, "money", "đồng/ha/vụ", "lãi mô hình nuôi rong sụn",
      approx="about", location="Vân Đồn"),
    F("cấp 4 mã số", "4", 4, "count", "mã số vùng nuôi", "mã số vùng nuôi rong biển được cấp"),
    F("tổng diện tích 96 ha", "96", 96, "measure", "ha", "tổng diện tích vùng nuôi rong biển được cấp mã số"),
]
FIGS += row("Vân Đồn", ("620", "710", "850"), "Vân Đồn")
FIGS += row("Đầm Hà", ("340", "385", "450"), "Đầm Hà")
FIGS += row("Hải Hà", ("210", "245", "300"), "Hải Hà")
FIGS += row("Cô Tô", ("80", "110", "150"), "Cô Tô")
FIGS += row("Tổng số", ("1.250", "1.450", "1.750"), None)
FIGS += [
    F("lên 320 ha", "320", 320, "measure", "ha", "diện tích nuôi rong biển",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
    F("đạt 1.000 ha", "1.000", 1000, "measure", "ha", "diện tích nuôi rong biển",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
    F("hình thành 3 vùng", "3", 3, "count", "vùng", "vùng nuôi rong biển tập trung",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
]

COMMENTS = [
    "Chi cục Thủy sản Quảng Ninh (department site, no dateline; footer address, phone, visit counter): rong biển 2024 and a table",
    "pasted one cell per line (Địa phương / Năm 2023 / Năm 2024 / Kế hoạch 2025; rows Vân Đồn, Đầm Hà, Hải Hà, Cô Tô, Tổng số).",
    "Table cells: period from the column header, 'Kế hoạch 2025' → target, location from the row label; the Tổng số row is the province.",
    "'tăng 16% so với năm trước' is the change of 1.450 tấn. The pilot model (xã Thắng Lợi, huyện Vân Đồn) → Vân Đồn; its unit",
    "'18 tấn tươi/ha/vụ' → tấn/ha/vụ. Districts after '3 vùng … tại' do not localise the count. No published date.",
    "Distractors: 'Tầng 5', 'Trụ sở Liên cơ quan số 2', phone 0203.3835.467, 'Tổng lượt truy cập: 1.287.456', 'Đang trực tuyến: 37'.",
]

build("p1032-7", TEXT, FIGS, COMMENTS, location="Quảng Ninh")
