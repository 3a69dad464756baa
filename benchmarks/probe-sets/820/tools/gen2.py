"""p820-2: district portal (huyện Đức Trọng, Lâm Đồng), retail outlets and inspections."""
from lib import F, P, I, C, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC TRỌNG
Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội
Thứ Ba, 12/03/2024 - 10:05
Đức Trọng tăng cường kiểm tra hoạt động kinh doanh thuốc
Tính đến tháng 2/2024, trên địa bàn huyện có 96 cơ sở bán lẻ thuốc đang hoạt động, gồm 28 nhà thuốc, 61 quầy thuốc và 7 tủ thuốc của trạm y tế xã. Các cơ sở tập trung chủ yếu tại thị trấn Liên Nghĩa với 41 cơ sở, chiếm 42,7%; các xã Hiệp Thạnh, Phú Hội, N'Thol Hạ lần lượt có 9, 8 và 6 cơ sở.
Năm 2023, Phòng Y tế huyện phối hợp với Trung tâm Y tế huyện tổ chức 2 đợt kiểm tra liên ngành tại 52 cơ sở, đạt 54,2% tổng số cơ sở. Qua kiểm tra đã phát hiện 9 cơ sở vi phạm, trong đó 4 cơ sở bán thuốc kê đơn khi không có đơn thuốc; đã xử phạt vi phạm hành chính 31,5 triệu đồng, tịch thu khoảng 120 hộp thuốc không rõ nguồn gốc.
Thực hiện Quyết định số 215/QĐ-UBND của UBND huyện, từ ngày 01/3/2024 đến nay đoàn kiểm tra đã làm việc tại 18 cơ sở, bước đầu ghi nhận 2 cơ sở chưa niêm yết giá thuốc theo quy định.
Tại Kỳ họp thứ 7 HĐND huyện khóa XII, ông Nguyễn Văn Hai, Trưởng phòng Y tế huyện cho biết: trong năm 2024, huyện phấn đấu kiểm tra ít nhất 60% số cơ sở bán lẻ thuốc; 100% quầy thuốc duy trì đạt chuẩn GPP và không để xảy ra tình trạng bán kháng sinh không có đơn.
Phòng Y tế cũng khuyến cáo người dân chỉ mua thuốc tại các cơ sở có giấy phép, khi phát hiện sai phạm có thể phản ánh qua số điện thoại 0263.3843.127 hoặc trực tiếp tại trụ sở số 18 Thống Nhất, thị trấn Liên Nghĩa.
Minh Châu
"""

ASOF = P("Tính đến tháng 2/2024", end="2024-02-29")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
SINCE = P("từ ngày 01/3/2024 đến nay", "2024-03-01", "2024-03-12")
Y24 = P("trong năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 96 cơ sở", "96", 96, "count", "cơ sở", "cơ sở bán lẻ thuốc đang hoạt động", ASOF),
    F("gồm 28 nhà thuốc", "28", 28, "count", "nhà thuốc", "nhà thuốc", ASOF, total=96),
    F("61 quầy thuốc", "61", 61, "count", "quầy thuốc", "quầy thuốc", ASOF, total=96),
    F("và 7 tủ thuốc", "7", 7, "count", "tủ thuốc", "tủ thuốc của trạm y tế xã", ASOF, total=96),
    F("với 41 cơ sở", "41", 41, "count", "cơ sở", "cơ sở bán lẻ thuốc tại thị trấn Liên Nghĩa", I(ASOF), percent=42.7),
    F("có 9, 8", "9", 9, "count", "cơ sở", "cơ sở bán lẻ thuốc", I(ASOF)),
    F("9, 8 và", "8", 8, "count", "cơ sở", "cơ sở bán lẻ thuốc", I(ASOF)),
    F("và 6 cơ sở", "6", 6, "count", "cơ sở", "cơ sở bán lẻ thuốc", I(ASOF)),
    F("tổ chức 2 đợt", "2", 2, "count", "đợt", "đợt kiểm tra liên ngành", Y23),
    F("tại 52 cơ sở", "52", 52, "count", "cơ sở", "cơ sở được kiểm tra liên ngành", Y23, percent=54.2),
    F("phát hiện 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở vi phạm", I(Y23)),
    F("trong đó 4 cơ sở", "4", 4, "count", "cơ sở", "cơ sở bán thuốc kê đơn khi không có đơn thuốc", I(Y23), total=9),
    F("hành chính 31,5 triệu", "31,5", 31.5e6, "money", "đồng", "tiền xử phạt vi phạm hành chính", I(Y23)),
    F("khoảng 120 hộp", "120", 120, "count", "hộp", "thuốc không rõ nguồn gốc bị tịch thu", I(Y23), approx="about"),
    F("tại 18 cơ sở", "18", 18, "count", "cơ sở", "cơ sở được đoàn kiểm tra làm việc", SINCE),
    F("ghi nhận 2 cơ sở", "2", 2, "count", "cơ sở", "cơ sở chưa niêm yết giá thuốc", SINCE),
    F("ít nhất 60%", "60", 60, "percent", "%", "cơ sở bán lẻ thuốc được kiểm tra", Y24,
      approx="at_least", status="target"),
    F("; 100% quầy thuốc", "100", 100, "percent", "%", "quầy thuốc duy trì đạt chuẩn GPP", Y24, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Đức Trọng (district portal, Lâm Đồng): outlets as of 2/2024, 2023 inspections, 2024 targets.",
    "Distractors: 'Thứ Ba, 12/03/2024 - 10:05', Quyết định số 215/QĐ-UBND, 'Kỳ họp thứ 7', 'khóa XII', 'Nguyễn Văn Hai',",
    "  phone 0263.3843.127, 'số 18 Thống Nhất'. 'Tính đến tháng 2/2024' ends 2024-02-29 (leap year).",
    "Location: communes and the thị trấn (Liên Nghĩa, Hiệp Thạnh, ...) are below district level, so their figures stay 'Đức Trọng';",
    "  the list 'lần lượt có 9, 8 và 6 cơ sở' shares the indicator 'cơ sở bán lẻ thuốc'. 28/61/7 after 'gồm' add up to 96.",
    "'tại 52 cơ sở, đạt 54,2% tổng số cơ sở': percent 54.2 (the whole is named but not given as a number: no total).",
    "'từ ngày 01/3/2024 đến nay' ends at the dateline. Targets 'phấn đấu ... ít nhất 60%; 100% quầy thuốc' take 'trong năm 2024'.",
]

if __name__ == "__main__":
    write(2, TEXT, FIGS, COMMENTS, published="2024-03-12", location="Đức Trọng")
