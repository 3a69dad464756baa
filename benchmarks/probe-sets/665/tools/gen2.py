"""p665-2: huyện Thọ Xuân (Thanh Hóa) district portal — smoke-free schools, pupils' smoking and e-cigarette use, sales near schools."""
from lib import per, inh, chg, tgt, fig, emit

TEXT = """UBND HUYỆN THỌ XUÂN - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức > Văn hóa - Xã hội
Thứ Sáu, 15/03/2024 - 14:05

Thọ Xuân: 68 trường học đạt tiêu chí trường học không khói thuốc

Năm 2023, Phòng Giáo dục và Đào tạo phối hợp với Trung tâm Y tế huyện triển khai mô hình trường học không khói thuốc tại 82 trường trên địa bàn huyện. Kết quả, có 68 trường đạt tiêu chí, chiếm 82,9%, tăng 11 trường so với năm 2022; trong đó có 25 trường mầm non, 27 trường tiểu học và 16 trường trung học cơ sở.

Khảo sát của Trung tâm Y tế huyện với 1.450 học sinh THCS cho thấy 3,2% học sinh từng hút thuốc lá điếu, trong khi 7,8% từng sử dụng thuốc lá điện tử hoặc thuốc lá nung nóng. Đáng lo ngại, khoảng 60% số học sinh sử dụng thuốc lá điện tử cho biết mua được sản phẩm qua mạng xã hội.

Trong năm, lực lượng chức năng huyện đã kiểm tra 146 cơ sở kinh doanh quanh cổng trường, lập biên bản 23 trường hợp bán thuốc lá trong phạm vi 100 m tính từ ranh giới trường học, phạt tiền tổng cộng 34,5 triệu đồng, tịch thu 1.260 bao thuốc lá các loại. Mật độ điểm bán lẻ thuốc lá trên địa bàn hiện là 14,6 điểm/1 vạn dân.

Xã Xuân Hòa, xã Thọ Lập và thị trấn Lam Sơn là 3 đơn vị có tỷ lệ trường đạt tiêu chí cao nhất, lần lượt là 100%, 92,3% và 90%.

Năm 2024, huyện phấn đấu 100% trường học trên địa bàn đạt tiêu chí trường học không khói thuốc; giảm tỷ lệ học sinh sử dụng thuốc lá điện tử xuống dưới 5%.

Địa chỉ: Khu 5, thị trấn Thọ Xuân, huyện Thọ Xuân, tỉnh Thanh Hóa. Điện thoại: 0237.3833.012."""

N23 = per("Năm 2023", "2023-01-01", "2023-12-31")
TN = per("Trong năm", "2023-01-01", "2023-12-31")
N24 = per("Năm 2024", "2024-01-01", "2024-12-31")
SCH = "tỷ lệ trường đạt tiêu chí trường học không khói thuốc"

FIGS = [
    fig("Thọ Xuân: 68 trường", "68", 68, "count", "trường học", "trường học đạt tiêu chí trường học không khói thuốc", inh(N23)),
    fig("tại 82 trường", "82", 82, "count", "trường", "trường triển khai mô hình trường học không khói thuốc", N23),
    fig("có 68 trường đạt", "68", 68, "count", "trường", "trường đạt tiêu chí trường học không khói thuốc", inh(N23),
        percent=82.9, change=chg("increase", 11, "trường", "năm 2022")),
    fig("có 25 trường", "25", 25, "count", "trường", "trường mầm non đạt tiêu chí", inh(N23), total=68),
    fig("27 trường tiểu học", "27", 27, "count", "trường", "trường tiểu học đạt tiêu chí", inh(N23), total=68),
    fig("16 trường trung học", "16", 16, "count", "trường", "trường trung học cơ sở đạt tiêu chí", inh(N23), total=68),
    fig("với 1.450 học sinh", "1.450", 1450, "count", "học sinh", "học sinh THCS được khảo sát", inh(N23)),
    fig("3,2% học sinh", "3,2", 3.2, "percent", "%", "học sinh từng hút thuốc lá điếu", inh(N23)),
    fig("7,8% từng", "7,8", 7.8, "percent", "%", "học sinh từng sử dụng thuốc lá điện tử hoặc thuốc lá nung nóng", inh(N23)),
    fig("khoảng 60%", "60", 60, "percent", "%", "học sinh sử dụng thuốc lá điện tử mua được sản phẩm qua mạng xã hội",
        inh(N23), approx="about"),
    fig("kiểm tra 146 cơ sở", "146", 146, "count", "cơ sở", "cơ sở kinh doanh quanh cổng trường được kiểm tra", TN),
    fig("biên bản 23 trường hợp", "23", 23, "count", "trường hợp", "trường hợp bán thuốc lá trong phạm vi 100 m tính từ ranh giới trường học", TN),
    fig("phạm vi 100 m", "100", 100, "measure", "m", optional=True),
    fig("tổng cộng 34,5 triệu", "34,5", 34.5e6, "money", "đồng", "tiền phạt", TN),
    fig("tịch thu 1.260 bao", "1.260", 1260, "count", "bao", "thuốc lá các loại bị tịch thu", TN),
    fig("là 14,6 điểm", "14,6", 14.6, "measure", "điểm/1 vạn dân", "Mật độ điểm bán lẻ thuốc lá"),
    fig("là 3 đơn vị", "3", 3, "count", "đơn vị", optional=True),
    fig("là 100%, 92,3%", "100", 100, "percent", "%", SCH, inh(N23)),
    fig("92,3%", "92,3", 92.3, "percent", "%", SCH, inh(N23)),
    fig("và 90%", "90", 90, "percent", "%", SCH, inh(N23)),
    fig("phấn đấu 100%", "100", 100, "percent", "%", "trường học đạt tiêu chí trường học không khói thuốc", N24, status="target"),
    fig("dưới 5%", "5", 5, "percent", "%", "tỷ lệ học sinh sử dụng thuốc lá điện tử", N24, approx="under", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Thọ Xuân (invented): trường học không khói thuốc năm 2023, khảo sát học sinh THCS, bán thuốc lá quanh cổng trường.",
    "Distractors: dateline time '14:05', 'Khu 5', phone '0237.3833.012', rate denominator '1 vạn dân'. '100 m' (legal radius) and '3 đơn vị' are optional.",
    "68 trường 'chiếm 82,9%' has no part-of cue for the 82 trường, so percent only, no total; 25/27/16 after 'trong đó' are parts of the 68.",
    "'Trong năm' (after the lead 'Năm 2023') is the year 2023.",
    "revised: the 'lần lượt' items (xã Xuân Hòa, xã Thọ Lập, thị trấn Lam Sơn) lose their commune locations and take the district Thọ Xuân:",
    "FIGURES.md defines location as the province, city or district a figure describes; a commune is below that level.",
]

if __name__ == "__main__":
    emit("p665-2", TEXT, COMMENTS, FIGS, published="2024-03-15", location="Thọ Xuân")
