from lib import *

TEXT = """Kinh tế
Đắk Lắk: Hơn 99% doanh nghiệp nộp thuế điện tử
HOÀNG LAN 14:32, 05/10/2024

(BĐL) - Theo Cục Thuế tỉnh, tính đến hết quý III/2024, toàn tỉnh có 7.846 doanh nghiệp đang hoạt động, tăng 412 doanh nghiệp so với cuối năm 2023; 99,6% doanh nghiệp đã khai thuế điện tử và 99,2% nộp thuế điện tử. Số doanh nghiệp thành lập mới trong quý III/2024 là 298 doanh nghiệp, tăng 11,2% so với cùng kỳ; vốn đăng ký bình quân khoảng 6,4 tỷ đồng/doanh nghiệp.

Về quyết toán thuế thu nhập cá nhân, tính đến ngày 2/5/2024, cơ quan thuế đã tiếp nhận 48.370 hồ sơ quyết toán, trong đó 41.925 hồ sơ nộp qua ứng dụng eTax Mobile và Cổng thông tin điện tử của Tổng cục Thuế, chiếm 86,7%. Số tiền thuế TNCN được hoàn là 61,3 tỷ đồng, cho hơn 19 nghìn người nộp thuế.

Ứng dụng eTax Mobile hiện có khoảng 126.500 tài khoản đăng ký. Từ đầu năm đến nay, Cục Thuế đã tổ chức 24 hội nghị đối thoại, tập huấn với gần 3.000 lượt người tham dự; giải đáp 2.154 câu hỏi qua điện thoại và 865 văn bản.

Bà H'Loan Êban, chủ một cơ sở kinh doanh cà phê tại TP Buôn Ma Thuột, cho biết việc khai, nộp thuế qua điện thoại giúp tiết kiệm thời gian, "mỗi quý chỉ mất chừng 15 phút".

Theo kế hoạch, đến năm 2025, Đắk Lắk phấn đấu có 10.000 doanh nghiệp hoạt động, tỷ lệ hài lòng của người nộp thuế đạt trên 90%. Thông tin hỗ trợ: Phòng Tuyên truyền - Hỗ trợ người nộp thuế, số 09 Lê Duẩn, điện thoại 0262.3852.648.
"""

Q3E = P("tính đến hết quý III/2024", None, "2024-09-30")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
D2 = P("tính đến ngày 2/5/2024", None, "2024-05-02")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-05")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hơn 99%", "99", 99, "percent", "%", "doanh nghiệp nộp thuế điện tử", approx="over"),
    F("có 7.846 doanh nghiệp", "7.846", 7846, "count", "doanh nghiệp", "doanh nghiệp đang hoạt động",
      change=ch("+", 412, "doanh nghiệp", "cuối năm 2023"), period=Q3E),
    F("99,6% doanh nghiệp", "99,6", 99.6, "percent", "%", "doanh nghiệp đã khai thuế điện tử", period=Q3E),
    F("và 99,2% nộp", "99,2", 99.2, "percent", "%", "doanh nghiệp nộp thuế điện tử", period=Q3E),
    F("là 298 doanh nghiệp", "298", 298, "count", "doanh nghiệp", "doanh nghiệp thành lập mới",
      change=ch("+", 11.2, baseline="cùng kỳ"), period=Q3),
    F("khoảng 6,4 tỷ đồng/doanh nghiệp", "6,4", ty(6.4), "money", "đồng/doanh nghiệp", "vốn đăng ký bình quân",
      approx="about", period=Q3),
    F("nhận 48.370 hồ sơ", "48.370", 48370, "count", "hồ sơ", "hồ sơ quyết toán thuế thu nhập cá nhân", period=D2),
    F("đó 41.925 hồ sơ", "41.925", 41925, "count", "hồ sơ",
      "hồ sơ nộp qua ứng dụng eTax Mobile và Cổng thông tin điện tử của Tổng cục Thuế",
      total=48370, percent=86.7, period=D2),
    F("là 61,3 tỷ đồng", "61,3", ty(61.3), "money", "đồng", "Số tiền thuế TNCN được hoàn", period=I(D2)),
    F("hơn 19 nghìn người", "19", 19000, "count", "người nộp thuế", "người nộp thuế được hoàn thuế TNCN",
      approx="over", period=I(D2)),
    F("khoảng 126.500 tài khoản", "126.500", 126500, "count", "tài khoản", "tài khoản đăng ký ứng dụng eTax Mobile",
      approx="about"),
    F("tổ chức 24 hội nghị", "24", 24, "count", "hội nghị", "hội nghị đối thoại, tập huấn", period=YTD),
    F("gần 3.000 lượt người", "3.000", 3000, "count", "lượt người", "lượt người tham dự", approx="nearly", period=YTD),
    F("giải đáp 2.154 câu hỏi", "2.154", 2154, "count", "câu hỏi", "câu hỏi giải đáp qua điện thoại", period=YTD),
    F("và 865 văn bản", "865", 865, "count", "văn bản", "văn bản giải đáp", period=YTD),
    F("chừng 15 phút", "15", 15, "measure", "phút", "thời gian khai, nộp thuế mỗi quý", approx="about",
      location="Buôn Ma Thuột", optional=True),
    F("có 10.000 doanh nghiệp", "10.000", 10000, "count", "doanh nghiệp", "doanh nghiệp hoạt động",
      status="target", period=T25),
    F("đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ hài lòng của người nộp thuế", approx="over",
      status="target", period=T25),
]

COMMENTS = [
    "Party newspaper (Báo Đắk Lắk, tag '(BĐL)'), section label then headline, byline + time + date 'HOÀNG LAN 14:32, 05/10/2024'.",
    "Headline 'Hơn 99%' has no period phrase. 7.846 doanh nghiệp: 'tăng 412 doanh nghiệp so với cuối năm 2023' absolute change (unit doanh nghiệp).",
    "'99,6% doanh nghiệp …' and '99,2% …' follow ';' with their own noun: percent figures of their own, not the count's percent.",
    "'tính đến hết quý III/2024' as-of end of Q3; 'trong quý III/2024' the quarter. 'khoảng 6,4 tỷ đồng/doanh nghiệp' money rate.",
    "PIT settlement: as-of 'tính đến ngày 2/5/2024'; 'trong đó 41.925 …, chiếm 86,7%' part of 48.370. 'hơn 19 nghìn' = 19000 over.",
    "eTax Mobile accounts: 'hiện' only, no period. 'Từ đầu năm đến nay' ends at the dateline 2024-10-05.",
    "Quote 'mỗi quý chỉ mất chừng 15 phút' (one taxpayer's anecdote) optional. 'đến năm 2025 … phấn đấu' targets: start null, end 2025-12-31.",
    "Distractors: 'TP Buôn Ma Thuột' (place of a business in an anecdote), 'số 09 Lê Duẩn', phone '0262.3852.648', person name with apostrophe.",
]

write(7, TEXT, COMMENTS, FIGS, published="2024-10-05", location="Đắk Lắk")
