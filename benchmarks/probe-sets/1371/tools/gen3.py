"""p1371-3: formal report (UBND tỉnh Đắk Lắk): fuel retail 6 months 2024, flattened '|' table by product."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH ĐẮK LẮK
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 187/BC-UBND
Đắk Lắk, ngày 08 tháng 7 năm 2024

BÁO CÁO
Tình hình kinh doanh xăng dầu 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Hệ thống phân phối
Đến ngày 30/6/2024, trên địa bàn tỉnh có 2 thương nhân phân phối, 31 tổng đại lý và đại lý, 512 cửa hàng bán lẻ xăng dầu, tăng 9 cửa hàng so với cuối năm 2023.

2. Sản lượng tiêu thụ
Đơn vị tính: m3
STT | Mặt hàng | 6 tháng 2023 | 6 tháng 2024 | So với cùng kỳ (%)
1 | Xăng RON 95 | 58.420 | 61.870 | 105,9
2 | Xăng E5 RON 92 | 96.150 | 97.330 | 101,2
3 | Dầu DO | 171.600 | 180.240 | 105,0
4 | Dầu hỏa | 1.280 | 1.090 | 85,2
 | Tổng cộng | 327.450 | 340.530 | 104,0

Doanh thu bán lẻ xăng dầu 6 tháng ước đạt 8.125 tỷ đồng, tăng 2,7% so với cùng kỳ. Thuế bảo vệ môi trường đối với xăng dầu nộp ngân sách khoảng 612 tỷ đồng.

3. Công tác quản lý
Trong 6 tháng, các lực lượng chức năng kiểm tra 143 lượt cơ sở, xử lý 18 cơ sở vi phạm, phạt tiền 296,5 triệu đồng; tạm đình chỉ hoạt động 2 cửa hàng tại huyện Ea Kar.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu sản lượng cả năm đạt 690.000 m3; đến ngày 31/12/2024, 100% cửa hàng bán lẻ xuất hóa đơn điện tử theo từng lần bán hàng theo Nghị định số 123/2020/NĐ-CP.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Phạm Quang Hiếu
"""

ASOF = per("Đến ngày 30/6/2024", end="2024-06-30")
H23 = per("6 tháng 2023", "2023-01-01", "2023-06-30")
H24 = per("6 tháng 2024", "2024-01-01", "2024-06-30")
H24_TITLE = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
SIX = per("6 tháng", "2024-01-01", "2024-06-30")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
DEC31 = per("đến ngày 31/12/2024", end="2024-12-31")

ROWS = [("Xăng RON 95", "xăng RON 95", ["58.420", "61.870", "105,9"]),
        ("Xăng E5 RON 92", "xăng E5 RON 92", ["96.150", "97.330", "101,2"]),
        ("Dầu DO", "dầu DO", ["171.600", "180.240", "105,0"]),
        ("Dầu hỏa", "dầu hỏa", ["1.280", "1.090", "85,2"]),
        ("Tổng cộng", "tổng cộng", ["327.450", "340.530", "104,0"])]


def cells():
    out = []
    for label, low, (a, b, c) in ROWS:
        out.append(fig(f"{label} | {a} |", a, float(a.replace(".", "")), "measure", "m3",
                       subject=f"sản lượng tiêu thụ {low} 6 tháng 2023", period=H23))
        out.append(fig(f"| {a} | {b} |", b, float(b.replace(".", "")), "measure", "m3",
                       subject=f"sản lượng tiêu thụ {low} 6 tháng 2024", period=H24))
        out.append(fig(f"| {b} | {c}", c, float(c.replace(",", ".")), "percent", "%",
                       subject=f"sản lượng tiêu thụ {low} so với cùng kỳ", period=inh(H24_TITLE)))
    return out


FIGS = [
    fig("có 2 thương nhân", "2", 2, "count", "thương nhân phân phối", subject="thương nhân phân phối xăng dầu",
        period=ASOF),
    fig("31 tổng đại lý", "31", 31, "count", "tổng đại lý và đại lý", subject="tổng đại lý và đại lý",
        period=ASOF),
    fig("512 cửa hàng", "512", 512, "count", "cửa hàng", change=chg("increase", 9, "cửa hàng", "cuối năm 2023"),
        subject="cửa hàng bán lẻ xăng dầu", period=ASOF),
] + cells() + [
    fig("ước đạt 8.125 tỷ", "8.125", 8125e9, "money", "đồng", status="estimate",
        change=chg("increase", 2.7, "%", "cùng kỳ"), subject="doanh thu bán lẻ xăng dầu", period=SIX),
    fig("khoảng 612 tỷ", "612", 612e9, "money", "đồng", approx="about",
        subject="thuế bảo vệ môi trường đối với xăng dầu nộp ngân sách", period=inh(SIX)),
    fig("kiểm tra 143 lượt", "143", 143, "count", "lượt cơ sở", subject="lượt cơ sở được kiểm tra",
        period=per("Trong 6 tháng", "2024-01-01", "2024-06-30")),
    fig("xử lý 18 cơ sở", "18", 18, "count", "cơ sở", subject="cơ sở vi phạm bị xử lý",
        period=per("Trong 6 tháng", "2024-01-01", "2024-06-30")),
    fig("phạt tiền 296,5 triệu", "296,5", 296.5e6, "money", "đồng", subject="tiền phạt cơ sở vi phạm",
        period=per("Trong 6 tháng", "2024-01-01", "2024-06-30")),
    fig("hoạt động 2 cửa hàng", "2", 2, "count", "cửa hàng", subject="cửa hàng bị tạm đình chỉ hoạt động",
        period=per("Trong 6 tháng", "2024-01-01", "2024-06-30"), location="Ea Kar"),
    fig("đạt 690.000 m3", "690.000", 690000, "measure", "m3", status="target",
        subject="sản lượng xăng dầu cả năm", period=YEAR),
    fig("2024, 100% cửa hàng", "100", 100, "percent", "%", status="target",
        subject="cửa hàng bán lẻ xuất hóa đơn điện tử theo từng lần bán hàng", period=DEC31),
]

NOTES = [
    "Formal report: 'UBND TỈNH ĐẮK LẮK', 'Số: 187/BC-UBND', 'Đắk Lắk, ngày 08 tháng 7 năm 2024', sections I/II and 1-3, 'Nơi nhận', signature.",
    "Flattened '|' table with 'Đơn vị tính: m3'; columns '6 tháng 2023', '6 tháng 2024', 'So với cùng kỳ (%)'; 'Tổng cộng' row. STT 1-4 are row numbers.",
    "Product names with digits in row labels ('Xăng RON 95', 'Xăng E5 RON 92') are distractors, as are the document numbers and section numbers.",
    "'So với cùng kỳ (%)' cells are percent figures (index vs the same period); their period is the report's 6 months 2024, stated in the title (inherited).",
    "Table cells get no total. 'tăng 9 cửa hàng so với cuối năm 2023' → change of 512.",
    "'Thuế bảo vệ môi trường ... khoảng 612 tỷ đồng' is a new sentence without 'ước' → actual, approx about; its '6 tháng' is in the previous sentence (inherited).",
    "Section II 'Phấn đấu' governs both clauses (target). '2 cửa hàng tại huyện Ea Kar' → location Ea Kar.",
]

if __name__ == "__main__":
    write("p1371-3", TEXT, NOTES, FIGS, published="2024-07-08", location="Đắk Lắk")
