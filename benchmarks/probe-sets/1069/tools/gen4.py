"""p1069-4: Bộ Y tế (Cục Quản lý môi trường y tế) ministry site, national medical waste 2023."""
from lib import fig, write, P, inh, CH, TG

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức > Hoạt động của Bộ
08/04/2024 10:22

Cả nước phát sinh khoảng 47.000 tấn chất thải y tế nguy hại mỗi năm

Tại Hội nghị môi trường y tế toàn quốc lần thứ 3 do Cục Quản lý môi trường y tế tổ chức, đại diện Cục cho biết năm 2023 cả nước có khoảng 13.600 cơ sở khám bệnh, chữa bệnh phát sinh chất thải. Lượng chất thải rắn y tế phát sinh khoảng 620 tấn/ngày, trong đó chất thải y tế nguy hại khoảng 128 tấn/ngày, chiếm 20,6%.

Đến hết năm 2023, 98,2% bệnh viện đã thực hiện phân loại, thu gom chất thải y tế theo quy định; tỷ lệ chất thải y tế nguy hại được xử lý đạt quy chuẩn là 97,5%, tăng 1,8 điểm phần trăm so với năm 2022.

Cả nước có 56/63 tỉnh, thành phố đã phê duyệt kế hoạch thu gom, vận chuyển và xử lý chất thải y tế nguy hại; trong đó 39 tỉnh áp dụng mô hình cụm cơ sở y tế, 12 tỉnh áp dụng mô hình tập trung và 5 tỉnh kết hợp cả hai mô hình. Các địa phương phát sinh chất thải y tế nguy hại nhiều nhất lần lượt là Hà Nội (khoảng 27 tấn/ngày), TP Hồ Chí Minh (23,5 tấn/ngày), Đồng Nai (8,2 tấn/ngày) và Nghệ An (6,4 tấn/ngày).

Về công nghệ, cả nước có 1.128 lò đốt chất thải y tế, trong đó gần 300 lò đã hết hạn sử dụng; số thiết bị xử lý không đốt (hấp ướt, vi sóng) là 746 thiết bị, gấp 2,3 lần năm 2017.

Theo Quyết định số 1873/QĐ-BYT, mục tiêu đến năm 2025, 100% chất thải y tế nguy hại được xử lý đạt quy chuẩn kỹ thuật quốc gia và 95% bệnh viện tuyến tỉnh có hệ thống xử lý nước thải đạt chuẩn. Bộ Y tế dự kiến trong năm 2024 sẽ hướng dẫn các địa phương thay thế khoảng 200 lò đốt thủ công.

Cục Quản lý môi trường y tế - Số 8 Tôn Thất Thuyết, Nam Từ Liêm, Hà Nội. ĐT: 024.3736.6528
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
E23 = P("Đến hết năm 2023", None, "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
FIGS = [
    fig("khoảng 47.000 tấn", "47.000", "measure", "tấn/năm", "chất thải y tế nguy hại phát sinh mỗi năm", approx="about"),
    fig("khoảng 13.600 cơ sở", "13.600", "count", "cơ sở khám bệnh, chữa bệnh",
        "cơ sở khám bệnh, chữa bệnh phát sinh chất thải", Y23, approx="about"),
    fig("khoảng 620 tấn/ngày", "620", "measure", "tấn/ngày", "chất thải rắn y tế phát sinh", inh(Y23), approx="about"),
    fig("khoảng 128 tấn/ngày", "128", "measure", "tấn/ngày", "chất thải y tế nguy hại phát sinh", inh(Y23),
        approx="about", total=620, percent=20.6),
    fig("2023, 98,2% bệnh viện", "98,2", "percent", "%", "bệnh viện thực hiện phân loại, thu gom chất thải y tế theo quy định",
        E23),
    fig("là 97,5%", "97,5", "percent", "%", "tỷ lệ chất thải y tế nguy hại được xử lý đạt quy chuẩn", E23,
        change=CH("increase", 1.8, "điểm phần trăm", "năm 2022")),
    fig("có 56/63 tỉnh", "56", "count", "tỉnh, thành phố", "tỉnh, thành phố đã phê duyệt kế hoạch thu gom, vận chuyển và xử lý chất thải y tế nguy hại",
        total=63),
    fig("trong đó 39 tỉnh", "39", "count", "tỉnh", "tỉnh áp dụng mô hình cụm cơ sở y tế", total=56),
    fig("12 tỉnh áp dụng", "12", "count", "tỉnh", "tỉnh áp dụng mô hình tập trung", total=56),
    fig("5 tỉnh kết hợp", "5", "count", "tỉnh", "tỉnh kết hợp cả hai mô hình", total=56),
    fig("cả hai mô hình", "hai", "count", "mô hình", "mô hình", optional=True),
    fig("Hà Nội (khoảng 27 tấn/ngày)", "27", "measure", "tấn/ngày", "chất thải y tế nguy hại phát sinh", approx="about",
        location="Hà Nội"),
    fig("(23,5 tấn/ngày)", "23,5", "measure", "tấn/ngày", "chất thải y tế nguy hại phát sinh", location="Hồ Chí Minh"),
    fig("(8,2 tấn/ngày)", "8,2", "measure", "tấn/ngày", "chất thải y tế nguy hại phát sinh", location="Đồng Nai"),
    fig("(6,4 tấn/ngày)", "6,4", "measure", "tấn/ngày", "chất thải y tế nguy hại phát sinh", location="Nghệ An"),
    fig("có 1.128 lò đốt", "1.128", "count", "lò đốt", "lò đốt chất thải y tế"),
    fig("gần 300 lò", "300", "count", "lò", "lò đốt đã hết hạn sử dụng", approx="nearly", total=1128),
    fig("là 746 thiết bị", "746", "count", "thiết bị", "thiết bị xử lý không đốt (hấp ướt, vi sóng)",
        change=CH("increase", 2.3, "lần", "năm 2017")),
    fig("2025, 100% chất thải", "100", "percent", "%", "chất thải y tế nguy hại được xử lý đạt quy chuẩn kỹ thuật quốc gia",
        T25, status="target"),
    fig("và 95% bệnh viện", "95", "percent", "%", "bệnh viện tuyến tỉnh có hệ thống xử lý nước thải đạt chuẩn",
        T25, status="target"),
    fig("khoảng 200 lò đốt", "200", "count", "lò đốt", "lò đốt thủ công được thay thế",
        P("trong năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
]
NOTES = [
    "Ministry of Health portal (invented): national medical waste 2023, models, technology, 2025 targets.",
    "Not figures: 'lần thứ 3' (ordinal), Quyết định số 1873/QĐ-BYT, 'Số 8 Tôn Thất Thuyết' (address), phone 024.3736.6528, dateline 10:22.",
    "'khoảng 47.000 tấn ... mỗi năm' in the headline: unit tấn/năm, no period phrase. '39/12/5 tỉnh' after 'trong đó' are parts of 56.",
    "'gấp 2,3 lần năm 2017' after a count is its change (unit lần), like 'tăng hơn 2,8 lần so với cùng kỳ' in the spec.",
    "Provinces in the 'lần lượt' list are locations; the list shares the indicator 'chất thải y tế nguy hại phát sinh'.",
    "'cả hai mô hình' (both models) only refers back: optional.",
    "The ministry's address in Hà Nội localises nothing; all other figures are Việt Nam.",
]
write("p1069-4", TEXT, FIGS, NOTES, published="2024-04-08", location="Việt Nam")
