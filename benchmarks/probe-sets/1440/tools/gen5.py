"""p1440-5: Party newspaper (Báo Bắc Giang, BGO): radiation workers in X-ray rooms, allowances, inspections."""
from lib import fig, per, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Y tế | Văn hóa

Bảo vệ "người thầm lặng" trong phòng X-quang

(BGO) - Làm việc hằng ngày với nguồn bức xạ, kỹ thuật viên X-quang được trang bị liều kế, áo chì và hưởng chế độ bồi dưỡng bằng hiện vật. Tuy vậy, vẫn còn cơ sở tư nhân chưa quan tâm đúng mức đến an toàn cho người lao động.

Tại Bệnh viện Đa khoa tỉnh, Khoa Chẩn đoán hình ảnh có 46 cán bộ, trong đó 29 người là nhân viên bức xạ. Anh Nguyễn Văn Thắng, kỹ thuật viên trưởng, cho biết mỗi ca trực, một kỹ thuật viên chụp từ 60 đến 70 phim. "Chúng tôi đeo liều kế suốt ca làm việc, định kỳ mỗi quý gửi đi đọc liều. Năm ngoái, liều cao nhất của khoa chỉ 1,4 mSv", anh Thắng nói.

Theo Thông tư số 25/2013/TT-BLĐTBXH, nhân viên bức xạ được bồi dưỡng bằng hiện vật mức 1 với giá trị 13.000 đồng/ngày; ngoài ra còn được hưởng phụ cấp ưu đãi theo nghề 50%.

Toàn tỉnh hiện có 142 cơ sở sử dụng thiết bị X-quang với khoảng 470 nhân viên bức xạ. Qua kiểm tra năm 2023, Sở Khoa học và Công nghệ phát hiện 12 cơ sở chưa trang bị đủ liều kế, 5 cơ sở chưa tổ chức khám sức khỏe định kỳ cho nhân viên; nhiều phòng khám nha khoa tư nhân chưa có biển cảnh báo bức xạ.

Ông Lê Minh Hải, Phó Giám đốc Sở Khoa học và Công nghệ cho biết, năm 2024 sở phấn đấu tổ chức hai lớp tập huấn cho khoảng 150 học viên; dự kiến kiểm tra 30 cơ sở, ưu tiên các phòng khám tư nhân tại TP Bắc Giang và huyện Lạng Giang.

HƯƠNG GIANG
10/04/2024
"""

LY = per("Năm ngoái", "2023-01-01", "2023-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("có 46 cán bộ", "46", 46, "count", "cán bộ", subject="cán bộ Khoa Chẩn đoán hình ảnh"),
    fig("29 người", "29", 29, "count", "người", total=46, subject="nhân viên bức xạ"),
    fig("từ 60 đến 70 phim", "60", 60, "measure", "phim/ca", value_max=70,
        subject="phim một kỹ thuật viên chụp mỗi ca trực"),
    fig("chỉ 1,4 mSv", "1,4", 1.4, "measure", "mSv", subject="liều cao nhất của khoa", period=LY),
    fig("giá trị 13.000 đồng/ngày", "13.000", 13000, "money", "đồng/ngày",
        subject="bồi dưỡng bằng hiện vật của nhân viên bức xạ"),
    fig("theo nghề 50%", "50", 50, "percent", "%", subject="phụ cấp ưu đãi theo nghề"),
    fig("có 142 cơ sở", "142", 142, "count", "cơ sở", subject="cơ sở sử dụng thiết bị X-quang"),
    fig("khoảng 470 nhân viên", "470", 470, "count", "nhân viên bức xạ", approx="about",
        subject="nhân viên bức xạ"),
    fig("phát hiện 12 cơ sở", "12", 12, "count", "cơ sở", subject="cơ sở chưa trang bị đủ liều kế", period=Y23),
    fig("5 cơ sở chưa", "5", 5, "count", "cơ sở",
        subject="cơ sở chưa tổ chức khám sức khỏe định kỳ cho nhân viên", period=Y23),
    fig("hai lớp", "hai", 2, "count", "lớp", status="target", subject="lớp tập huấn", period=Y24),
    fig("khoảng 150 học viên", "150", 150, "count", "học viên", approx="about", status="target",
        subject="học viên lớp tập huấn", period=Y24),
    fig("kiểm tra 30 cơ sở", "30", 30, "count", "cơ sở", status="forecast",
        subject="cơ sở sở dự kiến kiểm tra", period=Y24),
]

NOTES = [
    "Party newspaper (Báo Bắc Giang): menu, headline, tag '(BGO) -', sapo, quote, byline 'HƯƠNG GIANG' and bare date '10/04/2024' at the end.",
    "Location Bắc Giang (BGO tag, Bệnh viện Đa khoa tỉnh, TP Bắc Giang). 'mỗi ca trực, một kỹ thuật viên chụp từ 60 đến 70 phim':",
    "'một kỹ thuật viên' is the rate's denominator (not a figure); the range is a measure in 'phim/ca'.",
    "'Năm ngoái' in a 2024 article → 2023. 'mức 1' (an allowance level) and 'Thông tư số 25/2013/TT-BLĐTBXH' are not figures.",
    "'hiện có 142 cơ sở ... khoảng 470 nhân viên' carry no period. '12 cơ sở', '5 cơ sở' with 'kiểm tra năm 2023' (no part-of cue).",
    "'năm 2024 sở phấn đấu tổ chức hai lớp ... khoảng 150 học viên' → target; 'dự kiến kiểm tra 30 cơ sở' → forecast.",
]

if __name__ == "__main__":
    write("p1440-5", TEXT, NOTES, FIGS, published="2024-04-10", location="Bắc Giang")
