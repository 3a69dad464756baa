"""p583-1: Nghệ An provincial portal, CPI tháng 10/2024."""
from lib import F, P, INH, CH, TG, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
CPI tháng 10/2024 của Nghệ An tăng 0,42%
Cập nhật: 06/11/2024 15:20 | Lượt xem: 1.368

Theo Cục Thống kê tỉnh Nghệ An, chỉ số giá tiêu dùng (CPI) tháng 10/2024 trên địa bàn tỉnh tăng 0,42% so với tháng trước, tăng 2,87% so với tháng 12 năm trước và tăng 3,46% so với cùng kỳ năm 2023. Bình quân 10 tháng năm 2024, CPI tăng 3,71% so với cùng kỳ.

Trong 11 nhóm hàng hóa và dịch vụ chính, có 8 nhóm tăng giá so với tháng trước, 2 nhóm giảm giá và 1 nhóm ổn định. Nhóm nhà ở, điện, nước, chất đốt và vật liệu xây dựng tăng cao nhất (1,36%) do giá điện sinh hoạt điều chỉnh tăng 4,8% từ ngày 11/10/2024 và giá gas tăng 21.000 đồng/bình 12 kg. Nhóm hàng ăn và dịch vụ ăn uống tăng 0,58%, trong đó lương thực tăng 0,35%, thực phẩm tăng 0,71% do ảnh hưởng của đợt mưa lũ cuối tháng 9; nhóm giáo dục tăng 0,44%.

Hai nhóm giảm giá là giao thông (giảm 1,62% do giá xăng dầu trong nước qua 3 kỳ điều chỉnh) và bưu chính, viễn thông (giảm 0,05%).

Chỉ số giá vàng tháng 10/2024 tăng 5,12% so với tháng trước và tăng 38,4% so với cùng kỳ; giá vàng nhẫn 9999 bình quân ở mức 8,35 triệu đồng/chỉ. Chỉ số giá đô la Mỹ giảm 0,86% so với tháng trước, bình quân 24.870 đồng/USD.

Để kiểm soát lạm phát, UBND tỉnh chỉ đạo các sở, ngành theo dõi sát diễn biến giá cả thị trường, phấn đấu CPI bình quân năm 2024 tăng dưới 4%.

Cục Thống kê tỉnh Nghệ An - Số 16 đường Trường Thi, TP Vinh. Điện thoại: 0238.3844.512
"""

M10 = P("tháng 10/2024", "2024-10-01", "2024-10-31")
F10 = INH(M10)

FIGS = [
    F("Nghệ An tăng 0,42%", "0,42", 0.42, "percent", "%", "CPI tháng 10/2024", M10),
    F("trên địa bàn tỉnh tăng 0,42%", "0,42", 0.42, "percent", "%",
      "chỉ số giá tiêu dùng (CPI) tháng 10/2024 so với tháng trước", M10),
    F("tăng 2,87%", "2,87", 2.87, "percent", "%",
      "chỉ số giá tiêu dùng (CPI) tháng 10/2024 so với tháng 12 năm trước", M10),
    F("tăng 3,46%", "3,46", 3.46, "percent", "%",
      "chỉ số giá tiêu dùng (CPI) tháng 10/2024 so với cùng kỳ năm 2023", M10),
    F("CPI tăng 3,71%", "3,71", 3.71, "percent", "%", "CPI bình quân 10 tháng năm 2024 so với cùng kỳ",
      P("Bình quân 10 tháng năm 2024", "2024-01-01", "2024-10-31")),
    F("Trong 11 nhóm", "11", 11, "count", "nhóm", "nhóm hàng hóa và dịch vụ chính", F10),
    F("có 8 nhóm tăng giá", "8", 8, "count", "nhóm", "nhóm tăng giá so với tháng trước", F10, total=11),
    F("2 nhóm giảm giá và", "2", 2, "count", "nhóm", "nhóm giảm giá", F10, total=11),
    F("và 1 nhóm ổn định", "1", 1, "count", "nhóm", "nhóm ổn định", F10, total=11),
    F("Hai nhóm giảm giá", "Hai", 2, "count", "nhóm", "nhóm giảm giá", F10, total=11, optional=True),
    F("cao nhất (1,36%)", "1,36", 1.36, "percent", "%",
      "nhóm nhà ở, điện, nước, chất đốt và vật liệu xây dựng", F10),
    F("tăng 4,8% từ", "4,8", 4.8, "percent", "%", "giá điện sinh hoạt điều chỉnh tăng"),
    F("tăng 21.000 đồng/bình", "21.000", 21000, "money", "đồng/bình", "giá gas tăng"),
    F("bình 12 kg", "12", 12, "measure", "kg", "bình gas", optional=True),
    F("uống tăng 0,58%", "0,58", 0.58, "percent", "%", "nhóm hàng ăn và dịch vụ ăn uống", F10),
    F("lương thực tăng 0,35%", "0,35", 0.35, "percent", "%", "lương thực", F10),
    F("thực phẩm tăng 0,71%", "0,71", 0.71, "percent", "%", "thực phẩm", F10),
    F("giáo dục tăng 0,44%", "0,44", 0.44, "percent", "%", "nhóm giáo dục", F10),
    F("giảm 1,62%", "1,62", 1.62, "percent", "%", "nhóm giao thông giảm", F10),
    F("qua 3 kỳ điều chỉnh", "3", 3, "count", "kỳ điều chỉnh", "kỳ điều chỉnh giá xăng dầu trong nước", F10),
    F("giảm 0,05%", "0,05", 0.05, "percent", "%", "nhóm bưu chính, viễn thông giảm", F10),
    F("tăng 5,12%", "5,12", 5.12, "percent", "%", "chỉ số giá vàng tháng 10/2024 so với tháng trước", M10),
    F("tăng 38,4%", "38,4", 38.4, "percent", "%", "chỉ số giá vàng tháng 10/2024 so với cùng kỳ", M10),
    F("mức 8,35 triệu đồng/chỉ", "8,35", 8350000, "money", "đồng/chỉ", "giá vàng nhẫn 9999 bình quân", M10),
    F("giảm 0,86%", "0,86", 0.86, "percent", "%", "chỉ số giá đô la Mỹ so với tháng trước", F10),
    F("bình quân 24.870 đồng/USD", "24.870", 24870, "money", "đồng/USD", "giá đô la Mỹ bình quân", F10),
    F("tăng dưới 4%", "4", 4, "percent", "%", "CPI bình quân năm 2024", P("năm 2024", "2024-01-01", "2024-12-31"),
      approx="under", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Nghệ An: CPI tháng 10/2024 (breadcrumb, 'Cập nhật: 06/11/2024 15:20', 'Lượt xem: 1.368').",
    "Headline figure repeats the lead's 0,42%: both are figures. Growth rates as the claim are percent figures, no change.",
    "'Trong 11 nhóm ..., có 8 ..., 2 ... và 1 ...' -> 11 is a count figure (as shared h13), the parts take total 11.",
    "'giá gas tăng 21.000 đồng/bình 12 kg': a price rise with no level stated is its own money figure (đồng/bình); '12 kg' (bottle size) optional.",
    "'Hai nhóm giảm giá là …' restates the 2 nhóm above (number word): optional, as the restated 13 in shared h13 (added after the first run).",
    "Sub-groups after 'trong đó' (lương thực, thực phẩm) are growth rates, not parts: no total (as shared h14).",
    "Distractors: Lượt xem 1.368, ngày 11/10/2024, 'cuối tháng 9', vàng '9999', Số 16, phone 0238.3844.512.",
]

if __name__ == "__main__":
    emit("p583-1", TEXT, COMMENTS, FIGS, published="2024-11-06", location="Nghệ An")
