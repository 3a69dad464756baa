"""p937-4: Cục Trồng trọt (Bộ NN&PTNT) - diện tích nho cả nước, giống, xuất nhập khẩu nho tươi (2024), định hướng 2030."""
from lib import F, P, I, C, T, build

TEXT = """
BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
CỤC TRỒNG TRỌT
Trang chủ » Tin tức » Cây ăn quả
Ngày đăng: 14/03/2025 | Lượt xem: 742

Diện tích trồng nho cả nước đạt gần 3.200 ha

Theo số liệu tổng hợp của Cục Trồng trọt, tính đến hết năm 2024, diện tích nho cả nước đạt gần 3.200 ha, sản lượng năm 2024 khoảng 62.000 tấn, năng suất bình quân 19,4 tấn/ha. Ninh Thuận vẫn là vùng nho lớn nhất với 1.065 ha, chiếm 33,3% diện tích cả nước. Các địa phương có diện tích lớn tiếp theo lần lượt là Bình Thuận (410 ha), Sơn La (312 ha), Khánh Hòa (186 ha) và Lâm Đồng (145 ha).

Cục Trồng trọt đã công nhận lưu hành 12 giống nho, trong đó 7 giống do Viện Nghiên cứu Bông và Phát triển nông nghiệp Nha Hố chọn tạo như NH01-48, NH04-102, NH02-97. Nhờ áp dụng tưới nhỏ giọt và nhà màng, nhiều vùng đã cho thu hoạch 2,5 vụ/năm, năng suất tăng 15-20%.

Năm 2024, Việt Nam xuất khẩu 1.850 tấn nho tươi, kim ngạch đạt 5,6 triệu USD, tăng 18,3% so với năm 2023; trong khi nhập khẩu nho tươi đạt 162,4 triệu USD. Giá trị nhập khẩu gấp gần 29 lần xuất khẩu. Nho nhập khẩu chủ yếu từ Trung Quốc (chiếm 41,5%), Úc (24,8%) và Hoa Kỳ (19,2%).

Theo định hướng của Bộ, đến năm 2030 diện tích nho cả nước ổn định ở mức 3.500-4.000 ha, trong đó trên 50% diện tích áp dụng quy trình VietGAP; kim ngạch xuất khẩu nho phấn đấu đạt 20 triệu USD.

Cục Trồng trọt - Số 2 Ngọc Hà, Ba Đình, Hà Nội. ĐT: 024.3823.4651
"""

ASOF = P("tính đến hết năm 2024", None, "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("Năm 2024", "2024-01-01", "2024-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
SUBJ = "diện tích nho"

FIGS = [
    F("Diện tích trồng nho cả nước đạt gần 3.200 ha", "3.200", "measure", "ha", "diện tích trồng nho cả nước",
      approx="nearly"),
    F("diện tích nho cả nước đạt gần 3.200 ha", "3.200", "measure", "ha", "diện tích nho cả nước",
      approx="nearly", period=ASOF),
    F("khoảng 62.000 tấn", "62.000", "measure", "tấn", "sản lượng nho", approx="about", period=Y24),
    F("bình quân 19,4 tấn/ha", "19,4", "measure", "tấn/ha", "năng suất nho bình quân", period=Y24),
    F("với 1.065 ha", "1.065", "measure", "ha", SUBJ, percent=33.3, period=I(ASOF), location="Ninh Thuận"),
    F("Bình Thuận (410 ha)", "410", "measure", "ha", SUBJ, period=I(ASOF), location="Bình Thuận"),
    F("Sơn La (312 ha)", "312", "measure", "ha", SUBJ, period=I(ASOF), location="Sơn La"),
    F("Khánh Hòa (186 ha)", "186", "measure", "ha", SUBJ, period=I(ASOF), location="Khánh Hòa"),
    F("Lâm Đồng (145 ha)", "145", "measure", "ha", SUBJ, period=I(ASOF), location="Lâm Đồng"),
    F("lưu hành 12 giống nho", "12", "count", "giống nho", "giống nho được công nhận lưu hành"),
    F("trong đó 7 giống", "7", "count", "giống", "giống nho do Viện Nghiên cứu Bông và Phát triển nông nghiệp Nha Hố chọn tạo",
      total=12),
    F("thu hoạch 2,5 vụ/năm", "2,5", "measure", "vụ/năm", "số vụ thu hoạch nho mỗi năm"),
    F("năng suất tăng 15-20%", "15", "percent", "%", "năng suất nho nhờ tưới nhỏ giọt và nhà màng", vmax=20),
    F("xuất khẩu 1.850 tấn", "1.850", "measure", "tấn", "nho tươi xuất khẩu", period=Y24b),
    F("đạt 5,6 triệu USD", "5,6", "money", "USD", "kim ngạch xuất khẩu nho tươi", m=1e6, period=Y24b,
      change=C("increase", 18.3, "%", "năm 2023")),
    F("đạt 162,4 triệu USD", "162,4", "money", "USD", "kim ngạch nhập khẩu nho tươi", m=1e6, period=Y24b),
    F("gấp gần 29 lần", "29", "multiple", "lần", "giá trị nhập khẩu nho so với xuất khẩu", approx="nearly",
      period=I(Y24b)),
    F("(chiếm 41,5%)", "41,5", "percent", "%", "tỷ trọng nho nhập khẩu từ Trung Quốc", period=I(Y24b)),
    F("Úc (24,8%)", "24,8", "percent", "%", "tỷ trọng nho nhập khẩu từ Úc", period=I(Y24b)),
    F("Hoa Kỳ (19,2%)", "19,2", "percent", "%", "tỷ trọng nho nhập khẩu từ Hoa Kỳ", period=I(Y24b)),
    F("mức 3.500-4.000 ha", "3.500", "measure", "ha", "diện tích nho cả nước", vmax=4000, status="target",
      period=TO30),
    F("trên 50% diện tích", "50", "percent", "%", "diện tích nho áp dụng quy trình VietGAP", approx="over",
      status="target", period=TO30),
    F("đạt 20 triệu USD", "20", "money", "USD", "kim ngạch xuất khẩu nho", m=1e6, status="target", period=TO30),
]

NOTES = [
    "Cục Trồng trọt (Bộ NN&PTNT), 14/03/2025: national grape area, varieties, fresh-grape exports/imports 2024, orientation to 2030.",
    "Not figures: variety codes NH01-48, NH04-102, NH02-97; 'Lượt xem: 742'; address 'Số 2 Ngọc Hà'; phone 024.3823.4651.",
    "Provinces of the 'lần lượt' list are locations, subject = the list's indicator (diện tích nho); import partners (Trung Quốc, Úc, Hoa Kỳ) are",
    "not places: location Việt Nam. 'gấp gần 29 lần' stands as its own sentence: a multiple. The headline figure has no period.",
    "'7 giống' after 'trong đó' following '12 giống nho' gets total 12. 'năng suất tăng 15-20%' has no base amount: a percent figure.",
]

if __name__ == "__main__":
    build("p937-4", TEXT, FIGS, NOTES, published="2025-03-14", location="Việt Nam")
