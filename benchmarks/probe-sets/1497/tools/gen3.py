"""p1497-3: formal report (UBND tỉnh Lạng Sơn): anti-smuggling of lighters, 6 months of 2024; flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ỦY BAN NHÂN DÂN
TỈNH LẠNG SƠN
Số: 186/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Lạng Sơn, ngày 05 tháng 7 năm 2024

BÁO CÁO
Kết quả đấu tranh chống buôn lậu bật lửa, hộp quẹt ga 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Kết quả bắt giữ, xử lý
Sáu tháng đầu năm 2024, các lực lượng chức năng của tỉnh đã bắt giữ, xử lý 97 vụ vận chuyển, kinh doanh bật lửa nhập lậu, tăng 21 vụ so với cùng kỳ năm 2023; thu giữ 162.500 chiếc bật lửa các loại, tăng 19,2%. Tổng số tiền xử phạt vi phạm hành chính và bán hàng tịch thu nộp ngân sách là 1,84 tỷ đồng, đạt 61,3% kế hoạch năm.

Bảng 1. Số bật lửa thu giữ theo lực lượng
Đơn vị tính: chiếc
Lực lượng | 6 tháng 2023 | 6 tháng 2024 | So với cùng kỳ (%)
Công an tỉnh | 48.200 | 61.500 | 127,6
Bộ đội Biên phòng tỉnh | 35.600 | 42.300 | 118,8
Cục Hải quan tỉnh | 22.400 | 19.800 | 88,4
Cục Quản lý thị trường tỉnh | 30.100 | 38.900 | 129,2
Tổng cộng | 136.300 | 162.500 | 119,2

2. Tình hình trên các tuyến
Hàng lậu chủ yếu được vận chuyển bằng xe máy qua đường mòn, mỗi chuyến 20-30 kg. Huyện Cao Lộc là địa bàn trọng điểm với 41 vụ, chiếm khoảng 42% số vụ toàn tỉnh.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
1. Phấn đấu bắt giữ không dưới 100 vụ, thu nộp ngân sách trên 1,2 tỷ đồng.
2. Tuyên truyền cho 100% hộ kinh doanh tạp hóa tại các huyện, thành phố về nguy cơ cháy nổ của bật lửa không rõ nguồn gốc.

Nơi nhận:
- Ban Chỉ đạo 389 quốc gia;
- Bộ Công Thương;
- Lưu: VT, KT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lương Văn Hòa
"""

H1 = per("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
C23 = per("6 tháng 2023", "2023-01-01", "2023-06-30")
C24 = per("6 tháng 2024", "2024-01-01", "2024-06-30")
H2 = per("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31")

ROWS = [
    ("Công an tỉnh", "48.200", "61.500", "127,6"),
    ("Bộ đội Biên phòng tỉnh", "35.600", "42.300", "118,8"),
    ("Cục Hải quan tỉnh", "22.400", "19.800", "88,4"),
    ("Cục Quản lý thị trường tỉnh", "30.100", "38.900", "129,2"),
    ("Tổng cộng", "136.300", "162.500", "119,2"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


def table():
    out = []
    for row, a, b, c in ROWS:
        line = f"{row} | {a} | {b} | {c}"
        label = "tổng cộng" if row == "Tổng cộng" else row
        out.append(fig(f"{row} | {a}", a, num(a), "count", "chiếc",
                       subject=f"bật lửa thu giữ {label} 6 tháng 2023", period=C23))
        out.append(fig(f"{a} | {b}", b, num(b), "count", "chiếc",
                       subject=f"bật lửa thu giữ {label} 6 tháng 2024", period=C24))
        out.append(fig(f"{b} | {c}", c, num(c), "percent", "%",
                       subject=f"bật lửa thu giữ {label} so với cùng kỳ", period=inh(C24)))
        assert line in TEXT, line
    return out


FIGS = [
    fig("xử lý 97 vụ", "97", 97, "count", "vụ",
        change=chg("increase", 21, "vụ", "cùng kỳ năm 2023"),
        subject="vụ vận chuyển, kinh doanh bật lửa nhập lậu bắt giữ, xử lý", period=H1),
    fig("thu giữ 162.500 chiếc", "162.500", 162500, "count", "chiếc",
        change=chg("increase", 19.2, "%"),
        subject="bật lửa các loại thu giữ", period=H1),
    fig("là 1,84 tỷ", "1,84", 1.84e9, "money", "đồng", percent=61.3,
        subject="tổng số tiền xử phạt vi phạm hành chính và bán hàng tịch thu nộp ngân sách", period=inh(H1)),
] + table() + [
    fig("mỗi chuyến 20-30 kg", "20", 20, "measure", "kg/chuyến", value_max=30,
        subject="hàng lậu vận chuyển bằng xe máy mỗi chuyến", period=inh(H1)),
    fig("với 41 vụ", "41", 41, "count", "vụ", percent=42,
        subject="vụ tại địa bàn trọng điểm", period=inh(H1), location="Cao Lộc"),
    fig("không dưới 100 vụ", "100", 100, "count", "vụ", approx="at_least", status="target",
        subject="vụ bắt giữ", period=inh(H2)),
    fig("trên 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="over", status="target",
        subject="thu nộp ngân sách", period=inh(H2)),
    fig("cho 100% hộ", "100", 100, "percent", "%", status="target",
        subject="hộ kinh doanh tạp hóa được tuyên truyền về nguy cơ cháy nổ của bật lửa", period=inh(H2)),
]

NOTES = [
    "Formal report (UBND tỉnh Lạng Sơn, Số: 186/BC-UBND, 'Lạng Sơn, ngày 05 tháng 7 năm 2024'): lighter smuggling, 6 months 2024.",
    "Distractors: 186/BC-UBND, letterhead date, section numbers I./II./1./2., 'Bảng 1.', 'Ban Chỉ đạo 389', 'Lưu: VT, KT'.",
    "'tăng 21 vụ so với cùng kỳ năm 2023' is a change in vụ of 97 vụ; 'tăng 19,2%' (no baseline stated) the change of 162.500 chiếc.",
    "'đạt 61,3% kế hoạch năm' is the percent attribute of 1,84 tỷ đồng.",
    "Flattened table, 'Đơn vị tính: chiếc': count cells; periods from the column headers 6 tháng 2023 / 6 tháng 2024 (scored);",
    "  the 'So với cùng kỳ (%)' column is percent (value as written, e.g. 127,6), its period inherited from the title (not scored). Forces are not places.",
    "'Huyện Cao Lộc ... với 41 vụ, chiếm khoảng 42% số vụ toàn tỉnh': location Cao Lộc, percent attribute 42 (no total cue).",
    "Section II (6 tháng cuối năm 2024, in the heading, so inherited): 'Phấn đấu' governs the items: target.",
]

if __name__ == "__main__":
    write("p1497-3", TEXT, NOTES, FIGS, published="2024-07-05", location="Lạng Sơn")
