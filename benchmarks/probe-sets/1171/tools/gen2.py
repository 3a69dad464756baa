"""p1171-2: Chư Sê district portal (Gia Lai), mobile motorbike driving tests for ethnic minority people."""
from lib import F, P, I, C, T, write

TEXT = """UBND HUYỆN CHƯ SÊ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ | Tin tức - Sự kiện | Kinh tế | Văn hóa - Xã hội

Sát hạch cấp giấy phép lái xe mô tô cho 326 người dân vùng sâu
Ngày đăng: 19/03/2024 08:45

Từ ngày 12 đến 16/3, Phòng Kinh tế - Hạ tầng huyện phối hợp với Sở Giao thông vận tải và Trường Trung cấp nghề số 15 tổ chức kỳ sát hạch lưu động cấp giấy phép lái xe (GPLX) mô tô hạng A1 tại xã Ia Blang và xã Al Bá. Có 326 người dự sát hạch, trong đó 241 người là đồng bào Jrai, Bahnar. Kết quả, 285 người đạt yêu cầu, đạt tỷ lệ 87,4%.

Các học viên được miễn học phí ôn luyện và hỗ trợ 100% lệ phí sát hạch, lệ phí cấp GPLX với tổng kinh phí hơn 48 triệu đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, bình quân khoảng 150.000 đồng/người.

Tại xã Ia Blang, trước kỳ sát hạch, Đoàn Thanh niên xã đã mở 4 lớp ôn luyện lý thuyết vào buổi tối tại nhà văn hóa làng Plei Ó với hơn 120 lượt học viên. Ông Rơ Mah Tuấn, Phó Chủ tịch UBND xã cho biết, toàn xã có khoảng 1.900 hộ nhưng mới có chừng 40% người điều khiển xe mô tô có GPLX.

Năm 2023, huyện đã phối hợp tổ chức hai kỳ sát hạch lưu động với 518 người dự thi, số người được cấp GPLX là 447 người. Năm 2024, huyện phấn đấu tổ chức từ 3 đến 4 kỳ sát hạch lưu động, giúp ít nhất 1.000 người dân ở các xã vùng sâu được cấp GPLX mô tô.

Tin: Hoàng Yến
Địa chỉ: 766 Hùng Vương, thị trấn Chư Sê, huyện Chư Sê, tỉnh Gia Lai. Điện thoại: 0269.3882.112
"""

EXAM = P("Từ ngày 12 đến 16/3", "2024-03-12", "2024-03-16")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("cho 326 người", "326", 326, "count", "người",
      subject="người dân vùng sâu được sát hạch cấp giấy phép lái xe mô tô"),
    F("Có 326 người", "326", 326, "count", "người",
      subject="người dự sát hạch", period=I(EXAM)),
    F("241 người", "241", 241, "count", "người", total=326,
      subject="người dự sát hạch là đồng bào Jrai, Bahnar", period=I(EXAM)),
    F("285 người", "285", 285, "count", "người", percent=87.4,
      subject="người đạt yêu cầu", period=I(EXAM)),
    F("hỗ trợ 100%", "100", 100, "percent", "%",
      subject="lệ phí sát hạch, lệ phí cấp GPLX được hỗ trợ"),
    F("hơn 48 triệu", "48", 48000000, "money", "đồng", approx="over",
      subject="tổng kinh phí hỗ trợ"),
    F("khoảng 150.000 đồng/người", "150.000", 150000, "money", "đồng/người", approx="about",
      subject="kinh phí hỗ trợ bình quân"),
    F("mở 4 lớp", "4", 4, "count", "lớp", subject="lớp ôn luyện lý thuyết"),
    F("hơn 120 lượt", "120", 120, "count", "lượt học viên", approx="over",
      subject="lượt học viên ôn luyện lý thuyết"),
    F("khoảng 1.900 hộ", "1.900", 1900, "count", "hộ", approx="about", subject="hộ toàn xã Ia Blang"),
    F("chừng 40%", "40", 40, "percent", "%", approx="about",
      subject="người điều khiển xe mô tô có GPLX"),
    F("hai kỳ", "hai", 2, "count", "kỳ sát hạch lưu động",
      subject="kỳ sát hạch lưu động", period=Y23),
    F("với 518 người", "518", 518, "count", "người", subject="người dự thi", period=Y23),
    F("là 447 người", "447", 447, "count", "người", subject="người được cấp GPLX", period=Y23),
    F("từ 3 đến 4 kỳ", "3", 3, "count", "kỳ sát hạch lưu động", value_max=4, status="target",
      subject="kỳ sát hạch lưu động", period=Y24),
    F("ít nhất 1.000 người", "1.000", 1000, "count", "người dân", approx="at_least", status="target",
      subject="người dân ở các xã vùng sâu được cấp GPLX mô tô", period=Y24),
]

NOTES = [
    "District portal (UBND huyện Chư Sê, Gia Lai): mobile motorbike driving tests; 'Ngày đăng: 19/03/2024 08:45' (published).",
    "Default location is the district (Chư Sê); commune figures (Ia Blang) stay with the district.",
    "Distractors: 'Trường Trung cấp nghề số 15', 'hạng A1', 'Từ ngày 12 đến 16/3' (dates), address '766 Hùng Vương', phone, time 08:45.",
    "The headline 326 has no period. The 326/241/285 sentences take the exam dates from the first sentence (inherited).",
    "'285 người đạt yêu cầu, đạt tỷ lệ 87,4%' stands in its own sentence with no part cue: percent 87.4, no total.",
    "'hai kỳ' is a number word (2). 'phấn đấu' governs the range 3-4 and 'ít nhất 1.000'.",
]

if __name__ == "__main__":
    write("p1171-2", TEXT, NOTES, FIGS, published="2024-03-19", location="Chư Sê")
