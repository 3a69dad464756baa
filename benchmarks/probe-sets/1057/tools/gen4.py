"""p1057-4: ministry site (Bộ NN&PTNT, Cục Chế biến và PTTT nông sản): national cassava starch industry, 2023 and targets 2030."""
from lib import F, P, I, C, T, build

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cục Chế biến và Phát triển thị trường nông sản
Trang chủ / Tin tức / Chế biến nông sản
Ngành tinh bột sắn: xuất khẩu vượt 1,3 tỷ USD, áp lực xử lý nước thải còn lớn
27/02/2024 14:30

Theo Cục Chế biến và Phát triển thị trường nông sản, cả nước hiện có khoảng 140 nhà máy chế biến tinh bột sắn quy mô công nghiệp với tổng công suất trên 13 triệu tấn củ tươi/năm, cùng khoảng 4.000 cơ sở chế biến quy mô hộ gia đình. Các địa phương có nhiều nhà máy nhất lần lượt là Tây Ninh (68 nhà máy), Bình Phước (22 nhà máy), Gia Lai (9 nhà máy) và Kon Tum (8 nhà máy).

Năm 2023, diện tích trồng sắn cả nước khoảng 518.000 ha, sản lượng đạt 10,6 triệu tấn củ, năng suất bình quân 20,5 tấn/ha. Xuất khẩu sắn và các sản phẩm từ sắn năm 2023 đạt 3,1 triệu tấn, trị giá 1,31 tỷ USD, tăng 0,8% về lượng nhưng giảm 3,2% về trị giá so với năm 2022; trong đó tinh bột sắn chiếm khoảng 74% trị giá. Trung Quốc tiếp tục là thị trường lớn nhất với thị phần 92,6%. Giá xuất khẩu bình quân tinh bột sắn năm 2023 đạt 485 USD/tấn, tăng 6,4% so với năm 2022.

Tháng 1/2024, xuất khẩu sắn và sản phẩm từ sắn đạt 342.000 tấn, trị giá 158 triệu USD, tăng 45,2% về trị giá so với cùng kỳ năm 2023.

Tuy nhiên, theo kết quả rà soát, khoảng 30% số nhà máy chưa đáp ứng đầy đủ yêu cầu xử lý nước thải; mỗi tấn tinh bột sắn phát sinh từ 12 đến 15 m3 nước thải có hàm lượng hữu cơ cao.

Theo Quyết định số 1584/QĐ-BNN-TT về phát triển ngành sắn bền vững, đến năm 2030 cả nước duy trì diện tích sắn khoảng 500.000 ha, sản lượng đạt 12 triệu tấn củ, kim ngạch xuất khẩu đạt 1,8 tỷ USD; 100% nhà máy chế biến tinh bột sắn xử lý nước thải đạt quy chuẩn.

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3845.9670
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
S = "nhà máy chế biến tinh bột sắn"

FIGS = [
    F("xuất khẩu vượt 1,3 tỷ USD", "1,3", 1.3e9, "money", "USD", "kim ngạch xuất khẩu ngành tinh bột sắn", approx="over"),
    F("khoảng 140 nhà máy", "140", 140, "count", "nhà máy", S + " quy mô công nghiệp", approx="about"),
    F("trên 13 triệu tấn củ tươi/năm", "13", 13e6, "measure", "tấn/năm", "tổng công suất", approx="over"),
    F("khoảng 4.000 cơ sở", "4.000", 4000, "count", "cơ sở", "cơ sở chế biến quy mô hộ gia đình", approx="about"),
    F("Tây Ninh (68 nhà máy)", "68", 68, "count", "nhà máy", S, location="Tây Ninh"),
    F("Bình Phước (22 nhà máy)", "22", 22, "count", "nhà máy", S, location="Bình Phước"),
    F("Gia Lai (9 nhà máy)", "9", 9, "count", "nhà máy", S, location="Gia Lai"),
    F("Kon Tum (8 nhà máy)", "8", 8, "count", "nhà máy", S, location="Kon Tum"),
    F("khoảng 518.000 ha", "518.000", 518000, "measure", "ha", "diện tích trồng sắn", Y23, approx="about"),
    F("đạt 10,6 triệu tấn củ", "10,6", 10.6e6, "measure", "tấn", "sản lượng sắn củ", Y23),
    F("bình quân 20,5 tấn/ha", "20,5", 20.5, "measure", "tấn/ha", "năng suất sắn bình quân", Y23),
    F("đạt 3,1 triệu tấn", "3,1", 3.1e6, "measure", "tấn", "xuất khẩu sắn và các sản phẩm từ sắn", Y23b,
      change=C("increase", 0.8, "%", "năm 2022")),
    F("trị giá 1,31 tỷ USD", "1,31", 1.31e9, "money", "USD", "trị giá xuất khẩu sắn và các sản phẩm từ sắn", Y23b,
      change=C("decrease", 3.2, "%", "năm 2022")),
    F("chiếm khoảng 74% trị giá", "74", 74, "percent", "%", "tỷ trọng tinh bột sắn trong trị giá xuất khẩu sắn", Y23b, approx="about"),
    F("thị phần 92,6%", "92,6", 92.6, "percent", "%", "thị phần của Trung Quốc trong xuất khẩu sắn", I(Y23b)),
    F("đạt 485 USD/tấn", "485", 485, "money", "USD/tấn", "giá xuất khẩu bình quân tinh bột sắn", Y23b,
      change=C("increase", 6.4, "%", "năm 2022")),
    F("đạt 342.000 tấn", "342.000", 342000, "measure", "tấn", "xuất khẩu sắn và sản phẩm từ sắn",
      P("Tháng 1/2024", "2024-01-01", "2024-01-31")),
    F("trị giá 158 triệu USD", "158", 158e6, "money", "USD", "trị giá xuất khẩu sắn và sản phẩm từ sắn",
      P("Tháng 1/2024", "2024-01-01", "2024-01-31"), change=C("increase", 45.2, "%", "cùng kỳ năm 2023")),
    F("khoảng 30% số nhà máy", "30", 30, "percent", "%", "nhà máy chưa đáp ứng đầy đủ yêu cầu xử lý nước thải", approx="about"),
    F("từ 12 đến 15 m3", "12", 12, "measure", "m3/tấn", "nước thải phát sinh trên mỗi tấn tinh bột sắn", value_max=15),
    F("khoảng 500.000 ha", "500.000", 500000, "measure", "ha", "diện tích sắn", T30, approx="about", status="target"),
    F("đạt 12 triệu tấn củ", "12", 12e6, "measure", "tấn", "sản lượng sắn củ", T30, status="target"),
    F("đạt 1,8 tỷ USD", "1,8", 1.8e9, "money", "USD", "kim ngạch xuất khẩu", T30, status="target"),
    F("; 100% nhà máy", "100", 100, "percent", "%", "nhà máy chế biến tinh bột sắn xử lý nước thải đạt quy chuẩn", T30, status="target"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT / Cục Chế biến và PTTT nông sản), dateline '27/02/2024 14:30'; national figures -> Việt Nam.",
    "Provinces in the 'lần lượt là' ranking are the location of their item (subject = the list's indicator, no total: a ranking, not a breakdown).",
    "'tăng 0,8% về lượng nhưng giảm 3,2% về trị giá' pairs each change with its own figure (tấn, USD).",
    "'trong đó tinh bột sắn chiếm khoảng 74% trị giá' and 'thị phần 92,6%' are shares of other wholes: percent figures of their own.",
    "Headline 'vượt 1,3 tỷ USD' carries no period phrase: no period. 'vượt' read as approx over.",
    "Not figures: Quyết định số 1584/QĐ-BNN-TT, 'Số 2 Ngọc Hà', phone 024.3845.9670, time 14:30.",
    "revised after first.txt: capacity units written 'tấn <material>/ngày|năm' reduced to 'tấn/ngày' / 'tấn/năm' (FIGURES.md: shortest noun phrase; the set's other tonnages already use 'tấn' with the material in the subject).",
]

if __name__ == "__main__":
    build(4, TEXT, FIGS, published="2024-02-27", location="Việt Nam", notes=NOTES)
