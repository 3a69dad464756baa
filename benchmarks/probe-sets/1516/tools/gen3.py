"""p1516-3: formal report (UBND tỉnh An Giang, BCĐ 389): smuggled mosquito coils and sprays, 6 months 2024; '|' table."""
from lib import F, P, inh, C, T, write

TEXT = """UBND TỈNH AN GIANG
BAN CHỈ ĐẠO 389
Số: 87/BC-BCĐ389
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Giang, ngày 05 tháng 7 năm 2024

BÁO CÁO
Kết quả đấu tranh chống buôn lậu mặt hàng hương muỗi, thuốc diệt côn trùng gia dụng 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Kiểm tra, xử lý vi phạm
Trong 6 tháng đầu năm 2024, các lực lượng chức năng kiểm tra 128 vụ, phát hiện và xử lý 57 vụ vi phạm (tăng 16 vụ so với cùng kỳ), trong đó 39 vụ buôn bán hàng nhập lậu và 18 vụ kinh doanh hàng không rõ nguồn gốc. Tổng số tiền xử phạt 468 triệu đồng; trị giá hàng tịch thu ước khoảng 1,3 tỷ đồng.

2. Tang vật tịch thu
Hương muỗi nhập lậu bị tịch thu 26.750 hộp, tăng 45,4% so với cùng kỳ; bình xịt côn trùng 3.820 bình. Hàng vi phạm tập trung ở các địa bàn biên giới.

Bảng: Hương muỗi nhập lậu bị tịch thu theo địa bàn
Đơn vị tính: hộp
Địa bàn | 6 tháng 2023 | 6 tháng 2024 | So với cùng kỳ (%)
TP Châu Đốc | 5.200 | 7.860 | 151,2
Thị xã Tân Châu | 6.100 | 9.430 | 154,6
Huyện An Phú | 4.350 | 6.120 | 140,7
Thị xã Tịnh Biên | 2.750 | 3.340 | 121,5
Tổng cộng | 18.400 | 26.750 | 145,4

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu kiểm tra không dưới 150 vụ; 100% vụ vi phạm được xử lý đúng quy định, không để hình thành đường dây buôn lậu hương muỗi qua biên giới.

Nơi nhận:
- BCĐ 389 quốc gia;
- TT Tỉnh ủy, UBND tỉnh;
- Lưu: VT.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1_23 = P("6 tháng 2023", "2023-01-01", "2023-06-30")
H1_24 = P("6 tháng 2024", "2024-01-01", "2024-06-30")
H2 = P("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31")
SUBJ = "Hương muỗi nhập lậu bị tịch thu"

ROWS = [  # (row label, location, 2023 anchor, 2024 anchor, % anchor, values)
    ("TP Châu Đốc", "Châu Đốc", "| 5.200 |", "| 7.860 |", "| 151,2", 5200, 7860, 151.2),
    ("Thị xã Tân Châu", "Tân Châu", "| 6.100 |", "| 9.430 |", "| 154,6", 6100, 9430, 154.6),
    ("Huyện An Phú", "An Phú", "| 4.350 |", "| 6.120 |", "| 140,7", 4350, 6120, 140.7),
    ("Thị xã Tịnh Biên", "Tịnh Biên", "| 2.750 |", "| 3.340 |", "| 121,5", 2750, 3340, 121.5),
    ("Tổng cộng", None, "| 18.400 |", "| 26.750 |", "| 145,4", 18400, 26750, 145.4),
]


def num(v):
    s = f"{v:,}".replace(",", ".") if isinstance(v, int) else f"{v}".replace(".", ",")
    return s


TABLE = []
for label, loc, a23, a24, ap, v23, v24, vp in ROWS:
    pre = "Tổng cộng " if loc is None else ""
    kw = {"location": loc} if loc else {}
    TABLE += [
        F(a23, num(v23), v23, "count", "hộp", subject=f"{pre}{SUBJ} 6 tháng 2023", period=H1_23, **kw),
        F(a24, num(v24), v24, "count", "hộp", subject=f"{pre}{SUBJ} 6 tháng 2024", period=H1_24, **kw),
        F(ap, num(vp), vp, "percent", "%", subject=f"{pre}{SUBJ} so với cùng kỳ", **kw),
    ]

FIGS = [
    F("kiểm tra 128 vụ", "128", 128, "count", "vụ", subject="vụ các lực lượng chức năng kiểm tra", period=H1),
    F("xử lý 57 vụ", "57", 57, "count", "vụ", change=C("increase", 16, "vụ", "cùng kỳ"),
      subject="vụ vi phạm phát hiện và xử lý", period=H1),
    F("trong đó 39 vụ", "39", 39, "count", "vụ", total=57, subject="vụ buôn bán hàng nhập lậu", period=H1),
    F("và 18 vụ", "18", 18, "count", "vụ", total=57, subject="vụ kinh doanh hàng không rõ nguồn gốc", period=H1),
    F("xử phạt 468 triệu", "468", 468e6, "money", "đồng", subject="tổng số tiền xử phạt", period=inh(H1)),
    F("ước khoảng 1,3 tỷ", "1,3", 1.3e9, "money", "đồng", approx="about", status="estimate",
      subject="trị giá hàng tịch thu", period=inh(H1)),
    F("tịch thu 26.750 hộp", "26.750", 26750, "count", "hộp", change=C("increase", 45.4, "%", "cùng kỳ"),
      subject="hương muỗi nhập lậu bị tịch thu", period=inh(H1)),
    F("côn trùng 3.820 bình", "3.820", 3820, "count", "bình", subject="bình xịt côn trùng bị tịch thu",
      period=inh(H1)),
] + TABLE + [
    F("không dưới 150 vụ", "150", 150, "count", "vụ", approx="at_least", status="target",
      subject="vụ kiểm tra", period=inh(H2)),
    F("100% vụ vi phạm", "100", 100, "percent", "%", status="target",
      subject="vụ vi phạm được xử lý đúng quy định", period=inh(H2)),
]

NOTES = [
    "Formal report (UBND tỉnh An Giang, Ban Chỉ đạo 389, Số: 87/BC-BCĐ389, dated 05/7/2024): smuggled mosquito coils, 6 months 2024.",
    "Flattened '|' table with 'Đơn vị tính: hộp': every numeric cell is a figure; the place row label is the location, the",
    "table title plus the column label the subject; 'Tổng cộng' row is provincial (An Giang) and gets no total.",
    "'So với cùng kỳ (%)' cells are percent figures of their own (index, previous = 100); the header states no period, so none is given.",
    "Distractors: Số: 87/BC-BCĐ389, 'BAN CHỈ ĐẠO 389', 'BCĐ 389 quốc gia', the letterhead date, section numbers I./II./1./2.",
    "'(tăng 16 vụ so với cùng kỳ)' is the change of 57 vụ across the bracket; 39 and 18 after 'trong đó' take total 57.",
    "'ước khoảng 1,3 tỷ' gives estimate + about. Section II figures are targets ('Phấn đấu'); the heading period is inherited.",
]

if __name__ == "__main__":
    write("p1516-3", TEXT, NOTES, FIGS, published="2024-07-05", location="An Giang")
