from lib import F, P, build

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN BẮC HÀ
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Hà, ngày 04 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác tuyên truyền
Trong quý III/2024, Phòng Dân tộc phối hợp với UBND các xã tổ chức 38 hội nghị tuyên truyền với 2.914 lượt người tham dự, nâng tổng số hội nghị 9 tháng lên 97 hội nghị, đạt 80,8% kế hoạch năm (120 hội nghị). Từ đầu năm đến nay đã cấp phát 3.500 cuốn sổ tay pháp luật về hôn nhân và gia đình song ngữ Việt - Mông, phát 24 chương trình trên hệ thống truyền thanh cơ sở.

2. Tình hình tảo hôn, hôn nhân cận huyết thống
9 tháng năm 2024, toàn huyện xảy ra 31 cặp tảo hôn (cùng kỳ năm 2023 là 43 cặp), giảm 27,9%; trong đó xã Tả Van Chư 7 cặp, xã Bản Liền 5 cặp, xã Lùng Phình 4 cặp. Không phát sinh hôn nhân cận huyết thống.

3. Đăng ký kết hôn
Tính đến 30/9/2024, UBND các xã, thị trấn đã đăng ký kết hôn cho 412 cặp, trong đó 368 cặp là người dân tộc thiểu số, chiếm 89,3%; thực hiện đăng ký kết hôn lưu động cho 57 cặp tại thôn, bản.

II. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu cả năm 2024 số cặp tảo hôn không quá 40 cặp.
2. Phấn đấu tổ chức thêm ít nhất 23 hội nghị tuyên truyền trong quý IV/2024, hoàn thành 100% kế hoạch năm 2024.

Nơi nhận:
- UBND tỉnh Lào Cai (b/c);
- Ban Dân tộc tỉnh;
- Lưu: VT, PDT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Giàng Seo Vần
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-04")
M9b = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến 30/9/2024", None, "2024-09-30")

FIGS = [
    F("tổ chức 38 hội nghị", "38", 38, "count", "hội nghị", "hội nghị tuyên truyền", period=Q3),
    F("với 2.914 lượt người", "2.914", 2914, "count", "lượt người", "lượt người tham dự", period=Q3),
    F("lên 97 hội nghị", "97", 97, "count", "hội nghị", "tổng số hội nghị", percent=80.8,
      target={"value": 120, "unit": "hội nghị"}, period=M9),
    F("cấp phát 3.500 cuốn", "3.500", 3500, "count", "cuốn", "sổ tay pháp luật về hôn nhân và gia đình song ngữ Việt - Mông",
      period=YTD),
    F("phát 24 chương trình", "24", 24, "count", "chương trình", "chương trình trên hệ thống truyền thanh cơ sở", period=YTD),
    F("xảy ra 31 cặp", "31", 31, "count", "cặp", "cặp tảo hôn",
      change={"direction": "decrease", "value": 27.9, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=M9b),
    F("là 43 cặp", "43", 43, "count", "cặp", "cặp tảo hôn", period=P("cùng kỳ năm 2023", "2023-01-01", "2023-09-30")),
    F("Tả Van Chư 7 cặp", "7", 7, "count", "cặp", "cặp tảo hôn xã Tả Van Chư", total=31, period=M9b),
    F("Bản Liền 5 cặp", "5", 5, "count", "cặp", "cặp tảo hôn xã Bản Liền", total=31, period=M9b),
    F("Lùng Phình 4 cặp", "4", 4, "count", "cặp", "cặp tảo hôn xã Lùng Phình", total=31, period=M9b),
    F("cho 412 cặp", "412", 412, "count", "cặp", "cặp được đăng ký kết hôn", period=ASOF),
    F("đó 368 cặp", "368", 368, "count", "cặp", "cặp đăng ký kết hôn là người dân tộc thiểu số", total=412, percent=89.3,
      period=ASOF),
    F("cho 57 cặp", "57", 57, "count", "cặp", "cặp được đăng ký kết hôn lưu động tại thôn, bản", period=ASOF),
    F("không quá 40 cặp", "40", 40, "count", "cặp", "số cặp tảo hôn", approx="at_most", status="target",
      period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("ít nhất 23 hội nghị", "23", 23, "count", "hội nghị", "hội nghị tuyên truyền tổ chức thêm", approx="at_least",
      status="target", period=P("quý IV/2024", "2024-10-01", "2024-12-31")),
    F("hoàn thành 100% kế hoạch", "100", 100, "percent", "%", "kế hoạch năm 2024 hoàn thành", status="target",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Formal report with letterhead (UBND huyện Bắc Hà, Lào Cai, 'Số: 287/BC-UBND'); place-and-date line 'Bắc Hà, ngày 04 tháng 10 năm 2024' is its date.",
    "'nâng tổng số hội nghị 9 tháng lên 97 hội nghị, đạt 80,8% kế hoạch năm (120 hội nghị)': percent 80.8 and target 120 (bracketed plan) on 97; '9 tháng' takes 2024.",
    "'31 cặp tảo hôn (cùng kỳ năm 2023 là 43 cặp), giảm 27,9%': the change attaches across the bracket; 43 is its own figure, period = the first 9 months of 2023.",
    "Communes after 'trong đó' are parts of 31 (total 31); communes are below district level, so location stays Bắc Hà and the commune goes to the subject.",
    "revised: the three commune items first had the commune as location; FIGURES.md's location is a province, city or district (as earlier probe sets do), so Bắc Hà.",
    "'Tính đến 30/9/2024' -> as-of; 368 part of 412 with share 89,3%; 57 (lưu động) has no part-of cue.",
    "Section II items carry 'Phấn đấu' -> target; item 2 has two periods: 23 hội nghị in quý IV/2024, 100% of the 2024 plan in năm 2024.",
    "Distractors: document number, date line, section numbers I./II./1./2./3., 'Lưu: VT, PDT', signer, 'quý IV/2024' heading.",
]

build("p347-7", TEXT, COMMENTS, FIGS, published="2024-10-04", location="Bắc Hà")
