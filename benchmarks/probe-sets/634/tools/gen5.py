"""p634-5: Party newspaper (Báo Nghệ An style) — chuyển mục đích sử dụng rừng, trồng rừng thay thế."""
from lib import fig, per, inh, chg, write

TEXT = """Nghệ An: Chuyển mục đích gần 1.200 ha rừng để thực hiện 64 dự án

Việc chuyển mục đích sử dụng rừng sang mục đích khác đang được tỉnh kiểm soát chặt chẽ, gắn với trách nhiệm trồng rừng thay thế của chủ đầu tư.

Theo Sở Nông nghiệp và Phát triển nông thôn, từ năm 2021 đến nay, HĐND tỉnh Nghệ An đã thông qua chủ trương chuyển mục đích sử dụng 1.186,4 ha rừng sang mục đích khác để thực hiện 64 dự án. Trong đó, rừng phòng hộ 213,7 ha, rừng sản xuất 972,7 ha; rừng trồng 1.083 ha, chiếm 91,3%.

Các huyện có diện tích chuyển đổi lớn là Tương Dương (286,5 ha), Quỳ Châu (174,2 ha) và Nghĩa Đàn (131,8 ha), chủ yếu phục vụ các dự án thủy điện, khai thác khoáng sản và nâng cấp Quốc lộ 7A, Quốc lộ 48.

Đến hết năm 2023, các chủ đầu tư đã nộp 96,8 tỷ đồng vào Quỹ Bảo vệ và Phát triển rừng tỉnh để trồng rừng thay thế, với đơn giá bình quân 94,5 triệu đồng/ha. Toàn tỉnh đã trồng rừng thay thế được 742 ha, đạt 62,5% diện tích phải trồng; còn 7 dự án chậm nộp tiền với số tiền hơn 14 tỷ đồng.

Ông Nguyễn Văn Đệ, Phó Giám đốc Sở cho biết, năm 2024 tỉnh dự kiến trình HĐND tỉnh khóa XVIII xem xét chuyển mục đích thêm khoảng 150 ha rừng cho 11 dự án; tỷ lệ che phủ rừng phấn đấu duy trì ở mức 58,4%. Theo Điều 20 Luật Lâm nghiệp, chỉ những dự án cấp thiết mới được xem xét chuyển mục đích sử dụng rừng tự nhiên.

Ngành chức năng cũng kiến nghị thu hồi chủ trương đối với 4 dự án chậm triển khai quá 24 tháng.

THANH HÀ
13/05/2024
"""

FROM21 = per("từ năm 2021 đến nay", "2021-01-01", "2024-05-13")
END23 = per("Đến hết năm 2023", None, "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
S = "diện tích rừng chuyển mục đích sử dụng"

FIGS = [
    fig("gần 1.200 ha", "1.200", 1200, "measure", "ha",
        "diện tích rừng chuyển mục đích", None, approx="nearly"),
    fig("thực hiện 64 dự án\n", "64", 64, "count", "dự án",
        "dự án chuyển mục đích sử dụng rừng", None),
    fig("1.186,4 ha", "1.186,4", 1186.4, "measure", "ha", S, FROM21),
    fig("để thực hiện 64 dự án.", "64", 64, "count", "dự án",
        "dự án chuyển mục đích sử dụng rừng", FROM21),
    fig("213,7 ha", "213,7", 213.7, "measure", "ha",
        "diện tích rừng phòng hộ chuyển mục đích", inh(FROM21), total=1186.4),
    fig("972,7 ha", "972,7", 972.7, "measure", "ha",
        "diện tích rừng sản xuất chuyển mục đích", inh(FROM21), total=1186.4),
    fig("1.083 ha", "1.083", 1083, "measure", "ha",
        "diện tích rừng trồng chuyển mục đích", inh(FROM21), total=1186.4, percent=91.3),
    fig("(286,5 ha)", "286,5", 286.5, "measure", "ha", S, None, location="Tương Dương"),
    fig("(174,2 ha)", "174,2", 174.2, "measure", "ha", S, None, location="Quỳ Châu"),
    fig("(131,8 ha)", "131,8", 131.8, "measure", "ha", S, None, location="Nghĩa Đàn"),
    fig("96,8 tỷ đồng", "96,8", 96.8e9, "money", "đồng",
        "tiền chủ đầu tư nộp vào Quỹ Bảo vệ và Phát triển rừng để trồng rừng thay thế", END23),
    fig("94,5 triệu đồng/ha", "94,5", 94.5e6, "money", "đồng/ha",
        "đơn giá bình quân trồng rừng thay thế", END23),
    fig("được 742 ha", "742", 742, "measure", "ha",
        "diện tích trồng rừng thay thế", inh(END23), percent=62.5),
    fig("còn 7 dự án", "7", 7, "count", "dự án",
        "dự án chậm nộp tiền trồng rừng thay thế", inh(END23)),
    fig("hơn 14 tỷ đồng", "14", 14e9, "money", "đồng",
        "số tiền trồng rừng thay thế chậm nộp", inh(END23), approx="over"),
    fig("khoảng 150 ha", "150", 150, "measure", "ha",
        "diện tích rừng chuyển mục đích thêm", Y24, approx="about", status="forecast"),
    fig("cho 11 dự án", "11", 11, "count", "dự án",
        "dự án chuyển mục đích sử dụng rừng", Y24, status="forecast"),
    fig("58,4%", "58,4", 58.4, "percent", "%",
        "tỷ lệ che phủ rừng", Y24, status="target"),
    fig("với 4 dự án", "4", 4, "count", "dự án",
        "dự án chậm triển khai bị kiến nghị thu hồi chủ trương", None),
    fig("quá 24 tháng", "24", 24, "measure", "tháng",
        "thời gian chậm triển khai", None, approx="over", optional=True),
]

NOTES = [
    "Party newspaper (Báo Nghệ An style): chuyển mục đích sử dụng rừng 2021 – nay, trồng rừng thay thế; byline THANH HÀ and bare date 13/05/2024 at the end.",
    "Not figures: Quốc lộ 7A, Quốc lộ 48, khóa XVIII, Điều 20 Luật Lâm nghiệp, dates.",
    "'Trong đó, rừng phòng hộ …, rừng sản xuất …; rừng trồng 1.083 ha, chiếm 91,3%': all three are parts of 1.186,4 ha (two cuts of the same whole).",
    "District list after 'Các huyện có diện tích … lớn là' has no part-of cue: no total. 'từ năm 2021 đến nay' ends at the closing date.",
    "'dự kiến' governs 150 ha and 11 dự án (forecast); the clause after ';' with 'phấn đấu' is target. 'quá 24 tháng' is a threshold: optional.",
]

if __name__ == "__main__":
    write("p634-5", TEXT, NOTES, FIGS, published="2024-05-13", location="Nghệ An")
