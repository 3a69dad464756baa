"""p492-3: UBND tỉnh Kiên Giang formal report — anti-IUU results 9 months 2024, flattened '|' table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH KIÊN GIANG
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kiên Giang, ngày 07 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện chống khai thác IUU 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Quản lý đội tàu cá
Tính đến ngày 30/9/2024, toàn tỉnh có 9.146 tàu cá đăng ký, giảm 215 chiếc so với cuối năm 2023; 100% tàu cá đã được cập nhật lên hệ thống VNFishbase. Số tàu có chiều dài từ 15 m trở lên là 4.027 chiếc, trong đó đã lắp thiết bị giám sát hành trình 4.019 chiếc, đạt 99,8%.

2. Một số chỉ tiêu chủ yếu
STT | Chỉ tiêu | Đơn vị tính | 9 tháng năm 2023 | 9 tháng năm 2024 | Kế hoạch năm 2024
1 | Sản lượng khai thác hải sản | tấn | 512.340 | 527.815 | 700.000
2 | Sản lượng qua cảng được giám sát | tấn | 186.204 | 214.560 | 280.000
3 | Giấy xác nhận nguyên liệu thủy sản khai thác | giấy | 1.148 | 1.362 | 1.800
4 | Vụ vi phạm bị xử phạt | vụ | 96 | 71 | -
5 | Tiền phạt vi phạm hành chính | triệu đồng | 5.840,5 | 4.212 | -

3. Kiểm soát tàu cá
Trong 9 tháng, các Văn phòng đại diện kiểm soát nghề cá đã kiểm tra 28.734 lượt tàu xuất, nhập bến; phát hiện 35 tàu mất kết nối VMS quá 10 ngày nhưng không đưa tàu về bờ. Không có tàu cá, ngư dân của tỉnh bị nước ngoài bắt giữ (cùng kỳ năm 2023 có 3 tàu/19 ngư dân).

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến hết năm 2024 sản lượng qua cảng được giám sát đạt trên 40% tổng sản lượng khai thác; xử lý dứt điểm 100% vụ việc tàu cá mất kết nối VMS.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT, SNNPTNT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
C23 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
C24 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
M9 = P("Trong 9 tháng", "2024-01-01", "2024-09-30")


def cell(anchor, number, value, unit, label, col, per, kind="measure", **kw):
    words = {"C23": "9 tháng năm 2023", "C24": "9 tháng năm 2024", "KH": "kế hoạch năm 2024"}[col]
    if col == "KH":
        kw["status"] = "target"
    return F(anchor, number, value, kind, unit, f"{label} {words}", per, **kw)


FIGS = [
    F("có 9.146 tàu cá", "9.146", 9146, "count", "tàu cá", "tàu cá đăng ký", ASOF,
      change=CH("decrease", 215, "chiếc", baseline="cuối năm 2023")),
    F("100% tàu cá đã được cập nhật", "100", 100, "percent", "%",
      "tàu cá đã được cập nhật lên hệ thống VNFishbase", ASOF),
    F("từ 15 m trở lên là", "15", 15, "measure", "m", approx="at_least", optional=True),
    F("là 4.027 chiếc", "4.027", 4027, "count", "chiếc", "tàu có chiều dài từ 15 m trở lên", I(ASOF)),
    F("4.019 chiếc", "4.019", 4019, "count", "chiếc", "tàu đã lắp thiết bị giám sát hành trình", I(ASOF),
      total=4027, percent=99.8),
    cell("512.340", "512.340", 512340, "tấn", "Sản lượng khai thác hải sản", "C23", C23),
    cell("527.815", "527.815", 527815, "tấn", "Sản lượng khai thác hải sản", "C24", C24),
    cell("700.000", "700.000", 700000, "tấn", "Sản lượng khai thác hải sản", "KH", KH),
    cell("186.204", "186.204", 186204, "tấn", "Sản lượng qua cảng được giám sát", "C23", C23),
    cell("214.560", "214.560", 214560, "tấn", "Sản lượng qua cảng được giám sát", "C24", C24),
    cell("280.000", "280.000", 280000, "tấn", "Sản lượng qua cảng được giám sát", "KH", KH),
    cell("1.148", "1.148", 1148, "giấy", "Giấy xác nhận nguyên liệu thủy sản khai thác", "C23", C23, kind="count"),
    cell("1.362", "1.362", 1362, "giấy", "Giấy xác nhận nguyên liệu thủy sản khai thác", "C24", C24, kind="count"),
    cell("1.800", "1.800", 1800, "giấy", "Giấy xác nhận nguyên liệu thủy sản khai thác", "KH", KH, kind="count"),
    cell("vụ | 96 |", "96", 96, "vụ", "Vụ vi phạm bị xử phạt", "C23", C23, kind="count"),
    cell("| 71 |", "71", 71, "vụ", "Vụ vi phạm bị xử phạt", "C24", C24, kind="count"),
    cell("5.840,5", "5.840,5", 5840.5e6, "đồng", "Tiền phạt vi phạm hành chính", "C23", C23, kind="money"),
    cell("4.212", "4.212", 4212e6, "đồng", "Tiền phạt vi phạm hành chính", "C24", C24, kind="money"),
    F("kiểm tra 28.734 lượt tàu", "28.734", 28734, "count", "lượt tàu", "lượt tàu xuất, nhập bến được kiểm tra", M9),
    F("phát hiện 35 tàu", "35", 35, "count", "tàu",
      "tàu mất kết nối VMS quá 10 ngày nhưng không đưa tàu về bờ", M9),
    F("quá 10 ngày", "10", 10, "measure", "ngày", approx="over", optional=True),
    F("có 3 tàu/19 ngư dân", "3", 3, "count", "tàu", "tàu cá bị nước ngoài bắt giữ",
      P("cùng kỳ năm 2023", "2023-01-01", "2023-09-30")),
    F("tàu/19 ngư dân", "19", 19, "count", "ngư dân", "ngư dân bị nước ngoài bắt giữ",
      P("cùng kỳ năm 2023", "2023-01-01", "2023-09-30")),
    F("trên 40%", "40", 40, "percent", "%", "sản lượng qua cảng được giám sát trong tổng sản lượng khai thác",
      P("đến hết năm 2024", None, "2024-12-31"), approx="over", status="target"),
    F("dứt điểm 100% vụ việc", "100", 100, "percent", "%", "vụ việc tàu cá mất kết nối VMS được xử lý dứt điểm",
      P("đến hết năm 2024", None, "2024-12-31"), status="target"),
]

COMMENTS = [
    "Formal report under a letterhead (UBND TỈNH KIÊN GIANG, Số: 318/BC-UBND, 'Kiên Giang, ngày 07 tháng 10 năm 2024'): anti-IUU, 9 months 2024.",
    "Flattened '|' table: every numeric cell is a figure, subject = row label + column; periods from the column headers (scored, as in h23);",
    "'Kế hoạch năm 2024' column -> status target; 'triệu đồng' row -> money x10^6 in đồng; '-' cells and STT numbers are not figures.",
    "'3 tàu/19 ngư dân' is two counts of different things, not a part and its whole: no total. 'cùng kỳ năm 2023' = 9 months of 2023 (cf. h17).",
    "Optional thresholds: 'từ 15 m trở lên', 'quá 10 ngày'. Distractors: Số 318, section numbers I./II./1./2./3., quý IV/2024 heading.",
]

if __name__ == "__main__":
    emit("p492-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Kiên Giang")
