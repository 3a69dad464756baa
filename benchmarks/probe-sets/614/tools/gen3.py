from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH BÌNH DƯƠNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 412/BC-UBND
Bình Dương, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình phòng, chống dịch bệnh truyền nhiễm 9 tháng đầu năm 2024

I. TÌNH HÌNH DỊCH BỆNH
1. Sốt xuất huyết: 9 tháng đầu năm 2024, toàn tỉnh ghi nhận 2.915 ca mắc, giảm 24,5% so với cùng kỳ; 2 ca tử vong. Đã xử lý 618 ổ dịch, trong đó có 47 ổ dịch lớn.
2. Tay chân miệng: ghi nhận 5.386 ca, tăng 30,7% so với cùng kỳ; 61 trường mầm non có ca bệnh.
3. Sởi: đến ngày 30/9/2024 có 214 ca mắc, tập trung tại thành phố Thuận An (87 ca), Dĩ An (65 ca) và Thủ Dầu Một (41 ca).

Bảng 1. Số ca mắc, tử vong một số bệnh truyền nhiễm (đơn vị: ca)
Bệnh | 9 tháng 2023 | 9 tháng 2024 | So sánh (%) | Tử vong 9 tháng 2024
Sốt xuất huyết | 3.862 | 2.915 | 75,5 | 2
Tay chân miệng | 4.120 | 5.386 | 130,7 | 1
Sởi | 0 | 214 | - | 0
Cúm A | 96 | 158 | 164,6 | 0

II. KẾT QUẢ TRIỂN KHAI CÁC BIỆN PHÁP
Tiêm vắc xin sởi - rubella cho 38.640 trẻ từ 1 đến 5 tuổi, đạt 96,6% kế hoạch; phun hóa chất chủ động cho 152.300 hộ. Tổng kinh phí đã sử dụng ước đạt 7.852,6 triệu đồng, bằng 78,5% dự toán.

III. NHIỆM VỤ QUÝ IV/2024
Phấn đấu tỷ lệ tiêm chủng vắc xin sởi đạt trên 95%; dự kiến tổ chức 2 đợt chiến dịch diệt lăng quăng trên toàn tỉnh.

Nơi nhận:
- Bộ Y tế;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

M9_24 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
C23 = P("9 tháng 2023", "2023-01-01", "2023-09-30")
C24 = P("9 tháng 2024", "2024-01-01", "2024-09-30")
D24 = P("Tử vong 9 tháng 2024", "2024-01-01", "2024-09-30")
ASOF = P("đến ngày 30/9/2024", None, "2024-09-30")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31")


def row(label, a23, v23, a24, v24, acmp, vcmp, adth, vdth):
    out = [
        F(a23[0], a23[1], v23, "count", "ca", f"{label} số ca mắc 9 tháng 2023", C23),
        F(a24[0], a24[1], v24, "count", "ca", f"{label} số ca mắc 9 tháng 2024", C24),
    ]
    if acmp:
        out.append(F(acmp[0], acmp[1], vcmp, "percent", "%", f"{label} số ca mắc so sánh (%)"))
    out.append(F(adth[0], adth[1], vdth, "count", "ca", f"{label} tử vong 9 tháng 2024", D24))
    return out


FIGS = [
    F("ghi nhận 2.915 ca mắc", "2.915", 2915, "count", "ca", "ca mắc sốt xuất huyết", M9_24,
      change=CH("decrease", 24.5, "%", "cùng kỳ")),
    F("cùng kỳ; 2 ca tử vong", "2", 2, "count", "ca", "ca tử vong do sốt xuất huyết", M9_24),
    F("xử lý 618 ổ dịch", "618", 618, "count", "ổ dịch", "ổ dịch sốt xuất huyết được xử lý", I(M9_24)),
    F("có 47 ổ dịch lớn", "47", 47, "count", "ổ dịch", "ổ dịch lớn", I(M9_24), total=618),
    F("ghi nhận 5.386 ca", "5.386", 5386, "count", "ca", "ca tay chân miệng", I(M9_24),
      change=CH("increase", 30.7, "%", "cùng kỳ")),
    F("61 trường mầm non", "61", 61, "count", "trường mầm non", "trường mầm non có ca bệnh tay chân miệng", I(M9_24)),
    F("có 214 ca mắc", "214", 214, "count", "ca", "ca mắc sởi", ASOF),
    F("Thuận An (87 ca)", "87", 87, "count", "ca", "ca mắc sởi", ASOF, location="Thuận An"),
    F("Dĩ An (65 ca)", "65", 65, "count", "ca", "ca mắc sởi", ASOF, location="Dĩ An"),
    F("Thủ Dầu Một (41 ca)", "41", 41, "count", "ca", "ca mắc sởi", ASOF, location="Thủ Dầu Một"),
]
FIGS += row("Sốt xuất huyết", ("Sốt xuất huyết | 3.862", "3.862"), 3862, ("3.862 | 2.915", "2.915"), 2915,
            ("| 75,5", "75,5"), 75.5, ("75,5 | 2", "2"), 2)
FIGS += row("Tay chân miệng", ("Tay chân miệng | 4.120", "4.120"), 4120, ("4.120 | 5.386", "5.386"), 5386,
            ("| 130,7", "130,7"), 130.7, ("130,7 | 1", "1"), 1)
FIGS += row("Sởi", ("Sởi | 0", "0"), 0, ("0 | 214", "214"), 214, None, None, ("- | 0", "0"), 0)
FIGS += row("Cúm A", ("Cúm A | 96", "96"), 96, ("96 | 158", "158"), 158, ("| 164,6", "164,6"), 164.6, ("164,6 | 0", "0"), 0)
FIGS += [
    F("cho 38.640 trẻ", "38.640", 38640, "count", "trẻ", "trẻ được tiêm vắc xin sởi - rubella", I(M9_24), percent=96.6),
    F("từ 1 đến 5 tuổi", "1", 1, "measure", "tuổi", value_max=5, optional=True),
    F("cho 152.300 hộ", "152.300", 152300, "count", "hộ", "hộ được phun hóa chất chủ động", I(M9_24)),
    F("ước đạt 7.852,6 triệu đồng", "7.852,6", 7852.6e6, "money", "đồng", "tổng kinh phí đã sử dụng", I(M9_24),
      percent=78.5, status="estimate"),
    F("đạt trên 95%", "95", 95, "percent", "%", "tỷ lệ tiêm chủng vắc xin sởi", I(Q4), approx="over", status="target"),
    F("tổ chức 2 đợt", "2", 2, "count", "đợt", "đợt chiến dịch diệt lăng quăng", I(Q4), status="forecast"),
]

COMMENTS = [
    "Probe 614-3. Formal report under letterhead (UBND tỉnh Bình Dương, Số: 412/BC-UBND, place-and-date line 08/10/2024):",
    "infectious diseases 9 months 2024, with a '|'-flattened table (unit from the title '(đơn vị: ca)'; periods from column headers).",
    "Every numeric table cell is a figure, zeros included; '-' is no number; 'So sánh (%)' cells are percent figures (index vs 2023)",
    "with no period. The bracketed city list after 214 ca does not add up (193) and has no cue: no total. Ages optional.",
    "revised after the first run: 'So sánh (%)' cell subjects were a paraphrase ('so sánh số ca mắc 9 tháng 2024 với 9 tháng 2023');",
    "now row label + table indicator + column label, like the other columns (FIGURES.md: subject = row label and column label).",
    "Not figures: Số 412/BC-UBND, date line, section numbers I./1./Bảng 1., quý IV/2024 heading.",
]

if __name__ == "__main__":
    emit("p614-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Bình Dương")
