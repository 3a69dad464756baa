"""p514-4: ministry site (Bộ LĐ-TB&XH) — Vietnamese workers sent abroad in 2023, by market; 2024 target."""
from lib import F, P, I, CH, TG, emit

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ / Tin tức - Sự kiện / Quản lý lao động ngoài nước

Năm 2023, gần 160.000 lao động Việt Nam đi làm việc ở nước ngoài, vượt 45% kế hoạch

Ngày đăng: 05/01/2024 | Lượt xem: 2.905

Theo Cục Quản lý lao động ngoài nước, tổng số lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng năm 2023 là 159.986 người (trong đó có 54.350 lao động nữ), đạt 145,4% kế hoạch năm (kế hoạch 110.000 lao động) và tăng 12,2% so với năm 2022.

Các thị trường tiếp nhận nhiều lao động Việt Nam gồm: Nhật Bản 77.515 lao động, Đài Loan (Trung Quốc) 57.865 lao động, Hàn Quốc 14.662 lao động, Trung Quốc 3.212 lao động, Singapore 1.404 lao động. Tỷ lệ lao động nữ tại Nhật Bản và Đài Loan lần lượt là 41,2% và 33,6%.

Kiều hối do lao động ở nước ngoài gửi về ước khoảng 3,5-4 tỷ USD mỗi năm.

Hiện cả nước có 478 doanh nghiệp được cấp giấy phép hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài theo Luật số 69/2020/QH14. Trong năm 2023, Bộ đã thu hồi giấy phép của 7 doanh nghiệp, xử phạt vi phạm hành chính 31 doanh nghiệp với tổng số tiền hơn 2,8 tỷ đồng.

Năm 2024, Bộ đặt mục tiêu đưa 125.000 lao động đi làm việc ở nước ngoài; dự kiến riêng Hàn Quốc tiếp nhận khoảng 10.000 lao động theo chương trình EPS.

Người lao động cần hỗ trợ xin liên hệ đường dây nóng 024.3824.9517 hoặc Cục Quản lý lao động ngoài nước, số 41B Lý Thái Tổ, Hoàn Kiếm, Hà Nội.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("gần 160.000 lao động", "160.000", 160000, "count", "lao động",
      "lao động Việt Nam đi làm việc ở nước ngoài", P("Năm 2023", "2023-01-01", "2023-12-31"),
      approx="nearly", change=CH("increase", 45, "%", "kế hoạch")),
    F("là 159.986 người", "159.986", 159986, "count", "người",
      "tổng số lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng", Y23,
      percent=145.4, change=CH("increase", 12.2, "%", "năm 2022"), target=TG(110000, "lao động", True)),
    F("có 54.350 lao động nữ", "54.350", 54350, "count", "lao động",
      "lao động nữ đi làm việc ở nước ngoài", Y23, total=159986),
    F("Nhật Bản 77.515 lao động", "77.515", 77515, "count", "lao động",
      "lao động Việt Nam đi làm việc tại thị trường Nhật Bản", I(Y23)),
    F("(Trung Quốc) 57.865 lao động", "57.865", 57865, "count", "lao động",
      "lao động Việt Nam đi làm việc tại thị trường Đài Loan (Trung Quốc)", I(Y23)),
    F("Hàn Quốc 14.662 lao động", "14.662", 14662, "count", "lao động",
      "lao động Việt Nam đi làm việc tại thị trường Hàn Quốc", I(Y23)),
    F("Trung Quốc 3.212 lao động", "3.212", 3212, "count", "lao động",
      "lao động Việt Nam đi làm việc tại thị trường Trung Quốc", I(Y23)),
    F("Singapore 1.404 lao động", "1.404", 1404, "count", "lao động",
      "lao động Việt Nam đi làm việc tại thị trường Singapore", I(Y23)),
    F("là 41,2%", "41,2", 41.2, "percent", "%",
      "tỷ lệ lao động nữ tại Nhật Bản", I(Y23)),
    F("và 33,6%", "33,6", 33.6, "percent", "%",
      "tỷ lệ lao động nữ tại Đài Loan", I(Y23)),
    F("khoảng 3,5-4 tỷ USD", "3,5", 3.5e9, "money", "USD",
      "kiều hối do lao động ở nước ngoài gửi về mỗi năm", value_max=4e9, approx="about", status="estimate"),
    F("có 478 doanh nghiệp", "478", 478, "count", "doanh nghiệp",
      "doanh nghiệp được cấp giấy phép hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài"),
    F("của 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp",
      "doanh nghiệp bị thu hồi giấy phép", P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("chính 31 doanh nghiệp", "31", 31, "count", "doanh nghiệp",
      "doanh nghiệp bị xử phạt vi phạm hành chính", P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("hơn 2,8 tỷ đồng", "2,8", 2.8e9, "money", "đồng",
      "tổng số tiền xử phạt vi phạm hành chính", P("Trong năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("đưa 125.000 lao động", "125.000", 125000, "count", "lao động",
      "lao động đi làm việc ở nước ngoài", Y24, status="target"),
    F("khoảng 10.000 lao động", "10.000", 10000, "count", "lao động",
      "lao động Hàn Quốc tiếp nhận theo chương trình EPS", Y24, approx="about", status="forecast"),
]

COMMENTS = [
    "Bộ LĐ-TB&XH (ministry site): lao động Việt Nam đi làm việc ở nước ngoài năm 2023 theo thị trường, mục tiêu 2024.",
    "'Ngày đăng: 05/01/2024 | Lượt xem: 2.905' dateline + counter. Distractors: 'Luật số 69/2020/QH14', hotline 024.3824.9517,",
    "'số 41B Lý Thái Tổ'. National figures: location Việt Nam; receiving markets are foreign partners, so they stay in the",
    "subject. The market list after 'gồm:' follows no figure (it follows 'Các thị trường …'), so its items get no total.",
    "Headline 'vượt 45% kế hoạch' is a gap to plan: change +45 % with baseline 'kế hoạch'. 159.986: percent 145.4 (đạt … kế hoạch),",
    "target 110.000 (bracket), change +12,2% vs năm 2022 across the brackets. 'lần lượt là 41,2% và 33,6%' gives two percent figures.",
    "'ước khoảng 3,5-4 tỷ USD mỗi năm': approx about, status estimate, range. 'dự kiến …' after ';' is forecast.",
]

if __name__ == "__main__":
    emit("p514-4", TEXT, COMMENTS, FIGS, published="2024-01-05", location="Việt Nam")
