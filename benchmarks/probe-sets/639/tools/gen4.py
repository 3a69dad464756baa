import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Trang chủ > Tin tức > Hợp tác quốc tế

Năm 2024, tuyển sinh gần 1.900 chỉ tiêu học bổng Hiệp định đi học nước ngoài

Ngày đăng: 06/03/2024 | Lượt xem: 3.215

Bộ Giáo dục và Đào tạo vừa ban hành Thông báo số 125/TB-BGDĐT về tuyển sinh đi học nước ngoài diện học bổng Hiệp định năm 2024 với tổng số 1.873 suất, tăng 4,3% so với năm 2023. Trong đó, Liên bang Nga cấp nhiều nhất với 1.000 suất; tiếp đến là Trung Quốc 402 suất, Hungary 200 suất, Belarus 50 suất, Rumani 45 suất; các nước còn lại 176 suất.

Về trình độ, số suất sau đại học chiếm ưu thế với 735 suất thạc sĩ và 451 suất tiến sĩ; bậc đại học có 612 suất. Nhà nước Việt Nam cấp bổ sung sinh hoạt phí từ 300 đến 500 USD/người/tháng tùy địa bàn, cùng chi phí vé máy bay và bảo hiểm y tế.

Tính đến hết năm 2023, tổng số lưu học sinh Việt Nam đang học tập ở nước ngoài theo các chương trình học bổng ngân sách nhà nước là 4.126 người, trong đó theo Đề án 89 là 1.342 người; kinh phí ngân sách nhà nước chi cho đào tạo lưu học sinh năm 2023 khoảng 1.150 tỷ đồng.

Ở chiều ngược lại, cả nước hiện có 22.650 lưu học sinh nước ngoài đang học tập tại Việt Nam, trong đó Lào 15.180 người, Campuchia 4.320 người. Phấn đấu đến năm 2030, số lưu học sinh nước ngoài học tập tại Việt Nam đạt khoảng 30.000 người.

Hồ sơ dự tuyển nộp trực tuyến trước ngày 15/4/2024. Thông tin chi tiết liên hệ Cục Hợp tác quốc tế, số 35 Đại Cồ Việt, Hà Nội; điện thoại 024.3869.4916.
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("gần 1.900 chỉ tiêu", "1.900", 1900, "count", "chỉ tiêu", "chỉ tiêu học bổng Hiệp định đi học nước ngoài",
        per("Năm 2024", "2024-01-01", "2024-12-31"), approx="nearly"),
    fig("tổng số 1.873 suất", "1.873", 1873, "count", "suất", "suất học bổng Hiệp định đi học nước ngoài", Y24,
        change=chg("increase", 4.3, "%", "năm 2023")),
    fig("với 1.000 suất", "1.000", 1000, "count", "suất", "suất học bổng Hiệp định của Liên bang Nga", inh(Y24), total=1873),
    fig("Trung Quốc 402 suất", "402", 402, "count", "suất", "suất học bổng Hiệp định của Trung Quốc", inh(Y24), total=1873),
    fig("Hungary 200 suất", "200", 200, "count", "suất", "suất học bổng Hiệp định của Hungary", inh(Y24), total=1873),
    fig("Belarus 50 suất", "50", 50, "count", "suất", "suất học bổng Hiệp định của Belarus", inh(Y24), total=1873),
    fig("Rumani 45 suất", "45", 45, "count", "suất", "suất học bổng Hiệp định của Rumani", inh(Y24), total=1873),
    fig("còn lại 176 suất", "176", 176, "count", "suất", "suất học bổng Hiệp định của các nước còn lại", inh(Y24), total=1873),
    fig("với 735 suất", "735", 735, "count", "suất", "suất học bổng Hiệp định thạc sĩ", inh(Y24)),
    fig("451 suất", "451", 451, "count", "suất", "suất học bổng Hiệp định tiến sĩ", inh(Y24)),
    fig("có 612 suất", "612", 612, "count", "suất", "suất học bổng Hiệp định bậc đại học", inh(Y24)),
    fig("từ 300 đến 500 USD", "300", 300, "money", "USD/người/tháng", "sinh hoạt phí Nhà nước Việt Nam cấp bổ sung",
        value_max=500),
    fig("là 4.126 người", "4.126", 4126, "count", "người",
        "lưu học sinh Việt Nam đang học tập ở nước ngoài theo các chương trình học bổng ngân sách nhà nước",
        per("Tính đến hết năm 2023", end="2023-12-31")),
    fig("là 1.342 người", "1.342", 1342, "count", "người", "lưu học sinh theo Đề án 89",
        per("Tính đến hết năm 2023", end="2023-12-31"), total=4126),
    fig("khoảng 1.150 tỷ đồng", "1.150", 1150e9, "money", "đồng",
        "kinh phí ngân sách nhà nước chi cho đào tạo lưu học sinh", per("năm 2023", "2023-01-01", "2023-12-31"),
        approx="about"),
    fig("có 22.650 lưu học sinh", "22.650", 22650, "count", "lưu học sinh", "lưu học sinh nước ngoài đang học tập tại Việt Nam"),
    fig("Lào 15.180 người", "15.180", 15180, "count", "người", "lưu học sinh nước ngoài đến từ Lào", total=22650),
    fig("Campuchia 4.320 người", "4.320", 4320, "count", "người", "lưu học sinh nước ngoài đến từ Campuchia", total=22650),
    fig("khoảng 30.000 người", "30.000", 30000, "count", "người", "lưu học sinh nước ngoài học tập tại Việt Nam",
        per("đến năm 2030", end="2030-12-31"), approx="about", status="target"),
]

COMMENTS = [
    "Probe 639-4. Ministry site (Bộ GD&ĐT, breadcrumb, 'Ngày đăng … | Lượt xem'): agreement scholarships 2024, students abroad and",
    "foreign students in Việt Nam. National figures: location Việt Nam; donor countries and home countries are not places.",
    "Not figures: Lượt xem 3.215, Thông báo số 125/TB-BGDĐT, Đề án 89 (a name), deadline 15/4/2024, số 35 Đại Cồ Việt, phone.",
    "Country parts after 'Trong đó' (new sentence) take 1.873 as total; the level split (735/451/612) has no cue: no total.",
    "'khoảng 1.150 tỷ đồng' has no 'ước' verb, so it stays actual with approx about. 'hiện có' gives no period.",
]

if __name__ == "__main__":
    write("p639-4", TEXT, COMMENTS, FIGS, published="2024-03-06", location="Việt Nam")
