"""p1054-3: UBND tỉnh Long An formal report, October 2024: growing-area codes for jackfruit, flattened | table by district."""
from lib import F, period, inherit, change, write

TEXT = """UBND TỈNH LONG AN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 286/BC-UBND
Long An, ngày 18 tháng 10 năm 2024

BÁO CÁO
Kết quả cấp và quản lý mã số vùng trồng mít 9 tháng đầu năm 2024

Thực hiện Công văn số 1894/BVTV-KD ngày 05/8/2024 của Cục Bảo vệ thực vật, UBND tỉnh Long An báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Tính đến 30/9/2024, diện tích mít toàn tỉnh đạt 5.284 ha, tăng 6,2% so với cuối năm 2023; sản lượng 9 tháng ước đạt 61.450 tấn, đạt 78,3% kế hoạch năm.

2. Mã số vùng trồng
Toàn tỉnh có 27 mã số vùng trồng mít còn hiệu lực, tổng diện tích 1.412,5 ha, cụ thể như sau:
Đơn vị tính: mã số; ha; hộ
Huyện | Số mã số | Diện tích (ha) | Số hộ tham gia
Tân Thạnh | 11 | 604,2 | 318
Thạnh Hóa | 8 | 421,8 | 226
Đức Huệ | 5 | 247,0 | 134
Mộc Hóa | 3 | 139,5 | 71
Tổng cộng | 27 | 1.412,5 | 749

Trong 9 tháng, Chi cục Trồng trọt và Bảo vệ thực vật đã kiểm tra 27/27 mã số, phát hiện 2 mã số chưa ghi chép nhật ký đồng ruộng đầy đủ và đề nghị tạm dừng sử dụng. Sản lượng mít xuất khẩu qua các mã số ước đạt 18.600 tấn, kim ngạch khoảng 9,8 triệu USD.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu cấp mới ít nhất 5 mã số vùng trồng với diện tích trên 250 ha.
2. Dự kiến tổ chức 10 lớp tập huấn cho khoảng 400 hộ trồng mít về sử dụng thuốc bảo vệ thực vật an toàn.

Nơi nhận:
- Cục Bảo vệ thực vật;
- Sở NN&PTNT;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

NOTES = [
    "UBND tỉnh Long An report Số: 286/BC-UBND dated 18/10/2024: codes for jackfruit growing areas, 9 months 2024, flattened | table.",
    "Table: row label = district (location), column label = subject; units from the header and 'Đơn vị tính'; no column period, so",
    "table cells inherit the as-of 30/9/2024 of section 1 (inherited). Totals row is a figure of its own (location Long An), cells get no total.",
    "'đạt 78,3% kế hoạch năm' is the percent of 61.450 tấn. 'Trong 9 tháng' also covers the next sentence (inherited there).",
    "Section II items: 'Phấn đấu' -> target, 'Dự kiến' -> forecast; their period QUÝ IV/2024 is the heading (inherited).",
    "Distractors: Số: 286/BC-UBND, Công văn số 1894/BVTV-KD ngày 05/8/2024, section numbers I., II., 1., 2., dates.",
]
ASOF = period("Tính đến 30/9/2024", None, "2024-09-30")
M9 = period("9 tháng", "2024-01-01", "2024-09-30")
T9 = period("Trong 9 tháng", "2024-01-01", "2024-09-30")
Q4 = period("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)
TI = inherit(ASOF)


def cells(rowanchor, place, n1, a, h):
    """A table row: codes, area, households."""
    v1 = float(n1.replace(",", "."))
    v2 = float(a.replace(".", "").replace(",", "."))
    v3 = float(h)
    return [
        F(f"{rowanchor} | {n1} |", n1, v1, "count", "mã số", f"{'Tổng cộng ' if place == 'Long An' else ''}số mã số", TI,
          location=place),
        F(f"{n1} | {a} |", a, v2, "measure", "ha", f"{'Tổng cộng ' if place == 'Long An' else ''}diện tích", TI,
          location=place),
        F(f"{a} | {h}", h, v3, "count", "hộ", f"{'Tổng cộng ' if place == 'Long An' else ''}số hộ tham gia", TI,
          location=place),
    ]


FIGS = [
    F("đạt 5.284 ha", "5.284", 5284, "measure", "ha", "diện tích mít toàn tỉnh", ASOF,
      change=change("increase", 6.2, "%", "cuối năm 2023")),
    F("ước đạt 61.450 tấn", "61.450", 61450, "measure", "tấn", "sản lượng mít", M9, percent=78.3, status="estimate"),
    F("có 27 mã số", "27", 27, "count", "mã số", "mã số vùng trồng mít còn hiệu lực", TI),
    F("diện tích 1.412,5 ha", "1.412,5", 1412.5, "measure", "ha", "tổng diện tích mã số vùng trồng mít", TI),
    *cells("Tân Thạnh", "Tân Thạnh", "11", "604,2", "318"),
    *cells("Thạnh Hóa", "Thạnh Hóa", "8", "421,8", "226"),
    *cells("Đức Huệ", "Đức Huệ", "5", "247,0", "134"),
    *cells("Mộc Hóa", "Mộc Hóa", "3", "139,5", "71"),
    *cells("Tổng cộng", "Long An", "27", "1.412,5", "749"),
    F("kiểm tra 27/27", "27", 27, "count", "mã số", "mã số được kiểm tra", T9, total=27),
    F("phát hiện 2 mã số", "2", 2, "count", "mã số", "mã số chưa ghi chép nhật ký đồng ruộng đầy đủ", T9),
    F("ước đạt 18.600 tấn", "18.600", 18600, "measure", "tấn", "sản lượng mít xuất khẩu qua các mã số", inherit(T9),
      status="estimate"),
    F("khoảng 9,8 triệu USD", "9,8", 9.8e6, "money", "USD", "kim ngạch xuất khẩu mít qua các mã số", inherit(T9),
      approx="about", status="estimate"),
    F("ít nhất 5 mã số", "5", 5, "count", "mã số", "mã số vùng trồng cấp mới", Q4, approx="at_least", status="target"),
    F("trên 250 ha", "250", 250, "measure", "ha", "diện tích mã số vùng trồng cấp mới", Q4, approx="over", status="target"),
    F("tổ chức 10 lớp", "10", 10, "count", "lớp", "lớp tập huấn sử dụng thuốc bảo vệ thực vật an toàn", Q4,
      status="forecast"),
    F("khoảng 400 hộ", "400", 400, "count", "hộ", "hộ trồng mít được tập huấn", Q4, approx="about", status="forecast"),
]

if __name__ == "__main__":
    write("p1054-3", TEXT, NOTES, FIGS, published="2024-10-18", location="Long An")
