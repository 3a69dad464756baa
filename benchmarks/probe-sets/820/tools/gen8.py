"""p820-8: provincial newspaper online (Báo Long An, '(BLA) -'), prescription sales recorded by pharmacy software, Q1/2025."""
from lib import F, P, I, C, write

TEXT = """Báo Long An Online › Y tế
Gần 1.800 cơ sở bán lẻ thuốc cập nhật đơn thuốc bán ra qua phần mềm
Cập nhật: 10/04/2025 - 07:45
(BLA) - Quý I/2025, các nhà thuốc, quầy thuốc trên địa bàn tỉnh ghi nhận hơn 2,4 triệu lượt bán thuốc qua phần mềm quản lý, tăng 12,6% so với cùng kỳ năm 2024; trong đó có 418.500 lượt bán thuốc theo đơn, chiếm 17,4%.
Theo Sở Y tế, toàn tỉnh có 1.863 cơ sở bán lẻ thuốc, trong đó 1.792 cơ sở đã kết nối liên thông với Hệ thống cơ sở dữ liệu dược quốc gia, đạt 96,2%. Ước tính bình quân mỗi cơ sở có khoảng 430 lượt bán/tháng.
Huyện Đức Hòa, TP. Tân An và huyện Bến Lức là 3 địa phương có số lượt bán thuốc theo đơn cao nhất, lần lượt đạt 68.200, 61.750 và 44.300 lượt.
Kết quả khảo sát trong quý I/2025 tại 120 nhà thuốc, quầy thuốc cho thấy tỷ lệ bán kháng sinh không có đơn còn 27%, giảm mạnh so với mức 43% của năm 2023. Chị Nguyễn Thị Ngọc Hân, dược sĩ phụ trách một nhà thuốc trên Quốc lộ 1A, thị trấn Bến Lức cho biết, từ khi dùng phần mềm, mỗi đơn thuốc đều được lưu lại nên việc bán kháng sinh đã chặt chẽ hơn.
Trong quý I, Thanh tra Sở Y tế đã kiểm tra 86 cơ sở, xử phạt 9 cơ sở với tổng số tiền 74,5 triệu đồng, chủ yếu do bán thuốc kê đơn không có đơn theo quy định tại Thông tư số 02/2018/TT-BYT.
Năm 2025, tỉnh phấn đấu 100% cơ sở bán lẻ thuốc kết nối liên thông và tỷ lệ bán kháng sinh không có đơn giảm xuống dưới 20%.
Thanh Tâm
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Q1b = P("trong quý I/2025", "2025-01-01", "2025-03-31")
Q1c = P("Trong quý I", "2025-01-01", "2025-03-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Gần 1.800 cơ sở", "1.800", 1800, "count", "cơ sở", "cơ sở bán lẻ thuốc cập nhật đơn thuốc bán ra qua phần mềm",
      approx="nearly"),
    F("hơn 2,4 triệu", "2,4", 2.4e6, "count", "lượt bán thuốc", "lượt bán thuốc qua phần mềm quản lý", Q1,
      approx="over", change=C("increase", 12.6, "%", "cùng kỳ năm 2024")),
    F("có 418.500 lượt", "418.500", 418500, "count", "lượt bán thuốc", "lượt bán thuốc theo đơn", Q1,
      total=2.4e6, percent=17.4),
    F("có 1.863 cơ sở", "1.863", 1863, "count", "cơ sở", "cơ sở bán lẻ thuốc"),
    F("trong đó 1.792 cơ sở", "1.792", 1792, "count", "cơ sở",
      "cơ sở kết nối liên thông với Hệ thống cơ sở dữ liệu dược quốc gia", total=1863, percent=96.2),
    F("khoảng 430 lượt", "430", 430, "measure", "lượt bán/tháng", "lượt bán bình quân mỗi cơ sở", I(Q1),
      approx="about", status="estimate"),
    F("là 3 địa phương", "3", 3, "count", "địa phương", I(Q1), optional=True),
    F("đạt 68.200", "68.200", 68200, "count", "lượt", "lượt bán thuốc theo đơn", I(Q1), location="Đức Hòa"),
    F("61.750", "61.750", 61750, "count", "lượt", "lượt bán thuốc theo đơn", I(Q1), location="Tân An"),
    F("44.300 lượt", "44.300", 44300, "count", "lượt", "lượt bán thuốc theo đơn", I(Q1), location="Bến Lức"),
    F("tại 120 nhà thuốc", "120", 120, "count", "nhà thuốc, quầy thuốc", "nhà thuốc, quầy thuốc được khảo sát", Q1b),
    F("còn 27%", "27", 27, "percent", "%", "tỷ lệ bán kháng sinh không có đơn", Q1b),
    F("mức 43%", "43", 43, "percent", "%", "tỷ lệ bán kháng sinh không có đơn",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("kiểm tra 86 cơ sở", "86", 86, "count", "cơ sở", "cơ sở được Thanh tra Sở Y tế kiểm tra", Q1c),
    F("xử phạt 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở bị xử phạt", Q1c),
    F("tiền 74,5 triệu", "74,5", 74.5e6, "money", "đồng", "tiền xử phạt", Q1c),
    F("phấn đấu 100%", "100", 100, "percent", "%", "cơ sở bán lẻ thuốc kết nối liên thông", Y25, status="target"),
    F("dưới 20%", "20", 20, "percent", "%", "tỷ lệ bán kháng sinh không có đơn", Y25, approx="under", status="target"),
]

COMMENTS = [
    "Báo Long An Online (provincial newspaper, '(BLA) -' tag, 'Cập nhật: 10/04/2025 - 07:45'): prescription sales recorded in Q1/2025.",
    "Distractors: 'Quốc lộ 1A', Thông tư số 02/2018/TT-BYT, '07:45', 'Quý I/2025' etc. The year-less headline figure 'Gần 1.800 cơ sở'",
    "  and the province count 1.863 carry no period (no phrase). 'Trong quý I' takes 2025 from the first paragraph.",
    "'trong đó có 418.500 lượt ... chiếm 17,4%' → total 2,4 triệu (the whole before 'trong đó', same unit/period) and percent 17.4.",
    "'trong đó 1.792 cơ sở ..., đạt 96,2%' → total 1863, percent 96.2. 'Ước tính ... khoảng 430 lượt bán/tháng' → estimate, rate unit.",
    "'lần lượt đạt 68.200, 61.750 và 44.300 lượt': each item's location is its district/city; '3 địa phương' (the size of the list) optional.",
    "'còn 27%, giảm mạnh so với mức 43% của năm 2023': two percent figures (43% is a level of its own with period năm 2023; no change value).",
]

if __name__ == "__main__":
    write(8, TEXT, FIGS, COMMENTS, published="2025-04-10", location="Long An")
