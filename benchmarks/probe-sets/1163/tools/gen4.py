"""p1163-4: ministry site (Bộ NN&PTNT), national wood pellet exports 2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Lâm nghiệp

Xuất khẩu viên nén gỗ năm 2024 đạt 790 triệu USD

Ngày đăng: 14/01/2025 | Lượt xem: 931

Năm 2024, kim ngạch xuất khẩu viên nén gỗ của Việt Nam đạt 790 triệu USD, tăng 11,8% so với năm 2023; khối lượng đạt khoảng 5,8 triệu tấn. Việt Nam tiếp tục là nước xuất khẩu viên nén gỗ lớn thứ hai thế giới, sau Hoa Kỳ.

Hàn Quốc và Nhật Bản là hai thị trường chính, chiếm tổng cộng 96,5% kim ngạch. Trong đó, xuất khẩu sang Nhật Bản đạt 452 triệu USD, tăng 27,4%; sang Hàn Quốc đạt 310 triệu USD, giảm 6,1% so với năm 2023. Giá xuất khẩu bình quân năm 2024 đạt 136 USD/tấn, thấp hơn 3,2% so với năm trước.

Ba địa phương có sản lượng lớn nhất là Bình Định, Quảng Trị và Phú Yên, với sản lượng lần lượt là 1,1 triệu tấn, 780.000 tấn và 650.000 tấn. Cả nước hiện có khoảng 150 doanh nghiệp sản xuất viên nén, tổng công suất trên 6 triệu tấn/năm.

Theo Hiệp hội Gỗ và Lâm sản Việt Nam (VIFOREST), phụ phẩm từ chế biến gỗ và khai thác rừng trồng (mùn cưa, dăm bào, cành ngọn) mỗi năm khoảng 20 triệu tấn nhưng mới được tận dụng khoảng 35%.

Theo Chiến lược phát triển lâm nghiệp Việt Nam giai đoạn 2021-2030 (Quyết định số 523/QĐ-TTg), đến năm 2030 phấn đấu kim ngạch xuất khẩu viên nén gỗ đạt 1,5 tỷ USD, tỷ lệ viên nén có chứng chỉ bền vững đạt ít nhất 70%.

BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội
Điện thoại: 024.3846.8161
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
SL = "sản lượng viên nén gỗ"

FIGS = [
    F("2024 đạt 790 triệu USD", "790", 790e6, "money", "USD", subject="xuất khẩu viên nén gỗ", period=Y24b),
    F("Việt Nam đạt 790 triệu USD", "790", 790e6, "money", "USD",
      change=C("increase", 11.8, "%", "năm 2023"), subject="kim ngạch xuất khẩu viên nén gỗ", period=Y24),
    F("khoảng 5,8 triệu tấn", "5,8", 5.8e6, "measure", "tấn", approx="about",
      subject="khối lượng viên nén gỗ xuất khẩu", period=Y24),
    F("lớn thứ hai thế giới", "hai", 2, "rank", "hạng", subject="nước xuất khẩu viên nén gỗ lớn trên thế giới",
      period=I(Y24)),
    F("là hai thị trường", "hai", 2, "count", "thị trường", optional=True,
      subject="thị trường chính xuất khẩu viên nén gỗ"),
    F("96,5%", "96,5", 96.5, "percent", "%",
      subject="tỷ trọng của Hàn Quốc và Nhật Bản trong kim ngạch xuất khẩu viên nén gỗ", period=I(Y24)),
    F("đạt 452 triệu USD", "452", 452e6, "money", "USD", change=C("increase", 27.4, "%"),
      subject="kim ngạch xuất khẩu viên nén gỗ sang Nhật Bản", period=I(Y24)),
    F("đạt 310 triệu USD", "310", 310e6, "money", "USD",
      change=C("decrease", 6.1, "%", "năm 2023"),
      subject="kim ngạch xuất khẩu viên nén gỗ sang Hàn Quốc", period=I(Y24)),
    F("136 USD/tấn", "136", 136, "money", "USD/tấn", change=C("decrease", 3.2, "%", "năm trước"),
      subject="giá xuất khẩu bình quân viên nén gỗ", period=Y24b),
    F("Ba địa phương", "Ba", 3, "count", "địa phương", optional=True,
      subject="địa phương có sản lượng viên nén lớn nhất"),
    F("là 1,1 triệu tấn", "1,1", 1.1e6, "measure", "tấn", subject=SL, period=I(Y24), location="Bình Định"),
    F("780.000 tấn", "780.000", 780000, "measure", "tấn", subject=SL, period=I(Y24), location="Quảng Trị"),
    F("650.000 tấn", "650.000", 650000, "measure", "tấn", subject=SL, period=I(Y24), location="Phú Yên"),
    F("khoảng 150 doanh nghiệp", "150", 150, "count", "doanh nghiệp", approx="about",
      subject="doanh nghiệp sản xuất viên nén"),
    F("trên 6 triệu tấn/năm", "6", 6e6, "measure", "tấn/năm", approx="over",
      subject="tổng công suất doanh nghiệp sản xuất viên nén"),
    F("khoảng 20 triệu tấn", "20", 20e6, "measure", "tấn", approx="about",
      subject="phụ phẩm từ chế biến gỗ và khai thác rừng trồng mỗi năm"),
    F("khoảng 35%", "35", 35, "percent", "%", approx="about",
      subject="tỷ lệ phụ phẩm từ chế biến gỗ và khai thác rừng trồng được tận dụng"),
    F("đạt 1,5 tỷ USD", "1,5", 1.5e9, "money", "USD", status="target",
      subject="kim ngạch xuất khẩu viên nén gỗ", period=T30),
    F("ít nhất 70%", "70", 70, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ viên nén có chứng chỉ bền vững", period=T30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): national wood pellet exports 2024. 'Ngày đăng: 14/01/2025 | Lượt xem: 931', address and phone footer.",
    "Headline 'năm 2024 đạt 790 triệu USD' repeats the lead figure (its own figure, with its own period). Location Việt Nam throughout, except the",
    "'lần lượt' list of provinces (Bình Định, Quảng Trị, Phú Yên: each its province). Trade partners (Nhật Bản, Hàn Quốc) are not places.",
    "'lớn thứ hai thế giới' is a rank written as a number word. 'hai thị trường', 'Ba địa phương' name the structure of a list (optional).",
    "revised: the parts after 'Trong đó' (452, 310 triệu USD) get no total: the cue follows '96,5%' of the two markets (no money whole",
    "before the cue), and 790 triệu USD stands two sentences earlier (was total 790 triệu USD in the first run). 96,5% is a share figure.",
    "Distractors: 'Quyết định số 523/QĐ-TTg', 'giai đoạn 2021-2030', 'Số 2 Ngọc Hà', phone 024.3846.8161, view counter 931.",
]

if __name__ == "__main__":
    write("p1163-4", TEXT, NOTES, FIGS, published="2025-01-14", location="Việt Nam")
