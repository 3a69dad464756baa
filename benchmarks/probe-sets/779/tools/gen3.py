from lib import *

TEXT = """UBND TỈNH HÀ NAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Hà Nam, ngày 10 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện quy hoạch nghĩa trang và công tác hỏa táng 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Quy hoạch, đầu tư nghĩa trang
Đến ngày 30/9/2024, 6/6 huyện, thị xã, thành phố đã được phê duyệt quy hoạch nghĩa trang; toàn tỉnh có 1.146 nghĩa trang nhân dân với tổng diện tích 1.032,6 ha, trong đó 214 nghĩa trang đã dừng táng mới. Dự án Công viên nghĩa trang Thanh Sơn (giai đoạn 1) đã giải ngân 126,5 tỷ đồng, đạt 84% kế hoạch vốn năm 2024.

2. Công tác hỏa táng
9 tháng năm 2024, tỷ lệ hỏa táng toàn tỉnh đạt 47,6%, tăng 5,2 điểm phần trăm so với cùng kỳ; kinh phí hỗ trợ hỏa táng đã chi 6,89 tỷ đồng, bằng 76,5% dự toán năm. Kết quả theo địa bàn tại Bảng 1.

Bảng 1. Kết quả hỏa táng 9 tháng năm 2024
Địa bàn | Số người từ trần (người) | Số ca hỏa táng (ca) | Tỷ lệ hỏa táng (%)
Phủ Lý | 612 | 498 | 81,4
Duy Tiên | 835 | 541 | 64,8
Kim Bảng | 760 | 402 | 52,9
Thanh Liêm | 701 | 311 | 44,4
Bình Lục | 893 | 286 | 32,0
Lý Nhân | 1.024 | 257 | 25,1
Toàn tỉnh | 4.825 | 2.295 | 47,6

II. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu tỷ lệ hỏa táng cả năm 2024 đạt 50%.
2. Phấn đấu hoàn thành di chuyển khoảng 1.200 ngôi mộ ra khỏi khu dân cư tập trung tại thị xã Duy Tiên.
3. Tiếp tục tuyên truyền, vận động Nhân dân thực hiện hỏa táng; đôn đốc tiến độ các dự án nghĩa trang tập trung.

Nơi nhận:
- Bộ Xây dựng;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, XD.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Thành
"""

ASOF = P("Đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31")

ROWS = [("Phủ Lý", "612", "498", "81,4"), ("Duy Tiên", "835", "541", "64,8"), ("Kim Bảng", "760", "402", "52,9"),
        ("Thanh Liêm", "701", "311", "44,4"), ("Bình Lục", "893", "286", "32,0"), ("Lý Nhân", "1.024", "257", "25,1"),
        ("Toàn tỉnh", "4.825", "2.295", "47,6")]

FIGS = [
    F("6/6 huyện", "6", 6, "count", "huyện, thị xã, thành phố",
      "huyện, thị xã, thành phố đã được phê duyệt quy hoạch nghĩa trang", ASOF, total=6),
    F("có 1.146 nghĩa trang", "1.146", 1146, "count", "nghĩa trang", "nghĩa trang nhân dân", ASOF),
    F("1.032,6 ha", "1.032,6", 1032.6, "measure", "ha", "tổng diện tích nghĩa trang nhân dân", ASOF),
    F("214 nghĩa trang", "214", 214, "count", "nghĩa trang", "nghĩa trang đã dừng táng mới", ASOF, total=1146),
    F("giải ngân 126,5 tỷ đồng", "126,5", 126.5e9, "money", "đồng",
      "vốn giải ngân dự án Công viên nghĩa trang Thanh Sơn (giai đoạn 1)", I(ASOF), percent=84),
    F("toàn tỉnh đạt 47,6%", "47,6", 47.6, "percent", "%", "tỷ lệ hỏa táng toàn tỉnh", M9,
      change=CH("increase", 5.2, "điểm phần trăm", "cùng kỳ")),
    F("đã chi 6,89 tỷ đồng", "6,89", 6.89e9, "money", "đồng", "kinh phí hỗ trợ hỏa táng đã chi", M9, percent=76.5),
]
for place, a, b, c in ROWS:
    loc = "Hà Nam" if place == "Toàn tỉnh" else place
    FIGS.append(F(f"{place} | {a}", a, parse_num(a), "count", "người",
                  "Số người từ trần 9 tháng năm 2024", I(M9), location=loc))
    FIGS.append(F(f"{a} | {b}", b, parse_num(b), "count", "ca",
                  "Số ca hỏa táng 9 tháng năm 2024", I(M9), location=loc))
    FIGS.append(F(f"{b} | {c}", c, parse_num(c), "percent", "%",
                  "Tỷ lệ hỏa táng 9 tháng năm 2024", I(M9), location=loc))
FIGS += [
    F("năm 2024 đạt 50%", "50", 50, "percent", "%", "tỷ lệ hỏa táng cả năm 2024", Y24, status="target"),
    F("khoảng 1.200 ngôi mộ", "1.200", 1200, "count", "ngôi mộ",
      "ngôi mộ di chuyển ra khỏi khu dân cư tập trung", I(Q4), approx="about", status="target", location="Duy Tiên"),
]

COMMENTS = [
    "Formal report UBND tỉnh Hà Nam, Số: 287/BC-UBND, 10/10/2024: quy hoạch nghĩa trang và hỏa táng 9 tháng năm 2024 (invented).",
    "Flattened '|' table (Bảng 1) by district: every numeric cell is a figure; rows that are districts go to location, 'Toàn tỉnh' is",
    "Hà Nam; table period comes from the title line (inherited, not scored). No Kế hoạch/Ước column: cells are actual.",
    "Distractors: 'Số: 287/BC-UBND', date line, section numbers I./II./1./2./3., 'Bảng 1', '(giai đoạn 1)', 'QUÝ IV/2024' heading.",
    "'trong đó 214 nghĩa trang' takes the whole 1.146 nghĩa trang (same thing), not the area 1.032,6 ha just before the cue.",
    "126,5 tỷ: 'kế hoạch vốn năm 2024' names the plan, not the disbursement's period: left unscored (as-of 30/9 inherited).",
    "'đạt 84% kế hoạch vốn', 'bằng 76,5% dự toán năm' are percent attributes. Task list items with 'Phấn đấu' are targets.",
]

if __name__ == "__main__":
    emit("p779-3", TEXT, COMMENTS, FIGS, published="2024-10-10", location="Hà Nam")
