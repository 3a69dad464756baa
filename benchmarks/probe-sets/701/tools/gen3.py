"""p701-3: UBND tỉnh Quảng Trị formal report — civil registration, 9 months of 2024, flattened '|' table."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 214/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Quảng Trị, ngày 07 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác đăng ký và quản lý hộ tịch 9 tháng năm 2024

Thực hiện Công văn số 3127/BTP-HTQTCT của Bộ Tư pháp, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Đăng ký hộ tịch
Trong 9 tháng năm 2024, toàn tỉnh đăng ký 17.415 việc hộ tịch các loại, tăng 6,8% so với cùng kỳ năm 2023; trong đó đăng ký trực tuyến 11.032 việc, chiếm 63,3%. Kết quả cụ thể như sau:

Bảng 1. Kết quả đăng ký hộ tịch 9 tháng năm 2024 (Đơn vị tính: trường hợp)
TT | Loại việc | Cấp xã | Cấp huyện | Tổng số
1 | Khai sinh | 8.412 | 36 | 8.448
2 | Kết hôn | 3.105 | 58 | 3.163
3 | Khai tử | 3.976 | 4 | 3.980
4 | Nhận cha, mẹ, con | 127 | 21 | 148
5 | Thay đổi, cải chính hộ tịch | 1.364 | 312 | 1.676

Ngoài ra, các cơ quan đăng ký hộ tịch đã cấp 58.260 bản sao trích lục hộ tịch; thu lệ phí hộ tịch ước đạt 512,6 triệu đồng.

2. Số hóa dữ liệu hộ tịch
Tính đến ngày 30/9/2024, toàn tỉnh đã số hóa 1.037.480/1.152.300 dữ liệu hộ tịch, đạt 90,04%.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu hoàn thành số hóa 100% dữ liệu hộ tịch trước ngày 31/12/2024; tổ chức 2 lớp tập huấn nghiệp vụ cho khoảng 150 công chức tư pháp - hộ tịch cấp xã.

Nơi nhận:
- Bộ Tư pháp;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NC.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

P9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T = inh(per("9 tháng năm 2024", "2024-01-01", "2024-09-30"))

ROWS = [
    ("Khai sinh", "| 8.412 |", "8.412", 8412, "| 36 |", "36", 36, "| 8.448", "8.448", 8448),
    ("Kết hôn", "| 3.105 |", "3.105", 3105, "| 58 |", "58", 58, "| 3.163", "3.163", 3163),
    ("Khai tử", "| 3.976 |", "3.976", 3976, "| 4 |", "4", 4, "| 3.980", "3.980", 3980),
    ("Nhận cha, mẹ, con", "| 127 |", "127", 127, "| 21 |", "21", 21, "| 148", "148", 148),
    ("Thay đổi, cải chính hộ tịch", "| 1.364 |", "1.364", 1364, "| 312 |", "312", 312, "| 1.676", "1.676", 1676),
]

FIGS = [
    fig("đăng ký 17.415 việc", "17.415", 17415, "count", "việc",
        change=chg("increase", 6.8, baseline="cùng kỳ năm 2023"),
        subject="việc hộ tịch các loại được đăng ký", period=P9),
    fig("trực tuyến 11.032 việc", "11.032", 11032, "count", "việc", total=17415, percent=63.3,
        subject="việc hộ tịch đăng ký trực tuyến", period=P9),
]
for label, a1, n1, v1, a2, n2, v2, a3, n3, v3 in ROWS:
    FIGS.append(fig(a1, n1, v1, "count", "trường hợp", subject=f"{label} cấp xã", period=T))
    FIGS.append(fig(a2, n2, v2, "count", "trường hợp", subject=f"{label} cấp huyện", period=T))
    FIGS.append(fig(a3, n3, v3, "count", "trường hợp", subject=f"{label} tổng số", period=T))

FIGS += [
    fig("cấp 58.260 bản sao", "58.260", 58260, "count", "bản sao",
        subject="bản sao trích lục hộ tịch được cấp", period=inh(P9)),
    fig("ước đạt 512,6 triệu đồng", "512,6", 512600000, "money", "đồng", status="estimate",
        subject="lệ phí hộ tịch thu được", period=inh(P9)),
    fig("số hóa 1.037.480/1.152.300", "1.037.480", 1037480, "count", "dữ liệu hộ tịch", total=1152300, percent=90.04,
        subject="dữ liệu hộ tịch đã được số hóa",
        period=per("Tính đến ngày 30/9/2024", None, "2024-09-30")),
    fig("số hóa 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ dữ liệu hộ tịch được số hóa",
        period=per("trước ngày 31/12/2024", None, "2024-12-31")),
    fig("tổ chức 2 lớp", "2", 2, "count", "lớp", status="target",
        subject="lớp tập huấn nghiệp vụ cho công chức tư pháp - hộ tịch cấp xã",
        period=inh(per("quý IV/2024", "2024-10-01", "2024-12-31"))),
    fig("khoảng 150 công chức", "150", 150, "count", "công chức", approx="about", status="target",
        subject="công chức tư pháp - hộ tịch cấp xã được tập huấn",
        period=inh(per("quý IV/2024", "2024-10-01", "2024-12-31"))),
]

COMMENTS = [
    "UBND tỉnh Quảng Trị formal report Số: 214/BC-UBND, 'Quảng Trị, ngày 07 tháng 10 năm 2024': hộ tịch 9 months 2024.",
    "Flattened '|' table (Đơn vị tính: trường hợp): every numeric cell is a figure, subject = row label + column label; row numbers",
    "(TT 1-5), 'Bảng 1', section numbers (I., 1., 2., II.) are not figures. Cells take the period of the table title (inherited).",
    "Choice: the Cấp xã / Cấp huyện cells carry no total (the spec's part-of-whole cues are textual; table cells are figures each).",
    "Distractors: Số: 214/BC-UBND, Công văn số 3127/BTP-HTQTCT, dates, 'Nơi nhận' list.",
    "Section II tasks ('Phấn đấu … ; tổ chức …') are targets for quý IV/2024 (heading, inherited); 'trước ngày 31/12/2024' ends the",
    "target period (start null, like 'đến năm 2030').",
]

if __name__ == "__main__":
    emit("p701-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Quảng Trị")
