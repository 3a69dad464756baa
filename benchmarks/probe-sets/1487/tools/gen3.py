"""p1487-3: formal report (UBND tỉnh Bình Định, Số: 412/BC-UBND): gas trading 2024, flattened '|' table."""
from lib import F, period, inherit, change, target, write

TEXT = """UBND TỈNH BÌNH ĐỊNH
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 18 tháng 12 năm 2024

BÁO CÁO
Công tác quản lý nhà nước về kinh doanh khí năm 2024, nhiệm vụ năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Hệ thống kinh doanh khí
Tính đến ngày 30/11/2024, trên địa bàn tỉnh có 1.046 thương nhân, cơ sở kinh doanh LPG, tăng 38 cơ sở so với cùng thời điểm năm 2023, cụ thể như sau:

Đơn vị tính: cơ sở
Loại hình | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
Trạm nạp LPG vào chai | 7 | 8 | 114,3
Tổng đại lý, đại lý | 52 | 55 | 105,8
Cửa hàng bán lẻ LPG chai | 949 | 983 | 103,6
Tổng số | 1.008 | 1.046 | 103,8

2. Sản lượng tiêu thụ
Cả năm 2024, sản lượng LPG tiêu thụ trên địa bàn tỉnh ước đạt 31.500 tấn, tăng 4,2% so với năm 2023; trong đó LPG dân dụng khoảng 24.800 tấn, chiếm 78,7%.

3. Kiểm tra, kiểm định
Năm 2024, Sở Công Thương chủ trì kiểm tra 126 cơ sở, xử phạt 19 cơ sở với tổng số tiền 274 triệu đồng. Các trạm nạp đã kiểm định định kỳ 96.400 chai LPG, loại bỏ 3.150 chai không đạt yêu cầu, chiếm 3,3%.

II. NHIỆM VỤ NĂM 2025
Phấn đấu 100% trạm nạp, tổng đại lý, đại lý được kiểm tra ít nhất 01 lần/năm; giảm tỷ lệ cửa hàng bán lẻ vi phạm xuống dưới 5%; tiếp tục triển khai Nghị định số 87/2018/NĐ-CP của Chính phủ về kinh doanh khí.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, K6.
"""

ASOF = period("Tính đến ngày 30/11/2024", None, "2024-11-30")
C23 = period("Năm 2023", "2023-01-01", "2023-12-31")
C24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y24 = period("Cả năm 2024", "2024-01-01", "2024-12-31")
S24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("NHIỆM VỤ NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)

ROWS = [("Trạm nạp LPG vào chai", ["7", "8", "114,3"]),
        ("Tổng đại lý, đại lý", ["52", "55", "105,8"]),
        ("Cửa hàng bán lẻ LPG chai", ["949", "983", "103,6"]),
        ("Tổng số", ["1.008", "1.046", "103,8"])]


def cells():
    out = []
    for label, (a, b, c) in ROWS:
        out.append(F(f"{label} | {a}", a, float(a.replace(".", "")), "count", "cơ sở",
                     subject=f"{label} năm 2023", per=C23))
        out.append(F(f"{a} | {b}", b, float(b.replace(".", "")), "count", "cơ sở",
                     subject=f"{label} năm 2024", per=C24))
        out.append(F(f"{b} | {c}", c, float(c.replace(",", ".")), "percent", "%",
                     subject=f"{label} so với cùng kỳ", per=inherit(C24)))
    return out


FIGS = [
    F("có 1.046 thương nhân", "1.046", 1046, "count", "thương nhân, cơ sở",
      change=change("increase", 38, "cơ sở", "cùng thời điểm năm 2023"),
      subject="thương nhân, cơ sở kinh doanh LPG", per=ASOF),
] + cells() + [
    F("ước đạt 31.500 tấn", "31.500", 31500, "measure", "tấn", status="estimate",
      change=change("increase", 4.2, "%", "năm 2023"),
      subject="sản lượng LPG tiêu thụ trên địa bàn tỉnh", per=Y24),
    F("khoảng 24.800 tấn", "24.800", 24800, "measure", "tấn", approx="about", status="estimate",
      total=31500, percent=78.7, subject="LPG dân dụng", per=Y24),
    F("kiểm tra 126 cơ sở", "126", 126, "count", "cơ sở", subject="cơ sở được Sở Công Thương kiểm tra",
      per=S24),
    F("xử phạt 19 cơ sở", "19", 19, "count", "cơ sở", subject="cơ sở bị xử phạt", per=S24),
    F("tiền 274 triệu", "274", 274e6, "money", "đồng", subject="tổng số tiền xử phạt", per=S24),
    F("kỳ 96.400 chai", "96.400", 96400, "count", "chai", subject="chai LPG được các trạm nạp kiểm định định kỳ",
      per=inherit(S24)),
    F("loại bỏ 3.150 chai", "3.150", 3150, "count", "chai", percent=3.3,
      subject="chai không đạt yêu cầu bị loại bỏ", per=inherit(S24)),
    F("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="trạm nạp, tổng đại lý, đại lý được kiểm tra", per=Y25),
    F("ít nhất 01 lần/năm", "01", 1, "measure", "lần/năm", approx="at_least", status="target",
      subject="số lần kiểm tra trạm nạp, tổng đại lý, đại lý", per=Y25),
    F("dưới 5%", "5", 5, "percent", "%", approx="under", status="target",
      subject="tỷ lệ cửa hàng bán lẻ vi phạm", per=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH BÌNH ĐỊNH', 'Số: 412/BC-UBND', 'Bình Định, ngày 18 tháng 12 năm 2024', sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: Số 412/BC-UBND, the letterhead date, 30/11/2024, section numbers I./II./1.-3., Nghị định số 87/2018/NĐ-CP, 'K6', '(b/c)'.",
    "Flattened '|' table, 'Đơn vị tính: cơ sở', columns Năm 2023 | Năm 2024 | So với cùng kỳ (%): every numeric cell is a figure;",
    "subject = row label + column label; period from the column header. 'So với cùng kỳ (%)' cells are percents whose header",
    "has no period: the 2024 column's period is given as inherited (not scored). Table cells get no total.",
    "'tăng 38 cơ sở so với cùng thời điểm năm 2023' is the change of the 1.046 (as-of 30/11/2024).",
    "'ước đạt 31.500 tấn' estimate; 'trong đó LPG dân dụng khoảng 24.800 tấn, chiếm 78,7%' takes total 31500, percent 78.7 and the estimate.",
    "'loại bỏ 3.150 chai ..., chiếm 3,3%' has no 'trong đó' cue: percent only. Section II inherits 'NĂM 2025' from its heading (target).",
    "'ít nhất 01 lần/năm' is a target frequency: measure 'lần/năm', at_least.",
]

if __name__ == "__main__":
    write("p1487-3", TEXT, NOTES, FIGS, published="2024-12-18", location="Bình Định")
