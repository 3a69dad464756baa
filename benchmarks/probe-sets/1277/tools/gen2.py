"""p1277-2: district portal (huyện Gia Lâm, Hà Nội): rally for World No Tobacco Day 2024, smoke-free offices, school survey."""
from lib import F, P, I, CH, TG, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GIA LÂM - THÀNH PHỐ HÀ NỘI
Trang chủ | Tin tức - Sự kiện | Văn hóa - Xã hội | Thủ tục hành chính

Gia Lâm mít tinh hưởng ứng Ngày Thế giới không thuốc lá

31/05/2024 - 10:25

Sáng 31/5, UBND huyện Gia Lâm tổ chức mít tinh hưởng ứng Ngày Thế giới không thuốc lá và Tuần lễ Quốc gia không thuốc lá năm 2024. Tham dự có khoảng 500 đại biểu, đoàn viên thanh niên và học sinh.

Theo báo cáo của Trung tâm Y tế huyện, năm 2023 toàn huyện có 20/22 xã, thị trấn xây dựng mô hình "Cơ quan, công sở không khói thuốc"; 100% trường học treo biển cấm hút thuốc lá. Từ đầu năm đến nay, huyện đã thành lập ba đoàn kiểm tra liên ngành, kiểm tra 186 cơ sở, nhắc nhở 42 trường hợp và xử phạt 9 trường hợp với số tiền 4,5 triệu đồng.

Bác sĩ Nguyễn Thị Hạnh, Giám đốc Trung tâm Y tế huyện cho biết, khảo sát tại 6 trường trung học cơ sở cho thấy gần 12% học sinh nam từng thử thuốc lá điện tử, độ tuổi bắt đầu sử dụng phổ biến từ 13 đến 15 tuổi.

Năm 2024, huyện phấn đấu 100% cơ quan, đơn vị, trường học trên địa bàn thực hiện nghiêm quy định không hút thuốc lá trong nhà; xây dựng ít nhất 25 mô hình "Gia đình không khói thuốc". Huyện Đoàn huy động khoảng ba chục tình nguyện viên tham gia giám sát tại các chợ, bến xe.

Dịp này, Ban tổ chức trao 15 giải cho các tập thể, cá nhân đạt thành tích trong cuộc thi vẽ tranh "Tuổi trẻ nói không với thuốc lá" (gồm 3 giải Nhất, 5 giải Nhì và 7 giải Ba).

Tin khác:
- Huyện Gia Lâm tổng kết công tác y tế năm 2023
- Hướng dẫn thực hiện Nghị định số 117/2020/NĐ-CP về xử phạt vi phạm hành chính trong lĩnh vực y tế

UBND HUYỆN GIA LÂM
Địa chỉ: Số 6 đường Cổ Bi, thị trấn Trâu Quỳ, huyện Gia Lâm, Hà Nội
Điện thoại: 024.3827.6108
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-05-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("khoảng 500 đại biểu", "500", 500, "count", "đại biểu", approx="about",
      subject="đại biểu, đoàn viên thanh niên và học sinh tham dự mít tinh"),
    F("có 20/22", "20", 20, "count", "xã, thị trấn", total=22,
      subject="xã, thị trấn xây dựng mô hình Cơ quan, công sở không khói thuốc", period=Y23),
    F("; 100% trường học", "100", 100, "percent", "%",
      subject="trường học treo biển cấm hút thuốc lá", period=Y23),
    F("ba đoàn", "ba", 3, "count", "đoàn", subject="đoàn kiểm tra liên ngành huyện thành lập", period=YTD),
    F("kiểm tra 186", "186", 186, "count", "cơ sở", subject="cơ sở được kiểm tra", period=YTD),
    F("nhắc nhở 42", "42", 42, "count", "trường hợp", subject="trường hợp bị nhắc nhở", period=YTD),
    F("xử phạt 9 trường hợp", "9", 9, "count", "trường hợp", subject="trường hợp bị xử phạt", period=YTD),
    F("tiền 4,5 triệu", "4,5", 4.5e6, "money", "đồng", subject="số tiền xử phạt", period=YTD),
    F("tại 6 trường", "6", 6, "count", "trường", subject="trường trung học cơ sở được khảo sát"),
    F("gần 12%", "12", 12, "percent", "%", approx="nearly",
      subject="học sinh nam từng thử thuốc lá điện tử"),
    F("từ 13 đến 15 tuổi", "13", 13, "measure", "tuổi", value_max=15,
      subject="độ tuổi bắt đầu sử dụng thuốc lá điện tử phổ biến"),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="cơ quan, đơn vị, trường học thực hiện nghiêm quy định không hút thuốc lá trong nhà", period=Y24),
    F("ít nhất 25 mô hình", "25", 25, "count", "mô hình", approx="at_least", status="target",
      subject="mô hình Gia đình không khói thuốc xây dựng", period=Y24),
    F("khoảng ba chục", "ba chục", 30, "count", "tình nguyện viên", approx="about",
      subject="tình nguyện viên Huyện Đoàn huy động tham gia giám sát", period=I(Y24)),
    F("trao 15 giải", "15", 15, "count", "giải",
      subject="giải trao cho tập thể, cá nhân đạt thành tích trong cuộc thi vẽ tranh"),
    F("gồm 3 giải", "3", 3, "count", "giải Nhất", total=15, subject="giải Nhất"),
    F("5 giải Nhì", "5", 5, "count", "giải Nhì", total=15, subject="giải Nhì"),
    F("7 giải Ba", "7", 7, "count", "giải Ba", total=15, subject="giải Ba"),
]

NOTES = [
    "District portal (huyện Gia Lâm, Hà Nội): banner naming the district, menu, '31/05/2024 - 10:25' under the headline, 'Tin khác', address and phone footer.",
    "Distractors: 'Sáng 31/5', 'năm 2024' in the event name, 10:25, 'Nghị định số 117/2020/NĐ-CP', 'Số 6 đường Cổ Bi', phone 024.3827.6108, 'năm 2023' in a link.",
    "Location: every figure is the district's (Gia Lâm). '20/22 xã, thị trấn' → total 22.",
    "'năm 2023' governs both clauses of its sentence (20/22 and 100%). 'Từ đầu năm đến nay' ends at the dateline 2024-05-31.",
    "Survey sentence has no period phrase: no period. 'từ 13 đến 15 tuổi' is a stated fact (age of first use): measure range in 'tuổi'.",
    "'Năm 2024, huyện phấn đấu ...' governs both clauses (target). The next sentence (Huyện Đoàn huy động) has no cue: actual; its period 'Năm 2024' is inherited from the sentence before.",
    "'khoảng ba chục' = about 30 (number word). The bracketed breakdown after 15 giải adds up (3+5+7): total 15.",
]

if __name__ == "__main__":
    write("p1277-2", TEXT, NOTES, FIGS, published="2024-05-31", location="Gia Lâm")
