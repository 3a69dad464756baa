"""p852-4: Cục An toàn thực phẩm (Bộ Y tế) site, national food-safety checks of bánh, mứt, kẹo for Tết (2024-02-22)."""
from lib import F, P, I, C, T, write_set

TEXT = """BỘ Y TẾ - CỤC AN TOÀN THỰC PHẨM
Trang chủ / Tin tức - Sự kiện / Thanh tra, kiểm tra
Kết quả kiểm tra an toàn thực phẩm bánh, mứt, kẹo dịp Tết Giáp Thìn
Ngày đăng: 22/02/2024 | Lượt xem: 1.047

Thực hiện Kế hoạch số 1320/KH-BCĐTƯ, theo báo cáo của 63/63 tỉnh, thành phố, trong đợt cao điểm từ ngày 15/12/2023 đến 15/02/2024, các đoàn kiểm tra liên ngành đã kiểm tra 48.652 cơ sở sản xuất, kinh doanh thực phẩm, trong đó có 9.318 cơ sở sản xuất, kinh doanh bánh, mứt, kẹo.

Kết quả phát hiện 5.126 cơ sở vi phạm, chiếm 10,5% số cơ sở được kiểm tra; xử phạt 1.874 cơ sở với tổng số tiền phạt hơn 9,6 tỷ đồng, giảm 7,3% so với cùng kỳ Tết Quý Mão.

Các đoàn đã lấy 3.215 mẫu bánh, mứt, kẹo để xét nghiệm nhanh và gửi kiểm nghiệm, trong đó 142 mẫu không đạt (chủ yếu do phẩm màu, chất tạo ngọt vượt mức cho phép). Lực lượng chức năng đã tiêu hủy gần 12,4 tấn mứt, ô mai không rõ nguồn gốc, gấp 1,6 lần so với dịp Tết năm trước.

Các địa phương phát hiện nhiều cơ sở vi phạm về mứt, ô mai nhất là Hà Nội (312 cơ sở), TP. Hồ Chí Minh (287 cơ sở), Thanh Hóa (145 cơ sở) và Nghệ An (118 cơ sở).

Trong năm 2024, Cục đặt mục tiêu 100% cơ sở sản xuất mứt, ô mai quy mô công nghiệp được cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm, tỷ lệ mẫu không đạt dưới 3%. Hiện cả nước có khoảng 1.250 cơ sở sản xuất mứt, ô mai quy mô công nghiệp, 68% trong số đó đã được cấp giấy chứng nhận.

Cục khuyến cáo người tiêu dùng chọn mua mứt có nhãn mác rõ ràng; khi phát hiện vi phạm, phản ánh qua đường dây nóng 1900.9068.

Cục An toàn thực phẩm - 135 Núi Trúc, Ba Đình, Hà Nội
"""

CAMP = P("từ ngày 15/12/2023 đến 15/02/2024", "2023-12-15", "2024-02-15")
Y24 = P("Trong năm 2024", "2024-01-01", "2024-12-31")
VP = "cơ sở vi phạm về mứt, ô mai"

FIGS = [
    F("báo cáo của 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố báo cáo", CAMP, total=63),
    F("kiểm tra 48.652 cơ sở", "48.652", 48652, "count", "cơ sở",
      "cơ sở sản xuất, kinh doanh thực phẩm được kiểm tra", CAMP),
    F("có 9.318 cơ sở", "9.318", 9318, "count", "cơ sở", "cơ sở sản xuất, kinh doanh bánh, mứt, kẹo được kiểm tra",
      CAMP, total=48652),
    F("phát hiện 5.126 cơ sở", "5.126", 5126, "count", "cơ sở", "cơ sở vi phạm", I(CAMP), percent=10.5),
    F("xử phạt 1.874 cơ sở", "1.874", 1874, "count", "cơ sở", "cơ sở bị xử phạt", I(CAMP)),
    F("hơn 9,6 tỷ đồng", "9,6", 9.6e9, "money", "đồng", "tổng số tiền phạt", I(CAMP), approx="over",
      change=C("decrease", 7.3, baseline="cùng kỳ Tết Quý Mão")),
    F("lấy 3.215 mẫu", "3.215", 3215, "count", "mẫu", "mẫu bánh, mứt, kẹo được lấy xét nghiệm", I(CAMP)),
    F("trong đó 142 mẫu", "142", 142, "count", "mẫu", "mẫu không đạt", I(CAMP), total=3215),
    F("gần 12,4 tấn", "12,4", 12.4, "measure", "tấn", "mứt, ô mai không rõ nguồn gốc bị tiêu hủy", I(CAMP),
      approx="nearly", change=C("increase", 1.6, "lần", "dịp Tết năm trước")),
    F("Hà Nội (312 cơ sở)", "312", 312, "count", "cơ sở", VP, I(CAMP), location="Hà Nội"),
    F("Hồ Chí Minh (287 cơ sở)", "287", 287, "count", "cơ sở", VP, I(CAMP), location="Hồ Chí Minh"),
    F("Thanh Hóa (145 cơ sở)", "145", 145, "count", "cơ sở", VP, I(CAMP), location="Thanh Hóa"),
    F("Nghệ An (118 cơ sở)", "118", 118, "count", "cơ sở", VP, I(CAMP), location="Nghệ An"),
    F("mục tiêu 100% cơ sở", "100", 100, "percent", "%",
      "cơ sở sản xuất mứt, ô mai quy mô công nghiệp được cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm",
      Y24, status="target"),
    F("không đạt dưới 3%", "3", 3, "percent", "%", "tỷ lệ mẫu không đạt", Y24, approx="under", status="target"),
    F("có khoảng 1.250 cơ sở", "1.250", 1250, "count", "cơ sở", "cơ sở sản xuất mứt, ô mai quy mô công nghiệp",
      approx="about"),
    F("68% trong số đó", "68", 68, "percent", "%", "cơ sở đã được cấp giấy chứng nhận"),
]

NOTES = [
    "Cục An toàn thực phẩm, Bộ Y tế (invented page): national results of Tết Giáp Thìn food-safety checks. 'Ngày đăng: 22/02/2024'.",
    "Location Việt Nam throughout, except the provinces named in the list of offenders (each its own location).",
    "Distractors: Kế hoạch số 1320/KH-BCĐTƯ, hotline 1900.9068, address '135 Núi Trúc, Ba Đình, Hà Nội', 'Lượt xem: 1.047'.",
    "The campaign period stands in the first sentence; later paragraphs inherit it (not scored). 'Hiện ...' sentence: no period.",
    "'chiếm 10,5% số cơ sở được kiểm tra' is the percent of 5.126 (no number for the whole is restated: no total).",
    "'gấp 1,6 lần so với dịp Tết năm trước' after 12,4 tấn is its change (unit lần). '68% trong số đó' is a percent figure of its own.",
    "The 100% and 'dưới 3%' targets share 'Trong năm 2024' and 'đặt mục tiêu'.",
]

if __name__ == "__main__":
    write_set(4, TEXT, FIGS, NOTES, published="2024-02-22", location="Việt Nam")
