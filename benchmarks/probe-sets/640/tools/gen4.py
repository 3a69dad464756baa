from lib import *

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức - Sự kiện » Dân số - Kế hoạch hóa gia đình
Ngày đăng: 11/07/2024 | Lượt xem: 2.086

Quy mô dân số Việt Nam vượt 100 triệu người, mức sinh xuống dưới mức thay thế

Nhân Ngày Dân số thế giới 11/7, Cục Dân số (Bộ Y tế) cho biết năm 2023 quy mô dân số Việt Nam đạt 100,3 triệu người, đứng thứ 15 thế giới và thứ 3 khu vực Đông Nam Á. Tổng tỷ suất sinh năm 2023 là 1,96 con/phụ nữ, lần đầu tiên xuống dưới mức sinh thay thế; năm 2022 là 2,01 con/phụ nữ.

Mức sinh có sự khác biệt lớn giữa các vùng. Có 21 tỉnh, thành phố có mức sinh thấp, tập trung ở Đông Nam Bộ và Đồng bằng sông Cửu Long, trong đó TP. Hồ Chí Minh có tổng tỷ suất sinh thấp nhất cả nước với 1,39 con/phụ nữ, tiếp đến là Bình Dương 1,42 con và Bạc Liêu 1,48 con. Ngược lại, 23 tỉnh vẫn có mức sinh cao, chủ yếu ở miền núi phía Bắc và Tây Nguyên.

Tỷ số giới tính khi sinh toàn quốc năm 2023 là 112 bé trai/100 bé gái; cao nhất là Bắc Ninh, Hưng Yên và Hải Dương với tỷ số lần lượt là 119,6; 118,2 và 117,5. Tuổi thọ trung bình của người Việt Nam đạt 73,7 tuổi, trong đó nam 71,1 tuổi, nữ 76,5 tuổi. Số người từ 60 tuổi trở lên chiếm 12,8% dân số.

Theo Chiến lược Dân số Việt Nam đến năm 2030, mục tiêu đến năm 2030 duy trì tổng tỷ suất sinh ở mức 2,1 con/phụ nữ, đưa tỷ số giới tính khi sinh xuống dưới 109 bé trai/100 bé gái, tuổi thọ bình quân đạt 75 tuổi, 70% phụ nữ mang thai được tầm soát ít nhất 4 loại bệnh bẩm sinh phổ biến nhất và 90% trẻ sơ sinh được tầm soát ít nhất 5 bệnh bẩm sinh phổ biến nhất.

Cục Dân số - Số 8 Tôn Thất Thuyết, Nam Từ Liêm, Hà Nội. Đường dây nóng: 1900.9095
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
SRB = "bé trai/100 bé gái"
TFR = "con/phụ nữ"

FIGS = [
    F("vượt 100 triệu người", "100", 100e6, "count", "người", "Quy mô dân số Việt Nam", I(Y23), approx="over"),
    F("đạt 100,3 triệu người", "100,3", 100.3e6, "count", "người", "quy mô dân số Việt Nam", Y23),
    F("đứng thứ 15 thế giới", "15", 15, "rank", "hạng", "quy mô dân số Việt Nam trên thế giới", Y23),
    F("thứ 3 khu vực", "3", 3, "rank", "hạng", "quy mô dân số Việt Nam trong khu vực Đông Nam Á", Y23),
    F("là 1,96 con/phụ nữ", "1,96", 1.96, "measure", TFR, "Tổng tỷ suất sinh", Y23),
    F("là 2,01 con/phụ nữ", "2,01", 2.01, "measure", TFR, "Tổng tỷ suất sinh", P("năm 2022", "2022-01-01", "2022-12-31")),
    F("Có 21 tỉnh, thành phố", "21", 21, "count", "tỉnh, thành phố", "tỉnh, thành phố có mức sinh thấp", I(Y23)),
    F("với 1,39 con/phụ nữ", "1,39", 1.39, "measure", TFR, "tổng tỷ suất sinh", I(Y23), location="TP. Hồ Chí Minh"),
    F("Bình Dương 1,42 con", "1,42", 1.42, "measure", TFR, "tổng tỷ suất sinh", I(Y23), location="Bình Dương"),
    F("Bạc Liêu 1,48 con", "1,48", 1.48, "measure", TFR, "tổng tỷ suất sinh", I(Y23), location="Bạc Liêu"),
    F("23 tỉnh vẫn", "23", 23, "count", "tỉnh", "tỉnh có mức sinh cao", I(Y23)),
    F("là 112 bé trai", "112", 112, "measure", SRB, "Tỷ số giới tính khi sinh toàn quốc", Y23),
    F("là 119,6;", "119,6", 119.6, "measure", SRB, "Tỷ số giới tính khi sinh", Y23, location="Bắc Ninh"),
    F("118,2 và", "118,2", 118.2, "measure", SRB, "Tỷ số giới tính khi sinh", Y23, location="Hưng Yên"),
    F("và 117,5.", "117,5", 117.5, "measure", SRB, "Tỷ số giới tính khi sinh", Y23, location="Hải Dương"),
    F("đạt 73,7 tuổi", "73,7", 73.7, "measure", "tuổi", "Tuổi thọ trung bình của người Việt Nam", I(Y23)),
    F("nam 71,1 tuổi", "71,1", 71.1, "measure", "tuổi", "Tuổi thọ trung bình của nam", I(Y23)),
    F("nữ 76,5 tuổi", "76,5", 76.5, "measure", "tuổi", "Tuổi thọ trung bình của nữ", I(Y23)),
    F("từ 60 tuổi", "60", 60, "measure", "tuổi", approx="at_least", optional=True),
    F("chiếm 12,8%", "12,8", 12.8, "percent", "%", "Số người từ 60 tuổi trở lên trong dân số", I(Y23)),
    F("mức 2,1 con/phụ nữ", "2,1", 2.1, "measure", TFR, "tổng tỷ suất sinh", T30, status="target"),
    F("dưới 109 bé trai", "109", 109, "measure", SRB, "tỷ số giới tính khi sinh", T30, approx="under", status="target"),
    F("đạt 75 tuổi", "75", 75, "measure", "tuổi", "tuổi thọ bình quân", T30, status="target"),
    F("70% phụ nữ", "70", 70, "percent", "%", "phụ nữ mang thai được tầm soát ít nhất 4 loại bệnh bẩm sinh phổ biến nhất", T30,
      status="target"),
    F("ít nhất 4 loại bệnh", "4", 4, "count", "loại bệnh", approx="at_least", optional=True),
    F("90% trẻ sơ sinh", "90", 90, "percent", "%", "trẻ sơ sinh được tầm soát ít nhất 5 bệnh bẩm sinh phổ biến nhất", T30,
      status="target"),
    F("ít nhất 5 bệnh", "5", 5, "count", "bệnh", approx="at_least", optional=True),
]

COMMENTS = [
    "Bộ Y tế portal: Ngày Dân số thế giới 11/7/2024 — quy mô dân số 2023, TFR by region/province, SRB by province, tuổi thọ, targets of the Chiến lược Dân số đến năm 2030.",
    "\"Ngày đăng: 11/07/2024 | Lượt xem: 2.086\": dateline + counter. Not figures: \"Ngày Dân số thế giới 11/7\", \"lần đầu tiên\", the strategy's name, \"Số 8 Tôn Thất Thuyết\", hotline 1900.9095.",
    "National figures are Việt Nam; TFR and SRB list items carry their province as location (\"lần lượt\" list: 119,6; 118,2; 117,5).",
    "Life expectancy of men and women after \"trong đó\" are not parts of the overall average (they do not add up): no total.",
    "Screening thresholds inside target names (\"ít nhất 4 loại bệnh\", \"ít nhất 5 bệnh\") and \"từ 60 tuổi\" are optional, as \"từ 15 tuổi\" in shared 000.",
]

if __name__ == "__main__":
    emit("p640-4", TEXT, COMMENTS, FIGS, published="2024-07-11", location="Việt Nam")
