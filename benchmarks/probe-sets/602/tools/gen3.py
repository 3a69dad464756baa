"""p602-3: formal report, UBND tỉnh Hà Tĩnh — electricity supply 9 months 2024, flattened | table."""
from lib import F, P, INH, CH, emit

TEXT = """UBND TỈNH HÀ TĨNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 412/BC-UBND
Hà Tĩnh, ngày 04 tháng 10 năm 2024

BÁO CÁO
Tình hình cung ứng điện 9 tháng và nhiệm vụ quý IV năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Cung ứng điện
Thực hiện Công văn số 2157/BCT-ĐL của Bộ Công Thương, 9 tháng năm 2024, điện nhận đầu nguồn toàn tỉnh đạt 2.465,3 triệu kWh; điện thương phẩm ước đạt 2.318,7 triệu kWh, tăng 9,6% so với cùng kỳ, bằng 76,4% kế hoạch năm. Công suất cực đại đạt 612 MW (ngày 14/6/2024).

Bảng 1. Một số chỉ tiêu chủ yếu
Chỉ tiêu | Đơn vị | Kế hoạch 2024 | Thực hiện 9 tháng | Ước cả năm
Điện thương phẩm | triệu kWh | 3.035 | 2.318,7 | 3.080
Tỷ lệ tổn thất điện năng | % | 4,9 | 5,12 | 4,85
SAIDI | phút | 310 | 247,6 | 318
Số khách hàng | khách hàng | 498.500 | 496.812 | 499.200

2. Đầu tư lưới điện
Trong 9 tháng, đã hoàn thành 58 công trình với tổng vốn 286,4 tỷ đồng, gồm 1 trạm biến áp 110kV, 47 trạm biến áp phân phối và 10 công trình cải tạo lưới điện hạ áp. Các huyện có nhiều công trình là Cẩm Xuyên (9 công trình), Kỳ Anh (8 công trình), Hương Sơn (7 công trình).

Giá bán điện bình quân 9 tháng đạt 1.986,52 đồng/kWh, tăng 71,4 đồng/kWh so với cùng kỳ.

II. NHIỆM VỤ QUÝ IV NĂM 2024
Bảo đảm cấp điện an toàn dịp Tết Nguyên đán Ất Tỵ 2025; phấn đấu đưa vào vận hành thêm từ 25 đến 30 trạm biến áp phân phối, hoàn thành đường dây 110kV Vũng Áng - Kỳ Anh.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT3.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
KH = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
TH = P("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
UC = P("Ước cả năm", "2024-01-01", "2024-12-31")
T9 = P("Trong 9 tháng", "2024-01-01", "2024-09-30")


def row(label, unit, kind, mult, cells, anchors):
    out = []
    for (num, a), (col, per, st) in zip(zip(cells, anchors),
                                       [("kế hoạch 2024", KH, "target"), ("thực hiện 9 tháng", TH, None),
                                        ("ước cả năm", UC, "estimate")]):
        from lib import parse_num
        v = parse_num(num) * mult
        kw = {"status": st} if st else {}
        out.append(F(a, num, v, kind, unit, f"{label} {col}", per, **kw))
    return out


FIGS = [
    F("đạt 2.465,3 triệu kWh", "2.465,3", 2465300000, "measure", "kWh", "điện nhận đầu nguồn toàn tỉnh", M9),
    F("ước đạt 2.318,7 triệu kWh", "2.318,7", 2318700000, "measure", "kWh", "điện thương phẩm", M9,
      percent=76.4, change=CH("increase", 9.6, "%", "cùng kỳ"), status="estimate"),
    F("đạt 612 MW", "612", 612, "measure", "MW", "Công suất cực đại",
      P("ngày 14/6/2024", "2024-06-14", "2024-06-14")),
]
FIGS += row("Điện thương phẩm", "kWh", "measure", 1e6, ["3.035", "2.318,7", "3.080"],
            ["| 3.035 |", "| 2.318,7 |", "| 3.080"])
FIGS += row("Tỷ lệ tổn thất điện năng", "%", "percent", 1, ["4,9", "5,12", "4,85"],
            ["| 4,9 |", "| 5,12 |", "| 4,85"])
FIGS += row("SAIDI", "phút", "measure", 1, ["310", "247,6", "318"],
            ["| 310 |", "| 247,6 |", "| 318"])
FIGS += row("Số khách hàng", "khách hàng", "count", 1, ["498.500", "496.812", "499.200"],
            ["| 498.500 |", "| 496.812 |", "| 499.200"])
for f in FIGS[3:]:
    if f["value"] >= 1e9:
        f["value"] = int(round(f["value"]))
FIGS += [
    F("hoàn thành 58 công trình", "58", 58, "count", "công trình", "công trình hoàn thành", T9),
    F("tổng vốn 286,4 tỷ đồng", "286,4", 286400000000, "money", "đồng", "tổng vốn", T9),
    F("gồm 1 trạm", "1", 1, "count", "trạm biến áp", "trạm biến áp 110kV", T9, total=58),
    F("47 trạm", "47", 47, "count", "trạm biến áp", "trạm biến áp phân phối", T9, total=58),
    F("10 công trình", "10", 10, "count", "công trình", "công trình cải tạo lưới điện hạ áp", T9, total=58),
    F("Cẩm Xuyên (9 công trình)", "9", 9, "count", "công trình", "công trình hoàn thành", INH(T9),
      location="Cẩm Xuyên"),
    F("Kỳ Anh (8 công trình)", "8", 8, "count", "công trình", "công trình hoàn thành", INH(T9),
      location="Kỳ Anh"),
    F("Hương Sơn (7 công trình)", "7", 7, "count", "công trình", "công trình hoàn thành", INH(T9),
      location="Hương Sơn"),
    F("đạt 1.986,52 đồng/kWh", "1.986,52", 1986.52, "money", "đồng/kWh", "Giá bán điện bình quân",
      P("9 tháng", "2024-01-01", "2024-09-30"), change=CH("increase", 71.4, "đồng/kWh", "cùng kỳ")),
    F("từ 25 đến 30 trạm", "25", 25, "count", "trạm biến áp", "trạm biến áp phân phối đưa vào vận hành thêm",
      INH(P("quý IV năm 2024", "2024-10-01", "2024-12-31")), value_max=30, status="target"),
]

COMMENTS = [
    "Báo cáo UBND tỉnh Hà Tĩnh số 412/BC-UBND: cung ứng điện 9 tháng 2024, flattened '|' table (Kế hoạch 2024 | Thực hiện",
    "9 tháng | Ước cả năm), lưới điện, giá bán bình quân, nhiệm vụ quý IV. Published from the place-and-date line.",
    "Table: every numeric cell is a figure; Kế hoạch -> target, Thực hiện -> actual, Ước -> estimate; unit and multiplier from",
    "the Đơn vị column (triệu kWh); period from the column header (scored, as shared h23); subject = row label + column.",
    "'gồm 1 trạm …, 47 trạm …, 10 công trình' add up to 58: total 58. District items (no cue, do not add up): no total.",
    "Distractors: Số 412/BC-UBND, Công văn số 2157/BCT-ĐL, 'Bảng 1', section numbers I./1./2./II., 110kV, 'Ất Tỵ 2025',",
    "'ngày 14/6/2024', 'KT3'. 'Công suất cực đại đạt 612 MW (ngày 14/6/2024)': a one-day period.",
]

if __name__ == "__main__":
    emit("p602-3", TEXT, COMMENTS, FIGS, published="2024-10-04", location="Hà Tĩnh")
