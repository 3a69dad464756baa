from lib import F, P, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ GIANG
Trang chủ / Tin tức - Sự kiện / Dân tộc - Tôn giáo

Số cặp tảo hôn năm 2023 giảm 18,6%

Cập nhật: 14/03/2024 08:15 | Lượt xem: 2.318

(HGP) - Năm 2023, toàn tỉnh Hà Giang ghi nhận 412 cặp tảo hôn, giảm 18,6% so với năm 2022; trong đó có 9 cặp cả hai bên nam, nữ đều chưa đến tuổi kết hôn. Số cặp kết hôn cận huyết thống là 6 cặp, giảm 4 cặp so với năm trước. Tỷ lệ tảo hôn trên tổng số cặp kết hôn là 7,8%, thấp hơn 1,9 điểm phần trăm so với năm 2022.

Các huyện có số cặp tảo hôn cao nhất là Mèo Vạc (74 cặp), Đồng Văn (61 cặp), Xín Mần (48 cặp) và Hoàng Su Phì (45 cặp). Tổng cộng, các huyện này chiếm 55,3% số cặp tảo hôn toàn tỉnh. Riêng thành phố Hà Giang không phát sinh trường hợp tảo hôn.

Thực hiện Tiểu dự án 2 thuộc Dự án 9 của Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021-2030 (Quyết định số 1719/QĐ-TTg), trong năm 2023 các cấp, các ngành đã tổ chức 1.236 buổi tuyên truyền, thu hút hơn 86 nghìn lượt người tham dự; xây dựng 52 mô hình can thiệp tại các xã có tỷ lệ tảo hôn cao; in, cấp phát 25.000 tờ gấp bằng tiếng Mông, tiếng Dao. Tổng kinh phí thực hiện gần 9,4 tỷ đồng, đạt 87,5% kế hoạch vốn được giao.

Năm 2024, tỉnh phấn đấu giảm ít nhất 10% số cặp tảo hôn so với năm 2023, không để phát sinh trường hợp kết hôn cận huyết thống mới; 100% xã đặc biệt khó khăn có tổ tư vấn cộng đồng hoạt động thường xuyên.

Thông tin phản ánh về tảo hôn xin gửi về Ban Dân tộc tỉnh, số 198 đường Nguyễn Trãi, thành phố Hà Giang; điện thoại 0219.3862.587.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y23b = P("trong năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("năm 2023 giảm 18,6%", "18,6", 18.6, "percent", "%", "số cặp tảo hôn giảm",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("ghi nhận 412 cặp tảo hôn", "412", 412, "count", "cặp", "cặp tảo hôn",
      change={"direction": "decrease", "value": 18.6, "unit": "%", "baseline": "năm 2022"}, period=Y23),
    F("có 9 cặp cả hai bên", "9", 9, "count", "cặp", "cặp tảo hôn cả hai bên nam, nữ đều chưa đến tuổi kết hôn",
      total=412, period=Y23),
    F("huyết thống là 6 cặp", "6", 6, "count", "cặp", "cặp kết hôn cận huyết thống",
      change={"direction": "decrease", "value": 4, "unit": "cặp", "baseline": "năm trước"}, period=Y23i),
    F("cặp kết hôn là 7,8%", "7,8", 7.8, "percent", "%", "tỷ lệ tảo hôn trên tổng số cặp kết hôn",
      change={"direction": "decrease", "value": 1.9, "unit": "điểm phần trăm", "baseline": "năm 2022"}, period=Y23i),
    F("Mèo Vạc (74 cặp)", "74", 74, "count", "cặp", "số cặp tảo hôn", period=Y23i, location="Mèo Vạc"),
    F("Đồng Văn (61 cặp)", "61", 61, "count", "cặp", "số cặp tảo hôn", period=Y23i, location="Đồng Văn"),
    F("Xín Mần (48 cặp)", "48", 48, "count", "cặp", "số cặp tảo hôn", period=Y23i, location="Xín Mần"),
    F("Hoàng Su Phì (45 cặp)", "45", 45, "count", "cặp", "số cặp tảo hôn", period=Y23i, location="Hoàng Su Phì"),
    F("chiếm 55,3% số cặp", "55,3", 55.3, "percent", "%", "số cặp tảo hôn của các huyện này trong toàn tỉnh",
      period=Y23i),
    F("tổ chức 1.236 buổi", "1.236", 1236, "count", "buổi", "buổi tuyên truyền", period=Y23b),
    F("hơn 86 nghìn lượt người", "86", 86000, "count", "lượt người", "lượt người tham dự", approx="over", period=Y23b),
    F("xây dựng 52 mô hình", "52", 52, "count", "mô hình", "mô hình can thiệp tại các xã có tỷ lệ tảo hôn cao",
      period=Y23b),
    F("cấp phát 25.000 tờ gấp", "25.000", 25000, "count", "tờ gấp", "tờ gấp bằng tiếng Mông, tiếng Dao", period=Y23b),
    F("gần 9,4 tỷ đồng", "9,4", 9400000000, "money", "đồng", "tổng kinh phí thực hiện", approx="nearly",
      percent=87.5, period=Y23i),
    F("ít nhất 10% số cặp", "10", 10, "percent", "%", "số cặp tảo hôn giảm so với năm 2023", approx="at_least",
      status="target", period=Y24),
    F("100% xã đặc biệt", "100", 100, "percent", "%", "xã đặc biệt khó khăn có tổ tư vấn cộng đồng hoạt động thường xuyên",
      status="target", period=Y24),
]

COMMENTS = [
    "Province portal (Cổng TTĐT tỉnh Hà Giang), 'Cập nhật: dd/mm/yyyy hh:mm | Lượt xem' dateline; child marriage (tảo hôn) 2023, districts, communication, 2024 targets.",
    "Title '... năm 2023 giảm 18,6%' is a growth rate standing as the claim (percent, no change); in the body the same 18,6% is the change of 412 cặp.",
    "'thấp hơn 1,9 điểm phần trăm so với năm 2022' is the change of the 7,8% rate (unit điểm phần trăm). District list: place -> location, subject = list indicator.",
    "The 55,3% share belongs to the four districts (no count stands before 'chiếm'): a percent figure of its own.",
    "Sentence with 'giai đoạn 2021-2030' (programme name) also states 'trong năm 2023': that is the period. 'gần 9,4 tỷ đồng, đạt 87,5% kế hoạch' -> percent 87.5.",
    "Distractors: Lượt xem 2.318, Quyết định số 1719/QĐ-TTg, Tiểu dự án 2, Dự án 9, số 198 đường ..., phone 0219.3862.587, dates.",
]

build("p347-1", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Hà Giang")
