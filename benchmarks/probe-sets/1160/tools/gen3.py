"""p1160-3: formal report (UBND tỉnh Quảng Trị) on commune post-office points in 2023, flattened | table by district."""
from lib import F, P, I, C, T, write, occurrences

TEXT = """UBND TỈNH QUẢNG TRỊ
Số: 86/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 08 tháng 4 năm 2024

BÁO CÁO
Tình hình hoạt động của hệ thống điểm Bưu điện - Văn hóa xã năm 2023

I. KẾT QUẢ HOẠT ĐỘNG
1. Mạng lưới
Đến ngày 31/12/2023, toàn tỉnh có 101 điểm Bưu điện - Văn hóa xã (BĐVHX), bảo đảm 100% xã có điểm phục vụ bưu chính; bán kính phục vụ bình quân 2,6 km/điểm.

2. Số điểm BĐVHX theo địa bàn
Đơn vị tính: điểm
Địa bàn | Tổng số | Có máy tính kết nối Internet | Có tủ sách pháp luật
Huyện Hướng Hóa | 19 | 15 | 19
Huyện Gio Linh | 16 | 16 | 14
Huyện Triệu Phong | 17 | 17 | 16
Huyện Hải Lăng | 18 | 17 | 18
Các huyện, thị xã còn lại | 31 | 27 | 29
Tổng cộng | 101 | 92 | 96

3. Kết quả cung cấp dịch vụ
Năm 2023, các điểm BĐVHX đã chi trả chế độ bảo hiểm xã hội, trợ cấp xã hội cho 38.650 lượt người, tăng 6,2% so với năm 2022; phát triển mới 4.120 người tham gia bảo hiểm xã hội tự nguyện, bằng 112% kế hoạch. Doanh thu dịch vụ tại các điểm đạt 11,4 tỷ đồng, trong đó doanh thu dịch vụ hành chính công 2,3 tỷ đồng.

II. NHIỆM VỤ NĂM 2024
Phấn đấu 100% điểm BĐVHX có máy tính kết nối Internet; doanh thu tại các điểm đạt trên 12,5 tỷ đồng; bổ sung ít nhất 5.000 đầu sách cho tủ sách các điểm.

Nơi nhận:
- Bộ TT&TT (b/c);
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, KGVX.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Đến ngày 31/12/2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

COLS = ["tổng số điểm BĐVHX", "điểm BĐVHX có máy tính kết nối Internet", "điểm BĐVHX có tủ sách pháp luật"]
ROWS = [("Huyện Hướng Hóa", "Hướng Hóa", ["19", "15", "19"]),
        ("Huyện Gio Linh", "Gio Linh", ["16", "16", "14"]),
        ("Huyện Triệu Phong", "Triệu Phong", ["17", "17", "16"]),
        ("Huyện Hải Lăng", "Hải Lăng", ["18", "17", "18"]),
        ("Các huyện, thị xã còn lại", None, ["31", "27", "29"]),
        ("Tổng cộng", None, ["101", "92", "96"])]


def table():
    out = []
    for label, place, cells in ROWS:
        line = f"{label} | " + " | ".join(cells)
        assert line in TEXT, line
        # locate each cell by its column: rebuild the anchor from the cell's offset in the line
        ls = TEXT.index(line)
        offs, pos = [], len(label) + 3
        for c in cells:
            offs.append(pos)
            pos += len(c) + 3
        for j, c in enumerate(cells):
            s = ls + offs[j] - 2          # start at the '| ' before the cell
            e = s + 2 + len(c)
            while occurrences(TEXT, TEXT[s:e]) > 1:
                e += 1
            anchor = TEXT[s:e]
            if place:
                out.append(F(anchor, c, int(c), "count", "điểm", subject=COLS[j], period=I(ASOF), location=place))
            else:
                out.append(F(anchor, c, int(c), "count", "điểm", subject=f"{COLS[j]} {label.lower()}", period=I(ASOF)))
    return out


FIGS = [
    F("có 101 điểm", "101", 101, "count", "điểm Bưu điện - Văn hóa xã",
      subject="điểm Bưu điện - Văn hóa xã", period=ASOF),
    F("bảo đảm 100%", "100", 100, "percent", "%", subject="tỷ lệ xã có điểm phục vụ bưu chính", period=ASOF),
    F("bình quân 2,6 km", "2,6", 2.6, "measure", "km/điểm", subject="bán kính phục vụ bình quân của điểm BĐVHX",
      period=ASOF),
] + table() + [
    F("cho 38.650 lượt", "38.650", 38650, "count", "lượt người", change=C("increase", 6.2, "%", "năm 2022"),
      subject="lượt người được chi trả chế độ bảo hiểm xã hội, trợ cấp xã hội tại các điểm BĐVHX", period=Y23),
    F("mới 4.120 người", "4.120", 4120, "count", "người", percent=112,
      subject="người tham gia bảo hiểm xã hội tự nguyện phát triển mới", period=Y23),
    F("đạt 11,4 tỷ", "11,4", 11.4e9, "money", "đồng", subject="doanh thu dịch vụ tại các điểm BĐVHX", period=I(Y23)),
    F("công 2,3 tỷ", "2,3", 2.3e9, "money", "đồng", total=11.4e9,
      subject="doanh thu dịch vụ hành chính công tại các điểm BĐVHX", period=I(Y23)),
    F("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ điểm BĐVHX có máy tính kết nối Internet", period=Y24),
    F("trên 12,5 tỷ", "12,5", 12.5e9, "money", "đồng", approx="over", status="target",
      subject="doanh thu tại các điểm BĐVHX", period=Y24),
    F("ít nhất 5.000 đầu sách", "5.000", 5000, "count", "đầu sách", approx="at_least", status="target",
      subject="đầu sách bổ sung cho tủ sách các điểm BĐVHX", period=Y24),
]

NOTES = [
    "Formal report under letterhead: UBND TỈNH QUẢNG TRỊ, 'Số: 86/BC-UBND', 'Quảng Trị, ngày 08 tháng 4 năm 2024' (published).",
    "Flattened '|' table, 'Đơn vị tính: điểm'; district rows give location, subject = the column's indicator; the 'Các huyện, thị xã còn lại'",
    "and 'Tổng cộng' rows keep the province and put the row label in the subject. Cells get the as-of date of section 1 (inherited); no totals.",
    "Distractors: Số: 86/BC-UBND, section numbers I./II./1.-3., letterhead date, 'Nơi nhận' lines.",
    "Section II heading 'NHIỆM VỤ NĂM 2024' gives the target period (inherited). 'bằng 112% kế hoạch' is the 4.120's share.",
    "'trong đó doanh thu dịch vụ hành chính công 2,3 tỷ đồng' is part of the 11,4 tỷ (same thing, same period).",
]

if __name__ == "__main__":
    write("p1160-3", TEXT, NOTES, FIGS, published="2024-04-08", location="Quảng Trị")
