"""p1164-8: Báo Gia Lai online ((GLO) tag), free school milk for children in hard-hit areas."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Gia Lai: Gần 70.000 trẻ vùng khó được uống sữa miễn phí

Thứ Tư, 16/10/2024 - 10:25

(GLO) - Từ đầu năm học 2024-2025 đến nay, Chương trình Sữa học đường đã đến với 69.420 trẻ mầm non và học sinh tiểu học tại 14 huyện, thị xã, trong đó trẻ em người dân tộc thiểu số chiếm 78,5%. Mỗi trẻ được uống 3 hộp sữa loại 110 ml mỗi tuần.

Theo Sở Giáo dục và Đào tạo, kinh phí năm học này hơn 32 tỷ đồng do ngân sách tỉnh và Quỹ sữa Vươn cao Việt Nam cùng chi trả, trong đó ngân sách tỉnh gần 25,7 tỷ đồng. Trong tháng 9/2024, đơn vị cung ứng đã giao 812.000 hộp sữa đến 512 điểm trường; dự kiến trong quý IV sẽ giao khoảng 2,7 triệu hộp. Chương trình được triển khai theo Kế hoạch số 1745/KH-UBND của UBND tỉnh.

Tại Trường Tiểu học Ia Ka (huyện Chư Păh), toàn bộ 486 học sinh là người Jrai. Thầy Rơ Châm Hyin, Hiệu trưởng, cho biết trước đây tỷ lệ học sinh đi học chuyên cần chỉ khoảng 85%, nay đạt gần như 100%. Riêng điểm trường làng Tung Ke 2 có 62 em, nhiều em đi bộ từ 2 đến 3 km mỗi ngày đến lớp.

Theo kết quả cân đo 6 tháng đầu năm, tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thể thấp còi của tỉnh là 24,6%, cao hơn mức bình quân cả nước 5,2 điểm phần trăm. Tỉnh đặt mục tiêu đến năm 2025 giảm tỷ lệ này xuống dưới 22%.

HOÀNG NGỌC
"""

SOFAR = per("Từ đầu năm học 2024-2025 đến nay", "2024-09-01", "2024-10-16")
NH_THIS = per("năm học này", "2024-09-01", "2025-05-31")
SEP = per("Trong tháng 9/2024", "2024-09-01", "2024-09-30")
Q4 = per("trong quý IV", "2024-10-01", "2024-12-31")
H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
TO25 = per("đến năm 2025", None, "2025-12-31")
SCHOOL = "Trường Tiểu học Ia Ka"
STUNT = "tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thể thấp còi"

FIGS = [
    fig("Gần 70.000 trẻ", "70.000", 70000, "count", "trẻ", approx="nearly",
        subject="trẻ vùng khó được uống sữa miễn phí"),
    fig("với 69.420 trẻ", "69.420", 69420, "count", "trẻ",
        subject="trẻ mầm non và học sinh tiểu học được uống sữa học đường", period=SOFAR),
    fig("tại 14 huyện", "14", 14, "count", "huyện, thị xã",
        subject="huyện, thị xã triển khai Chương trình Sữa học đường", period=SOFAR),
    fig("chiếm 78,5%", "78,5", 78.5, "percent", "%",
        subject="tỷ lệ trẻ em người dân tộc thiểu số trong số trẻ được uống sữa", period=SOFAR),
    fig("uống 3 hộp", "3", 3, "measure", "hộp/tuần", subject="hộp sữa mỗi trẻ được uống mỗi tuần"),
    fig("loại 110 ml", "110", 110, "measure", "ml", subject="dung tích hộp sữa"),
    fig("hơn 32 tỷ", "32", 32e9, "money", "đồng", approx="over",
        subject="kinh phí Chương trình Sữa học đường", period=NH_THIS),
    fig("gần 25,7 tỷ", "25,7", 25.7e9, "money", "đồng", approx="nearly", total=32e9,
        subject="kinh phí ngân sách tỉnh chi trả", period=NH_THIS),
    fig("giao 812.000 hộp", "812.000", 812000, "count", "hộp",
        subject="hộp sữa đơn vị cung ứng đã giao", period=SEP),
    fig("đến 512 điểm trường", "512", 512, "count", "điểm trường", subject="điểm trường được giao sữa",
        period=SEP),
    fig("khoảng 2,7 triệu hộp", "2,7", 2.7e6, "count", "hộp", approx="about", status="forecast",
        subject="hộp sữa dự kiến giao", period=Q4),
    fig("toàn bộ 486 học sinh", "486", 486, "count", "học sinh",
        subject="học sinh " + SCHOOL + " là người Jrai", location="Chư Păh"),
    fig("khoảng 85%", "85", 85, "percent", "%", approx="about",
        subject="tỷ lệ học sinh đi học chuyên cần trước đây", location="Chư Păh"),
    fig("gần như 100%", "100", 100, "percent", "%", approx="nearly",
        subject="tỷ lệ học sinh đi học chuyên cần", location="Chư Păh"),
    fig("có 62 em", "62", 62, "count", "em", subject="học sinh điểm trường làng Tung Ke 2",
        location="Chư Păh"),
    fig("từ 2 đến 3 km", "2", 2, "measure", "km", value_max=3,
        subject="quãng đường nhiều em đi bộ đến lớp mỗi ngày", location="Chư Păh"),
    fig("trẻ dưới 5 tuổi", "5", 5, "measure", "tuổi", approx="under", optional=True,
        subject="tuổi của trẻ trong chỉ tiêu suy dinh dưỡng"),
    fig("là 24,6%", "24,6", 24.6, "percent", "%",
        change=chg("increase", 5.2, "điểm phần trăm", "mức bình quân cả nước"),
        subject=STUNT, period=H1),
    fig("dưới 22%", "22", 22, "percent", "%", approx="under", status="target", subject=STUNT,
        period=TO25),
]

NOTES = [
    "Provincial newspaper online (Báo Gia Lai): '(GLO) -' tag, 'Thứ Tư, 16/10/2024 - 10:25' (published); byline at the end.",
    "Distractors: 10:25, Kế hoạch số 1745/KH-UBND, 'làng Tung Ke 2' (a village name), 'quý IV' itself.",
    "'trong đó trẻ em người dân tộc thiểu số chiếm 78,5%': the share of a named subgroup with no count of its own,",
    "a percent figure (not an attribute of 69.420 or of 14 huyện). Year-less 'quý IV', '6 tháng đầu năm' take 2024 (tháng 9/2024).",
    "School passage: Chư Păh. 'trước đây ... khoảng 85%, nay ... gần như 100%': two figures. 'dự kiến' → forecast; 'đặt mục tiêu' → target.",
]

if __name__ == "__main__":
    write("p1164-8", TEXT, NOTES, FIGS, published="2024-10-16", location="Gia Lai")
