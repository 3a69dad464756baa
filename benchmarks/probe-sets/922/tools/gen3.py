"""p922-3: formal report under a letterhead (UBND tỉnh Phú Thọ), 6 months 2024, flattened | table."""
from lib import F, P, I, CH, TG, write

TEXT = """UBND TỈNH PHÚ THỌ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Phú Thọ, ngày 12 tháng 7 năm 2024

BÁO CÁO
Kết quả phát triển y dược cổ truyền 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Khám, chữa bệnh bằng y học cổ truyền
6 tháng đầu năm 2024, toàn tỉnh khám, chữa bệnh bằng YHCT và kết hợp YHCT với y học hiện đại cho 412.680 lượt người, bằng 52,4% kế hoạch năm, tăng 7,6% so với cùng kỳ. Số lượt điều trị nội trú bằng YHCT là 11.235 lượt, chiếm 18,7% tổng số lượt điều trị nội trú toàn tỉnh.

Kết quả tại một số đơn vị như sau:
Đơn vị tính: lượt
Đơn vị | Khám YHCT | Điều trị nội trú | Châm cứu, xoa bóp
Bệnh viện YDCT tỉnh | 58.420 | 4.865 | 96.310
TP. Việt Trì | 71.250 | 2.140 | 84.560
Huyện Lâm Thao | 36.780 | 1.025 | 40.215
Huyện Thanh Sơn | 29.645 | 870 | 31.480
Cộng | 196.095 | 8.900 | 252.565

2. Phát triển dược liệu và mạng lưới YHCT
Tính đến 30/6/2024, diện tích trồng dược liệu toàn tỉnh đạt 1.320 ha, tăng 145 ha so với cuối năm 2023, trong đó cà gai leo, giảo cổ lam khoảng 410 ha. Toàn tỉnh có 225/225 trạm y tế xã có vườn thuốc nam; 16 cơ sở YHCT tư nhân được cấp phép mới, nâng tổng số lên 184 cơ sở.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
1. Phấn đấu cả năm 2024 khám, chữa bệnh bằng YHCT đạt 788.000 lượt; tỷ lệ khám, chữa bệnh bằng YHCT đạt 25% tổng số lượt khám, chữa bệnh.
2. Dự kiến mở rộng thêm 150 ha vùng trồng dược liệu tại các huyện Thanh Sơn, Tân Sơn, Yên Lập.

Nơi nhận:
- Bộ Y tế;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến 30/6/2024", None, "2024-06-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
H2 = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31", inherited=True)

ROWS = [  # (row label, location, cells)
    ("Bệnh viện YDCT tỉnh", None, ["58.420", "4.865", "96.310"]),
    ("TP. Việt Trì", "Việt Trì", ["71.250", "2.140", "84.560"]),
    ("Huyện Lâm Thao", "Lâm Thao", ["36.780", "1.025", "40.215"]),
    ("Huyện Thanh Sơn", "Thanh Sơn", ["29.645", "870", "31.480"]),
    ("Cộng", None, ["196.095", "8.900", "252.565"]),
]
COLS = ["Khám YHCT", "Điều trị nội trú", "Châm cứu, xoa bóp"]

FIGS = [
    F("cho 412.680 lượt người", "412.680", 412680, "count", "lượt người", percent=52.4,
      change=CH("increase", 7.6, "%", "cùng kỳ"),
      subject="lượt người khám, chữa bệnh bằng YHCT và kết hợp YHCT với y học hiện đại", period=H1),
    F("là 11.235 lượt", "11.235", 11235, "count", "lượt", percent=18.7,
      subject="lượt điều trị nội trú bằng YHCT", period=I(H1)),
]
for label, loc, cells in ROWS:
    for col, cell in zip(COLS, cells):
        subj = col if loc else f"{col} {label}"
        kw = {"location": loc} if loc else {}
        anchor = f"| {cell} |" if col != COLS[-1] else f"| {cell}\n"
        FIGS.append(F(anchor, cell, float(cell.replace(".", "")), "count", "lượt",
                      subject=subj, period=I(H1), **kw))
FIGS += [
    F("đạt 1.320 ha", "1.320", 1320, "measure", "ha", change=CH("increase", 145, "ha", "cuối năm 2023"),
      subject="diện tích trồng dược liệu", period=ASOF),
    F("khoảng 410 ha", "410", 410, "measure", "ha", approx="about", total=1320,
      subject="diện tích cà gai leo, giảo cổ lam", period=ASOF),
    F("225/225 trạm", "225", 225, "count", "trạm y tế", total=225,
      subject="trạm y tế xã có vườn thuốc nam", period=I(ASOF)),
    F("16 cơ sở YHCT tư nhân", "16", 16, "count", "cơ sở YHCT tư nhân",
      subject="cơ sở YHCT tư nhân được cấp phép mới", period=I(H1)),
    F("lên 184 cơ sở", "184", 184, "count", "cơ sở",
      subject="tổng số cơ sở YHCT tư nhân", period=I(ASOF)),
    F("đạt 788.000 lượt", "788.000", 788000, "count", "lượt", status="target",
      subject="lượt khám, chữa bệnh bằng YHCT", period=Y24),
    F("đạt 25% tổng số", "25", 25, "percent", "%", status="target",
      subject="tỷ lệ khám, chữa bệnh bằng YHCT trong tổng số lượt khám, chữa bệnh", period=Y24),
    F("thêm 150 ha", "150", 150, "measure", "ha", status="forecast",
      subject="diện tích vùng trồng dược liệu mở rộng thêm", period=H2),
]

COMMENTS = [
    "Formal report (UBND tỉnh Phú Thọ, Số: 287/BC-UBND, 12/7/2024): YHCT 6 tháng đầu năm 2024, flattened table by unit.",
    "Table: 'Đơn vị tính: lượt'; place rows (TP. Việt Trì, Huyện Lâm Thao, Huyện Thanh Sơn) go to location, other rows",
    "(Bệnh viện YDCT tỉnh, Cộng) into the subject; period from the lead paragraph (inherited). Table cells get no totals.",
    "Distractors: Số: 287/BC-UBND, the letterhead date, section numbers I./II./1./2., 'Lưu: VT'.",
    "'16 cơ sở ... nâng tổng số lên 184 cơ sở': no part-of cue after a whole, so no total; no change cue, so no change.",
    "'150 ha' in the section 'NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024' is forecast (Dự kiến), period from the heading (inherited).",
]

if __name__ == "__main__":
    write(3, TEXT, FIGS, COMMENTS, published="2024-07-12", location="Phú Thọ")
