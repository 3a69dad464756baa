"""p1211-4: ministry site (Bộ NN&PTNT): national oilseed crops, sacha inchi by province, edible oil self-sufficiency."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Trồng trọt

Phát triển cây có dầu đặc sản theo hướng sản xuất hàng hóa

Ngày đăng: 05/03/2024 | Lượt xem: 1.027

Theo Cục Trồng trọt, năm 2023 cả nước gieo trồng 201.800 ha cây có dầu ngắn ngày, giảm 4,6% so với năm 2022; trong đó lạc 168.300 ha, vừng 29.500 ha, các cây có dầu khác 4.000 ha. Sản lượng lạc đạt 454.000 tấn, năng suất bình quân 27 tạ/ha.

Đối với cây sachi, sau giai đoạn phát triển nóng những năm 2016-2017, diện tích cả nước hiện còn khoảng 3.200 ha, phân bố tại 12 tỉnh; lớn nhất là Đắk Nông, Bình Phước và Hòa Bình với lần lượt 896 ha, 610 ha và 425 ha. Cây mắc ca đạt khoảng 20.000 ha, trong đó gần 6.000 ha đã cho thu hoạch.

Năm 2023, Việt Nam nhập khẩu khoảng 1,1 triệu tấn dầu thực vật thô và hạt có dầu, trị giá gần 1,9 tỷ USD. Ngành dầu ăn trong nước mới tự chủ được khoảng 10% nguyên liệu. Mức tiêu thụ dầu ăn bình quân đạt 12 kg/người/năm, bằng 70% mức khuyến nghị của Tổ chức Y tế Thế giới.

Theo dự thảo Đề án phát triển cây có dầu đến năm 2030, Bộ đặt mục tiêu nâng tỷ lệ tự chủ nguyên liệu dầu ăn lên 20-25%; duy trì diện tích lạc 200.000 ha với năng suất bình quân không dưới 28 tạ/ha; hình thành ít nhất 5 vùng nguyên liệu sachi, mắc ca tập trung gắn với cơ sở chế biến.

Phát biểu tại hội thảo lần thứ hai về cây có dầu, Thứ trưởng Hoàng Trung cho biết, Bộ sẽ rà soát, đưa hai loài cây sachi và sở vào danh mục cây trồng được hỗ trợ theo Nghị định số 83/2018/NĐ-CP.

CỔNG THÔNG TIN ĐIỆN TỬ BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trụ sở: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3846.8161
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
SACHI = "diện tích cây sachi"

FIGS = [
    F("gieo trồng 201.800 ha", "201.800", 201800, "measure", "ha",
      change=C("decrease", 4.6, "%", "năm 2022"), subject="diện tích gieo trồng cây có dầu ngắn ngày", period=Y23),
    F("lạc 168.300 ha", "168.300", 168300, "measure", "ha", total=201800, subject="diện tích gieo trồng lạc",
      period=Y23),
    F("vừng 29.500 ha", "29.500", 29500, "measure", "ha", total=201800, subject="diện tích gieo trồng vừng",
      period=Y23),
    F("khác 4.000 ha", "4.000", 4000, "measure", "ha", total=201800,
      subject="diện tích gieo trồng các cây có dầu khác", period=Y23),
    F("đạt 454.000 tấn", "454.000", 454000, "measure", "tấn", subject="sản lượng lạc", period=I(Y23)),
    F("bình quân 27 tạ/ha", "27", 27, "measure", "tạ/ha", subject="năng suất lạc bình quân", period=I(Y23)),
    F("khoảng 3.200 ha", "3.200", 3200, "measure", "ha", approx="about", subject=SACHI),
    F("tại 12 tỉnh", "12", 12, "count", "tỉnh", subject="tỉnh có cây sachi"),
    F("lượt 896 ha", "896", 896, "measure", "ha", subject=SACHI, location="Đắk Nông"),
    F("610 ha", "610", 610, "measure", "ha", subject=SACHI, location="Bình Phước"),
    F("425 ha", "425", 425, "measure", "ha", subject=SACHI, location="Hòa Bình"),
    F("khoảng 20.000 ha", "20.000", 20000, "measure", "ha", approx="about", subject="diện tích cây mắc ca"),
    F("gần 6.000 ha", "6.000", 6000, "measure", "ha", approx="nearly", total=20000,
      subject="diện tích mắc ca đã cho thu hoạch"),
    F("khoảng 1,1 triệu", "1,1", 1.1e6, "measure", "tấn", approx="about",
      subject="dầu thực vật thô và hạt có dầu nhập khẩu", period=Y23b),
    F("gần 1,9 tỷ", "1,9", 1.9e9, "money", "USD", approx="nearly",
      subject="trị giá nhập khẩu dầu thực vật thô và hạt có dầu", period=Y23b),
    F("khoảng 10%", "10", 10, "percent", "%", approx="about",
      subject="tỷ lệ nguyên liệu ngành dầu ăn trong nước tự chủ được", period=I(Y23b)),
    F("đạt 12 kg", "12", 12, "measure", "kg/người/năm", percent=70,
      subject="mức tiêu thụ dầu ăn bình quân", period=I(Y23b)),
    F("lên 20-25%", "20", 20, "percent", "%", value_max=25, status="target",
      subject="tỷ lệ tự chủ nguyên liệu dầu ăn", period=T30),
    F("lạc 200.000 ha", "200.000", 200000, "measure", "ha", status="target", subject="diện tích lạc duy trì",
      period=T30),
    F("không dưới 28 tạ/ha", "28", 28, "measure", "tạ/ha", approx="at_least", status="target",
      subject="năng suất lạc bình quân", period=T30),
    F("ít nhất 5 vùng", "5", 5, "count", "vùng nguyên liệu", approx="at_least", status="target",
      subject="vùng nguyên liệu sachi, mắc ca tập trung", period=T30),
    F("đưa hai loài", "hai", 2, "count", "loài cây", status="forecast", optional=True,
      subject="loài cây đưa vào danh mục cây trồng được hỗ trợ"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT), national figures: 'Ngày đăng: 05/03/2024 | Lượt xem: 1.027' (published). Default location Việt Nam.",
    "Distractors: view counter 1.027, 'những năm 2016-2017' (period), 'lần thứ hai' (ordinal word), 'Nghị định số 83/2018/NĐ-CP', 'Số 2 Ngọc Hà', phone.",
    "'lần lượt 896 ha, 610 ha và 425 ha' list items take the provinces named before as location and the list's indicator (diện tích cây sachi).",
    "Parts after 'trong đó' add up (168.300+29.500+4.000 = 201.800): total. 'gần 6.000 ha' of 'khoảng 20.000 ha' mắc ca: total 20.000.",
    "'12 kg/người/năm, bằng 70% mức khuyến nghị' → percent attribute 70. Targets after 'đến năm 2030 … đặt mục tiêu' continue across ';'.",
    "'hai loài cây sachi và sở' names the two species rather than counting a quantity (optional); 'Bộ sẽ' → forecast.",
]

if __name__ == "__main__":
    write("p1211-4", TEXT, NOTES, FIGS, published="2024-03-05", location="Việt Nam")
