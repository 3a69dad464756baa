"""p1055-4: Cục Trồng trọt (ministry site), national orchid production 2024 and 2030 targets."""
from lib import F, P, I, CH, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
CỤC TRỒNG TRỌT
Trang chủ » Tin tức » Tin hoạt động
Phát triển sản xuất hoa lan theo chuỗi giá trị
Ngày đăng: 05/03/2025 | Lượt xem: 1.146

Theo số liệu tổng hợp của Cục Trồng trọt, năm 2024 cả nước có khoảng 3.850 ha trồng hoa lan, chiếm 8,6% diện tích hoa các loại; sản lượng đạt 190 triệu cành và 38 triệu chậu. Các địa phương có diện tích lớn nhất lần lượt là TP Hồ Chí Minh (520 ha), Hà Nội (310 ha), Lâm Đồng (230 ha) và Hưng Yên (180 ha).

Kim ngạch xuất khẩu hoa lan năm 2024 đạt 18,7 triệu USD, tăng 23% so với năm 2023, chủ yếu sang Nhật Bản, Hàn Quốc và Trung Quốc. Tuy nhiên, khoảng 60% cây giống lan hồ điệp vẫn phải nhập khẩu từ Đài Loan (Trung Quốc) và Hà Lan với giá 12.000 - 18.000 đồng/cây con.

Hiện cả nước có 146 doanh nghiệp và khoảng 9.200 hộ sản xuất lan, trong đó 38 doanh nghiệp đã làm chủ công nghệ nhân giống in vitro, công suất từ 200.000 đến 1 triệu cây/năm.

Phó Cục trưởng Lê Văn Tám cho biết, dịp Tết Ất Tỵ, giá lan hồ điệp giảm 10-15% so với năm trước do nguồn cung tăng nhanh, trong khi chi phí điện, vật tư tăng khoảng 20%.

Theo Đề án phát triển ngành hoa, cây cảnh ban hành kèm Quyết định số 1748/QĐ-BNN-TT ngày 10/5/2023, mục tiêu đến năm 2030 diện tích lan cả nước đạt 6.000 ha, tự chủ 70% nhu cầu cây giống, kim ngạch xuất khẩu đạt 50 triệu USD/năm.

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3823.4651
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
SUBJ_TOP = "diện tích trồng hoa lan"

FIGS = [
    F("khoảng 3.850 ha", "3.850", 3850, "measure", "ha", "diện tích trồng hoa lan", Y24, approx="about", percent=8.6),
    F("190 triệu cành", "190", 190_000_000, "count", "cành", "sản lượng hoa lan", Y24),
    F("38 triệu chậu", "38", 38_000_000, "count", "chậu", "sản lượng hoa lan", Y24),
    F("(520 ha)", "520", 520, "measure", "ha", SUBJ_TOP, I(Y24), location="TP Hồ Chí Minh"),
    F("(310 ha)", "310", 310, "measure", "ha", SUBJ_TOP, I(Y24), location="Hà Nội"),
    F("(230 ha)", "230", 230, "measure", "ha", SUBJ_TOP, I(Y24), location="Lâm Đồng"),
    F("(180 ha)", "180", 180, "measure", "ha", SUBJ_TOP, I(Y24), location="Hưng Yên"),
    F("18,7 triệu USD", "18,7", 18_700_000, "money", "USD", "kim ngạch xuất khẩu hoa lan",
      P("năm 2024", "2024-01-01", "2024-12-31"), change=CH("increase", 23, "%", "năm 2023")),
    F("khoảng 60%", "60", 60, "percent", "%", "cây giống lan hồ điệp phải nhập khẩu", approx="about"),
    F("12.000 - 18.000 đồng/cây con", "12.000", 12000, "money", "đồng/cây con", "giá cây giống lan hồ điệp nhập khẩu",
      value_max=18000),
    F("146 doanh nghiệp", "146", 146, "count", "doanh nghiệp", "doanh nghiệp sản xuất lan"),
    F("khoảng 9.200 hộ", "9.200", 9200, "count", "hộ", "hộ sản xuất lan", approx="about"),
    F("38 doanh nghiệp", "38", 38, "count", "doanh nghiệp", "doanh nghiệp làm chủ công nghệ nhân giống in vitro",
      total=146),
    F("từ 200.000 đến 1 triệu cây/năm", "200.000", 200000, "measure", "cây/năm", "công suất nhân giống in vitro",
      value_max=1_000_000),
    F("giảm 10-15%", "10", 10, "percent", "%", "giá lan hồ điệp dịp Tết Ất Tỵ", value_max=15),
    F("tăng khoảng 20%", "20", 20, "percent", "%", "chi phí điện, vật tư", approx="about"),
    F("đạt 6.000 ha", "6.000", 6000, "measure", "ha", "diện tích lan cả nước", T30, status="target"),
    F("tự chủ 70%", "70", 70, "percent", "%", "nhu cầu cây giống tự chủ", T30, status="target"),
    F("50 triệu USD/năm", "50", 50_000_000, "money", "USD/năm", "kim ngạch xuất khẩu", T30, status="target"),
]

write("p1055-4", TEXT, FIGS, published="2025-03-05", location="Việt Nam", comments=[
    "Cục Trồng trọt (Bộ NN&PTNT): national orchid area, output, export 2024; top provinces (lần lượt, in brackets); seedlings; 2030 targets.",
    "List items keep the list's indicator as subject and the province as location; trade partners (Nhật Bản, Đài Loan (Trung Quốc), Hà Lan) are not locations.",
    "'giảm 10-15%' and 'tăng khoảng 20%' have no base amount: percent figures without change. 'khoảng 60% cây giống' is a percent figure.",
    "Distractors: 'Lượt xem: 1.146', 'Quyết định số 1748/QĐ-BNN-TT ngày 10/5/2023', 'Số 2 Ngọc Hà', '024.3823.4651', name 'Lê Văn Tám', 'Tết Ất Tỵ'.",
])
