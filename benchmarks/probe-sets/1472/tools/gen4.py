"""p1472-4: ministry site (Bộ Công Thương): national imports of air purifiers 2024, suppliers, producers, 2025 forecast."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Thị trường trong nước

Nhập khẩu máy lọc không khí năm 2024 đạt gần 185 triệu USD

20/02/2025 | 14:10 | Vụ Thị trường trong nước

Theo số liệu của Tổng cục Hải quan, năm 2024 cả nước nhập khẩu khoảng 1,46 triệu máy lọc không khí và bộ lọc thay thế, kim ngạch đạt 184,6 triệu USD, tăng 21,3% so với năm 2023. Riêng quý IV/2024, kim ngạch nhập khẩu đạt 71,2 triệu USD, chiếm 38,6% cả năm. Việt Nam hiện xếp thứ 3 trong ASEAN về kim ngạch nhập khẩu mặt hàng này, sau Indonesia và Thái Lan.

Trung Quốc là thị trường cung cấp lớn nhất với 112,8 triệu USD, chiếm 61,1% tổng kim ngạch; tiếp đến là Hàn Quốc 27,5 triệu USD, Nhật Bản 19,4 triệu USD và Thái Lan 8,9 triệu USD.

Đáng chú ý, khoảng 70% lượng máy được tiêu thụ tại Hà Nội và các tỉnh phía Bắc trong các tháng từ tháng 10 đến tháng 3 năm sau, khi nồng độ bụi mịn PM2.5 thường xuyên ở mức cao. Hiện cả nước có 9 doanh nghiệp sản xuất, lắp ráp máy lọc không khí và 14 doanh nghiệp sản xuất bộ lọc HEPA, tổng công suất khoảng 650.000 máy/năm; tỷ lệ nội địa hóa bình quân mới đạt 25-30%.

Bộ Công Thương dự báo năm 2025 nhu cầu máy lọc không khí trong nước tăng 15-18%, thương mại điện tử chiếm khoảng 45% doanh số. Vụ Thị trường trong nước đề nghị Sở Công Thương các tỉnh, thành phố phối hợp với lực lượng quản lý thị trường tăng cường kiểm tra hàng nhập lậu, hàng không đáp ứng quy chuẩn QCVN 9:2012/BKHCN về tương thích điện từ.

Tin cùng chuyên mục:
- Thông báo số 86/TB-BCT về kết luận của Thứ trưởng tại hội nghị ngày 14/02/2025
- Tuần lễ Hàng Việt Nam năm 2025 khai mạc tại Hà Nội

Trụ sở: 54 Hai Bà Trưng, quận Hoàn Kiếm, Hà Nội. Điện thoại: 024.2220.2222
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
HEAD = per("năm 2024", "2024-01-01", "2024-12-31")
Q4 = per("quý IV/2024", "2024-10-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
SUB = "kim ngạch nhập khẩu máy lọc không khí"

FIGS = [
    fig("đạt gần 185 triệu", "185", 185e6, "money", "USD", approx="nearly",
        subject="nhập khẩu máy lọc không khí", period=HEAD),
    fig("khoảng 1,46 triệu", "1,46", 1.46e6, "count", "máy lọc không khí", approx="about",
        subject="máy lọc không khí và bộ lọc thay thế nhập khẩu", period=Y24),
    fig("đạt 184,6 triệu", "184,6", 184.6e6, "money", "USD", change=chg("increase", 21.3, "%", "năm 2023"),
        subject="kim ngạch nhập khẩu máy lọc không khí và bộ lọc thay thế", period=Y24),
    fig("đạt 71,2 triệu", "71,2", 71.2e6, "money", "USD", percent=38.6,
        subject="kim ngạch nhập khẩu", period=Q4),
    fig("xếp thứ 3", "3", 3, "rank", "hạng", subject="kim ngạch nhập khẩu mặt hàng này trong ASEAN"),
    fig("với 112,8 triệu", "112,8", 112.8e6, "money", "USD", percent=61.1,
        subject=SUB + " từ Trung Quốc", period=inh(Y24)),
    fig("Hàn Quốc 27,5 triệu", "27,5", 27.5e6, "money", "USD",
        subject=SUB + " từ Hàn Quốc", period=inh(Y24)),
    fig("Nhật Bản 19,4 triệu", "19,4", 19.4e6, "money", "USD",
        subject=SUB + " từ Nhật Bản", period=inh(Y24)),
    fig("Thái Lan 8,9 triệu", "8,9", 8.9e6, "money", "USD",
        subject=SUB + " từ Thái Lan", period=inh(Y24)),
    fig("khoảng 70% lượng", "70", 70, "percent", "%", approx="about",
        subject="lượng máy được tiêu thụ tại Hà Nội và các tỉnh phía Bắc"),
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất, lắp ráp máy lọc không khí"),
    fig("và 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất bộ lọc HEPA"),
    fig("khoảng 650.000 máy/năm", "650.000", 650000, "measure", "máy/năm", approx="about",
        subject="tổng công suất"),
    fig("đạt 25-30%", "25", 25, "percent", "%", value_max=30, subject="tỷ lệ nội địa hóa bình quân"),
    fig("tăng 15-18%", "15", 15, "percent", "%", value_max=18, status="forecast",
        subject="nhu cầu máy lọc không khí trong nước", period=Y25),
    fig("khoảng 45% doanh số", "45", 45, "percent", "%", approx="about", status="forecast",
        subject="thương mại điện tử chiếm doanh số", period=Y25),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '20/02/2025 | 14:10 | Vụ Thị trường trong nước', related links, address footer.",
    "Distractors: 14:10, 'PM2.5', 'từ tháng 10 đến tháng 3 năm sau' (a season, not a period of a figure), baseline 'năm 2023',",
    "  'QCVN 9:2012/BKHCN', 'Thông báo số 86/TB-BCT', 'ngày 14/02/2025', 'năm 2025' in a link title, '54 Hai Bà Trưng', phone.",
    "'Việt Nam hiện xếp thứ 3 trong ASEAN' → rank 3, no period ('hiện'); Indonesia, Thái Lan are other countries, not places of it.",
    "All figures national (Việt Nam). Supplier countries are trade partners, not locations: they go into the subject.",
    "'khoảng 70% lượng máy được tiêu thụ tại Hà Nội và các tỉnh phía Bắc': a region, not one province → Việt Nam (borderline).",
    "'Riêng quý IV/2024 ... 71,2 triệu USD, chiếm 38,6% cả năm' → percent attribute; 'Riêng' is no part-of cue: no total.",
    "'Trung Quốc ... với 112,8 triệu USD, chiếm 61,1% tổng kim ngạch' → percent attribute; the list items take the list's indicator.",
    "'tăng 15-18%' of demand with no base amount is the claim: percent range, forecast (dự báo). 'dự báo' continues to the",
    "  next clause ('thương mại điện tử chiếm khoảng 45% doanh số'). Standing capacity/producer counts ('Hiện') get no period.",
]

if __name__ == "__main__":
    write("p1472-4", TEXT, NOTES, FIGS, published="2025-02-20", location="Việt Nam")
