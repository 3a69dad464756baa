"""p1349-4: ministry site (Bộ Y tế, Cục Dân số): national fertility 2024, regional differences, SRB, targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức - Sự kiện > Dân số - Sức khỏe sinh sản

Mức sinh của Việt Nam năm 2024 thấp nhất trong lịch sử

11/07/2025 | 08:30 | Cục Dân số

Nhân Ngày Dân số Thế giới 11/7, Cục Dân số (Bộ Y tế) cho biết tổng tỷ suất sinh (TFR) của Việt Nam năm 2024 chỉ còn 1,91 con/phụ nữ, sau khi giảm từ 2,11 con năm 2021 xuống 2,01 con năm 2022 và 1,96 con năm 2023. Như vậy, mức sinh cả nước đã ở dưới mức sinh thay thế từ năm 2022.

Mức sinh có sự khác biệt lớn giữa các vùng. Cả nước có 21 tỉnh, thành phố có mức sinh dưới mức thay thế, tập trung ở Đông Nam Bộ và Đồng bằng sông Cửu Long; thấp nhất là TP Hồ Chí Minh (1,39 con/phụ nữ), tiếp đến là Bình Dương (1,41 con) và Bạc Liêu (1,49 con). Ngược lại, 11 tỉnh vẫn có mức sinh cao, trong đó Hà Tĩnh là 2,62 con.

Tỷ số giới tính khi sinh năm 2024 là 111,4 bé trai/100 bé gái, giảm nhẹ so với mức 112,1 của năm 2020 nhưng vẫn cao hơn mức cân bằng tự nhiên (104-106). Theo dự báo, đến năm 2034 Việt Nam sẽ thừa khoảng 1,5 triệu nam giới trong độ tuổi kết hôn.

Dân số cả nước năm 2024 đạt 101,1 triệu người, trong đó người cao tuổi chiếm 14,2%.

Để ứng phó, Bộ Y tế đang hoàn thiện dự án Luật Dân số, trong đó dự kiến tăng thời gian nghỉ thai sản khi sinh con thứ hai lên 7 tháng. Mục tiêu đến năm 2030 là đưa TFR cả nước đạt 2,1 con/phụ nữ, tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái và 90% nam, nữ thanh niên được tư vấn, khám sức khỏe trước khi kết hôn.

Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội | Điện thoại: 024.6273.2273
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
SRB = "bé trai/100 bé gái"
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("chỉ còn 1,91", "1,91", 1.91, "measure", "con/phụ nữ",
        subject="tổng tỷ suất sinh (TFR) của Việt Nam", period=Y24),
    fig("từ 2,11 con", "2,11", 2.11, "measure", "con",
        subject="tổng tỷ suất sinh", period=per("năm 2021", "2021-01-01", "2021-12-31")),
    fig("xuống 2,01 con", "2,01", 2.01, "measure", "con",
        subject="tổng tỷ suất sinh", period=per("năm 2022", "2022-01-01", "2022-12-31")),
    fig("và 1,96 con", "1,96", 1.96, "measure", "con",
        subject="tổng tỷ suất sinh", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("có 21 tỉnh", "21", 21, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố có mức sinh dưới mức thay thế", period=inh(Y24)),
    fig("Minh (1,39", "1,39", 1.39, "measure", "con/phụ nữ",
        subject="mức sinh", period=inh(Y24), location="TP Hồ Chí Minh"),
    fig("Dương (1,41", "1,41", 1.41, "measure", "con",
        subject="mức sinh", period=inh(Y24), location="Bình Dương"),
    fig("Liêu (1,49", "1,49", 1.49, "measure", "con",
        subject="mức sinh", period=inh(Y24), location="Bạc Liêu"),
    fig("Ngược lại, 11 tỉnh", "11", 11, "count", "tỉnh",
        subject="tỉnh vẫn có mức sinh cao", period=inh(Y24)),
    fig("là 2,62 con", "2,62", 2.62, "measure", "con",
        subject="mức sinh", period=inh(Y24), location="Hà Tĩnh"),
    fig("là 111,4 bé trai", "111,4", 111.4, "measure", SRB,
        subject="tỷ số giới tính khi sinh", period=Y24),
    fig("mức 112,1", "112,1", 112.1, "measure", SRB,
        subject="tỷ số giới tính khi sinh", period=per("năm 2020", "2020-01-01", "2020-12-31")),
    fig("(104-106)", "104", 104, "measure", SRB, value_max=106,
        subject="mức cân bằng tự nhiên của tỷ số giới tính khi sinh"),
    fig("khoảng 1,5 triệu", "1,5", 1.5e6, "count", "nam giới", approx="about", status="forecast",
        subject="nam giới trong độ tuổi kết hôn dư thừa", period=per("đến năm 2034", None, "2034-12-31")),
    fig("đạt 101,1 triệu", "101,1", 101.1e6, "count", "người",
        subject="dân số cả nước", period=Y24),
    fig("chiếm 14,2%", "14,2", 14.2, "percent", "%",
        subject="người cao tuổi trong dân số cả nước", period=Y24),
    fig("lên 7 tháng", "7", 7, "measure", "tháng", status="forecast",
        subject="thời gian nghỉ thai sản khi sinh con thứ hai"),
    fig("đạt 2,1 con", "2,1", 2.1, "measure", "con/phụ nữ", status="target",
        subject="TFR cả nước", period=T30),
    fig("dưới 109", "109", 109, "measure", SRB, approx="under", status="target",
        subject="tỷ số giới tính khi sinh", period=T30),
    fig("và 90% nam", "90", 90, "percent", "%", status="target",
        subject="nam, nữ thanh niên được tư vấn, khám sức khỏe trước khi kết hôn", period=T30),
]

NOTES = [
    "Ministry site (Bộ Y tế, Cục Dân số): national TFR 2021-2024, provinces below/above replacement, SRB, draft Luật Dân số, 2030 targets.",
    "Distractors: dateline '11/07/2025 | 08:30', 'Ngày Dân số Thế giới 11/7', 'từ năm 2022', 'con thứ hai' (ordinal), '100 bé gái',",
    "address '138A Giảng Võ', phone 024.6273.2273.",
    "'giảm từ 2,11 con năm 2021 xuống 2,01 con năm 2022 và 1,96 con năm 2023' is three yearly values, not a range; each takes its own year.",
    "List 'thấp nhất là TP Hồ Chí Minh (1,39 ...), tiếp đến là Bình Dương (1,41 con) và Bạc Liêu (1,49 con)': subject = the list's indicator",
    "(mức sinh), provinces in location. 'Ngược lại, 11 tỉnh ..., trong đó Hà Tĩnh là 2,62 con': the part is a TFR, not a count of provinces: no total.",
    "'so với mức 112,1 của năm 2020' is a baseline amount with its own year: a figure. The natural balance '(104-106)' is a range, no period.",
    "'Theo dự báo, đến năm 2034 ... sẽ thừa khoảng 1,5 triệu' → forecast. 'trong đó người cao tuổi chiếm 14,2%' is a percent figure of its own.",
    "'dự kiến tăng ... lên 7 tháng' → forecast (draft law), no period. 'Mục tiêu đến năm 2030' governs its three coordinated targets.",
]

if __name__ == "__main__":
    write("p1349-4", TEXT, NOTES, FIGS, published="2025-07-11", location="Việt Nam")
