"""p681-2: Yên Thành district portal (Nghệ An) — July 2024 salary difference paid, staff by sector, arrears, streamlining plan."""
import sys
from lib import F, P, I, CH, emit

TEXT = """UBND HUYỆN YÊN THÀNH - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Tài chính - Ngân sách
Thứ Năm, 25/07/2024 - 15:10

Yên Thành: Chi trả tiền lương theo mức lương cơ sở mới cho 4.826 người

Ngày 24/7, Phòng Tài chính - Kế hoạch huyện cho biết đã phối hợp với Kho bạc Nhà nước chi trả xong phần chênh lệch tiền lương tháng 7/2024 theo mức lương cơ sở mới với tổng số tiền gần 9,8 tỷ đồng. Trong đó, nguồn cải cách tiền lương của huyện 7,2 tỷ đồng, ngân sách tỉnh bổ sung có mục tiêu 2,6 tỷ đồng.

Trong tổng số 4.826 người được chi trả, ngành giáo dục có 3.512 người (1.046 giáo viên mầm non, 1.398 giáo viên tiểu học, 1.068 giáo viên trung học cơ sở); khối quản lý nhà nước, Đảng, đoàn thể 486 người; cán bộ, công chức cấp xã 828 người. Với mức lương cơ sở mới, một giáo viên mầm non hạng III, bậc 1 được tăng thêm khoảng 1,3 triệu đồng/tháng.

Đối với 312 trường hợp được nâng bậc lương thường xuyên, nâng lương trước thời hạn trong 6 tháng đầu năm 2024 nhưng chưa kịp điều chỉnh, huyện đã truy lĩnh 1,46 tỷ đồng. Riêng 27 giáo viên hợp đồng theo Nghị định số 111/2022/NĐ-CP được truy lĩnh tiền lương từ tháng 1 đến tháng 6 với số tiền 318 triệu đồng.

Theo kế hoạch, trong tháng 8 huyện sẽ hoàn thành rà soát, tinh giản 35 biên chế viên chức ở các trường học dôi dư sau sáp nhập, dự kiến tiết kiệm khoảng 2,1 tỷ đồng/năm để bổ sung nguồn cải cách tiền lương.

Địa chỉ: Khối 1, thị trấn Yên Thành, huyện Yên Thành, tỉnh Nghệ An. ĐT: 0238.3863.229
"""

JUL = P("tháng 7/2024", "2024-07-01", "2024-07-31")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("mới cho 4.826 người", "4.826", 4826, "count", "người",
      "người được chi trả tiền lương theo mức lương cơ sở mới"),
    F("gần 9,8 tỷ đồng", "9,8", 9.8e9, "money", "đồng",
      "phần chênh lệch tiền lương theo mức lương cơ sở mới đã chi trả", JUL, approx="nearly"),
    F("của huyện 7,2 tỷ đồng", "7,2", 7.2e9, "money", "đồng",
      "nguồn cải cách tiền lương của huyện", I(JUL), total=9.8e9),
    F("mục tiêu 2,6 tỷ đồng", "2,6", 2.6e9, "money", "đồng",
      "ngân sách tỉnh bổ sung có mục tiêu", I(JUL), total=9.8e9),
    F("tổng số 4.826 người", "4.826", 4826, "count", "người",
      "người được chi trả"),
    F("có 3.512 người", "3.512", 3512, "count", "người",
      "người ngành giáo dục được chi trả", total=4826),
    F("(1.046 giáo viên", "1.046", 1046, "count", "giáo viên",
      "giáo viên mầm non", total=3512),
    F("1.398 giáo viên", "1.398", 1398, "count", "giáo viên",
      "giáo viên tiểu học", total=3512),
    F("1.068 giáo viên", "1.068", 1068, "count", "giáo viên",
      "giáo viên trung học cơ sở", total=3512),
    F("đoàn thể 486 người", "486", 486, "count", "người",
      "người khối quản lý nhà nước, Đảng, đoàn thể được chi trả", total=4826),
    F("cấp xã 828 người", "828", 828, "count", "người",
      "cán bộ, công chức cấp xã được chi trả", total=4826),
    F("khoảng 1,3 triệu đồng/tháng", "1,3", 1.3e6, "money", "đồng/tháng",
      "tiền lương tăng thêm của giáo viên mầm non hạng III, bậc 1", approx="about"),
    F("Đối với 312 trường hợp", "312", 312, "count", "trường hợp",
      "trường hợp nâng bậc lương thường xuyên, nâng lương trước thời hạn chưa kịp điều chỉnh", H1),
    F("truy lĩnh 1,46 tỷ đồng", "1,46", 1.46e9, "money", "đồng",
      "tiền lương truy lĩnh do nâng bậc lương chưa kịp điều chỉnh", H1),
    F("Riêng 27 giáo viên", "27", 27, "count", "giáo viên",
      "giáo viên hợp đồng được truy lĩnh tiền lương"),
    F("số tiền 318 triệu đồng", "318", 318e6, "money", "đồng",
      "tiền lương truy lĩnh của giáo viên hợp đồng",
      P("từ tháng 1 đến tháng 6", "2024-01-01", "2024-06-30")),
    F("tinh giản 35 biên chế", "35", 35, "count", "biên chế",
      "biên chế viên chức ở các trường học dôi dư sau sáp nhập tinh giản",
      P("trong tháng 8", "2024-08-01", "2024-08-31"), status="target"),
    F("khoảng 2,1 tỷ đồng/năm", "2,1", 2.1e9, "money", "đồng/năm",
      "kinh phí tiết kiệm từ tinh giản biên chế bổ sung nguồn cải cách tiền lương",
      approx="about", status="forecast"),
]

COMMENTS = [
    "Yên Thành district portal (Nghệ An): phần chênh lệch tiền lương tháng 7/2024, people by sector, truy lĩnh, tinh giản plan.",
    "Distractors: dateline, 'Ngày 24/7', 'hạng III, bậc 1' (grade labels), Nghị định số 111/2022/NĐ-CP, 'Khối 1' (address), phone 0238.3863.229.",
    "Location is the district (a district portal, the district named throughout).",
    "'gần 9,8 tỷ đồng. Trong đó …' gives total 9,8 tỷ to both sources (part after a sentence break).",
    "'Trong tổng số 4.826 người …, ngành giáo dục có 3.512 người (…); … 486 người; … 828 người': all three parts take 4.826;",
    "the bracketed teachers (1.046 + 1.398 + 1.068 = 3.512) take 3.512.",
    "'tăng thêm khoảng 1,3 triệu đồng/tháng' is the increase as the claim: a money figure with no change.",
    "'Theo kế hoạch … sẽ … tinh giản 35 biên chế' → target; 'dự kiến tiết kiệm …' → forecast.",
    "'từ tháng 1 đến tháng 6' takes 2024 from the previous sentence; the 27 teachers get no period (the phrase qualifies the arrears).",
]

if __name__ == "__main__":
    sys.exit(0 if emit("p681-2", TEXT, COMMENTS, FIGS, published="2024-07-25", location="Yên Thành") else 1)
