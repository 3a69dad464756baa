"""p1145-3: formal report UBND tỉnh Hà Giang, adventure tourism safety 2023, flattened | table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HÀ GIANG
Số: 214/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Giang, ngày 10 tháng 01 năm 2024

BÁO CÁO
Công tác bảo đảm an toàn cho khách du lịch mạo hiểm năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Khách du lịch mạo hiểm
Năm 2023, các loại hình du lịch mạo hiểm trên địa bàn tỉnh đón 48.600 lượt khách, bằng 121,5% kế hoạch, gấp 2,1 lần năm 2022. Kết quả theo địa bàn như sau:
Đơn vị tính: lượt khách
Huyện | Trekking, leo núi | Chèo thuyền kayak | Dù lượn
Đồng Văn | 9.800 | 3.100 | -
Mèo Vạc | 7.450 | 12.700 | -
Hoàng Su Phì | 6.200 | - | 2.600
Vị Xuyên | 5.150 | - | 1.600
Tổng cộng | 28.600 | 15.800 | 4.200

2. Điều kiện bảo đảm an toàn
Tính đến ngày 31/12/2023, toàn tỉnh có 19 doanh nghiệp, hợp tác xã kinh doanh du lịch mạo hiểm đã công bố đủ điều kiện theo Nghị định số 168/2017/NĐ-CP, tăng 6 đơn vị so với năm 2022; 143 hướng dẫn viên, người dẫn đường được tập huấn kỹ năng cứu hộ. Trong năm xảy ra 7 sự cố, làm 1 người chết và 9 người bị thương, giảm 3 sự cố so với năm 2022.

II. NHIỆM VỤ NĂM 2024
Phấn đấu đón 55.000 lượt khách du lịch mạo hiểm; 100% tuyến trekking, leo núi có biển chỉ dẫn, cảnh báo; bố trí khoảng 2,5 tỷ đồng lắp đặt hệ thống phao, dây cứu hộ trên sông Nho Quế.

Nơi nhận:
- Bộ VHTTDL (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
TITLE = inh(per("năm 2023", "2023-01-01", "2023-12-31"))
ASOF = per("Tính đến ngày 31/12/2023", None, "2023-12-31")
IN_YEAR = per("Trong năm", "2023-01-01", "2023-12-31")
Y24 = inh(per("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31"))
COLS = {"T": "trekking, leo núi", "K": "chèo thuyền kayak", "D": "dù lượn"}


def cell(anchor, number, value, place, col):
    kw = {} if place == "Tổng cộng" else {"location": place}
    subj = f"lượt khách {COLS[col]}" + (" tổng cộng" if place == "Tổng cộng" else "")
    return fig(anchor, number, value, "count", "lượt khách", subject=subj, period=TITLE, **kw)


FIGS = [
    fig("đón 48.600 lượt khách", "48.600", 48600, "count", "lượt khách", percent=121.5,
        change=chg("increase", 2.1, "lần", "năm 2022"),
        subject="lượt khách các loại hình du lịch mạo hiểm", period=Y23),
    cell("Đồng Văn | 9.800", "9.800", 9800, "Đồng Văn", "T"),
    cell("9.800 | 3.100", "3.100", 3100, "Đồng Văn", "K"),
    cell("Mèo Vạc | 7.450", "7.450", 7450, "Mèo Vạc", "T"),
    cell("7.450 | 12.700", "12.700", 12700, "Mèo Vạc", "K"),
    cell("Hoàng Su Phì | 6.200", "6.200", 6200, "Hoàng Su Phì", "T"),
    cell("- | 2.600", "2.600", 2600, "Hoàng Su Phì", "D"),
    cell("Vị Xuyên | 5.150", "5.150", 5150, "Vị Xuyên", "T"),
    cell("- | 1.600", "1.600", 1600, "Vị Xuyên", "D"),
    cell("Tổng cộng | 28.600", "28.600", 28600, "Tổng cộng", "T"),
    cell("28.600 | 15.800", "15.800", 15800, "Tổng cộng", "K"),
    cell("15.800 | 4.200", "4.200", 4200, "Tổng cộng", "D"),
    fig("có 19 doanh nghiệp", "19", 19, "count", "doanh nghiệp, hợp tác xã",
        change=chg("increase", 6, "đơn vị", "năm 2022"),
        subject="doanh nghiệp, hợp tác xã kinh doanh du lịch mạo hiểm đã công bố đủ điều kiện", period=ASOF),
    fig("143 hướng dẫn viên", "143", 143, "count", "hướng dẫn viên",
        subject="hướng dẫn viên, người dẫn đường được tập huấn kỹ năng cứu hộ", period=ASOF),
    fig("xảy ra 7 sự cố", "7", 7, "count", "sự cố", change=chg("decrease", 3, "sự cố", "năm 2022"),
        subject="sự cố du lịch mạo hiểm", period=IN_YEAR),
    fig("làm 1 người chết", "1", 1, "count", "người", subject="người chết do sự cố", period=IN_YEAR),
    fig("9 người bị thương", "9", 9, "count", "người", subject="người bị thương do sự cố", period=IN_YEAR),
    fig("đón 55.000 lượt", "55.000", 55000, "count", "lượt khách", status="target",
        subject="lượt khách du lịch mạo hiểm", period=Y24),
    fig("100% tuyến", "100", 100, "percent", "%", status="target",
        subject="tuyến trekking, leo núi có biển chỉ dẫn, cảnh báo", period=Y24),
    fig("khoảng 2,5 tỷ", "2,5", 2500000000, "money", "đồng", approx="about", status="target",
        subject="kinh phí lắp đặt hệ thống phao, dây cứu hộ trên sông Nho Quế", period=Y24),
]

NOTES = [
    "Formal report under letterhead: UBND TỈNH HÀ GIANG, 'Số: 214/BC-UBND', 'Hà Giang, ngày 10 tháng 01 năm 2024' (published).",
    "Flattened '|' table, 'Đơn vị tính: lượt khách'; row labels are districts -> location; subject = caption indicator + column label.",
    "'-' cells are empty (no figure). Table cells take the period of the title / section sentence (inherited) and no total; 'Tổng cộng' row is provincial.",
    "'gấp 2,1 lần năm 2022' after the count is its change (2,1 lần). 'giảm 3 sự cố so với năm 2022' is the change of 7 sự cố.",
    "1 người chết / 9 người bị thương count people, not sự cố: no total. Section II ('NHIỆM VỤ NĂM 2024', 'Phấn đấu' continuing after ';') -> target, period inherited from the heading.",
    "Distractors: Số: 214/BC-UBND, Nghị định số 168/2017/NĐ-CP, section numbers I./II./1./2., dateline.",
]

if __name__ == "__main__":
    write("p1145-3", TEXT, NOTES, FIGS, published="2024-01-10", location="Hà Giang")
