"""p961-1: province portal (Đồng Nai), H1/2024 suspensions, dissolutions, returns."""
from lib import F, P, I, C, T, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Đồng Nai: 6 tháng có 2.146 doanh nghiệp tạm ngừng kinh doanh
Cập nhật: 08/07/2024 09:45 | Lượt xem: 2.317

Theo báo cáo của Sở Kế hoạch và Đầu tư, 6 tháng đầu năm 2024, toàn tỉnh Đồng Nai có 2.146 doanh nghiệp đăng ký tạm ngừng kinh doanh có thời hạn, tăng 12,4% so với cùng kỳ năm 2023. Trong đó, ngành bán buôn, bán lẻ có 781 doanh nghiệp, chiếm 36,4%; ngành xây dựng có 352 doanh nghiệp; ngành công nghiệp chế biến, chế tạo có 297 doanh nghiệp.

Cũng trong thời gian này, có 1.072 doanh nghiệp ngừng hoạt động chờ làm thủ tục giải thể, giảm 5,1% so với cùng kỳ; 418 doanh nghiệp đã hoàn tất thủ tục giải thể với tổng vốn đăng ký khoảng 2.950 tỷ đồng. Các doanh nghiệp giải thể chủ yếu có quy mô nhỏ, số có vốn đăng ký dưới 10 tỷ đồng chiếm gần 85%.

Tính chung 6 tháng, Đồng Nai có 3.636 doanh nghiệp rút lui khỏi thị trường, trong khi chỉ có 2.430 doanh nghiệp thành lập mới. Như vậy, số doanh nghiệp rút lui gấp gần 1,5 lần số doanh nghiệp thành lập mới.

Ở chiều ngược lại, có 1.385 doanh nghiệp quay trở lại hoạt động, tăng 18,7% so với cùng kỳ, tập trung tại TP. Biên Hòa (512 doanh nghiệp), huyện Trảng Bom (204 doanh nghiệp) và TP. Long Khánh (96 doanh nghiệp).

Theo Sở Kế hoạch và Đầu tư, nguyên nhân chủ yếu là đơn hàng giảm, chi phí đầu vào tăng và doanh nghiệp khó tiếp cận vốn. Thời gian tới, Sở phối hợp với Cục Thuế tỉnh rà soát doanh nghiệp theo Nghị định số 01/2021/NĐ-CP, tổ chức Hội nghị đối thoại doanh nghiệp lần thứ 2 tại Khu công nghiệp Amata; phấn đấu cả năm 2024 có ít nhất 2.800 doanh nghiệp quay trở lại hoạt động và giảm tỷ lệ doanh nghiệp giải thể xuống dưới 8% tổng số doanh nghiệp đang hoạt động.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = I(H1)
SIX = P("Tính chung 6 tháng", "2024-01-01", "2024-06-30")
YEAR = P("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("6 tháng có 2.146 doanh nghiệp", "2.146", 2146, "count", "doanh nghiệp",
      "doanh nghiệp tạm ngừng kinh doanh", P("6 tháng", "2024-01-01", "2024-06-30")),
    F("Đồng Nai có 2.146 doanh nghiệp", "2.146", 2146, "count", "doanh nghiệp",
      "doanh nghiệp đăng ký tạm ngừng kinh doanh có thời hạn", H1,
      change=C("increase", 12.4, baseline="cùng kỳ năm 2023")),
    F("có 781 doanh nghiệp", "781", 781, "count", "doanh nghiệp",
      "doanh nghiệp tạm ngừng kinh doanh ngành bán buôn, bán lẻ", H1i, total=2146, percent=36.4),
    F("có 352 doanh nghiệp", "352", 352, "count", "doanh nghiệp",
      "doanh nghiệp tạm ngừng kinh doanh ngành xây dựng", H1i, total=2146),
    F("có 297 doanh nghiệp", "297", 297, "count", "doanh nghiệp",
      "doanh nghiệp tạm ngừng kinh doanh ngành công nghiệp chế biến, chế tạo", H1i, total=2146),
    F("có 1.072 doanh nghiệp", "1.072", 1072, "count", "doanh nghiệp",
      "doanh nghiệp ngừng hoạt động chờ làm thủ tục giải thể", H1i,
      change=C("decrease", 5.1, baseline="cùng kỳ")),
    F("418 doanh nghiệp đã hoàn tất", "418", 418, "count", "doanh nghiệp",
      "doanh nghiệp đã hoàn tất thủ tục giải thể", H1i),
    F("khoảng 2.950 tỷ đồng", "2.950", 2950e9, "money", "đồng",
      "tổng vốn đăng ký của doanh nghiệp hoàn tất giải thể", H1i, approx="about"),
    F("dưới 10 tỷ đồng", "10", 10e9, "money", "đồng", "vốn đăng ký", approx="under", optional=True),
    F("chiếm gần 85%", "85", 85, "percent", "%",
      "doanh nghiệp giải thể có vốn đăng ký dưới 10 tỷ đồng", H1i, approx="nearly"),
    F("có 3.636 doanh nghiệp", "3.636", 3636, "count", "doanh nghiệp",
      "doanh nghiệp rút lui khỏi thị trường", SIX),
    F("có 2.430 doanh nghiệp", "2.430", 2430, "count", "doanh nghiệp",
      "doanh nghiệp thành lập mới", SIX),
    F("gấp gần 1,5 lần", "1,5", 1.5, "multiple", "lần",
      "số doanh nghiệp rút lui so với số doanh nghiệp thành lập mới", I(SIX), approx="nearly"),
    F("có 1.385 doanh nghiệp", "1.385", 1385, "count", "doanh nghiệp",
      "doanh nghiệp quay trở lại hoạt động", I(SIX), change=C("increase", 18.7, baseline="cùng kỳ")),
    F("Biên Hòa (512 doanh nghiệp)", "512", 512, "count", "doanh nghiệp",
      "doanh nghiệp quay trở lại hoạt động", I(SIX), location="Biên Hòa"),
    F("Trảng Bom (204 doanh nghiệp)", "204", 204, "count", "doanh nghiệp",
      "doanh nghiệp quay trở lại hoạt động", I(SIX), location="Trảng Bom"),
    F("Long Khánh (96 doanh nghiệp)", "96", 96, "count", "doanh nghiệp",
      "doanh nghiệp quay trở lại hoạt động", I(SIX), location="Long Khánh"),
    F("ít nhất 2.800 doanh nghiệp", "2.800", 2800, "count", "doanh nghiệp",
      "doanh nghiệp quay trở lại hoạt động", YEAR, approx="at_least", status="target"),
    F("xuống dưới 8%", "8", 8, "percent", "%",
      "tỷ lệ doanh nghiệp giải thể trên tổng số doanh nghiệp đang hoạt động", YEAR,
      approx="under", status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Đồng Nai (invented): 6 tháng đầu năm 2024, tạm ngừng / chờ giải thể / giải thể / quay lại hoạt động.",
    "Headline '6 tháng' has no year: published 2024. 'Trong đó' parts take total 2146 (the whole before the cue).",
    "District list after 'tập trung tại' does not add up to 1.385 and has no part-of cue: no total.",
    "'dưới 10 tỷ đồng' is a category threshold: optional. 'gấp gần 1,5 lần' stands as its own sentence: multiple.",
    "Distractors: Lượt xem 2.317, 08/07/2024 09:45, Nghị định số 01/2021/NĐ-CP, 'lần thứ 2'.",
]

if __name__ == "__main__":
    build("p961-1", TEXT, FIGS, NOTES, published="2024-07-08", location="Đồng Nai")
