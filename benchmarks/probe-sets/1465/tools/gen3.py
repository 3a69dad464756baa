"""p1465-3: formal report (UBND tỉnh Quảng Ninh): smuggled and fake cosmetics/perfume, 9 months 2024; flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG NINH
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ninh, ngày 10 tháng 10 năm 2024

BÁO CÁO
Kết quả đấu tranh chống buôn lậu, hàng giả đối với mỹ phẩm, nước hoa 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
Trong 9 tháng năm 2024, các lực lượng thành viên Ban Chỉ đạo 389 tỉnh đã phát hiện, xử lý 311 vụ vi phạm liên quan đến mỹ phẩm, nước hoa, tăng 11,9% so với cùng kỳ năm 2023; thu nộp ngân sách nhà nước 4,86 tỷ đồng, vượt 21,5% kế hoạch năm. Tang vật tạm giữ gồm 28.470 chai nước hoa, trong đó khoảng 70% là hàng giả mạo các nhãn hiệu nổi tiếng.

Kết quả theo lực lượng:
Đơn vị tính: vụ
Lực lượng | 9 tháng năm 2023 | 9 tháng năm 2024 | So với cùng kỳ (%)
Quản lý thị trường | 148 | 171 | 115,5
Công an | 62 | 58 | 93,5
Hải quan | 41 | 49 | 119,5
Bộ đội Biên phòng | 27 | 33 | 122,2
Tổng cộng | 278 | 311 | 111,9

2. Địa bàn trọng điểm
Thành phố Móng Cái có 126 vụ, chiếm 40,5% tổng số vụ toàn tỉnh; tiếp đến là thành phố Hạ Long 74 vụ, huyện Hải Hà 39 vụ. Ngày 18/7/2024, Đội Quản lý thị trường số 5 phối hợp với Đồn Biên phòng cửa khẩu quốc tế Móng Cái bắt giữ vụ vận chuyển 6.200 chai nước hoa nhập lậu, trị giá trên 1,5 tỷ đồng.

II. NHIỆM VỤ QUÝ IV NĂM 2024
1. Phấn đấu phát hiện, xử lý ít nhất 100 vụ vi phạm; thu nộp ngân sách không dưới 1,5 tỷ đồng.
2. Dự kiến tiêu hủy khoảng 15.000 chai nước hoa giả đã có quyết định tịch thu.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT3.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Minh Khoa
"""

N24 = per("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
D18 = per("Ngày 18/7/2024", "2024-07-18", "2024-07-18")
Q4 = per("QUÝ IV NĂM 2024", "2024-10-01", "2024-12-31")
C23 = per("9 tháng năm 2023", "2023-01-01", "2023-09-30")
C24 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")

ROWS = [("Quản lý thị trường", ["148", "171", "115,5"]), ("Công an", ["62", "58", "93,5"]),
        ("Hải quan", ["41", "49", "119,5"]), ("Bộ đội Biên phòng", ["27", "33", "122,2"]),
        ("Tổng cộng", ["278", "311", "111,9"])]
CELLS = []
for label, (a, b, c) in ROWS:
    CELLS.append(fig(f"{label} | {a}", a, float(a), "count", "vụ",
                     subject=f"số vụ vi phạm {label} 9 tháng năm 2023", period=C23))
    CELLS.append(fig(f"{a} | {b}", b, float(b), "count", "vụ",
                     subject=f"số vụ vi phạm {label} 9 tháng năm 2024", period=C24))
    CELLS.append(fig(f"{b} | {c}", c, float(c.replace(",", ".")), "percent", "%",
                     subject=f"số vụ vi phạm {label} so với cùng kỳ"))

FIGS = [
    fig("xử lý 311 vụ", "311", 311, "count", "vụ",
        change=chg("increase", 11.9, "%", "cùng kỳ năm 2023"),
        subject="vụ vi phạm liên quan đến mỹ phẩm, nước hoa phát hiện, xử lý", period=N24),
    fig("nhà nước 4,86 tỷ", "4,86", 4.86e9, "money", "đồng",
        change=chg("increase", 21.5, "%", "kế hoạch năm"),
        subject="thu nộp ngân sách nhà nước", period=N24),
    fig("gồm 28.470 chai", "28.470", 28470, "count", "chai",
        subject="nước hoa tang vật tạm giữ", period=inh(N24)),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="hàng giả mạo các nhãn hiệu nổi tiếng trong nước hoa tạm giữ", period=inh(N24)),
] + CELLS + [
    fig("có 126 vụ", "126", 126, "count", "vụ", percent=40.5,
        subject="vụ vi phạm liên quan đến mỹ phẩm, nước hoa", period=inh(N24), location="Móng Cái"),
    fig("Hạ Long 74 vụ", "74", 74, "count", "vụ",
        subject="vụ vi phạm liên quan đến mỹ phẩm, nước hoa", period=inh(N24), location="Hạ Long"),
    fig("Hải Hà 39 vụ", "39", 39, "count", "vụ",
        subject="vụ vi phạm liên quan đến mỹ phẩm, nước hoa", period=inh(N24), location="Hải Hà"),
    fig("vận chuyển 6.200 chai", "6.200", 6200, "count", "chai",
        subject="nước hoa nhập lậu vận chuyển", period=D18, location="Móng Cái"),
    fig("trên 1,5 tỷ", "1,5", 1.5e9, "money", "đồng", approx="over",
        subject="trị giá nước hoa nhập lậu", period=D18, location="Móng Cái"),
    fig("ít nhất 100 vụ", "100", 100, "count", "vụ", approx="at_least", status="target",
        subject="vụ vi phạm phát hiện, xử lý", period=inh(Q4)),
    fig("không dưới 1,5 tỷ", "1,5", 1.5e9, "money", "đồng", approx="at_least", status="target",
        subject="thu nộp ngân sách", period=inh(Q4)),
    fig("khoảng 15.000 chai", "15.000", 15000, "count", "chai", approx="about", status="forecast",
        subject="nước hoa giả tiêu hủy", period=inh(Q4)),
]

NOTES = [
    "Formal report (UBND tỉnh Quảng Ninh, Số: 215/BC-UBND, 10/10/2024): fake and smuggled cosmetics/perfume, 9 months 2024.",
    "Distractors: 'Số: 215/BC-UBND', letterhead date, 'Ban Chỉ đạo 389', section numbers I./II./1./2., 'Đội Quản lý thị trường số 5',",
    "  'Ngày 18/7/2024', 'Lưu: VT, KT3'.",
    "'vượt 21,5% kế hoạch năm' is a change (baseline the plan) on 4,86 tỷ; 'tăng 11,9%' belongs to 311 vụ.",
    "'Tang vật tạm giữ gồm 28.470 chai': 'gồm' follows no figure, no total. 'trong đó khoảng 70%' is a percent figure of its own.",
    "Table ('Đơn vị tính: vụ'): every cell a figure; subject = 'số vụ vi phạm' + row + column; period from the column header;",
    "  the 'So với cùng kỳ (%)' column is percent with no period. Table cells get no total.",
    "Section 2 list: the place items are locations (Móng Cái, Hạ Long, Hải Hà); 126 carries percent 40.5; period 9 months 2024 inherited.",
    "'Ngày 18/7/2024' is a one-day period of the seizure (as the shared gold's 'Ngày 10/10/2022').",
    "Section II 'NHIỆM VỤ QUÝ IV NĂM 2024': 'Phấn đấu' → target (both clauses), 'Dự kiến' → forecast; the heading's period is inherited.",
]

if __name__ == "__main__":
    write("p1465-3", TEXT, NOTES, FIGS, published="2024-10-10", location="Quảng Ninh")
