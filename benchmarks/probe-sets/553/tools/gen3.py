"""p553-3: UBND tỉnh Đồng Tháp formal report — dengue and HFMD, 9 months 2024, flattened | table."""
from lib import F, P, I, CH, T, emit

TEXT = """UBND TỈNH ĐỒNG THÁP
Số: 312/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tháp, ngày 8 tháng 10 năm 2024

BÁO CÁO
Tình hình phòng, chống sốt xuất huyết, tay chân miệng 9 tháng năm 2024

I. TÌNH HÌNH DỊCH BỆNH
1. Sốt xuất huyết: tính đến ngày 30/9/2024, toàn tỉnh ghi nhận 2.846 ca mắc, giảm 41,7% so với cùng kỳ năm 2023 (4.881 ca), không có tử vong; tỷ lệ mắc 178,6 ca/100.000 dân. Nhóm tuổi từ 5 đến 15 tuổi chiếm 48,2% số ca.
2. Tay chân miệng: ghi nhận 1.352 ca, tăng 2,3 lần so với cùng kỳ; trong đó 96 ca nặng phải điều trị nội trú, 1 ca tử vong tại huyện Tháp Mười. Xét nghiệm 58 mẫu, có 21 mẫu dương tính với EV71.

Bảng 1. Số ca mắc theo địa phương (Đơn vị tính: ca)
Địa phương | SXH 9 tháng 2024 | TCM 9 tháng 2024 | SXH 9 tháng 2023
TP. Cao Lãnh | 412 | 238 | 695
TP. Sa Đéc | 356 | 187 | 604
Huyện Tháp Mười | 298 | 146 | 517
Huyện Lấp Vò | 274 | 121 | 463
Các huyện còn lại | 1.506 | 660 | 2.602
Toàn tỉnh | 2.846 | 1.352 | 4.881

II. KẾT QUẢ PHÒNG, CHỐNG DỊCH
Đã tổ chức 3 đợt chiến dịch diệt lăng quăng với hơn 415.000 lượt hộ được kiểm tra; xử lý 126 ổ dịch sốt xuất huyết và 84 ổ dịch tay chân miệng. Kinh phí phòng, chống dịch 9 tháng năm 2024 là 4.275,6 triệu đồng, đạt 71,3% dự toán năm.

III. NHIỆM VỤ QUÝ IV/2024
Phấn đấu năm 2024 giảm số ca mắc sốt xuất huyết từ 10 đến 15% so với năm 2023; 100% ổ dịch được xử lý trong vòng 48 giờ. Dự kiến bố trí bổ sung 1,2 tỷ đồng mua hóa chất, máy phun.

Nơi nhận: Bộ Y tế; TT Tỉnh ủy; Lưu: VT, SYT.
"""

ASOF = P("tính đến ngày 30/9/2024", None, "2024-09-30")
M24 = P("SXH 9 tháng 2024", "2024-01-01", "2024-09-30")
TCM24 = P("TCM 9 tháng 2024", "2024-01-01", "2024-09-30")
M23 = P("SXH 9 tháng 2023", "2023-01-01", "2023-09-30")
M24T = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")

FIGS = [
    F("ghi nhận 2.846 ca", "2.846", 2846, "count", "ca", "ca mắc sốt xuất huyết", ASOF,
      change=CH("decrease", 41.7, "%", "cùng kỳ năm 2023")),
    # the bracketed baseline amount is a figure of its own; its period is the 9 months of 2023, which the
    # spec gives only as text for a 'cùng kỳ' baseline, so it is kept unscored (inherited flag)
    F("(4.881 ca)", "4.881", 4881, "count", "ca", "ca mắc sốt xuất huyết cùng kỳ năm 2023",
      I(P("cùng kỳ năm 2023", "2023-01-01", "2023-09-30"))),
    F("mắc 178,6 ca", "178,6", 178.6, "measure", "ca/100.000 dân", "tỷ lệ mắc sốt xuất huyết", ASOF),
    F("từ 5 đến 15 tuổi", "5", 5, "measure", "tuổi", value_max=15, optional=True),
    F("chiếm 48,2%", "48,2", 48.2, "percent", "%", "số ca mắc sốt xuất huyết ở nhóm tuổi từ 5 đến 15 tuổi",
      I(ASOF)),
    F("ghi nhận 1.352 ca", "1.352", 1352, "count", "ca", "ca mắc tay chân miệng", I(ASOF),
      change=CH("increase", 2.3, "lần", "cùng kỳ")),
    F("96 ca", "96", 96, "count", "ca", "ca tay chân miệng nặng phải điều trị nội trú", I(ASOF), total=1352),
    F("1 ca tử vong", "1", 1, "count", "ca", "ca tử vong do tay chân miệng", I(ASOF), total=1352,
      location="Tháp Mười"),
    F("Xét nghiệm 58 mẫu", "58", 58, "count", "mẫu", "mẫu xét nghiệm", I(ASOF)),
    F("có 21 mẫu", "21", 21, "count", "mẫu", "mẫu dương tính với EV71", I(ASOF)),
    # table: every numeric cell; subject = column label (with the title's 'số ca mắc'); row places -> location
    F("Cao Lãnh | 412", "412", 412, "count", "ca", "số ca mắc SXH 9 tháng 2024", M24, location="Cao Lãnh"),
    F("412 | 238", "238", 238, "count", "ca", "số ca mắc TCM 9 tháng 2024", TCM24, location="Cao Lãnh"),
    F("238 | 695", "695", 695, "count", "ca", "số ca mắc SXH 9 tháng 2023", M23, location="Cao Lãnh"),
    F("Sa Đéc | 356", "356", 356, "count", "ca", "số ca mắc SXH 9 tháng 2024", M24, location="Sa Đéc"),
    F("356 | 187", "187", 187, "count", "ca", "số ca mắc TCM 9 tháng 2024", TCM24, location="Sa Đéc"),
    F("187 | 604", "604", 604, "count", "ca", "số ca mắc SXH 9 tháng 2023", M23, location="Sa Đéc"),
    F("Tháp Mười | 298", "298", 298, "count", "ca", "số ca mắc SXH 9 tháng 2024", M24, location="Tháp Mười"),
    F("298 | 146", "146", 146, "count", "ca", "số ca mắc TCM 9 tháng 2024", TCM24, location="Tháp Mười"),
    F("146 | 517", "517", 517, "count", "ca", "số ca mắc SXH 9 tháng 2023", M23, location="Tháp Mười"),
    F("Lấp Vò | 274", "274", 274, "count", "ca", "số ca mắc SXH 9 tháng 2024", M24, location="Lấp Vò"),
    F("274 | 121", "121", 121, "count", "ca", "số ca mắc TCM 9 tháng 2024", TCM24, location="Lấp Vò"),
    F("121 | 463", "463", 463, "count", "ca", "số ca mắc SXH 9 tháng 2023", M23, location="Lấp Vò"),
    F("còn lại | 1.506", "1.506", 1506, "count", "ca", "các huyện còn lại số ca mắc SXH 9 tháng 2024", M24),
    F("1.506 | 660", "660", 660, "count", "ca", "các huyện còn lại số ca mắc TCM 9 tháng 2024", TCM24),
    F("660 | 2.602", "2.602", 2602, "count", "ca", "các huyện còn lại số ca mắc SXH 9 tháng 2023", M23),
    F("Toàn tỉnh | 2.846", "2.846", 2846, "count", "ca", "số ca mắc SXH 9 tháng 2024 toàn tỉnh", M24),
    F("2.846 | 1.352", "1.352", 1352, "count", "ca", "số ca mắc TCM 9 tháng 2024 toàn tỉnh", TCM24),
    F("1.352 | 4.881", "4.881", 4881, "count", "ca", "số ca mắc SXH 9 tháng 2023 toàn tỉnh", M23),
    F("3 đợt", "3", 3, "count", "đợt", "đợt chiến dịch diệt lăng quăng", I(M24T)),
    F("hơn 415.000 lượt hộ", "415.000", 415000, "count", "lượt hộ", "lượt hộ được kiểm tra", I(M24T),
      approx="over"),
    F("xử lý 126 ổ dịch", "126", 126, "count", "ổ dịch", "ổ dịch sốt xuất huyết được xử lý", I(M24T)),
    F("và 84 ổ dịch", "84", 84, "count", "ổ dịch", "ổ dịch tay chân miệng được xử lý", I(M24T)),
    F("là 4.275,6 triệu đồng", "4.275,6", 4275600000, "money", "đồng", "kinh phí phòng, chống dịch", M24T,
      percent=71.3),
    F("từ 10 đến 15%", "10", 10, "percent", "%", "giảm số ca mắc sốt xuất huyết",
      P("năm 2024", "2024-01-01", "2024-12-31"), value_max=15, status="target"),
    F("100% ổ dịch", "100", 100, "percent", "%", "ổ dịch được xử lý trong vòng 48 giờ",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("trong vòng 48 giờ", "48", 48, "measure", "giờ", approx="at_most", optional=True),
    F("bổ sung 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "kinh phí bổ sung mua hóa chất, máy phun",
      status="forecast"),
]

COMMENTS = [
    "Formal report under letterhead: UBND tỉnh Đồng Tháp, Số: 312/BC-UBND, 'Đồng Tháp, ngày 8 tháng 10 năm 2024'.",
    "Flattened '|' table, 'Đơn vị tính: ca'; periods from the column headers (scored, as in shared h23).",
    "Row 'Các huyện còn lại' is no place: location stays Đồng Tháp and the label goes into the subject; 'Toàn tỉnh' -> Đồng Tháp.",
    "Distractors: Số 312/BC-UBND, section numbers I./II./III., 1./2., 'Bảng 1', EV71 (a virus name), quý IV/2024 heading.",
    "'(4.881 ca)' after 'cùng kỳ năm 2023' is the baseline amount, a count figure of its own (period unscored).",
    "'Nhóm tuổi từ 5 đến 15 tuổi chiếm 48,2% số ca' is a percent figure of its own (the age range is no count).",
    "No cue ties 21 mẫu to 58 mẫu (no 'trong số', no '/'), so no total.",
]

if __name__ == "__main__":
    emit("p553-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Đồng Tháp")
