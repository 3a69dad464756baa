"""p623-4: Bộ NN&PTNT ministry site, national mushroom output and straw use (2023, targets 2030)."""
from lib import F, P, I, CH, TG, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Trồng trọt - Bảo vệ thực vật

Mỗi năm phát sinh gần 47 triệu tấn rơm rạ, mới khoảng 10% dùng để trồng nấm

Ngày đăng: 26/11/2024 | Lượt xem: 734

Ngày 25/11, tại Hà Nội, Cục Trồng trọt phối hợp với Viện Di truyền nông nghiệp tổ chức Hội thảo lần thứ 3 về phát triển ngành nấm gắn với sử dụng phụ phẩm rơm rạ.

Theo Cục Trồng trọt, năm 2023 tổng sản lượng nấm của cả nước đạt khoảng 350.000 tấn, tăng 4,5% so với năm 2022; kim ngạch xuất khẩu nấm và sản phẩm từ nấm đạt trên 60 triệu USD. Cả nước hiện có khoảng 2.800 cơ sở, HTX và doanh nghiệp sản xuất nấm, thu hút trên 15 nghìn lao động.

Trong các địa phương, Đồng Tháp có sản lượng nấm lớn nhất với khoảng 42.000 tấn; Hải Dương đứng thứ hai với 18.500 tấn; tiếp đến là Thái Bình 8.600 tấn và Ninh Bình 4.300 tấn. Cả nước đã hình thành 126 chuỗi liên kết sản xuất - tiêu thụ nấm, trong đó 38 chuỗi có doanh nghiệp xuất khẩu tham gia.

Theo báo cáo tại hội thảo, lượng rơm rạ phát sinh hằng năm của cả nước gần 47 triệu tấn nhưng tỷ lệ được thu gom, sử dụng mới đạt khoảng 30-35%; rơm dùng làm giá thể trồng nấm chỉ chiếm khoảng 10%. Ước tính nếu được chế biến hết, rơm rạ có thể mang lại trên 30.000 tỷ đồng mỗi năm.

Theo Đề án phát triển ngành nấm đến năm 2030, phấn đấu sản lượng nấm cả nước đạt 1 triệu tấn, kim ngạch xuất khẩu đạt 200 triệu USD; tỷ lệ rơm rạ được thu gom, tái sử dụng đạt trên 70%.

Phát biểu tại hội thảo, Thứ trưởng Hoàng Trung đề nghị các địa phương triển khai Nghị định số 112/2024/NĐ-CP, hỗ trợ máy cuộn rơm và nhà xưởng trồng nấm cho HTX.

Cục Trồng trọt - Số 2 Ngọc Hà, Ba Đình, Hà Nội. ĐT: 024.3823.4651
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("sinh gần 47 triệu tấn rơm rạ, mới", "47", 47e6, "measure", "tấn", "rơm rạ phát sinh mỗi năm", approx="nearly"),
    F("mới khoảng 10% dùng", "10", 10, "percent", "%", "tỷ lệ rơm rạ dùng để trồng nấm", approx="about"),
    F("khoảng 350.000 tấn", "350.000", 350000, "measure", "tấn", "tổng sản lượng nấm của cả nước", Y23,
      approx="about", change=CH("increase", 4.5, baseline="năm 2022")),
    F("trên 60 triệu USD", "60", 60e6, "money", "USD", "kim ngạch xuất khẩu nấm và sản phẩm từ nấm", Y23,
      approx="over"),
    F("khoảng 2.800 cơ sở", "2.800", 2800, "count", "cơ sở", "cơ sở, HTX và doanh nghiệp sản xuất nấm",
      approx="about"),
    F("trên 15 nghìn lao động", "15", 15000, "count", "lao động", "lao động sản xuất nấm", approx="over"),
    F("khoảng 42.000 tấn", "42.000", 42000, "measure", "tấn", "sản lượng nấm", I(Y23), approx="about",
      location="Đồng Tháp"),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", "sản lượng nấm", I(Y23), location="Hải Dương"),
    F("với 18.500 tấn", "18.500", 18500, "measure", "tấn", "sản lượng nấm", I(Y23), location="Hải Dương"),
    F("Thái Bình 8.600 tấn", "8.600", 8600, "measure", "tấn", "sản lượng nấm", I(Y23), location="Thái Bình"),
    F("Ninh Bình 4.300 tấn", "4.300", 4300, "measure", "tấn", "sản lượng nấm", I(Y23), location="Ninh Bình"),
    F("126 chuỗi liên kết", "126", 126, "count", "chuỗi liên kết", "chuỗi liên kết sản xuất - tiêu thụ nấm"),
    F("38 chuỗi", "38", 38, "count", "chuỗi", "chuỗi liên kết có doanh nghiệp xuất khẩu tham gia", total=126),
    F("cả nước gần 47 triệu tấn", "47", 47e6, "measure", "tấn", "lượng rơm rạ phát sinh hằng năm",
      approx="nearly"),
    F("khoảng 30-35%", "30", 30, "percent", "%", "tỷ lệ rơm rạ được thu gom, sử dụng", approx="about",
      value_max=35),
    F("chiếm khoảng 10%", "10", 10, "percent", "%", "rơm dùng làm giá thể trồng nấm", approx="about"),
    F("trên 30.000 tỷ đồng", "30.000", 30000e9, "money", "đồng", "giá trị rơm rạ nếu được chế biến hết",
      approx="over", status="estimate"),
    F("đạt 1 triệu tấn", "1", 1e6, "measure", "tấn", "sản lượng nấm cả nước", T30, status="target"),
    F("đạt 200 triệu USD", "200", 200e6, "money", "USD", "kim ngạch xuất khẩu nấm", T30, status="target"),
    F("đạt trên 70%", "70", 70, "percent", "%", "tỷ lệ rơm rạ được thu gom, tái sử dụng", T30, approx="over",
      status="target"),
]

COMMENTS = [
    "Bộ NN&PTNT site: hội thảo ngành nấm và rơm rạ; national figures for 2023 and targets to 2030 (Ngày đăng 26/11/2024).",
    "Distractors: 'Ngày 25/11', 'Hội thảo lần thứ 3', Nghị định số 112/2024/NĐ-CP, Lượt xem 734, Số 2 Ngọc Hà, phone 024.3823.4651.",
    "Ministry national totals: location Việt Nam (default). Province list items go to location; list indicator 'sản lượng nấm' is the subject;",
    "the list is not cued as parts of 350.000 tấn, so no total. 'đứng thứ hai' is a rank (word number) of Hải Dương.",
    "The headline repeats two body figures; both mentions are figures (no period in either). 'Ước tính ... có thể mang lại' = estimate.",
    "'Đề án phát triển ngành nấm đến năm 2030, phấn đấu ...': targets ending 2030-12-31.",
]

if __name__ == "__main__":
    emit("p623-4", TEXT, COMMENTS, FIGS, published="2024-11-26", location="Việt Nam")
