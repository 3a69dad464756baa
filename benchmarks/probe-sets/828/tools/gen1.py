"""p828-1: province portal (Lạng Sơn), đội văn nghệ quần chúng, hát then, 2024."""
from lib import F, write, year, up, tgt

TEXT = """
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Lạng Sơn: Hơn 1.900 đội văn nghệ quần chúng duy trì hoạt động

Cập nhật: 18/12/2024 09:45 | Lượt xem: 2.317

Theo Sở Văn hóa, Thể thao và Du lịch, năm 2024 toàn tỉnh Lạng Sơn có 1.936 đội văn nghệ quần chúng hoạt động thường xuyên, tăng 48 đội so với năm 2023. Trong đó có 412 đội hát then, đàn tính, chiếm 21,3%. Các đội thu hút khoảng 27.800 hội viên tham gia, bình quân 14 người/đội.

Trong năm, các đội đã biểu diễn 6.350 buổi phục vụ nhân dân, đạt 105,8% kế hoạch. Liên hoan hát then, đàn tính tỉnh lần thứ V diễn ra tại Nhà Văn hóa tỉnh với sự tham gia của 11/11 huyện, thành phố; 286 diễn viên, nghệ nhân đã trình diễn 34 tiết mục. Ban tổ chức trao 4 giải A, 7 giải B và 9 giải C.

Kinh phí ngân sách tỉnh hỗ trợ phong trào năm 2024 là 3,2 tỷ đồng, trong đó 750 triệu đồng dùng để mua trang phục, nhạc cụ cho 150 đội ở thôn đặc biệt khó khăn (mức 5 triệu đồng/đội). Các địa phương còn huy động xã hội hóa được gần 1,4 tỷ đồng.

Hiện toàn tỉnh có 2 Nghệ nhân Nhân dân và 27 Nghệ nhân Ưu tú về hát then, đàn tính, hát lượn.

Năm 2025, tỉnh phấn đấu 100% thôn, khối phố có đội văn nghệ; mỗi huyện duy trì ít nhất 3 câu lạc bộ then kiểu mẫu. Tổng kinh phí dự kiến khoảng 3,5 tỷ đồng.

Tin liên quan:
- Tràng Định: Khai mạc Hội thi hát then lần thứ 2 (05/11/2024)
- Văn Quan: 15 năm gìn giữ làn điệu lượn (28/10/2024)
"""

Y24 = year("năm 2024", 2024)
Y24i = year("năm 2024", 2024, inh=True)
TN = year("Trong năm", 2024)
KP = year("năm 2024", 2024)
Y25 = year("Năm 2025", 2025)

FIGS = [
    F("Hơn 1.900 đội", "1.900", 1900, "count", "đội", "đội văn nghệ quần chúng duy trì hoạt động", approx="over"),
    F("có 1.936 đội", "1.936", 1936, "count", "đội", "đội văn nghệ quần chúng hoạt động thường xuyên", Y24,
      change=up(48, "đội", "năm 2023")),
    F("có 412 đội", "412", 412, "count", "đội", "đội hát then, đàn tính", Y24i, total=1936, percent=21.3),
    F("khoảng 27.800 hội viên", "27.800", 27800, "count", "hội viên", "hội viên tham gia các đội", Y24i, approx="about"),
    F("bình quân 14 người/đội", "14", 14, "measure", "người/đội", "hội viên bình quân mỗi đội", Y24i),
    F("biểu diễn 6.350 buổi", "6.350", 6350, "count", "buổi", "buổi biểu diễn phục vụ nhân dân", TN, percent=105.8),
    F("của 11/11 huyện", "11", 11, "count", "huyện, thành phố", "huyện, thành phố tham gia Liên hoan hát then, đàn tính", total=11),
    F("286 diễn viên", "286", 286, "count", "diễn viên, nghệ nhân", "diễn viên, nghệ nhân tham gia Liên hoan"),
    F("trình diễn 34 tiết mục", "34", 34, "count", "tiết mục", "tiết mục trình diễn tại Liên hoan"),
    F("trao 4 giải A", "4", 4, "count", "giải A", "giải A"),
    F("7 giải B", "7", 7, "count", "giải B", "giải B"),
    F("9 giải C", "9", 9, "count", "giải C", "giải C"),
    F("là 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "kinh phí ngân sách tỉnh hỗ trợ phong trào văn nghệ quần chúng", KP),
    F("trong đó 750 triệu đồng", "750", 750e6, "money", "đồng", "kinh phí mua trang phục, nhạc cụ cho các đội", KP, total=3.2e9),
    F("cho 150 đội", "150", 150, "count", "đội", "đội ở thôn đặc biệt khó khăn được hỗ trợ trang phục, nhạc cụ", KP),
    F("mức 5 triệu đồng/đội", "5", 5e6, "money", "đồng/đội", "mức hỗ trợ mỗi đội", KP),
    F("gần 1,4 tỷ đồng", "1,4", 1.4e9, "money", "đồng", "kinh phí xã hội hóa các địa phương huy động", Y24i, approx="nearly"),
    F("có 2 Nghệ nhân Nhân dân", "2", 2, "count", "Nghệ nhân Nhân dân", "Nghệ nhân Nhân dân về hát then, đàn tính, hát lượn"),
    F("27 Nghệ nhân Ưu tú", "27", 27, "count", "Nghệ nhân Ưu tú", "Nghệ nhân Ưu tú về hát then, đàn tính, hát lượn"),
    F("phấn đấu 100% thôn", "100", 100, "percent", "%", "thôn, khối phố có đội văn nghệ", Y25, status="target"),
    F("ít nhất 3 câu lạc bộ", "3", 3, "count", "câu lạc bộ", "câu lạc bộ then kiểu mẫu mỗi huyện", Y25,
      approx="at_least", status="target"),
    F("khoảng 3,5 tỷ đồng", "3,5", 3.5e9, "money", "đồng", "tổng kinh phí", year("Năm 2025", 2025, inh=True),
      approx="about", status="forecast"),
]

NOTES = [
    "Cổng TTĐT tỉnh Lạng Sơn: đội văn nghệ quần chúng, hát then - đàn tính, năm 2024 (invented probe article).",
    "Distractors: 'Lượt xem: 2.317', dateline time 09:45, 'lần thứ V', 'lần thứ 2', dates in 'Tin liên quan',",
    "'15 năm' in a related-news title (a duration in a headline of another article, page furniture).",
    "'Trong năm' = 2024 (year of the first paragraph); 'mỗi huyện ... ít nhất 3' continues the 'phấn đấu' clause -> target.",
]

if __name__ == "__main__":
    write(1, TEXT, NOTES, FIGS, published="2024-12-18", location="Lạng Sơn")
