"""p539-4: ministry site (Bộ NN&PTNT, Cục Trồng trọt), rice seed supply for vụ Đông Xuân 2024-2025, national."""
from lib import F, P, Y, I, CH, emit

TEXT = """Bộ Nông nghiệp và Phát triển nông thôn
Trang chủ / Tin tức / Trồng trọt

Bảo đảm đủ hơn 200.000 tấn lúa giống cho vụ Đông Xuân 2024-2025
05/11/2024 10:15 - Cục Trồng trọt

Theo Cục Trồng trọt, vụ Đông Xuân 2024-2025 cả nước dự kiến gieo cấy khoảng 2,95 triệu ha lúa, nhu cầu lúa giống khoảng 235.000 tấn. Trong đó lúa lai khoảng 5.600 tấn, còn lại là lúa thuần, chủ yếu các giống OM 5451, Đài thơm 8, ST25.

Năng lực cung ứng giống của các doanh nghiệp, trung tâm giống và hợp tác xã đạt hơn 200.000 tấn, đáp ứng 85% nhu cầu; phần còn lại do nông dân tự để giống. Tỷ lệ sử dụng giống xác nhận cả nước đạt 70-75%, cao nhất là Cần Thơ, An Giang và Đồng Tháp với tỷ lệ lần lượt 86%, 83% và 81%.

Năm 2024, Bộ đã công nhận lưu hành 62 giống cây trồng mới, trong đó có 38 giống lúa, 11 giống ngô; ngoài ra có 145 giống được tự công bố lưu hành theo Nghị định số 94/2019/NĐ-CP. Tính đến ngày 31/10/2024, cả nước có 1.058 tổ chức, cá nhân sản xuất, kinh doanh giống cây trồng, tăng 9,5% so với cuối năm 2023.

Giá lúa giống xác nhận phổ biến từ 15.000 đến 18.000 đồng/kg, lúa giống lai 90.000-110.000 đồng/kg. Hiện có 7 doanh nghiệp xuất khẩu lúa giống sang Philippines, Campuchia; 9 tháng năm 2024, lượng giống xuất khẩu đạt 12.400 tấn, tăng 1,6 lần so với cùng kỳ.

Cục Trồng trọt đề nghị các địa phương phấn đấu đến năm 2025 tỷ lệ sử dụng giống xác nhận đạt trên 80% diện tích gieo trồng lúa. Mọi phản ánh về chất lượng giống xin gửi về Phòng Giống cây trồng, số 2 Ngọc Hà, Ba Đình, Hà Nội; điện thoại 024.3845.9471.
"""

DX = Y("vụ Đông Xuân 2024-2025", (2024, 2025))
N24 = Y("Năm 2024", 2024)

FIGS = [
    F("đủ hơn 200.000 tấn", "200.000", 200000, "measure", "tấn", "lúa giống bảo đảm cung ứng",
      Y("vụ Đông Xuân 2024-2025", (2024, 2025)), approx="over"),
    F("khoảng 2,95 triệu ha", "2,95", 2950000, "measure", "ha", "diện tích lúa gieo cấy", DX,
      approx="about", status="forecast"),
    F("khoảng 235.000 tấn", "235.000", 235000, "measure", "tấn", "nhu cầu lúa giống", DX,
      approx="about", status="forecast"),
    F("khoảng 5.600 tấn", "5.600", 5600, "measure", "tấn", "nhu cầu lúa giống lai", I(DX),
      approx="about", total=235000, status="forecast"),
    F("đạt hơn 200.000 tấn", "200.000", 200000, "measure", "tấn",
      "năng lực cung ứng giống của các doanh nghiệp, trung tâm giống và hợp tác xã", I(DX), approx="over", percent=85),
    F("đạt 70-75%", "70", 70, "percent", "%", "tỷ lệ sử dụng giống xác nhận", I(DX), value_max=75),
    F("lần lượt 86%", "86", 86, "percent", "%", "tỷ lệ sử dụng giống xác nhận", I(DX), location="Cần Thơ"),
    F("86%, 83%", "83", 83, "percent", "%", "tỷ lệ sử dụng giống xác nhận", I(DX), location="An Giang"),
    F("và 81%", "81", 81, "percent", "%", "tỷ lệ sử dụng giống xác nhận", I(DX), location="Đồng Tháp"),
    F("hành 62 giống", "62", 62, "count", "giống", "giống cây trồng mới được công nhận lưu hành", N24),
    F("có 38 giống", "38", 38, "count", "giống", "giống lúa được công nhận lưu hành", N24, total=62),
    F("11 giống ngô", "11", 11, "count", "giống", "giống ngô được công nhận lưu hành", N24, total=62),
    F("có 145 giống", "145", 145, "count", "giống", "giống được tự công bố lưu hành", N24),
    F("có 1.058 tổ chức", "1.058", 1058, "count", "tổ chức, cá nhân", "tổ chức, cá nhân sản xuất, kinh doanh giống cây trồng",
      P("Tính đến ngày 31/10/2024", None, "2024-10-31"), change=CH("increase", 9.5, "%", "cuối năm 2023")),
    F("từ 15.000 đến", "15.000", 15000, "money", "đồng/kg", "giá lúa giống xác nhận", value_max=18000),
    F("lai 90.000-110.000", "90.000", 90000, "money", "đồng/kg", "giá lúa giống lai", value_max=110000),
    F("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", "doanh nghiệp xuất khẩu lúa giống"),
    F("đạt 12.400 tấn", "12.400", 12400, "measure", "tấn", "lượng lúa giống xuất khẩu",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30"), change=CH("increase", 1.6, "lần", "cùng kỳ")),
    F("trên 80% diện tích", "80", 80, "percent", "%", "tỷ lệ sử dụng giống xác nhận trên diện tích gieo trồng lúa",
      P("đến năm 2025", None, "2025-12-31"), approx="over", status="target"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT / Cục Trồng trọt): rice seed supply for vụ Đông Xuân 2024-2025, variety recognition, seed trade. National: Việt Nam.",
    "'vụ Đông Xuân 2024-2025' takes the bounds of the years named (like 'giai đoạn 2021-2025'). Provinces after 'lần lượt' go to location.",
    "'đáp ứng 85% nhu cầu' is the share of 'hơn 200.000 tấn'. '145 giống ... tự công bố' is not part of the 62 recognised (no total).",
    "'Hiện có 7 doanh nghiệp' is a current count: no period (the '9 tháng năm 2024' after ';' belongs to the export volume).",
    "Philippines/Campuchia are export markets, not locations.",
    "Distractors: 'OM 5451', 'Đài thơm 8', 'ST25', 'Nghị định số 94/2019/NĐ-CP', 'số 2 Ngọc Hà', phone, dateline time.",
]

emit("p539-4", TEXT, COMMENTS, FIGS, published="2024-11-05", location="Việt Nam")
