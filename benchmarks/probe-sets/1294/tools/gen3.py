"""p1294-3: formal report (UBND tỉnh Hà Giang): Lễ hội hoa Tam giác mạch 2024; flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ỦY BAN NHÂN DÂN TỈNH HÀ GIANG
Số: 415/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Giang, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả tổ chức Lễ hội hoa Tam giác mạch lần thứ IX năm 2024

Thực hiện Kế hoạch số 186/KH-UBND ngày 12/7/2024 của UBND tỉnh, Lễ hội hoa Tam giác mạch lần thứ IX diễn ra từ ngày 25/10 đến ngày 30/11/2024 tại 4 huyện vùng cao núi đá. UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Diện tích hoa và điểm tham quan
Toàn tỉnh gieo trồng 212 ha hoa tam giác mạch phục vụ du lịch, vượt 6% kế hoạch; hình thành 48 điểm tham quan, trong đó 21 điểm thu phí với giá vé từ 20.000 đến 40.000 đồng/lượt.

2. Lượt khách
Trong thời gian lễ hội, các điểm hoa đón 438.500 lượt khách, tăng 18,6% so với cùng kỳ năm 2023, trong đó khách quốc tế 52.300 lượt. Tổng thu từ khách du lịch ước đạt 1.015 tỷ đồng, bằng 112% kế hoạch.

Bảng 1. Lượt khách đến các điểm hoa tam giác mạch theo huyện
Đơn vị tính: lượt khách
Huyện | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
Đồng Văn | 142.600 | 168.200 | 118,0
Mèo Vạc | 98.400 | 117.900 | 119,8
Yên Minh | 63.100 | 74.600 | 118,2
Quản Bạ | 65.600 | 77.800 | 118,6
Tổng cộng | 369.700 | 438.500 | 118,6

3. Đánh giá chung
Lễ hội bảo đảm an ninh, an toàn; xảy ra 3 vụ ùn tắc giao thông cục bộ trên Quốc lộ 4C. Khoảng 1.300 hộ dân tham gia trồng hoa, thu nhập bình quân từ 8 đến 12 triệu đồng/hộ/vụ.

II. NHIỆM VỤ NĂM 2025
Phấn đấu mở rộng diện tích hoa tam giác mạch lên 250 ha, đón 500.000 lượt khách trong mùa lễ hội; mỗi huyện xây dựng ít nhất 2 điểm tham quan đạt chuẩn.

Nơi nhận:
- Bộ VHTTDL;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Văn Thạch
"""

FEST = per("từ ngày 25/10 đến ngày 30/11/2024", "2024-10-25", "2024-11-30")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
CAP = "lượt khách đến các điểm hoa tam giác mạch"

FIGS = [
    fig("tại 4 huyện", "4", 4, "count", "huyện", subject="huyện vùng cao núi đá tổ chức lễ hội", period=FEST),
    fig("gieo trồng 212 ha", "212", 212, "measure", "ha", change=chg("increase", 6, "%", "kế hoạch"),
        subject="diện tích hoa tam giác mạch phục vụ du lịch", period=inh(FEST)),
    fig("hình thành 48 điểm", "48", 48, "count", "điểm", subject="điểm tham quan", period=inh(FEST)),
    fig("trong đó 21 điểm", "21", 21, "count", "điểm", total=48, subject="điểm tham quan thu phí",
        period=inh(FEST)),
    fig("từ 20.000 đến 40.000", "20.000", 20000, "money", "đồng/lượt", value_max=40000,
        subject="giá vé điểm tham quan thu phí"),
    fig("đón 438.500 lượt", "438.500", 438500, "count", "lượt khách",
        change=chg("increase", 18.6, "%", "cùng kỳ năm 2023"),
        subject="lượt khách các điểm hoa đón trong thời gian lễ hội", period=inh(FEST)),
    fig("quốc tế 52.300", "52.300", 52300, "count", "lượt", total=438500, subject="khách quốc tế",
        period=inh(FEST)),
    fig("ước đạt 1.015 tỷ", "1.015", 1015e9, "money", "đồng", status="estimate", percent=112,
        subject="tổng thu từ khách du lịch", period=inh(FEST)),
]

ROWS = [("Đồng Văn", ["142.600", "168.200", "118,0"]), ("Mèo Vạc", ["98.400", "117.900", "119,8"]),
        ("Yên Minh", ["63.100", "74.600", "118,2"]), ("Quản Bạ", ["65.600", "77.800", "118,6"]),
        ("Tổng cộng", ["369.700", "438.500", "118,6"])]
for label, (a, b, c) in ROWS:
    place = None if label == "Tổng cộng" else label
    extra = " tổng cộng" if label == "Tổng cộng" else ""
    kw = {"location": place} if place else {}
    CELLS = [
        fig(f"{label} | {a}", a, float(a.replace(".", "")), "count", "lượt khách",
            subject=f"{CAP}{extra} năm 2023", period=C23, **kw),
        fig(f"{a} | {b}", b, float(b.replace(".", "")), "count", "lượt khách",
            subject=f"{CAP}{extra} năm 2024", period=C24, **kw),
        fig(f"{b} | {c}", c, float(c.replace(",", ".")), "percent", "%",
            subject=f"{CAP}{extra} so với cùng kỳ", **kw),
    ]
    FIGS += CELLS

FIGS += [
    fig("xảy ra 3 vụ", "3", 3, "count", "vụ", subject="vụ ùn tắc giao thông cục bộ"),
    fig("Khoảng 1.300 hộ", "1.300", 1300, "count", "hộ", approx="about", subject="hộ dân tham gia trồng hoa"),
    fig("từ 8 đến 12 triệu", "8", 8e6, "money", "đồng/hộ/vụ", value_max=12e6,
        subject="thu nhập bình quân hộ trồng hoa"),
    fig("lên 250 ha", "250", 250, "measure", "ha", status="target",
        subject="diện tích hoa tam giác mạch", period=Y25),
    fig("đón 500.000 lượt", "500.000", 500000, "count", "lượt khách", status="target",
        subject="lượt khách trong mùa lễ hội", period=Y25),
    fig("ít nhất 2 điểm", "2", 2, "count", "điểm", approx="at_least", status="target",
        subject="điểm tham quan đạt chuẩn mỗi huyện xây dựng", period=Y25),
]

NOTES = [
    "Formal report: 'ỦY BAN NHÂN DÂN TỈNH HÀ GIANG', 'Số: 415/BC-UBND', 'Hà Giang, ngày 16 tháng 12 năm 2024' (published), sections I/II, 'Nơi nhận'.",
    "Distractors: Số 415/BC-UBND, Kế hoạch số 186/KH-UBND ngày 12/7/2024, 'lần thứ IX', section numbers I., II., 1.-3., 'Bảng 1.',",
    "'Quốc lộ 4C', 'Lưu: VT'.",
    "The festival dates 'từ ngày 25/10 đến ngày 30/11/2024' are the period of '4 huyện' (same sentence) and, inherited, of the section-I",
    "figures ('Trong thời gian lễ hội'). 'vượt 6% kế hoạch' → change increase 6% baseline kế hoạch. 'trong đó 21 điểm' → total 48;",
    "'trong đó khách quốc tế 52.300 lượt' → total 438.500. 'bằng 112% kế hoạch' → percent of 1.015 tỷ (estimate).",
    "Flattened table, 'Đơn vị tính: lượt khách': the district column is the location; 'Tổng cộng' row is the province (default);",
    "periods from the column headers 'Năm 2023', 'Năm 2024' (scored); 'So với cùng kỳ (%)' cells are percent figures, no period.",
    "Section II 'NHIỆM VỤ NĂM 2025' + 'Phấn đấu': targets; the year stands in the heading → inherited period.",
    "The prices, the ùn tắc count, households and income get no period (no phrase in their sentences).",
]

if __name__ == "__main__":
    write("p1294-3", TEXT, NOTES, FIGS, published="2024-12-16", location="Hà Giang")
