"""p724-6: national press — too few pools, children's swimming rates, pool costs, 2025/2030 targets."""
import sys
from lib import F, P, I, CH, TG, emit

TEXT = """Thứ bảy, 1/6/2024, 06:30 (GMT+7)

Chỉ khoảng 30% học sinh tiểu học biết bơi vì thiếu bể

Hơn 4.200 bể bơi trên cả nước chủ yếu tập trung ở đô thị, nhiều xã vùng sâu chưa có bể nào, khiến việc dạy bơi cho trẻ gặp khó.

Theo Bộ Lao động - Thương binh và Xã hội, mỗi năm cả nước có khoảng 2.000 trẻ em tử vong do đuối nước. Tỷ suất tử vong do đuối nước ở trẻ em Việt Nam cao gấp 8 lần các nước phát triển.

Năm 2023, tỷ lệ học sinh tiểu học biết bơi an toàn chỉ đạt khoảng 30%, trong đó khu vực thành thị 46,3%, nông thôn 21,8%. Đà Nẵng xếp thứ nhất cả nước với 72%, tiếp đến là Quảng Ninh 65,5% và Hà Nội 58%. Cũng trong năm 2023, ngành giáo dục tổ chức 1.850 lớp dạy bơi miễn phí cho 64.000 học sinh, tăng 15% so với năm 2022.

Cả nước hiện có khoảng 4.200 bể bơi, bình quân 4,3 bể/100.000 dân, song hơn 60% số bể nằm ở các thành phố, thị xã. Ông Trần Văn Hùng, Vụ trưởng Vụ Thể thao quần chúng (Cục Thể dục thể thao), cho biết chi phí một bể bơi lắp ghép dao động từ 300 đến 500 triệu đồng, còn bể xây cố định cần 3-5 tỷ đồng.

Chương trình bơi an toàn, phòng, chống đuối nước trẻ em giai đoạn 2021-2030 đặt mục tiêu đến năm 2025 có 50% học sinh tiểu học biết bơi, đến năm 2030 đạt 70%. Để đạt mục tiêu, mỗi năm cần xây mới ít nhất 500 bể bơi, chủ yếu là bể lắp ghép tại trường học.

Phụ huynh phát hiện trẻ gặp nguy hiểm có thể gọi Tổng đài quốc gia bảo vệ trẻ em 111.

Thanh Hằng
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    F("Chỉ khoảng 30%", "30", 30, "percent", "%", "học sinh tiểu học biết bơi", I(Y23), approx="about"),
    F("Hơn 4.200 bể bơi", "4.200", 4200, "count", "bể bơi", "bể bơi trên cả nước", approx="over"),
    F("khoảng 2.000 trẻ em", "2.000", 2000, "count", "trẻ em", "trẻ em tử vong do đuối nước mỗi năm", approx="about"),
    F("gấp 8 lần", "8", 8, "multiple", "lần", "Tỷ suất tử vong do đuối nước ở trẻ em Việt Nam so với các nước phát triển"),
    F("chỉ đạt khoảng 30%", "30", 30, "percent", "%", "tỷ lệ học sinh tiểu học biết bơi an toàn", Y23, approx="about"),
    F("thành thị 46,3%", "46,3", 46.3, "percent", "%", "tỷ lệ học sinh tiểu học biết bơi an toàn khu vực thành thị", Y23),
    F("nông thôn 21,8%", "21,8", 21.8, "percent", "%", "tỷ lệ học sinh tiểu học biết bơi an toàn khu vực nông thôn", Y23),
    F("xếp thứ nhất", "nhất", 1, "rank", "hạng", "tỷ lệ học sinh tiểu học biết bơi an toàn", I(Y23), location="Đà Nẵng"),
    F("với 72%", "72", 72, "percent", "%", "tỷ lệ học sinh tiểu học biết bơi an toàn", I(Y23), location="Đà Nẵng"),
    F("Quảng Ninh 65,5%", "65,5", 65.5, "percent", "%", "tỷ lệ học sinh tiểu học biết bơi an toàn", I(Y23),
      location="Quảng Ninh"),
    F("Hà Nội 58%", "58", 58, "percent", "%", "tỷ lệ học sinh tiểu học biết bơi an toàn", I(Y23), location="Hà Nội"),
    F("tổ chức 1.850 lớp", "1.850", 1850, "count", "lớp", "lớp dạy bơi miễn phí",
      P("trong năm 2023", "2023-01-01", "2023-12-31")),
    F("cho 64.000 học sinh", "64.000", 64000, "count", "học sinh", "học sinh được dạy bơi miễn phí",
      P("trong năm 2023", "2023-01-01", "2023-12-31"), change=CH("increase", 15, "%", "năm 2022")),
    F("hiện có khoảng 4.200 bể bơi", "4.200", 4200, "count", "bể bơi", "bể bơi", approx="about"),
    F("bình quân 4,3 bể/100.000 dân", "4,3", 4.3, "measure", "bể/100.000 dân", "bể bơi bình quân"),
    F("hơn 60% số bể", "60", 60, "percent", "%", "số bể nằm ở các thành phố, thị xã", approx="over"),
    F("từ 300 đến 500 triệu đồng", "300", 300e6, "money", "đồng", "chi phí một bể bơi lắp ghép", value_max=500e6),
    F("cần 3-5 tỷ đồng", "3", 3e9, "money", "đồng", "chi phí bể xây cố định", value_max=5e9),
    F("có 50% học sinh", "50", 50, "percent", "%", "học sinh tiểu học biết bơi",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("đạt 70%", "70", 70, "percent", "%", "học sinh tiểu học biết bơi", P("đến năm 2030", None, "2030-12-31"),
      status="target"),
    F("ít nhất 500 bể bơi", "500", 500, "count", "bể bơi", "bể bơi cần xây mới mỗi năm", approx="at_least",
      status="target"),
]

COMMENTS = [
    "National press (VnExpress style): bể bơi thiếu, tỷ lệ học sinh tiểu học biết bơi, chi phí bể, mục tiêu 2025/2030.",
    "Location Việt Nam; the provinces in the ranking list are their items' locations. Urban/rural rates after",
    "'trong đó' are sub-group rates, not parts of the 30% (no total, as shared h14). 'cao gấp 8 lần các nước phát",
    "triển' stands as its own claim: a multiple figure. 'xếp thứ nhất' is rank 1 (number word). 'từ 300 đến 500 triệu",
    "đồng' and '3-5 tỷ đồng' are ranges. 'Để đạt mục tiêu, mỗi năm cần xây mới ít nhất 500 bể bơi' is a target.",
    "Headline 30% inherits 'Năm 2023'. Distractors: dateline, GMT+7, hotline 111, giai đoạn 2021-2030, 'mỗi năm'.",
]

if __name__ == "__main__":
    ok = emit("p724-6", TEXT, COMMENTS, FIGS, published="2024-06-01", location="Việt Nam")
    sys.exit(0 if ok else 1)
