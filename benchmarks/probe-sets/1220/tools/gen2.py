"""p1220-2: district portal (huyện Hạ Hòa, Phú Thọ), kaolin-feldspar mining 6 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẠ HÒA - TỈNH PHÚ THỌ
Trang chủ | Tin tức | Kinh tế | Thông báo

Hạ Hòa siết chặt quản lý khai thác cao lanh - fenspat

Ngày đăng: 08/07/2024 | Tác giả: Minh Khôi

Trên địa bàn huyện hiện có 7 doanh nghiệp được cấp phép khai thác cao lanh - fenspat, trong đó 2 doanh nghiệp có dây chuyền tuyển lọc, chế biến sâu cung cấp nguyên liệu cho ngành gốm sứ. 6 tháng đầu năm, các doanh nghiệp khai thác khoảng 58.600 tấn khoáng sản nguyên khai, bằng 47% kế hoạch năm. Thu ngân sách từ hoạt động khoáng sản đạt 4,18 tỷ đồng, tăng 12,3% so với cùng kỳ.

Tại khu 4, xã Minh Hạc, mỏ cao lanh của Công ty TNHH Khoáng sản Đức Hạnh có hai dây chuyền tuyển lọc với tổng công suất 30.000 tấn/năm, giải quyết việc làm cho 45 lao động địa phương với mức lương từ 6 đến 7,5 triệu đồng/người/tháng. Công ty đã ký quỹ cải tạo, phục hồi môi trường hơn 1,2 tỷ đồng và trồng lại 3,5 ha rừng trên diện tích đã khai thác xong. Tuyến đường vận chuyển quặng từ mỏ ra Quốc lộ 32C dài 2,7 km đã được bê tông hóa.

Từ đầu năm đến nay, Phòng Tài nguyên và Môi trường phối hợp Công an huyện kiểm tra 9 điểm mỏ, phát hiện một trường hợp khai thác vượt ranh giới cấp phép, xử phạt 140 triệu đồng. Đường dây nóng tiếp nhận phản ánh: 0210.3882.115.

Dự kiến 6 tháng cuối năm, sản lượng khai thác đạt khoảng 66.000 tấn; huyện phấn đấu cả năm thu ngân sách từ khoáng sản trên 9 tỷ đồng.

Bản quyền thuộc UBND huyện Hạ Hòa | Số lượt truy cập: 486.512
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-08")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
Y24 = P("cả năm", "2024-01-01", "2024-12-31")
CO = "mỏ cao lanh của Công ty TNHH Khoáng sản Đức Hạnh"

FIGS = [
    F("hiện có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp",
      subject="doanh nghiệp được cấp phép khai thác cao lanh - fenspat"),
    F("trong đó 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", total=7,
      subject="doanh nghiệp có dây chuyền tuyển lọc, chế biến sâu"),
    F("khoảng 58.600 tấn", "58.600", 58600, "measure", "tấn", approx="about", percent=47,
      subject="khoáng sản nguyên khai khai thác", period=H1),
    F("đạt 4,18 tỷ", "4,18", 4180000000, "money", "đồng",
      change=C("increase", 12.3, "%", "cùng kỳ"), subject="thu ngân sách từ hoạt động khoáng sản", period=I(H1)),
    F("có hai dây chuyền", "hai", 2, "count", "dây chuyền", subject="dây chuyền tuyển lọc " + CO,
      location="Hạ Hòa"),
    F("công suất 30.000 tấn/năm", "30.000", 30000, "measure", "tấn/năm",
      subject="tổng công suất dây chuyền tuyển lọc"),
    F("cho 45 lao động", "45", 45, "count", "lao động", subject="lao động địa phương được giải quyết việc làm"),
    F("từ 6 đến 7,5 triệu", "6", 6000000, "money", "đồng/người/tháng", value_max=7500000,
      subject="mức lương lao động"),
    F("hơn 1,2 tỷ", "1,2", 1200000000, "money", "đồng", approx="over",
      subject="ký quỹ cải tạo, phục hồi môi trường"),
    F("trồng lại 3,5 ha", "3,5", 3.5, "measure", "ha", subject="rừng trồng lại trên diện tích đã khai thác xong"),
    F("dài 2,7 km", "2,7", 2.7, "measure", "km", subject="tuyến đường vận chuyển quặng từ mỏ ra Quốc lộ 32C"),
    F("kiểm tra 9 điểm mỏ", "9", 9, "count", "điểm mỏ", subject="điểm mỏ được kiểm tra", period=YTD),
    F("phát hiện một trường hợp", "một", 1, "count", "trường hợp",
      subject="trường hợp khai thác vượt ranh giới cấp phép", period=YTD),
    F("xử phạt 140 triệu", "140", 140000000, "money", "đồng", subject="xử phạt", period=YTD),
    F("khoảng 66.000 tấn", "66.000", 66000, "measure", "tấn", approx="about", status="forecast",
      subject="sản lượng khai thác", period=H2),
    F("trên 9 tỷ đồng", "9", 9000000000, "money", "đồng", approx="over", status="target",
      subject="thu ngân sách từ khoáng sản", period=Y24),
]

NOTES = [
    "District portal (huyện Hạ Hòa, Phú Thọ), 'Ngày đăng: 08/07/2024'. Default location Hạ Hòa (the district the portal speaks for).",
    "Distractors: 'khu 4', 'Quốc lộ 32C', phone 0210.3882.115, 'Số lượt truy cập: 486.512', dateline.",
    "Year-less '6 tháng đầu năm', '6 tháng cuối năm', 'cả năm' take 2024 from the dateline; 'Từ đầu năm đến nay' ends at published.",
    "Number words: 'hai dây chuyền' = 2, 'một trường hợp' = 1. 2 doanh nghiệp is part of 7 (trong đó).",
    "The revenue 4,18 tỷ stands in the sentence after '6 tháng đầu năm': inherited period. The mine passage has no period.",
    "'Dự kiến' governs the 6 tháng cuối năm output (forecast); 'phấn đấu' the full-year revenue (target).",
]

if __name__ == "__main__":
    write("p1220-2", TEXT, NOTES, FIGS, published="2024-07-08", location="Hạ Hòa")
