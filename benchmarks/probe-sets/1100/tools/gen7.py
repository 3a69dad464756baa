"""p1100-7: Sở Văn hóa và Thể thao Bình Định site (no dateline), provincial library; one-cell-per-line table."""
from lib import F, P, year, inh, write

TEXT = """SỞ VĂN HÓA VÀ THỂ THAO TỈNH BÌNH ĐỊNH
Trang chủ > Thư viện - Văn hóa đọc

Thư viện tỉnh nâng cao hiệu quả phục vụ bạn đọc

9 tháng đầu năm 2024, Thư viện tỉnh Bình Định đã phục vụ 192.300 lượt bạn đọc, đạt 76,9% kế hoạch năm; cấp mới 2.015 thẻ bạn đọc, trong đó 1.380 thẻ cho học sinh, sinh viên. Thư viện số hiện có 3.450 tài khoản đăng ký, ghi nhận 48.600 lượt truy cập tài liệu. Tổng vốn tài liệu của Thư viện tỉnh hiện đạt gần 285.000 bản, trong đó khoảng 12.500 bản sách điện tử.

Hưởng ứng phong trào xây dựng tủ sách trường học, Thư viện tỉnh đã tặng 1.520 cuốn sách cho 8 trường tiểu học tại các huyện miền núi An Lão (3 trường), Vĩnh Thạnh (3 trường) và Vân Canh (2 trường).

Kết quả một số chỉ tiêu hoạt động của Thư viện tỉnh:

Chỉ tiêu
Đơn vị tính
Năm 2022
Năm 2023
Kế hoạch 2024
Thẻ bạn đọc cấp mới
thẻ
2.150
2.480
2.600
Lượt bạn đọc
lượt
210.400
236.800
250.000
Sách bổ sung
bản
8.900
11.200
12.000
Lượt sách, báo luân chuyển
lượt
512.000
574.600
600.000

Trong quý IV/2024, Thư viện tỉnh dự kiến tổ chức 6 đợt luân chuyển sách về cơ sở và 2 cuộc trưng bày sách chuyên đề.

SỞ VĂN HÓA VÀ THỂ THAO TỈNH BÌNH ĐỊNH
Địa chỉ: 98 Trần Hưng Đạo, TP Quy Nhơn, tỉnh Bình Định
Điện thoại: 0256.3822.649 - Fax: 0256.3891.402
Lượt truy cập: 1.284.305 | Đang trực tuyến: 27
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
C22 = year(2022, "Năm 2022")
C23 = year(2023, "Năm 2023")
C24 = year(2024, "Kế hoạch 2024")
Q4 = P("Trong quý IV/2024", "2024-10-01", "2024-12-31")


def cells(label, unit, vals, anchors=None):
    out = []
    anchors = anchors or [None, None, None]
    for v, per, a in zip(vals, (C22, C23, C24), anchors):
        num, val = v
        extra = {"status": "target"} if per is C24 else {}
        col = "kế hoạch 2024" if per is C24 else per["text"].lower()
        out.append(F(a or f"\n{num}\n", num, val, "count", unit, f"{label} {col}", per, **extra))
    return out


FIGS = [
    F("phục vụ 192.300 lượt", "192.300", 192300, "count", "lượt bạn đọc", "lượt bạn đọc Thư viện tỉnh phục vụ", M9,
      percent=76.9),
    F("cấp mới 2.015 thẻ", "2.015", 2015, "count", "thẻ bạn đọc", "thẻ bạn đọc cấp mới", M9),
    F("trong đó 1.380 thẻ", "1.380", 1380, "count", "thẻ", "thẻ cấp cho học sinh, sinh viên", M9, total=2015),
    F("có 3.450 tài khoản", "3.450", 3450, "count", "tài khoản", "tài khoản thư viện số đăng ký"),
    F("ghi nhận 48.600 lượt", "48.600", 48600, "count", "lượt truy cập", "lượt truy cập tài liệu thư viện số"),
    F("gần 285.000 bản", "285.000", 285000, "count", "bản", "vốn tài liệu của Thư viện tỉnh", approx="nearly"),
    F("khoảng 12.500 bản", "12.500", 12500, "count", "bản", "sách điện tử", approx="about", total=285000),
    F("tặng 1.520 cuốn sách", "1.520", 1520, "count", "cuốn sách", "sách Thư viện tỉnh tặng trường tiểu học"),
    F("cho 8 trường tiểu học", "8", 8, "count", "trường tiểu học", "trường tiểu học được tặng sách"),
    F("An Lão (3 trường)", "3", 3, "count", "trường", "trường tiểu học được tặng sách", total=8, location="An Lão"),
    F("Vĩnh Thạnh (3 trường)", "3", 3, "count", "trường", "trường tiểu học được tặng sách", total=8,
      location="Vĩnh Thạnh"),
    F("Vân Canh (2 trường)", "2", 2, "count", "trường", "trường tiểu học được tặng sách", total=8,
      location="Vân Canh"),
    *cells("Thẻ bạn đọc cấp mới", "thẻ", [("2.150", 2150), ("2.480", 2480), ("2.600", 2600)]),
    *cells("Lượt bạn đọc", "lượt", [("210.400", 210400), ("236.800", 236800), ("250.000", 250000)]),
    *cells("Sách bổ sung", "bản", [("8.900", 8900), ("11.200", 11200), ("12.000", 12000)]),
    *cells("Lượt sách, báo luân chuyển", "lượt", [("512.000", 512000), ("574.600", 574600), ("600.000", 600000)]),
    F("tổ chức 6 đợt", "6", 6, "count", "đợt", "đợt luân chuyển sách về cơ sở", Q4, status="forecast"),
    F("và 2 cuộc trưng bày", "2", 2, "count", "cuộc", "cuộc trưng bày sách chuyên đề", Q4, status="forecast"),
]

NOTES = [
    "Sở Văn hóa và Thể thao Bình Định (department site): Thư viện tỉnh; no dateline, so no published; one-cell-per-line table.",
    "Table: unit from the 'Đơn vị tính' column, period from the column header (scored), 'Kế hoạch 2024' -> status target.",
    "Bracketed district list (3 + 3 + 2 = 8 trường) right after the 8 schools: total 8, district as location.",
    "'dự kiến tổ chức' in quý IV/2024 -> forecast. 'hiện' (stock of accounts, holdings) gives no period.",
    "Distractors: '98 Trần Hưng Đạo', phone/fax numbers, 'Lượt truy cập: 1.284.305', 'Đang trực tuyến: 27'.",
]

if __name__ == "__main__":
    write("p1100-7", TEXT, NOTES, FIGS, location="Bình Định")
