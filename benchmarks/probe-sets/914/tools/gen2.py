"""p914-2: huyện Di Linh (Lâm Đồng) district portal, livelihoods in the leprosy treatment village (08/2024)."""
from lib import F, P, C, inh, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN DI LINH
Tin tức - Sự kiện | Y tế - Xã hội

Đời sống người dân khu điều trị phong xã Gung Ré từng bước được nâng lên

Thứ Năm, 15/08/2024 - 10:20

Khu điều trị phong Di Linh đóng tại thôn 3, xã Gung Ré, được thành lập từ năm 1959. Hiện khu có 74 hộ với 312 người, trong đó 41 người là bệnh nhân phong đã khỏi bệnh nhưng để lại di chứng, 136 người là đồng bào dân tộc thiểu số.

6 tháng đầu năm 2024, UBND huyện đã chi trả trợ cấp thường xuyên cho 41 bệnh nhân với mức 540.000 đồng/người/tháng, tổng kinh phí hơn 132,8 triệu đồng. Bên cạnh đó, Trung tâm Y tế huyện tổ chức khám sàng lọc cho 1.260 lượt người tại 5 xã có nguy cơ cao, phát hiện 2 bệnh nhân phong mới, tăng 1 bệnh nhân so với cùng kỳ năm 2023; cả hai bệnh nhân đều thuộc thể nhiều vi khuẩn và được điều trị đa hóa trị liệu 12 tháng.

Về sinh kế, các hộ trong khu hiện canh tác 58 ha cà phê và hơn 12 ha chè; năng suất cà phê bình quân đạt 3,2 tấn nhân/ha. Thu nhập bình quân năm 2023 đạt 46 triệu đồng/người/năm, tăng 8,5 triệu đồng so với năm 2022. Tỷ lệ hộ nghèo trong khu giảm từ 18,9% (năm 2021) xuống còn 6,8% vào cuối năm 2023.

Năm 2024, huyện phấn đấu hỗ trợ xây mới 6 căn nhà cho hộ nghèo trong khu với mức 50 triệu đồng/căn, giảm tỷ lệ hộ nghèo xuống dưới 5%. Dự kiến đến cuối năm, Trung tâm Y tế huyện sẽ cấp 120 bộ dụng cụ tự chăm sóc cho người khuyết tật do bệnh phong.

Ông K'Brel, Trưởng thôn 3, chia sẻ: "Trước đây bà con chỉ trông vào trợ cấp, nay nhiều hộ đã có vườn cà phê, con em được đi học đầy đủ".

Tin, ảnh: K'Điệp - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("khu có 74 hộ", "74", 74, "count", "hộ", "hộ trong khu điều trị phong"),
    F("với 312 người", "312", 312, "count", "người", "người trong khu điều trị phong"),
    F("41 người là bệnh nhân", "41", 41, "count", "người", "bệnh nhân phong đã khỏi bệnh nhưng để lại di chứng",
      total=312),
    F("136 người là đồng bào", "136", 136, "count", "người", "đồng bào dân tộc thiểu số", total=312),
    F("cho 41 bệnh nhân", "41", 41, "count", "bệnh nhân", "bệnh nhân được chi trả trợ cấp thường xuyên", H1),
    F("mức 540.000 đồng/người/tháng", "540.000", 540000, "money", "đồng/người/tháng", "mức trợ cấp thường xuyên",
      H1),
    F("hơn 132,8 triệu đồng", "132,8", 132.8e6, "money", "đồng", "tổng kinh phí chi trả trợ cấp", H1,
      approx="over"),
    F("cho 1.260 lượt người", "1.260", 1260, "count", "lượt người", "lượt người được khám sàng lọc",
      inh(H1)),
    F("tại 5 xã", "5", 5, "count", "xã", "xã có nguy cơ cao được khám sàng lọc", inh(H1)),
    F("phát hiện 2 bệnh nhân phong mới", "2", 2, "count", "bệnh nhân", "bệnh nhân phong mới phát hiện", inh(H1),
      change=C("increase", 1, "bệnh nhân", "cùng kỳ năm 2023")),
    F("cả hai bệnh nhân", "hai", 2, "count", "bệnh nhân", "bệnh nhân thể nhiều vi khuẩn", inh(H1), total=2,
      optional=True),
    F("đa hóa trị liệu 12 tháng", "12", 12, "measure", "tháng", "thời gian điều trị đa hóa trị liệu",
      optional=True),
    F("canh tác 58 ha", "58", 58, "measure", "ha", "diện tích cà phê các hộ canh tác"),
    F("hơn 12 ha chè", "12", 12, "measure", "ha", "diện tích chè", approx="over"),
    F("đạt 3,2 tấn nhân/ha", "3,2", 3.2, "measure", "tấn/ha", "năng suất cà phê nhân bình quân"),
    F("đạt 46 triệu đồng/người/năm", "46", 46e6, "money", "đồng/người/năm", "thu nhập bình quân", Y23,
      change=C("increase", 8.5e6, "đồng", "năm 2022")),
    F("giảm từ 18,9%", "18,9", 18.9, "percent", "%", "tỷ lệ hộ nghèo trong khu",
      P("năm 2021", "2021-01-01", "2021-12-31")),
    F("còn 6,8%", "6,8", 6.8, "percent", "%", "tỷ lệ hộ nghèo trong khu", P("cuối năm 2023", None, "2023-12-31")),
    F("xây mới 6 căn nhà", "6", 6, "count", "căn nhà", "căn nhà xây mới cho hộ nghèo trong khu", Y24,
      status="target"),
    F("mức 50 triệu đồng/căn", "50", 50e6, "money", "đồng/căn", "mức hỗ trợ xây nhà", Y24, status="target"),
    F("xuống dưới 5%", "5", 5, "percent", "%", "tỷ lệ hộ nghèo", Y24, approx="under", status="target"),
    F("cấp 120 bộ dụng cụ", "120", 120, "count", "bộ dụng cụ",
      "bộ dụng cụ tự chăm sóc cấp cho người khuyết tật do bệnh phong",
      P("đến cuối năm", None, "2024-12-31"), status="forecast"),
]

COMMENTS = [
    "Di Linh district portal (Lâm Đồng): the leprosy treatment village of xã Gung Ré; location is the district, Di Linh.",
    "Not figures: 'Thứ Năm, 15/08/2024 - 10:20', 'thôn 3', 'Trưởng thôn 3', 'từ năm 1959', 'cùng kỳ năm 2023' (baseline).",
    "'cả hai bệnh nhân' restates the 2 new patients (optional); the MDT course '12 tháng' is a regimen spec (optional).",
    "The screening sentence ('Bên cạnh đó, ...') takes '6 tháng đầu năm 2024' from the sentence before: inherited.",
    "'giảm từ 18,9% (năm 2021) xuống còn 6,8%' gives two percent figures and no change value; 'cuối năm 2023' is an as-of.",
    "'Dự kiến đến cuối năm' = by 31/12/2024 (year of the nearest earlier period), forecast.",
    "revised: 3,2 tấn nhân/ha unit 'tấn nhân/ha' -> 'tấn/ha' (a measure's unit is the measuring unit, the commodity 'nhân' goes to the subject; as '3 tấn gạo' -> tấn in p914-5).",
]

if __name__ == "__main__":
    write("p914-2", TEXT, COMMENTS, FIGS, published="2024-08-15", location="Di Linh")
