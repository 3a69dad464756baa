"""p1185-4: ministry site (Bộ NN&PTNT / Cục Thú y), national avian influenza situation 2024 and Tết plan."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Thú y

Chủ động phòng, chống dịch cúm gia cầm dịp cuối năm và Tết Nguyên đán 2025

Ngày cập nhật: 26/12/2024 | Lượt xem: 1.082

Theo Cục Thú y, từ đầu năm 2024 đến ngày 20/12/2024, cả nước xảy ra 38 ổ dịch cúm gia cầm tại 15 tỉnh, thành phố, buộc tiêu hủy hơn 41.000 con gia cầm; số ổ dịch giảm 24% so với năm 2023. Trong đó, có 29 ổ dịch do vi rút cúm A/H5N1 và 9 ổ dịch do vi rút cúm A/H5N6.

Các địa phương có nhiều ổ dịch là Cà Mau, Sóc Trăng và Khánh Hòa với lần lượt 6, 5 và 4 ổ dịch. Đáng chú ý, năm 2024 cả nước ghi nhận 2 trường hợp người mắc cúm A/H5N1, trong đó một trường hợp tử vong tại Khánh Hòa.

Về tiêm phòng, năm 2024 các địa phương đã tiêm khoảng 238 triệu liều vắc xin cúm gia cầm, đạt 87% kế hoạch; tỷ lệ tiêm phòng bình quân cả nước ước đạt 65% tổng đàn diện phải tiêm, thấp hơn 5% so với mục tiêu đề ra (70%). Bộ đã xuất cấp 12 triệu liều vắc xin từ nguồn dự trữ quốc gia cho 9 tỉnh có dịch.

Để chủ động phòng dịch dịp Tết, Bộ đề nghị các địa phương tổ chức tiêm phòng bổ sung trong tháng 1/2025, phấn đấu đạt tỷ lệ trên 80% tổng đàn; dự báo nhu cầu vắc xin quý I/2025 khoảng 45 triệu liều. Cục Thú y đã thành lập 2 đoàn công tác đi kiểm tra tại 8 tỉnh trọng điểm.

CỤC THÚ Y - Số 15/78 đường Giải Phóng, Đống Đa, Hà Nội. Điện thoại: 024.3869.6788
"""

YTD = P("từ đầu năm 2024 đến ngày 20/12/2024", "2024-01-01", "2024-12-20")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
JAN = P("trong tháng 1/2025", "2025-01-01", "2025-01-31")
Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")
OUTB = "ổ dịch cúm gia cầm"

FIGS = [
    F("xảy ra 38 ổ dịch", "38", 38, "count", "ổ dịch", change=C("decrease", 24, "%", "năm 2023"),
      subject=OUTB, period=YTD),
    F("tại 15 tỉnh", "15", 15, "count", "tỉnh, thành phố", subject="tỉnh, thành phố có ổ dịch cúm gia cầm",
      period=YTD),
    F("hơn 41.000 con", "41.000", 41000, "count", "con", approx="over", subject="gia cầm buộc tiêu hủy",
      period=YTD),
    F("có 29 ổ dịch", "29", 29, "count", "ổ dịch", total=38, subject="ổ dịch do vi rút cúm A/H5N1",
      period=I(YTD)),
    F("và 9 ổ dịch", "9", 9, "count", "ổ dịch", total=38, subject="ổ dịch do vi rút cúm A/H5N6",
      period=I(YTD)),
    F("lần lượt 6,", "6", 6, "count", "ổ dịch", subject=OUTB, period=I(YTD), location="Cà Mau"),
    F(" 5 và 4 ổ", "5", 5, "count", "ổ dịch", subject=OUTB, period=I(YTD), location="Sóc Trăng"),
    F("và 4 ổ dịch", "4", 4, "count", "ổ dịch", subject=OUTB, period=I(YTD), location="Khánh Hòa"),
    F("nhận 2 trường hợp", "2", 2, "count", "trường hợp", subject="trường hợp người mắc cúm A/H5N1",
      period=Y24),
    F("một trường hợp tử vong", "một", 1, "count", "trường hợp", total=2,
      subject="trường hợp người mắc cúm A/H5N1 tử vong", period=Y24, location="Khánh Hòa"),
    F("khoảng 238 triệu", "238", 238000000, "count", "liều", approx="about", percent=87,
      subject="liều vắc xin cúm gia cầm đã tiêm", period=Y24),
    F("ước đạt 65%", "65", 65, "percent", "%", status="estimate",
      change=C("decrease", 5, "%", "mục tiêu đề ra"), target=T(70, "%", False),
      subject="tỷ lệ tiêm phòng bình quân cả nước trên tổng đàn diện phải tiêm", period=Y24),
    F("xuất cấp 12 triệu", "12", 12000000, "count", "liều", subject="liều vắc xin xuất cấp từ nguồn dự trữ quốc gia",
      period=I(Y24)),
    F("cho 9 tỉnh", "9", 9, "count", "tỉnh", subject="tỉnh có dịch được cấp vắc xin dự trữ quốc gia",
      period=I(Y24)),
    F("trên 80%", "80", 80, "percent", "%", approx="over", status="target",
      subject="tỷ lệ tiêm phòng trên tổng đàn", period=JAN),
    F("khoảng 45 triệu", "45", 45000000, "count", "liều", approx="about", status="forecast",
      subject="nhu cầu vắc xin", period=Q1),
    F("lập 2 đoàn", "2", 2, "count", "đoàn công tác", subject="đoàn công tác kiểm tra"),
    F("tại 8 tỉnh", "8", 8, "count", "tỉnh", subject="tỉnh trọng điểm được kiểm tra"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT, Cục Thú y): national avian influenza 2024. 'Ngày cập nhật: 26/12/2024 | Lượt xem: 1.082'. Location Việt Nam.",
    "Distractors: view counter 1.082, 'Tết Nguyên đán 2025', 'A/H5N1', 'A/H5N6', address 'Số 15/78 đường Giải Phóng', phone 024.3869.6788.",
    "'số ổ dịch giảm 24% so với năm 2023' (after ';') is the change of the 38 outbreaks. 29 + 9 = 38 after 'Trong đó' (sentence break).",
    "'lần lượt 6, 5 và 4 ổ dịch': provinces go to location. The one death 'tại Khánh Hòa' is placed in Khánh Hòa; its total is the 2 cases.",
    "'thấp hơn 5% so với mục tiêu đề ra (70%)': gap to the plan is the change, 70% the target (not met).",
    "'tỷ lệ trên 80%' is a target for 'trong tháng 1/2025'; 'dự báo … quý I/2025' forecast. 'đã thành lập 2 đoàn … 8 tỉnh' has no period.",
]

if __name__ == "__main__":
    write("p1185-4", TEXT, NOTES, FIGS, published="2024-12-26", location="Việt Nam")
