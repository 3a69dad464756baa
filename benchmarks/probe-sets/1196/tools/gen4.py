"""p1196-4: ministry site (Bộ Công Thương), national bauxite - alumina industry, 8 months of 2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Công nghiệp

Ngành alumin: Sản lượng năm 2023 dự kiến vượt 1,3 triệu tấn

Ngày đăng: 06/09/2023 | Lượt xem: 1.572

Theo Cục Công nghiệp, Việt Nam có tài nguyên bô-xít khoảng 5,8 tỷ tấn, xếp thứ 2 thế giới sau Guinea, tập trung chủ yếu ở Tây Nguyên (chiếm khoảng 90%).

8 tháng đầu năm 2023, hai nhà máy alumin sản xuất 885.400 tấn alumin, tăng 2,7% so với cùng kỳ, trong đó Nhà máy Alumin Tân Rai (Lâm Đồng) đạt 446.200 tấn, Nhà máy Alumin Nhân Cơ (Đắk Nông) đạt 439.200 tấn. Kim ngạch xuất khẩu alumin ước đạt 318 triệu USD; Trung Quốc, Ấn Độ và Indonesia là ba thị trường lớn nhất, lần lượt chiếm 41,5%, 18,2% và 11,7%. Cả năm, sản lượng alumin dự kiến đạt khoảng 1,32 triệu tấn.

Theo Quy hoạch thăm dò, khai thác, chế biến và sử dụng các loại khoáng sản thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 (Quyết định số 866/QĐ-TTg), đến năm 2030 cả nước phấn đấu sản xuất từ 12 đến 14 triệu tấn alumin/năm và khoảng 1,5 triệu tấn nhôm/năm. Để sản xuất 1 tấn nhôm cần khoảng 1,93 tấn alumin và từ 13.500 đến 14.500 kWh điện.

Năm 2022, hai dự án alumin đã nộp ngân sách nhà nước 1.156 tỷ đồng, tạo việc làm cho hơn 3.700 lao động. Tổng vốn đầu tư của hai dự án gần 32.000 tỷ đồng; tỷ lệ nội địa hóa thiết bị đạt khoảng 35%.

Cơ quan chủ quản: Bộ Công Thương
Địa chỉ: 54 Hai Bà Trưng, quận Hoàn Kiếm, Hà Nội | Điện thoại: 024.22202222
"""

E8 = P("8 tháng đầu năm 2023", "2023-01-01", "2023-08-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
FULL = P("Cả năm", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
MK = "tỷ trọng trong kim ngạch xuất khẩu alumin"

FIGS = [
    F("vượt 1,3 triệu", "1,3", 1.3e6, "measure", "tấn", approx="over", status="forecast",
      subject="sản lượng alumin", period=Y23),
    F("khoảng 5,8 tỷ", "5,8", 5.8e9, "measure", "tấn", approx="about", subject="tài nguyên bô-xít"),
    F("xếp thứ 2", "2", 2, "rank", "hạng", subject="tài nguyên bô-xít trên thế giới"),
    F("khoảng 90%", "90", 90, "percent", "%", approx="about",
      subject="tỷ trọng tài nguyên bô-xít tập trung ở Tây Nguyên"),
    F("hai nhà máy", "hai", 2, "count", "nhà máy", optional=True, subject="nhà máy alumin",
      period=E8),
    F("sản xuất 885.400 tấn", "885.400", 885400, "measure", "tấn",
      change=C("increase", 2.7, "%", "cùng kỳ"), subject="alumin hai nhà máy sản xuất", period=E8),
    F("đạt 446.200 tấn", "446.200", 446200, "measure", "tấn", total=885400,
      subject="alumin Nhà máy Alumin Tân Rai sản xuất", period=E8, location="Lâm Đồng"),
    F("đạt 439.200 tấn", "439.200", 439200, "measure", "tấn", total=885400,
      subject="alumin Nhà máy Alumin Nhân Cơ sản xuất", period=E8, location="Đắk Nông"),
    F("ước đạt 318 triệu", "318", 318e6, "money", "USD", status="estimate",
      subject="kim ngạch xuất khẩu alumin", period=I(E8)),
    F("ba thị trường", "ba", 3, "count", "thị trường", optional=True,
      subject="thị trường lớn nhất"),
    F("chiếm 41,5%", "41,5", 41.5, "percent", "%", subject=f"{MK} Trung Quốc", period=I(E8)),
    F("41,5%, 18,2%", "18,2", 18.2, "percent", "%", subject=f"{MK} Ấn Độ", period=I(E8)),
    F("và 11,7%", "11,7", 11.7, "percent", "%", subject=f"{MK} Indonesia", period=I(E8)),
    F("khoảng 1,32 triệu", "1,32", 1.32e6, "measure", "tấn", approx="about", status="forecast",
      subject="sản lượng alumin", period=FULL),
    F("từ 12 đến 14 triệu", "12", 12e6, "measure", "tấn/năm", value_max=14e6, status="target",
      subject="sản xuất alumin", period=T30),
    F("khoảng 1,5 triệu", "1,5", 1.5e6, "measure", "tấn/năm", approx="about", status="target",
      subject="sản xuất nhôm", period=T30),
    F("khoảng 1,93 tấn", "1,93", 1.93, "measure", "tấn alumin/tấn nhôm", approx="about",
      subject="alumin cần để sản xuất 1 tấn nhôm"),
    F("từ 13.500 đến 14.500", "13.500", 13500, "measure", "kWh/tấn nhôm", value_max=14500,
      subject="điện cần để sản xuất 1 tấn nhôm"),
    F("Năm 2022, hai dự án", "hai", 2, "count", "dự án", optional=True, subject="dự án alumin"),
    F("nhà nước 1.156 tỷ", "1.156", 1156e9, "money", "đồng",
      subject="hai dự án alumin nộp ngân sách nhà nước", period=Y22),
    F("hơn 3.700 lao động", "3.700", 3700, "count", "lao động", approx="over",
      subject="lao động có việc làm từ hai dự án alumin", period=Y22),
    F("của hai dự án", "hai", 2, "count", "dự án", optional=True, subject="dự án alumin"),
    F("gần 32.000 tỷ", "32.000", 32000e9, "money", "đồng", approx="nearly",
      subject="tổng vốn đầu tư của hai dự án"),
    F("khoảng 35%", "35", 35, "percent", "%", approx="about", subject="tỷ lệ nội địa hóa thiết bị"),
]

NOTES = [
    "Ministry site (Bộ Công Thương): 'Ngày đăng: 06/09/2023 | Lượt xem: 1.572', address/phone footer. National: location Việt Nam,",
    "except the two plants' outputs after 'trong đó' (Lâm Đồng, Đắk Nông: the plant's province in brackets). Trade partners are not places.",
    "Distractors: view counter, 'thời kỳ 2021 - 2030', 'năm 2050', 'Quyết định số 866/QĐ-TTg', '1 tấn nhôm' (the denominator of a rate),",
    "'54 Hai Bà Trưng', phone 024.22202222. 'hai nhà máy' / 'ba thị trường' / 'hai dự án' (x2) are number words naming a set already spelt out (optional).",
    "revised after the first run: units 'tấn alumin/năm', 'tấn nhôm/năm' → 'tấn/năm' (shortest noun phrase; the metal is in the subject).",
    "Headline 'dự kiến vượt 1,3 triệu tấn' → forecast, over, 'năm 2023'. 'Cả năm' takes 2023 from '8 tháng đầu năm 2023'.",
    "Market shares after ';' have their own verb 'chiếm' (actual, not under 'ước đạt'); period inherited from the first sentence.",
    "'Tổng vốn đầu tư' and 'tỷ lệ nội địa hóa' are project facts: no period (the 'Năm 2022' sentence is another).",
]

if __name__ == "__main__":
    write("p1196-4", TEXT, NOTES, FIGS, published="2023-09-06", location="Việt Nam")
