"""p1116-4: ministry site (Bộ LĐ-TB&XH, Tổng cục GDNN): national auto-technology training, 2022-2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ > Giáo dục nghề nghiệp > Tin hoạt động

Nghề công nghệ ô tô tiếp tục thu hút người học

Ngày đăng: 22/08/2023 | Lượt xem: 745

Theo số liệu của Tổng cục Giáo dục nghề nghiệp, năm 2022 cả nước có 412 cơ sở giáo dục nghề nghiệp đào tạo nghề công nghệ ô tô, trong đó 168 trường cao đẳng, 121 trường trung cấp và 123 trung tâm giáo dục nghề nghiệp. Quy mô tuyển sinh năm 2022 đạt khoảng 68.500 người, tăng 9,7% so với năm 2021, chiếm 3,1% tổng tuyển sinh các trình độ.

Các địa phương có quy mô tuyển sinh lớn nhất lần lượt là Hà Nội (8.240 người), TP Hồ Chí Minh (7.915 người), Đồng Nai (3.060 người) và Bình Dương (2.870 người). Tỷ lệ nữ theo học nghề này chỉ khoảng 4%.

Khảo sát năm 2023 tại 60 cơ sở đào tạo cho thấy tỷ lệ người học có việc làm ngay sau tốt nghiệp đạt từ 85 đến 95%, nhiều trường đạt 100%. Mức lương khởi điểm của kỹ thuật viên ô tô trình độ cao đẳng phổ biến từ 7 đến 9 triệu đồng/tháng, cao hơn khoảng 15% so với bình quân chung của sinh viên tốt nghiệp cao đẳng.

Hiện cả nước có khoảng 2.500 doanh nghiệp sản xuất, lắp ráp, dịch vụ ô tô và trên 80.000 cơ sở sửa chữa, bảo dưỡng ô tô, xe máy.

Theo Chiến lược phát triển giáo dục nghề nghiệp giai đoạn 2021-2030 ban hành kèm theo Quyết định số 2239/QĐ-TTg, mục tiêu đến năm 2030 cả nước đào tạo khoảng 120.000 kỹ thuật viên ô tô, xe máy mỗi năm, trong đó 30% đạt trình độ cao đẳng trở lên.

Tổng cục Giáo dục nghề nghiệp - 37B Nguyễn Bỉnh Khiêm, Hai Bà Trưng, Hà Nội
"""

Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
SUBJ_LIST = "quy mô tuyển sinh nghề công nghệ ô tô"

FIGS = [
    F("có 412 cơ sở", "412", 412, "count", "cơ sở giáo dục nghề nghiệp",
      subject="cơ sở giáo dục nghề nghiệp đào tạo nghề công nghệ ô tô", period=Y22),
    F("168 trường cao đẳng", "168", 168, "count", "trường cao đẳng", total=412,
      subject="trường cao đẳng đào tạo nghề công nghệ ô tô", period=Y22),
    F("121 trường trung cấp", "121", 121, "count", "trường trung cấp", total=412,
      subject="trường trung cấp đào tạo nghề công nghệ ô tô", period=Y22),
    F("123 trung tâm", "123", 123, "count", "trung tâm giáo dục nghề nghiệp", total=412,
      subject="trung tâm giáo dục nghề nghiệp đào tạo nghề công nghệ ô tô", period=Y22),
    F("khoảng 68.500 người", "68.500", 68500, "count", "người", approx="about", percent=3.1,
      change=C("increase", 9.7, "%", "năm 2021"),
      subject="quy mô tuyển sinh nghề công nghệ ô tô", period=P("năm 2022", "2022-01-01", "2022-12-31")),
    F("Hà Nội (8.240 người)", "8.240", 8240, "count", "người", subject=SUBJ_LIST,
      period=I(Y22), location="Hà Nội"),
    F("TP Hồ Chí Minh (7.915 người)", "7.915", 7915, "count", "người", subject=SUBJ_LIST,
      period=I(Y22), location="TP Hồ Chí Minh"),
    F("Đồng Nai (3.060 người)", "3.060", 3060, "count", "người", subject=SUBJ_LIST,
      period=I(Y22), location="Đồng Nai"),
    F("Bình Dương (2.870 người)", "2.870", 2870, "count", "người", subject=SUBJ_LIST,
      period=I(Y22), location="Bình Dương"),
    F("khoảng 4%", "4", 4, "percent", "%", approx="about",
      subject="tỷ lệ nữ theo học nghề công nghệ ô tô", period=I(Y22)),
    F("tại 60 cơ sở", "60", 60, "count", "cơ sở đào tạo", subject="cơ sở đào tạo được khảo sát", period=Y23),
    F("từ 85 đến 95%", "85", 85, "percent", "%", value_max=95,
      subject="tỷ lệ người học có việc làm ngay sau tốt nghiệp", period=Y23),
    F("đạt 100%", "100", 100, "percent", "%",
      subject="tỷ lệ người học có việc làm ngay sau tốt nghiệp của nhiều trường", period=Y23),
    F("từ 7 đến 9 triệu", "7", 7000000, "money", "đồng/tháng", value_max=9000000,
      change=C("increase", 15, "%", "bình quân chung của sinh viên tốt nghiệp cao đẳng", approx="about"),
      subject="mức lương khởi điểm của kỹ thuật viên ô tô trình độ cao đẳng", period=I(Y23)),
    F("khoảng 2.500 doanh nghiệp", "2.500", 2500, "count", "doanh nghiệp", approx="about",
      subject="doanh nghiệp sản xuất, lắp ráp, dịch vụ ô tô"),
    F("trên 80.000 cơ sở", "80.000", 80000, "count", "cơ sở", approx="over",
      subject="cơ sở sửa chữa, bảo dưỡng ô tô, xe máy"),
    F("khoảng 120.000 kỹ thuật viên", "120.000", 120000, "count", "kỹ thuật viên", approx="about",
      status="target", subject="kỹ thuật viên ô tô, xe máy đào tạo mỗi năm", period=T30),
    F("30% đạt", "30", 30, "percent", "%", status="target",
      subject="kỹ thuật viên đạt trình độ cao đẳng trở lên", period=T30),
]

NOTES = [
    "Ministry site (Bộ LĐ-TB&XH / Tổng cục GDNN), national (Việt Nam): 'Ngày đăng: 22/08/2023 | Lượt xem: 745'.",
    "Distractors: Lượt xem 745, Quyết định số 2239/QĐ-TTg, 'giai đoạn 2021-2030', address '37B Nguyễn Bỉnh Khiêm'.",
    "Ranking list 'lần lượt là Hà Nội (8.240 người) ...' shares the indicator; places go to location; no total (a ranking, not a breakdown of 68.500).",
    "'Khảo sát năm 2023' gives the period of the survey figures. 'Hiện cả nước có' → no period.",
]

if __name__ == "__main__":
    write("p1116-4", TEXT, NOTES, FIGS, published="2023-08-22", location="Việt Nam")
