from lib import F, P, build, anchor_at

TEXT = """UBND HUYỆN THỌ XUÂN
BAN CHỈ HUY PCTT VÀ TKCN
Số: 87/BC-BCH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thọ Xuân, ngày 13 tháng 6 năm 2024

BÁO CÁO NHANH
Tình hình thiệt hại do dông, lốc, sét chiều ngày 11/6/2024

Kính gửi: Ban Chỉ huy PCTT và TKCN tỉnh Thanh Hóa.

I. DIỄN BIẾN
Khoảng 16 giờ 30 phút ngày 11/6/2024, trên địa bàn huyện xảy ra dông, lốc kèm sét, kéo dài khoảng 40 phút, ảnh hưởng đến 5 xã, thị trấn.

II. THIỆT HẠI
1. Về người: 1 người bị thương do cây đổ tại thị trấn Sao Vàng, đã được đưa đi cấp cứu tại Bệnh viện Đa khoa huyện.
2. Thiệt hại theo đơn vị (tính đến 17 giờ ngày 12/6/2024):
Đơn vị tính: nhà, ha, triệu đồng
Xã, thị trấn | Nhà tốc mái (nhà) | Nhà hư hỏng nặng (nhà) | Lúa đổ (ha) | Thiệt hại (triệu đồng)
Xuân Hồng | 46 | 3 | 28,5 | 820
Xuân Sinh | 31 | 1 | 17 | 505
Thọ Lập | 22 | 0 | 40,2 | 690
Xuân Phú | 15 | 2 | 9,6 | 312
TT Sao Vàng | 8 | 0 | 0 | 173
Tổng cộng | 122 | 6 | 95,3 | 2.500
3. Thiệt hại khác: sét đánh làm chết 2 con bò tại xã Xuân Sinh; 11 cột điện hạ thế bị gãy đổ làm mất điện cục bộ khoảng 1.500 hộ trong 6 giờ.

III. CÔNG TÁC KHẮC PHỤC
UBND huyện đã huy động trên 300 lượt cán bộ, dân quân, đoàn viên giúp dân; hỗ trợ ban đầu 3 triệu đồng/hộ cho 6 hộ có nhà hư hỏng nặng, tổng kinh phí 18 triệu đồng từ Quỹ Phòng, chống thiên tai huyện. Dự kiến đến ngày 20/6/2024 hoàn thành lợp lại mái nhà cho 100% hộ bị thiệt hại.

Nơi nhận:
- BCH PCTT và TKCN tỉnh (b/c);
- Lưu: VT.
KT. TRƯỞNG BAN
PHÓ TRƯỞNG BAN
Lê Văn Thắng
"""

EV = P("Khoảng 16 giờ 30 phút ngày 11/6/2024", "2024-06-11", "2024-06-11")
EVI = P("Khoảng 16 giờ 30 phút ngày 11/6/2024", "2024-06-11", "2024-06-11", True)
ASOF = P("tính đến 17 giờ ngày 12/6/2024", None, "2024-06-12", True)
DL = P("đến ngày 20/6/2024", None, "2024-06-20")

rows = [("Xuân Hồng", ["46", "3", "28,5", "820"]),
        ("Xuân Sinh", ["31", "1", "17", "505"]),
        ("Thọ Lập", ["22", "0", "40,2", "690"]),
        ("Xuân Phú", ["15", "2", "9,6", "312"]),
        ("TT Sao Vàng", ["8", "0", "0", "173"]),
        ("Tổng cộng", ["122", "6", "95,3", "2.500"])]
cols = [("Nhà tốc mái", "count", "nhà", 1), ("Nhà hư hỏng nặng", "count", "nhà", 1),
        ("Lúa đổ", "measure", "ha", 1), ("Thiệt hại", "money", "đồng", 1e6)]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("khoảng 40 phút", "40", 40, "measure", "phút", "thời gian dông, lốc kéo dài", EV, approx="about"),
    F("đến 5 xã", "5", 5, "count", "xã, thị trấn", "xã, thị trấn bị ảnh hưởng", EV),
    F("1 người bị thương", "1", 1, "count", "người", "người bị thương", EVI),
]
pos = TEXT.index("Xuân Hồng | 46")
for label, cells in rows:
    lstart = TEXT.index(label + " | ", pos)
    cur = lstart + len(label)
    loc = None  # communes lie in the district (default Thọ Xuân)
    for i, (c, (clabel, kind, unit, mult)) in enumerate(zip(cells, cols)):
        s0 = TEXT.index(" | " + c, cur) + 3
        cur = s0 + len(c)
        anchor = anchor_at(TEXT, s0, cur)
        v = num(c) * mult
        v = int(v) if v == int(v) else v
        subj = clabel + (" tổng cộng" if label == "Tổng cộng" else "")
        FIGS.append(F(anchor, c, v, kind, unit, subj, ASOF, location=loc))

FIGS += [
    F("chết 2 con bò", "2", 2, "count", "con bò", "bò bị sét đánh chết", EVI),
    F("11 cột điện", "11", 11, "count", "cột điện", "cột điện hạ thế bị gãy đổ", EVI),
    F("khoảng 1.500 hộ", "1.500", 1500, "count", "hộ", "hộ bị mất điện cục bộ", EVI, approx="about"),
    F("trong 6 giờ", "6", 6, "measure", "giờ", "thời gian mất điện", EVI, optional=True),
    F("trên 300 lượt", "300", 300, "count", "lượt cán bộ, dân quân, đoàn viên", "lượt cán bộ, dân quân, đoàn viên huy động giúp dân",
      approx="over"),
    F("ban đầu 3 triệu đồng/hộ", "3", 3e6, "money", "đồng/hộ", "mức hỗ trợ ban đầu hộ có nhà hư hỏng nặng"),
    F("cho 6 hộ", "6", 6, "count", "hộ", "hộ có nhà hư hỏng nặng được hỗ trợ"),
    F("kinh phí 18 triệu đồng", "18", 18e6, "money", "đồng", "tổng kinh phí hỗ trợ ban đầu"),
    F("cho 100% hộ", "100", 100, "percent", "%", "hộ bị thiệt hại được lợp lại mái nhà", DL, status="forecast"),
]

HEADER = """Formal quick report with letterhead ('Số: 87/BC-BCH', BCH PCTT và TKCN huyện Thọ Xuân, Thanh Hóa); the place-and-date line is its date.
Flattened '|' table, one row per commune, units in the column headers '(nhà)', '(ha)', '(triệu đồng)' (also in the 'Đơn vị tính' line).
Every numeric cell is a figure (zeros too); subject = column label ('… tổng cộng' for the total row). Commune rows ('TT Sao Vàng' = thị trấn)
lie below the levels of `location` (province, city or district): location is the district, Thọ Xuân (revised after the first run: the first
gold gave the commune; also for the injured person at Sao Vàng and the cattle at Xuân Sinh). No total attribute for table cells.
Period of the table cells: the as-of phrase 'tính đến 17 giờ ngày 12/6/2024' in the heading line above the table (inherited, not scored).
Distractors: document number, '16 giờ 30 phút', '17 giờ', section numbers I./II./1./2./3., dates, 'Lưu: VT', signer.
'trong 6 giờ' (outage duration) optional. The remedial section has no period of its own except the deadline 'đến ngày 20/6/2024' (forecast)."""

build("p407-3", TEXT, FIGS, HEADER, published="2024-06-13", location="Thọ Xuân")
