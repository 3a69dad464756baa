"""p1068-4: Cục An toàn thực phẩm (Bộ Y tế) site, national inspections of bánh, mứt, kẹo before Tết Quý Mão 2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ Y TẾ - CỤC AN TOÀN THỰC PHẨM
Trang chủ / Tin tức / Hoạt động chỉ đạo, điều hành
Tăng cường bảo đảm an toàn thực phẩm đối với bánh, mứt, kẹo Tết
Ngày đăng: 10/01/2023 | Lượt xem: 1.206

Theo báo cáo nhanh của Cục An toàn thực phẩm, từ ngày 15/12/2022 đến ngày 8/1/2023, cả nước đã thành lập 9.864 đoàn kiểm tra liên ngành và chuyên ngành tại 63/63 tỉnh, thành phố. Các đoàn đã kiểm tra 171.530 cơ sở, phát hiện 18.945 cơ sở vi phạm, chiếm 11%; xử lý 4.912 cơ sở với tổng số tiền phạt trên 10,6 tỷ đồng.

Đối với nhóm bánh, mứt, kẹo, các đoàn đã kiểm tra 23.418 cơ sở, chiếm 13,7% tổng số cơ sở được kiểm tra; tỷ lệ vi phạm là 9,2%, thấp hơn 1,5 điểm phần trăm so với dịp Tết Nhâm Dần 2022. Các địa phương kiểm tra nhiều cơ sở bánh kẹo nhất là Hà Nội (2.150 cơ sở), TP Hồ Chí Minh (1.876 cơ sở), Nghệ An (1.042 cơ sở) và Thanh Hóa (986 cơ sở).

Các đoàn đã lấy 2.630 mẫu bánh, mứt, kẹo để xét nghiệm nhanh, trong đó 57 mẫu không đạt, chiếm 2,2%, chủ yếu do phẩm màu vượt giới hạn và có hàn the. Lực lượng chức năng đã tạm giữ, tiêu hủy gần 8,4 tấn bánh kẹo, mứt không rõ nguồn gốc, trị giá khoảng 1,3 tỷ đồng.

Trong thời gian trên, cả nước ghi nhận 6 vụ ngộ độc thực phẩm với 173 người mắc, giảm 4 vụ so với cùng kỳ; không có vụ nào liên quan đến bánh, mứt, kẹo.

Bộ Y tế đề nghị các địa phương tiếp tục kiểm tra đến hết ngày 15/2/2023, trong đó tập trung vào các cơ sở sản xuất thủ công; phấn đấu không để xảy ra vụ ngộ độc thực phẩm từ 30 người mắc trở lên. Dự kiến trong đợt cao điểm, các địa phương sẽ lấy thêm khoảng 3.000 mẫu bánh, mứt, kẹo để kiểm nghiệm.

Đường dây nóng của Cục An toàn thực phẩm: 024.3846.4489. Địa chỉ: số 135 Núi Trúc, Ba Đình, Hà Nội.
"""

K = P("từ ngày 15/12/2022 đến ngày 8/1/2023", "2022-12-15", "2023-01-08")
KI = I(K)
KT = I(P("Trong thời gian trên", "2022-12-15", "2023-01-08"))

FIGS = [
    F("thành lập 9.864 đoàn", "9.864", 9864, "count", "đoàn kiểm tra", "đoàn kiểm tra liên ngành và chuyên ngành", K),
    F("tại 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố thành lập đoàn kiểm tra", K, total=63),
    F("kiểm tra 171.530 cơ sở", "171.530", 171530, "count", "cơ sở", "cơ sở được kiểm tra", KI),
    F("phát hiện 18.945 cơ sở", "18.945", 18945, "count", "cơ sở", "cơ sở vi phạm", KI, percent=11),
    F("xử lý 4.912 cơ sở", "4.912", 4912, "count", "cơ sở", "cơ sở bị xử lý", KI),
    F("trên 10,6 tỷ đồng", "10,6", 10.6e9, "money", "đồng", "tổng số tiền phạt", KI, approx="over"),
    F("kiểm tra 23.418 cơ sở", "23.418", 23418, "count", "cơ sở", "cơ sở bánh, mứt, kẹo được kiểm tra", KI,
      percent=13.7),
    F("vi phạm là 9,2%", "9,2", 9.2, "percent", "%", "tỷ lệ vi phạm nhóm bánh, mứt, kẹo", KI,
      change=C("decrease", 1.5, "điểm phần trăm", "dịp Tết Nhâm Dần 2022")),
    F("Hà Nội (2.150 cơ sở)", "2.150", 2150, "count", "cơ sở", "cơ sở bánh kẹo được kiểm tra", KI, location="Hà Nội"),
    F("TP Hồ Chí Minh (1.876 cơ sở)", "1.876", 1876, "count", "cơ sở", "cơ sở bánh kẹo được kiểm tra", KI,
      location="Hồ Chí Minh"),
    F("Nghệ An (1.042 cơ sở)", "1.042", 1042, "count", "cơ sở", "cơ sở bánh kẹo được kiểm tra", KI,
      location="Nghệ An"),
    F("Thanh Hóa (986 cơ sở)", "986", 986, "count", "cơ sở", "cơ sở bánh kẹo được kiểm tra", KI,
      location="Thanh Hóa"),
    F("lấy 2.630 mẫu", "2.630", 2630, "count", "mẫu", "mẫu bánh, mứt, kẹo xét nghiệm nhanh", KI),
    F("trong đó 57 mẫu", "57", 57, "count", "mẫu", "mẫu không đạt", KI, total=2630, percent=2.2),
    F("gần 8,4 tấn", "8,4", 8.4, "measure", "tấn", "bánh kẹo, mứt không rõ nguồn gốc tạm giữ, tiêu hủy", KI,
      approx="nearly"),
    F("khoảng 1,3 tỷ đồng", "1,3", 1.3e9, "money", "đồng", "trị giá bánh kẹo, mứt tạm giữ, tiêu hủy", KI,
      approx="about"),
    F("ghi nhận 6 vụ", "6", 6, "count", "vụ", "vụ ngộ độc thực phẩm", KT, change=C("decrease", 4, "vụ", "cùng kỳ")),
    F("với 173 người", "173", 173, "count", "người", "người mắc ngộ độc thực phẩm", KT),
    F("từ 30 người", "30", 30, "count", "người", "người mắc trong vụ ngộ độc thực phẩm", optional=True),
    F("khoảng 3.000 mẫu", "3.000", 3000, "count", "mẫu", "mẫu bánh, mứt, kẹo lấy thêm để kiểm nghiệm",
      approx="about", status="forecast"),
]

NOTES = [
    "Cục An toàn thực phẩm (Bộ Y tế): national inspections, bánh, mứt, kẹo before Tết Quý Mão 2023. 'Ngày đăng: 10/01/2023' is the date.",
    "All figures are national (Việt Nam) except the list of provinces. 63/63 takes total 63. 23.418 'chiếm 13,7% tổng số cơ sở' gets",
    "the percent; no total (no part-of cue such as 'trong đó'). 9,2% is a level with a change in điểm phần trăm. 'giảm 4 vụ' is the change of 6 vụ.",
    "Periods after the first sentence are inherited. Not figures: 'Lượt xem: 1.206', 024.3846.4489, 'số 135 Núi Trúc', 'Tết Nhâm Dần 2022',",
    "'đến hết ngày 15/2/2023'. 'từ 30 người mắc trở lên' is a category threshold (optional).",
]

if __name__ == "__main__":
    write("p1068-4", TEXT, NOTES, FIGS, published="2023-01-10", location="Việt Nam")
