"""p840-4: ministry site (Bộ GD&ĐT), national helmet programme and child road deaths, 2023."""
from lib import F, period, write

TEXT = """
BỘ GIÁO DỤC VÀ ĐÀO TẠO
Trang chủ » Tin tức » Tin tổng hợp
Ngày đăng: 05/09/2023 | Lượt xem: 1.128

Trao mũ bảo hiểm cho gần 1,9 triệu học sinh lớp Một

Ngày 4/9, tại Hà Nội, Bộ Giáo dục và Đào tạo phối hợp với Ủy ban An toàn giao thông Quốc gia và Công ty Honda Việt Nam tổ chức lễ phát động chương trình "Tặng mũ bảo hiểm cho học sinh lớp Một" lần thứ 9, triển khai tại 63/63 tỉnh, thành phố.

Theo Ban tổ chức, năm học 2023-2024, chương trình trao tặng khoảng 1,86 triệu mũ bảo hiểm, tổng trị giá hơn 200 tỷ đồng. Từ năm học 2015-2016 đến nay, chương trình đã trao tặng gần 15,5 triệu mũ bảo hiểm cho học sinh lớp Một. Nhờ đó, hơn 90% học sinh lớp Một trên cả nước đã có mũ bảo hiểm đạt chuẩn.

Theo Cục Cảnh sát giao thông (Bộ Công an), 6 tháng đầu năm 2023, cả nước xảy ra 1.247 vụ tai nạn giao thông liên quan đến trẻ em dưới 16 tuổi, làm chết 386 em, bị thương 1.012 em. Trong số trẻ tử vong khi đi xe máy, khoảng 70% không đội mũ bảo hiểm hoặc đội mũ không cài quai. Khảo sát tại 12 tỉnh, thành phố cho thấy tỷ lệ trẻ em đội mũ bảo hiểm khi ngồi sau xe máy mới đạt 61,3%, thấp hơn nhiều so với người lớn (trên 96%).

Theo Quyết định số 2060/QĐ-TTg, mục tiêu đến năm 2025 tỷ lệ trẻ em đội mũ bảo hiểm khi ngồi trên xe mô tô, xe gắn máy đạt 80%, đến năm 2030 đạt trên 90%. Bộ dự kiến trong tháng 10/2023 tập huấn cho khoảng 5.000 giáo viên phụ trách công tác an toàn giao thông.

Bộ Giáo dục và Đào tạo - 35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội. Điện thoại: 024.3869.5144
"""

P6 = period("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")

FIGS = [
    F("gần 1,9 triệu học sinh", "1,9", 1.9e6, "count", "học sinh", "học sinh lớp Một được trao mũ bảo hiểm",
      approx="nearly"),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố triển khai chương trình", total=63),
    F("khoảng 1,86 triệu mũ", "1,86", 1.86e6, "count", "mũ bảo hiểm", "mũ bảo hiểm trao tặng", approx="about",
      period=period("năm học 2023-2024", "2023-09-01", "2024-05-31")),
    F("hơn 200 tỷ đồng", "200", 200e9, "money", "đồng", "tổng trị giá mũ bảo hiểm", approx="over",
      period=period("năm học 2023-2024", "2023-09-01", "2024-05-31")),
    F("gần 15,5 triệu mũ", "15,5", 15.5e6, "count", "mũ bảo hiểm", "mũ bảo hiểm trao tặng cho học sinh lớp Một",
      approx="nearly", period=period("Từ năm học 2015-2016 đến nay", "2015-09-01", "2023-09-05")),
    F("hơn 90% học sinh", "90", 90, "percent", "%", "học sinh lớp Một có mũ bảo hiểm đạt chuẩn", approx="over"),
    F("xảy ra 1.247 vụ", "1.247", 1247, "count", "vụ", "vụ tai nạn giao thông liên quan đến trẻ em", period=P6),
    F("dưới 16 tuổi", "16", 16, "measure", "tuổi", None, approx="under", optional=True),
    F("làm chết 386 em", "386", 386, "count", "em", "trẻ em chết", period=P6),
    F("bị thương 1.012 em", "1.012", 1012, "count", "em", "trẻ em bị thương", period=P6),
    F("khoảng 70% không đội", "70", 70, "percent", "%",
      "trẻ tử vong khi đi xe máy không đội mũ bảo hiểm hoặc đội mũ không cài quai", approx="about",
      period=period("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30", inherited=True)),
    F("tại 12 tỉnh", "12", 12, "count", "tỉnh, thành phố", "tỉnh, thành phố được khảo sát"),
    F("đạt 61,3%", "61,3", 61.3, "percent", "%", "tỷ lệ trẻ em đội mũ bảo hiểm khi ngồi sau xe máy"),
    F("(trên 96%)", "96", 96, "percent", "%", "tỷ lệ người lớn đội mũ bảo hiểm", approx="over"),
    F("đạt 80%", "80", 80, "percent", "%", "tỷ lệ trẻ em đội mũ bảo hiểm khi ngồi trên xe mô tô, xe gắn máy",
      status="target", period=period("đến năm 2025", None, "2025-12-31")),
    F("đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ trẻ em đội mũ bảo hiểm khi ngồi trên xe mô tô, xe gắn máy",
      approx="over", status="target", period=period("đến năm 2030", None, "2030-12-31")),
    F("khoảng 5.000 giáo viên", "5.000", 5000, "count", "giáo viên",
      "giáo viên phụ trách công tác an toàn giao thông được tập huấn", approx="about", status="forecast",
      period=period("trong tháng 10/2023", "2023-10-01", "2023-10-31")),
]

NOTES = [
    "Ministry of Education site, national programme (Việt Nam); Hà Nội is only where the launch took place.",
    "Not figures: Lượt xem 1.128, 'lần thứ 9', 'lớp Một', Ngày 4/9, Quyết định số 2060/QĐ-TTg, address 35 Đại Cồ Việt, phone.",
    "'Từ năm học 2015-2016 đến nay' starts 2015-09-01 and ends at the dateline. '(trên 96%)' after 61,3% is its own figure.",
    "'Nhờ đó, hơn 90%' and the survey sentence carry no period phrase: no period.",
]

if __name__ == "__main__":
    write(4, TEXT, FIGS, NOTES, published="2023-09-05", location="Việt Nam")
