from lib import *

text = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CAO PHONG
Tin tức - Sự kiện | Kinh tế

Nâng cao giá trị chỉ dẫn địa lý "Cam Cao Phong"
Thứ Sáu, 22/11/2024 - 15:10

Chỉ dẫn địa lý "Cam Cao Phong" được Cục Sở hữu trí tuệ cấp Giấy chứng nhận đăng ký số 00050 từ năm 2016. Đến nay, toàn huyện có 2.860 ha cây có múi, trong đó diện tích cam là 1.950 ha, chiếm 68,2%; sản lượng cam năm 2024 ước đạt 42.000 tấn, giá trị khoảng 630 tỷ đồng.

Các xã có diện tích cam lớn gồm Thu Phong 520 ha, Tây Phong 410 ha, Bắc Phong 365 ha và thị trấn Cao Phong 180 ha. Hiện có 126 tổ chức, cá nhân được cấp quyền sử dụng chỉ dẫn địa lý với diện tích 812 ha; từ đầu năm đến nay đã cấp 1,65 triệu tem truy xuất nguồn gốc, tăng 25% so với cùng kỳ.

Nhờ được bảo hộ, giá cam Cao Phong loại 1 tại vườn dao động từ 25.000 đến 35.000 đồng/kg, cao hơn 15-20% so với cam không mang chỉ dẫn địa lý. Các cửa hàng giới thiệu sản phẩm dọc Quốc lộ 6 đã tiêu thụ trên 3.200 tấn cam trong mùa vụ năm 2023.

Giai đoạn 2021-2025, huyện hỗ trợ 14 hợp tác xã xây dựng nhãn hiệu tập thể, trong đó 9 hợp tác xã đã được cấp văn bằng. Huyện phấn đấu đến năm 2025 có 100% sản phẩm cam tiêu thụ qua kênh chính thức được dán tem chỉ dẫn địa lý, diện tích đạt chứng nhận VietGAP đạt trên 1.000 ha.

Ông Bùi Văn Thành, Phó Chủ tịch UBND huyện Cao Phong (tỉnh Hòa Bình) cho biết, thời gian tới huyện sẽ kiên quyết xử lý tình trạng cam từ nơi khác "đội lốt" cam Cao Phong; người dân phản ánh qua số điện thoại 0218.3844.116.

Nguyễn Hoa (Phòng Văn hóa và Thông tin huyện)
"""

NOW = per("Đến nay", None, "2024-11-22")
NOWi = dict(NOW, inherited=True)
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-11-22")
GD = per("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
figs = [
    F("có «2.860» ha", "measure", 2860, "ha", "diện tích cây có múi", period=NOW),
    F("cam là «1.950» ha", "measure", 1950, "ha", "diện tích cam", total=2860, percent=68.2, period=NOW),
    F("ước đạt «42.000» tấn", "measure", 42000, "tấn", "sản lượng cam", status="estimate", period=Y(2024)),
    F("khoảng «630» tỷ", "money", 630e9, "đồng", "giá trị sản lượng cam", approx="about", status="estimate",
      period=Y(2024)),
    F("Thu Phong «520» ha", "measure", 520, "ha", "diện tích cam", period=NOWi),
    F("Tây Phong «410» ha", "measure", 410, "ha", "diện tích cam", period=NOWi),
    F("Bắc Phong «365» ha", "measure", 365, "ha", "diện tích cam", period=NOWi),
    F("Cao Phong «180» ha", "measure", 180, "ha", "diện tích cam", period=NOWi),
    F("có «126» tổ chức", "count", 126, "tổ chức, cá nhân", "tổ chức, cá nhân được cấp quyền sử dụng chỉ dẫn địa lý"),
    F("diện tích «812» ha", "measure", 812, "ha", "diện tích được cấp quyền sử dụng chỉ dẫn địa lý"),
    F("cấp «1,65» triệu tem", "count", 1.65e6, "tem", "tem truy xuất nguồn gốc được cấp",
      change=ch("increase", 25, "%", "cùng kỳ"), period=YTD),
    F("từ «25.000» đến 35.000 đồng/kg", "money", 25000, "đồng/kg", "giá cam Cao Phong loại 1 tại vườn",
      value_max=35000, change=ch("increase", 15, "%", "cam không mang chỉ dẫn địa lý")),
    F("trên «3.200» tấn", "measure", 3200, "tấn", "cam tiêu thụ qua các cửa hàng giới thiệu sản phẩm", approx="over",
      period=Y(2023, "mùa vụ năm 2023")),
    F("hỗ trợ «14» hợp tác xã", "count", 14, "hợp tác xã", "hợp tác xã được hỗ trợ xây dựng nhãn hiệu tập thể",
      period=GD),
    F("đó «9» hợp tác xã", "count", 9, "hợp tác xã", "hợp tác xã được cấp văn bằng", total=14, period=GD),
    F("có «100»% sản phẩm", "percent", 100, "%", "sản phẩm cam tiêu thụ qua kênh chính thức được dán tem chỉ dẫn địa lý",
      status="target", period=T25),
    F("trên «1.000» ha", "measure", 1000, "ha", "diện tích đạt chứng nhận VietGAP", approx="over", status="target",
      period=T25),
]

comments = [
    "Cổng TTĐT huyện Cao Phong (district portal, Hòa Bình): CDĐL 'Cam Cao Phong' — diện tích, sản lượng, xã, quyền sử dụng, tem truy xuất, giá, HTX nhãn hiệu tập thể, targets.",
    "Dateline 'Thứ Sáu, 22/11/2024 - 15:10'; byline at the end. Location: the district 'Cao Phong' (the figures describe the district, not the whole province).",
    "Communes (Thu Phong, Tây Phong, Bắc Phong, thị trấn Cao Phong) are below the district level that `location` takes: list items keep location Cao Phong, subject 'diện tích cam'.",
    "'Đến nay' is as-of the dateline (end 2024-11-22); the commune list in the next paragraph inherits it. 'từ đầu năm đến nay' = 2024-01-01..2024-11-22.",
    "'1.950 ha, chiếm 68,2%' after 'trong đó' is part of the 2.860 ha. 'ước đạt 42.000 tấn, giá trị khoảng 630 tỷ' — the continuing clause is also an estimate.",
    "The 126 / 812 ha sentence ('Hiện có') has no period phrase: null. '812 ha' has no part-of cue. Price range 25.000-35.000 đồng/kg carries the change 'cao hơn 15-20%' (value 15).",
    "'9 hợp tác xã' after 'trong đó' is part of 14. Targets after 'phấn đấu đến năm 2025': 100% and 'trên 1.000 ha' (the second clause continues the cue).",
    "Distractors: 'Giấy chứng nhận đăng ký số 00050', 'từ năm 2016', 'Quốc lộ 6' (a road name), phone 0218.3844.116, 'loại 1' (a grade), 'VietGAP'.",
]
build("p327-7", text, figs, comments, published="2024-11-22", location="Cao Phong")
