"""p828-4: ministry site (Bộ VHTTDL, Cục Văn hóa cơ sở), national figures, 6 tháng 2023."""
from lib import F, write, months, asof, up, year

TEXT = """
BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin hoạt động > Văn hóa cơ sở

Cả nước có trên 98.000 đội văn nghệ quần chúng

Ngày đăng: 22/08/2023 | Lượt xem: 1.045

Ngày 21/8, tại Hà Nội, Cục Văn hóa cơ sở tổ chức Hội nghị sơ kết công tác văn hóa cơ sở 6 tháng đầu năm 2023. Theo báo cáo, tính đến 30/6/2023, cả nước có 98.450 đội văn nghệ quần chúng, câu lạc bộ văn nghệ với khoảng 1,9 triệu thành viên; trong đó 6.820 câu lạc bộ dân ca như quan họ, then, ví giặm, đờn ca tài tử, bài chòi.

Các địa phương có nhiều đội văn nghệ nhất lần lượt là Thanh Hóa (5.230 đội), Nghệ An (4.870 đội) và Hà Nội (4.615 đội).

Trong 6 tháng, các địa phương đã tổ chức 1.530 hội thi, hội diễn, liên hoan văn nghệ quần chúng cấp tỉnh, cấp huyện, tăng 12% so với cùng kỳ năm 2022. Đã có 52/63 tỉnh, thành phố ban hành chính sách hỗ trợ kinh phí cho đội văn nghệ thôn, bản, phổ biến từ 3 đến 10 triệu đồng/đội/năm.

Toàn quốc có 72.800 thôn, bản có nhà văn hóa, chiếm 91,6% tổng số thôn, bản; khoảng 8% nhà văn hóa thôn chưa đủ trang thiết bị âm thanh, ánh sáng phục vụ biểu diễn.

Theo Chiến lược phát triển văn hóa đến năm 2030 ban hành kèm Quyết định số 1909/QĐ-TTg, đến năm 2025 phấn đấu 90% thôn, bản có đội văn nghệ hoạt động thường xuyên và đến năm 2030 đạt 100%. Trong năm 2023, Bộ dự kiến tổ chức 6 liên hoan, hội thi văn nghệ quần chúng cấp khu vực với khoảng 3.500 diễn viên không chuyên tham gia.

Cục Văn hóa cơ sở - Số 51 Ngô Quyền, quận Hoàn Kiếm, Hà Nội
"""

AS = asof("tính đến 30/6/2023", "2023-06-30")
ASi = asof("tính đến 30/6/2023", "2023-06-30", inh=True)
H1 = months("Trong 6 tháng", 2023, 1, 6)
T25 = asof("đến năm 2025", "2025-12-31")
T30 = asof("đến năm 2030", "2030-12-31")
Y23 = year("Trong năm 2023", 2023)

FIGS = [
    F("trên 98.000 đội", "98.000", 98000, "count", "đội", "đội văn nghệ quần chúng", approx="over"),
    F("có 98.450 đội", "98.450", 98450, "count", "đội", "đội văn nghệ quần chúng, câu lạc bộ văn nghệ", AS),
    F("khoảng 1,9 triệu thành viên", "1,9", 1.9e6, "count", "thành viên", "thành viên đội văn nghệ quần chúng, câu lạc bộ văn nghệ",
      AS, approx="about"),
    F("trong đó 6.820 câu lạc bộ", "6.820", 6820, "count", "câu lạc bộ", "câu lạc bộ dân ca", AS, total=98450),
    F("Thanh Hóa (5.230 đội)", "5.230", 5230, "count", "đội", "đội văn nghệ", ASi, location="Thanh Hóa"),
    F("Nghệ An (4.870 đội)", "4.870", 4870, "count", "đội", "đội văn nghệ", ASi, location="Nghệ An"),
    F("Hà Nội (4.615 đội)", "4.615", 4615, "count", "đội", "đội văn nghệ", ASi, location="Hà Nội"),
    F("tổ chức 1.530 hội thi", "1.530", 1530, "count", "hội thi, hội diễn, liên hoan",
      "hội thi, hội diễn, liên hoan văn nghệ quần chúng cấp tỉnh, cấp huyện", H1, change=up(12, "%", "cùng kỳ năm 2022")),
    F("có 52/63 tỉnh", "52", 52, "count", "tỉnh, thành phố",
      "tỉnh, thành phố ban hành chính sách hỗ trợ kinh phí cho đội văn nghệ thôn, bản", total=63),
    F("từ 3 đến 10 triệu đồng/đội/năm", "3", 3e6, "money", "đồng/đội/năm", "mức hỗ trợ kinh phí cho đội văn nghệ thôn, bản",
      value_max=10e6),
    F("có 72.800 thôn", "72.800", 72800, "count", "thôn, bản", "thôn, bản có nhà văn hóa", percent=91.6),
    F("khoảng 8% nhà văn hóa", "8", 8, "percent", "%", "nhà văn hóa thôn chưa đủ trang thiết bị âm thanh, ánh sáng",
      approx="about"),
    F("phấn đấu 90% thôn", "90", 90, "percent", "%", "thôn, bản có đội văn nghệ hoạt động thường xuyên", T25, status="target"),
    F("đạt 100%", "100", 100, "percent", "%", "thôn, bản có đội văn nghệ hoạt động thường xuyên", T30, status="target"),
    F("tổ chức 6 liên hoan", "6", 6, "count", "liên hoan, hội thi", "liên hoan, hội thi văn nghệ quần chúng cấp khu vực", Y23,
      status="forecast"),
    F("khoảng 3.500 diễn viên", "3.500", 3500, "count", "diễn viên", "diễn viên không chuyên tham gia", Y23, approx="about",
      status="forecast"),
]

NOTES = [
    "Bộ VHTTDL (Cục Văn hóa cơ sở): hội nghị sơ kết 6 tháng đầu năm 2023, national figures (invented probe article).",
    "Distractors: 'Lượt xem: 1.045', 'Ngày 21/8', 'Quyết định số 1909/QĐ-TTg', 'Chiến lược ... đến năm 2030' (a name),",
    "'Số 51 Ngô Quyền, quận Hoàn Kiếm' (address). National figures are Việt Nam; list items take their province as location.",
    "6.820 câu lạc bộ dân ca follows 'trong đó' after 1,9 triệu thành viên, but the whole counting the same thing is 98.450 đội/câu lạc bộ.",
    "'Trong 6 tháng' (no year) = 2023 from the sentence before; 52/63 stands in the next sentence (inherited).",
]

if __name__ == "__main__":
    write(4, TEXT, NOTES, FIGS, published="2023-08-22", location="Việt Nam")
