"""p1327-1: province portal (An Giang): fertiliser demand for the winter-spring crop, dealer prices, inspections."""
from lib import F, period, change, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH AN GIANG
Trang chủ > Tin tức - Sự kiện > Kinh tế

Giá phân bón giảm, nông dân yên tâm xuống giống vụ Đông Xuân

Cập nhật: 18/11/2024 08:45 | Lượt xem: 1.326

Theo Sở Nông nghiệp và Phát triển nông thôn, vụ Đông Xuân 2024-2025, toàn tỉnh dự kiến xuống giống khoảng 228.000 ha lúa; nhu cầu phân bón các loại ước khoảng 125.000 tấn, trong đó phân urê khoảng 41.000 tấn, phân NPK khoảng 52.000 tấn.

Khảo sát tại các đại lý vật tư nông nghiệp cho thấy giá phân bón hiện ổn định và giảm nhẹ. Phân urê có giá từ 560.000 đến 590.000 đồng/bao, giảm khoảng 30.000 đồng/bao so với tháng 10; phân DAP nhập khẩu dao động 1,05-1,1 triệu đồng/bao; phân kali khoảng 430.000 đồng/bao. Phân NPK 20-20-15 của các doanh nghiệp trong nước có giá 760.000 đồng/bao, thấp hơn 4% so với cùng kỳ năm trước.

Toàn tỉnh hiện có 1.248 cơ sở buôn bán phân bón và 6 cơ sở sản xuất phân bón. Từ đầu năm đến nay, Chi cục Trồng trọt và Bảo vệ thực vật đã kiểm tra 312 lượt cơ sở, phát hiện 9 cơ sở vi phạm, xử phạt hành chính 86,5 triệu đồng; lấy 45 mẫu phân bón để kiểm định, trong đó có 4 mẫu không đạt chất lượng.

Ông Nguyễn Văn Tâm, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn cho biết, chi phí phân bón hiện chiếm khoảng 25-30% tổng chi phí sản xuất lúa. Chương trình "1 phải 5 giảm" giúp nông dân giảm lượng phân đạm từ 20 đến 30%; mục tiêu đến năm 2025 có ít nhất 50% diện tích lúa của tỉnh áp dụng chương trình.

Tin liên quan:
- An Giang sơ kết sản xuất vụ Hè Thu 2024
- Hướng dẫn thực hiện Nghị định số 84/2019/NĐ-CP về quản lý phân bón
"""

YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-11-18")
BY2025 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("khoảng 228.000 ha", "228.000", 228000, "measure", "ha", "diện tích lúa xuống giống vụ Đông Xuân",
      approx="about", status="forecast"),
    F("ước khoảng 125.000 tấn", "125.000", 125000, "measure", "tấn", "nhu cầu phân bón các loại",
      approx="about", status="estimate"),
    F("urê khoảng 41.000 tấn", "41.000", 41000, "measure", "tấn", "nhu cầu phân urê",
      approx="about", total=125000, status="estimate"),
    F("NPK khoảng 52.000 tấn", "52.000", 52000, "measure", "tấn", "nhu cầu phân NPK",
      approx="about", total=125000, status="estimate"),
    F("từ 560.000 đến 590.000", "560.000", 560000, "money", "đồng/bao", "giá phân urê", value_max=590000,
      change=change("decrease", 30000, "đồng/bao", "tháng 10", approx="about")),
    F("dao động 1,05-1,1 triệu", "1,05", 1050000, "money", "đồng/bao", "giá phân DAP nhập khẩu", value_max=1100000),
    F("kali khoảng 430.000", "430.000", 430000, "money", "đồng/bao", "giá phân kali", approx="about"),
    F("giá 760.000 đồng/bao", "760.000", 760000, "money", "đồng/bao",
      "giá phân NPK 20-20-15 của các doanh nghiệp trong nước",
      change=change("decrease", 4, "%", "cùng kỳ năm trước")),
    F("có 1.248 cơ sở", "1.248", 1248, "count", "cơ sở", "cơ sở buôn bán phân bón"),
    F("và 6 cơ sở", "6", 6, "count", "cơ sở", "cơ sở sản xuất phân bón"),
    F("kiểm tra 312 lượt", "312", 312, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", YTD),
    F("phát hiện 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở vi phạm", YTD),
    F("chính 86,5 triệu", "86,5", 86500000, "money", "đồng", "tiền xử phạt hành chính", YTD),
    F("lấy 45 mẫu", "45", 45, "count", "mẫu", "mẫu phân bón lấy để kiểm định", YTD),
    F("có 4 mẫu", "4", 4, "count", "mẫu", "mẫu phân bón không đạt chất lượng", YTD, total=45),
    F("khoảng 25-30%", "25", 25, "percent", "%", "chi phí phân bón trong tổng chi phí sản xuất lúa",
      value_max=30, approx="about"),
    F("từ 20 đến 30%", "20", 20, "percent", "%", "lượng phân đạm giảm nhờ chương trình", value_max=30),
    F("ít nhất 50%", "50", 50, "percent", "%", "diện tích lúa của tỉnh áp dụng chương trình", BY2025,
      approx="at_least", status="target"),
]

NOTES = [
    "Province portal (An Giang): breadcrumb, 'Cập nhật: 18/11/2024 08:45 | Lượt xem: 1.326' (published), related links.",
    "'vụ Đông Xuân 2024-2025' is a crop season, not a calendar period of FIGURES.md: figures tied to it get no period.",
    "'ước khoảng 125.000 tấn' → estimate + about; the parts after 'trong đó' take total 125.000 and the estimate status.",
    "Prices are 'hiện' (no period); 'giảm khoảng 30.000 đồng/bao so với tháng 10' and 'thấp hơn 4% so với cùng kỳ' are changes.",
    "'Từ đầu năm đến nay' = 2024-01-01 .. dateline; '4 mẫu' after 'trong đó' takes total 45.",
    "Distractors: Lượt xem, times, 'NPK 20-20-15', '\"1 phải 5 giảm\"', 'Nghị định số 84/2019/NĐ-CP', 'vụ Hè Thu 2024'.",
]

if __name__ == "__main__":
    write("p1327-1", TEXT, NOTES, FIGS, published="2024-11-18", location="An Giang")
