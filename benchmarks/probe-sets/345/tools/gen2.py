from lib import *

TEXT = """Năm 2023: Gần 155 nghìn lao động Việt Nam đi làm việc ở nước ngoài
Thứ tư, 03/01/2024 16:42

Thông tin tại Hội nghị tổng kết công tác năm 2023 của Cục Quản lý lao động ngoài nước (Bộ Lao động - Thương binh và Xã hội) tổ chức ngày 02/01/2024 tại Hà Nội cho biết, tổng số người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng năm 2023 là 154.614 người (trong đó có 55.737 lao động nữ), đạt 155% kế hoạch năm (100.000 lao động) và bằng 107,6% so với năm 2022.

Về thị trường, Nhật Bản tiếp tục dẫn đầu với 80.373 lao động (lao động nữ chiếm 36,9%), tiếp theo là Đài Loan (Trung Quốc) 58.598 lao động, Hàn Quốc 7.727 lao động, Singapore 1.101 lao động và Trung Quốc 981 lao động. Thị trường châu Âu tiếp nhận hơn 2.000 lao động, tăng gần 2 lần so với năm 2022.

Tính đến ngày 31/12/2023, cả nước có 478 doanh nghiệp được cấp giấy phép hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài, tăng 46 doanh nghiệp so với cuối năm 2022. Trong năm, Cục đã tham mưu cấp mới giấy phép cho 57 doanh nghiệp và thu hồi giấy phép của 9 doanh nghiệp do vi phạm quy định của Luật số 69/2020/QH14.

Theo ước tính, mỗi năm người lao động làm việc ở nước ngoài gửi về nước khoảng 3,5 - 4 tỷ USD, góp phần quan trọng vào công tác giảm nghèo, giải quyết việc làm.

Năm 2024, Bộ Lao động - Thương binh và Xã hội đặt mục tiêu đưa 125.000 lao động đi làm việc ở nước ngoài, trong đó thị trường Nhật Bản khoảng 65.000 lao động. Thực hiện Chỉ thị số 20/CT-TTg, Cục sẽ tăng cường kiểm tra, xử lý nghiêm các doanh nghiệp thu tiền dịch vụ vượt mức trần, đồng thời mở rộng các thị trường có thu nhập cao, việc làm ổn định.

Đường dây nóng của Cục: 0243.9393.155.
"""

Y = P("năm 2023", "2023-01-01", "2023-12-31")
Yi = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
figs = [
    F("Gần 155 nghìn lao động", "155", 155000, "count", "lao động",
      "lao động Việt Nam đi làm việc ở nước ngoài", P("Năm 2023", "2023-01-01", "2023-12-31"), approx="nearly"),
    F("là 154.614 người", "154.614", 154614, "count", "người",
      "người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng", Y,
      percent=155, target=T(100000, "lao động", True)),
    F("có 55.737 lao động nữ", "55.737", 55737, "count", "lao động nữ",
      "lao động nữ đi làm việc ở nước ngoài theo hợp đồng", Y, total=154614),
    F("bằng 107,6% so với", "107,6", 107.6, "percent", "%",
      "người lao động đi làm việc ở nước ngoài so với năm 2022", Y, optional=True),
    F("dẫn đầu với 80.373 lao động", "80.373", 80373, "count", "lao động",
      "lao động đi làm việc tại thị trường Nhật Bản", Yi),
    F("nữ chiếm 36,9%", "36,9", 36.9, "percent", "%", "lao động nữ trong số lao động đi Nhật Bản", Yi),
    F("(Trung Quốc) 58.598 lao động", "58.598", 58598, "count", "lao động",
      "lao động đi làm việc tại thị trường Đài Loan (Trung Quốc)", Yi),
    F("Hàn Quốc 7.727 lao động", "7.727", 7727, "count", "lao động",
      "lao động đi làm việc tại thị trường Hàn Quốc", Yi),
    F("Singapore 1.101 lao động", "1.101", 1101, "count", "lao động",
      "lao động đi làm việc tại thị trường Singapore", Yi),
    F("Trung Quốc 981 lao động", "981", 981, "count", "lao động",
      "lao động đi làm việc tại thị trường Trung Quốc", Yi),
    F("hơn 2.000 lao động", "2.000", 2000, "count", "lao động",
      "lao động thị trường châu Âu tiếp nhận", Yi, approx="over",
      change=C("increase", 2, "lần", "năm 2022", approx="nearly")),
    F("có 478 doanh nghiệp", "478", 478, "count", "doanh nghiệp",
      "doanh nghiệp được cấp giấy phép hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài",
      P("Tính đến ngày 31/12/2023", None, "2023-12-31"),
      change=C("increase", 46, "doanh nghiệp", "cuối năm 2022")),
    F("cho 57 doanh nghiệp", "57", 57, "count", "doanh nghiệp",
      "doanh nghiệp được cấp mới giấy phép", P("Trong năm", "2023-01-01", "2023-12-31")),
    F("của 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
      "doanh nghiệp bị thu hồi giấy phép", P("Trong năm", "2023-01-01", "2023-12-31")),
    F("khoảng 3,5 - 4 tỷ USD", "3,5", 3.5e9, "money", "USD",
      "tiền người lao động làm việc ở nước ngoài gửi về nước mỗi năm", value_max=4e9,
      approx="about", status="estimate"),
    F("đưa 125.000 lao động", "125.000", 125000, "count", "lao động",
      "lao động đi làm việc ở nước ngoài", P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("khoảng 65.000 lao động", "65.000", 65000, "count", "lao động",
      "lao động đi làm việc tại thị trường Nhật Bản", P("Năm 2024", "2024-01-01", "2024-12-31"),
      approx="about", total=125000, status="target"),
]
COMMENTS = [
    "Ministry department site (Cục Quản lý lao động ngoài nước), dateline 'Thứ tư, dd/mm/yyyy hh:mm'. National figures: location Việt Nam.",
    "'tại Hà Nội' is the venue of the conference, not the place of the figures. Markets (Nhật Bản, Đài Loan ...) are partners, not places.",
    "'đạt 155% kế hoạch năm (100.000 lao động)': share 155 is the percent attribute and the bracketed plan the target (met).",
    "'và bằng 107,6% so với năm 2022' is a second share: a figure of its own, optional (FIGURES.md 'one of each attribute').",
    "'(lao động nữ chiếm 36,9%)' is the share of a subset (women) within the Japan figure, not the Japan figure's own share: a percent figure (revised). 'tăng gần 2 lần so với năm 2022' -> change in lần, nearly.",
    "'Trong năm' takes 2023 from '31/12/2023' earlier in the paragraph. 'khoảng 3,5 - 4 tỷ USD' is a range (estimate, 'Theo ước tính').",
    "'trong đó thị trường Nhật Bản khoảng 65.000' is part of the 2024 target 125.000 (total), both status target.",
    "Distractors: dates 02/01/2024, 31/12/2023, Luật số 69/2020/QH14, Chỉ thị số 20/CT-TTg, hotline 0243.9393.155.",
]
build(2, TEXT, figs, COMMENTS, published="2024-01-03", location="Việt Nam")
